"""Streaming CSV reading: bytes pushed in any chunking, numbered records out.

    reader = CsvReader()                  # or CsvReader("latin-1")
    for chunk in chunks:
        for record in reader.feed(chunk): ...
    for record in reader.close(): ...

Memory stays bounded by the chunk size plus one record, whatever the file size. Unless the
caller names an encoding, each line is read as UTF-8 (a BOM is dropped) and, where its bytes are
not UTF-8, as Latin-1: spreadsheet exports are one or the other, and lists pasted together from
several exports mix them. The delimiter (`,` `;` tab `|`) is sniffed from the header line.
Records are numbered by physical file line, the header being line 1, so a quoted cell spanning
lines is counted as a text editor shows it.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from typing import NamedTuple

from crm.errors import Invalid
from crm.imports.errors import UnreadableFile

AUTO = "auto"  # UTF-8 where the bytes are UTF-8, else Latin-1, line by line
MAX_LINE_BYTES = 4 * 1024 * 1024  # this much without a line break is not a CSV file
MAX_OPEN_RECORD_CHARS = 1024 * 1024  # an unclosed quote is given up on after this much text
DELIMITERS = (",", ";", "\t", "|")
_QUOTED = re.compile(r'"[^"]*"')
_ASCII_PROBE = '\n\r,;\t|"abcXYZ019'
_UTF16_32_BOMS = (
    codecs.BOM_UTF32_LE,
    codecs.BOM_UTF32_BE,
    codecs.BOM_UTF16_LE,
    codecs.BOM_UTF16_BE,
)


class Record(NamedTuple):
    """One CSV record: where it starts, its cells, or why it could not be read."""

    line: int
    cells: list[str]
    error: str = ""  # set when the record is unreadable; `cells` is then empty


def check_encoding(name: str) -> str:
    """The codec's canonical name (or `auto`); Invalid unless known and ASCII-compatible.

    Line breaks are found in the raw bytes, so only encodings that keep ASCII bytes as they are
    can be streamed (UTF-8, Latin-1, Windows-1252, ...; not UTF-16).
    """
    if name.strip().lower() == AUTO:
        return AUTO
    try:
        info = codecs.lookup(name.strip())
    except LookupError as exc:
        raise Invalid(f"unknown encoding {name!r}", field="encoding") from exc
    try:
        compatible = _ASCII_PROBE.encode(info.name) == _ASCII_PROBE.encode("ascii")
    except UnicodeError:
        compatible = False
    if not compatible:
        raise Invalid(
            f"{info.name} cannot be streamed: save the file as UTF-8 or Latin-1", field="encoding"
        )
    return info.name


def sniff_delimiter(line: str) -> str:
    """The candidate delimiter seen most often outside quotes in the header line; `,` on a tie."""
    bare = _QUOTED.sub("", line)
    best = max(DELIMITERS, key=bare.count)
    return best if bare.count(best) > bare.count(",") else ","


class CsvReader:
    """A push parser: `feed()` bytes as they arrive, `close()` at the end; both return records."""

    def __init__(self, encoding: str = AUTO) -> None:
        self.encoding = check_encoding(encoding)
        self.delimiter = ""
        self.bytes_read = 0
        self._started = False  # a BOM, if any, has been looked at
        self._pending = bytearray()  # bytes after the last line break
        self._open: list[str] = []  # lines of a record whose quoted cell is still open
        self._lines_done = 0  # physical lines handed to the csv parser so far

    def feed(self, data: bytes) -> list[Record]:
        """Records completed by `data`."""
        self.bytes_read += len(data)
        self._pending += data
        if not self._started:
            if len(self._pending) < len(codecs.BOM_UTF32_LE):
                return []
            self._skip_bom()
        cut = max(self._pending.rfind(b"\n"), self._pending.rfind(b"\r", 0, len(self._pending) - 1))
        if cut < 0:
            if len(self._pending) > MAX_LINE_BYTES:
                raise UnreadableFile(
                    f"line {self._lines_done + len(self._open) + 1} has no line break within "
                    f"{MAX_LINE_BYTES} bytes: this is not a CSV file"
                )
            return []
        block = bytes(self._pending[: cut + 1])
        del self._pending[: cut + 1]
        return self._parse(self._decode(block), final=False)

    def close(self) -> list[Record]:
        """The records left at the end of the file, including a last line without a line break."""
        if not self._started:
            self._skip_bom()
        block = bytes(self._pending)
        self._pending.clear()
        return self._parse(self._decode(block), final=True)

    def _skip_bom(self) -> None:
        self._started = True
        if self.encoding not in (AUTO, "utf-8"):
            return
        if self._pending.startswith(codecs.BOM_UTF8):
            del self._pending[: len(codecs.BOM_UTF8)]
        elif self.encoding == AUTO and self._pending.startswith(_UTF16_32_BOMS):
            raise UnreadableFile("UTF-16 and UTF-32 files are not supported: save as CSV UTF-8")

    def _decode(self, block: bytes) -> str:
        try:
            return block.decode("utf-8" if self.encoding == AUTO else self.encoding)
        except UnicodeDecodeError as exc:
            if self.encoding != AUTO:
                line = self._lines_done + len(self._open) + block.count(b"\n", 0, exc.start) + 1
                raise UnreadableFile(
                    f"line {line} is not valid {self.encoding} text: name the file's encoding"
                ) from exc
        return "".join(_decode_line(line) for line in block.splitlines(keepends=True))

    def _parse(self, text: str, *, final: bool) -> list[Record]:
        quotes = sum(ln.count('"') for ln in self._open) + text.count('"')
        lines = self._open + list(io.StringIO(text, newline=""))
        self._open = []
        if not lines:
            return []
        if not self.delimiter:
            self.delimiter = sniff_delimiter(next((ln for ln in lines if ln.strip()), ""))
        # Hand the csv parser whole records only: a record ends where the quotes seen so far
        # are balanced, so an unbalanced tail waits for the next chunk.
        keep = len(lines)
        while quotes % 2 and keep:
            keep -= 1
            quotes -= lines[keep].count('"')
        records = self._records(lines[:keep])
        tail = lines[keep:]
        if not tail:
            return records
        if not final and sum(map(len, tail)) <= MAX_OPEN_RECORD_CHARS:
            self._open = tail
            return records
        # Give up waiting: either a stray quote inside an unquoted cell (`5" disk`), which the
        # csv parser reads literally, or a quote never closed, which it reports.
        return records + self._records(tail, strict=final)

    def _records(self, lines: list[str], *, strict: bool = False) -> list[Record]:
        base = self._lines_done
        self._lines_done += len(lines)
        parser = csv.reader(lines, delimiter=self.delimiter, quotechar='"', strict=strict)
        records: list[Record] = []
        consumed = 0
        nul = any("\x00" in line for line in lines)
        while True:
            start = base + consumed + 1
            try:
                cells = next(parser)
            except StopIteration:
                return records
            except csv.Error as exc:
                reason = str(exc)
                if "unexpected end of data" in reason:
                    reason = "a quoted cell opened on this line is never closed"
                records.append(Record(start, [], f"unreadable CSV: {reason}"))
            else:
                if nul and any("\x00" in cell for cell in cells):
                    # No database keeps a NUL in text: the file is damaged or not text here.
                    records.append(Record(start, [], "unreadable CSV: the record holds a NUL byte"))
                elif any(cells):
                    records.append(Record(start, cells))
            consumed = parser.line_num


def _decode_line(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def read_header(prefix: bytes, encoding: str = AUTO, *, complete: bool) -> list[str]:
    """The header cells of a file that begins with `prefix` (`complete`: that is all of it)."""
    reader = CsvReader(encoding)
    records = reader.feed(prefix)
    if complete:
        records += reader.close()
    if not records:
        raise UnreadableFile(
            "the file is empty" if complete else f"no header line in the first {len(prefix)} bytes"
        )
    return header_of(records[0])


def header_of(record: Record) -> list[str]:
    """The cells of the file's first record, which must be readable."""
    if record.error:
        raise UnreadableFile(f"the header (line {record.line}) cannot be read: {record.error}")
    return [cell.strip() for cell in record.cells]
