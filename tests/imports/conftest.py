"""Running an import the way a worker does: the file stored as chunks, then the job run."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable

import pytest

from crm.imports import runner, uploads
from crm.models import ImportJob
from crm.principal import Principal

ImportCsv = Callable[..., Awaitable[ImportJob]]


async def pieces(data: bytes, size: int = 7) -> AsyncIterator[bytes]:
    """`data` in small pieces, so every test also crosses many chunk boundaries."""
    for start in range(0, len(data), size):
        yield data[start : start + size]


@pytest.fixture
def import_csv(actor: Principal) -> ImportCsv:
    """Import `data` (text is UTF-8 encoded) into the actor's workspace; the finished job."""

    async def run(
        data: bytes | str,
        *,
        mapping: dict[str, str] | None = None,
        tags: list[str] | None = None,
        encoding: str = "auto",
    ) -> ImportJob:
        raw = data.encode() if isinstance(data, str) else data
        job = await runner.create(
            actor, "list.csv", mapping=mapping or {}, tags=tags or [], encoding=encoding
        )
        await uploads.store(job.id, pieces(raw))
        return await runner.run(job.id)

    return run
