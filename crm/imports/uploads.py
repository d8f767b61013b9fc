"""The uploaded file, kept in the database as ~1 MiB chunks so any worker host can read it.

Chunks hold personal data: the runner deletes them when the job ends, however it ends.
"""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator

from crm.models import ImportChunk

CHUNK_BYTES = 1024 * 1024  # small enough for any driver's parameter, few rows per file


async def store(job_id: int, data: AsyncIterable[bytes]) -> int:
    """Save `data`, re-cut into `CHUNK_BYTES` pieces, as the job's chunks; returns its size."""
    buffer = bytearray()
    seq = size = 0
    async for piece in data:
        buffer += piece
        size += len(piece)
        while len(buffer) >= CHUNK_BYTES:
            await ImportChunk.create(job_id=job_id, seq=seq, data=bytes(buffer[:CHUNK_BYTES]))
            del buffer[:CHUNK_BYTES]
            seq += 1
    if buffer:
        await ImportChunk.create(job_id=job_id, seq=seq, data=bytes(buffer))
    return size


async def chunks(job_id: int) -> AsyncIterator[bytes]:
    """The job's file, one chunk (one query) at a time."""
    seq = -1
    while True:
        chunk = await ImportChunk.filter(job_id=job_id, seq__gt=seq).order_by("seq").first()
        if chunk is None:
            return
        seq = chunk.seq
        yield bytes(chunk.data)


async def discard(job_id: int) -> None:
    await ImportChunk.filter(job_id=job_id).delete()
