"""The streaming CSV reader: encodings, delimiters and physical line numbers, in any chunking."""

from __future__ import annotations

import pytest

from crm.errors import Invalid
from crm.imports.errors import UnreadableFile
from crm.imports.reader import CsvReader, Record, check_encoding, read_header


def read(data: bytes, *, chunk: int = 5, encoding: str = "auto") -> tuple[CsvReader, list[Record]]:
    """Feed `data` in `chunk`-byte pieces, as uploads and the CLI do with 1 MiB ones."""
    reader = CsvReader(encoding)
    records: list[Record] = []
    for start in range(0, len(data), chunk):
        records += reader.feed(data[start : start + chunk])
    return reader, records + reader.close()


def cells(records: list[Record]) -> list[tuple[int, list[str]]]:
    return [(r.line, r.cells) for r in records]


# Rule: a UTF-8 byte order mark is not part of the first header name.
def test_a_bom_is_dropped_from_the_first_header():
    _, records = read("\ufeffEmail,Name\nanna@example.com,Anna\n".encode())
    assert cells(records) == [(1, ["Email", "Name"]), (2, ["anna@example.com", "Anna"])]


# Rule: bytes that are not UTF-8 are Latin-1, the encoding of older spreadsheet exports.
def test_latin1_names_are_read_as_written():
    _, records = read("Email;Name\nm@example.com;Müller\nz@example.com;Zoë\n".encode("latin-1"))
    assert [r.cells[1] for r in records[1:]] == ["Müller", "Zoë"]


# Rule: the fallback is per line, so a list pasted together from two exports reads right.
def test_utf8_and_latin1_lines_in_one_file_are_both_read():
    data = b"Email,Name\n" + "a@x.com,Müller\n".encode() + "b@x.com,Müller\n".encode("latin-1")
    _, records = read(data, chunk=1000)
    assert [r.cells[1] for r in records[1:]] == ["Müller", "Müller"]


# Rule: a multi-byte character cut by a chunk boundary is still decoded whole.
def test_characters_split_across_chunks_survive():
    _, records = read("Email,Name\nj@x.com,Jürgen Größe\n".encode(), chunk=1)
    assert records[1].cells == ["j@x.com", "Jürgen Größe"]


# Rule: a named encoding is used as given, and a file that is not in it fails as a whole.
def test_a_named_encoding_that_does_not_fit_fails_the_file_with_its_line():
    with pytest.raises(UnreadableFile, match="line 3 is not valid utf-8"):
        read("Email\na@x.com\nMüller@x.com\n".encode("latin-1"), encoding="utf-8")


@pytest.mark.parametrize(
    ("header", "delimiter"),
    [("Email;Vorname;Nachname", ";"), ("Email\tFirst\tLast", "\t"), ("Email,First", ",")],
)
def test_the_delimiter_is_sniffed_from_the_header(header, delimiter):
    reader, records = read(f"{header}\na@x.com{delimiter}A\n".encode())
    assert reader.delimiter == delimiter
    assert records[1].cells == ["a@x.com", "A"]


# Rule: a delimiter inside a quoted header name does not count as a delimiter.
def test_quoted_header_names_do_not_fool_the_sniffer():
    reader, _ = read(b'"Name, full";"Email";"City"\n"A, B";a@x.com;Oslo\n')
    assert reader.delimiter == ";"


# Rule: line numbers are physical lines, so a cell spanning lines moves the rows after it.
def test_quoted_newlines_keep_the_line_numbers_of_the_file():
    data = b'Email,Notes\na@x.com,"first\nsecond\nthird"\nb@x.com,"He said ""hi"""\n\nc@x.com,x\n'
    _, records = read(data, chunk=3)
    assert cells(records) == [
        (1, ["Email", "Notes"]),
        (2, ["a@x.com", "first\nsecond\nthird"]),
        (5, ["b@x.com", 'He said "hi"']),
        (7, ["c@x.com", "x"]),
    ]


# Rule: CRLF, LF and old Mac CR line ends all count as one line each.
def test_every_line_ending_counts_one_line():
    _, records = read(b"Email\r\na@x.com\rb@x.com\nc@x.com")
    assert cells(records) == [(1, ["Email"]), (2, ["a@x.com"]), (3, ["b@x.com"]), (4, ["c@x.com"])]


# Rule: a quote inside an unquoted cell is text; it does not swallow the rest of the file.
def test_a_stray_quote_is_read_literally():
    _, records = read(b'Email,Product\na@x.com,5" disk\nb@x.com,ok\n')
    assert cells(records)[1:] == [(2, ["a@x.com", '5" disk']), (3, ["b@x.com", "ok"])]


# Rule: a quoted cell never closed is reported on the line where it opens.
def test_an_unclosed_quote_is_a_bad_record_at_its_line():
    _, records = read(b'Email,Notes\na@x.com,ok\nb@x.com,"never closed\nc@x.com,x\n')
    assert records[-1] == Record(3, [], records[-1].error)
    assert "never closed" in records[-1].error


def test_blank_lines_and_rows_of_empty_cells_are_skipped():
    _, records = read(b"Email,Name\n\n,,\na@x.com,A\n")
    assert cells(records) == [(1, ["Email", "Name"]), (4, ["a@x.com", "A"])]


# Rule: only encodings that keep ASCII bytes as they are can be streamed line by line.
def test_only_ascii_compatible_encodings_are_accepted():
    assert check_encoding("Latin-1") == "iso8859-1"
    assert check_encoding("AUTO") == "auto"
    with pytest.raises(Invalid) as unknown:
        check_encoding("klingon")
    assert unknown.value.field == "encoding"
    with pytest.raises(Invalid, match="cannot be streamed"):
        check_encoding("utf-16")


def test_a_utf16_file_is_refused_with_what_to_do():
    with pytest.raises(UnreadableFile, match="save as CSV UTF-8"):
        read("Email\na@x.com\n".encode("utf-16"))


def test_a_file_without_line_breaks_is_not_csv(monkeypatch):
    monkeypatch.setattr("crm.imports.reader.MAX_LINE_BYTES", 100)
    with pytest.raises(UnreadableFile, match="no line break"):
        read(b"x" * 200)


def test_the_header_is_read_from_the_first_bytes_of_an_upload():
    assert read_header(b"E-Mail;Vorname\na@x.com;A\nb@x", complete=False) == ["E-Mail", "Vorname"]
    with pytest.raises(UnreadableFile, match="empty"):
        read_header(b"", complete=True)


# Rule: a NUL byte (which no database stores in text) makes its record bad, not the file.
def test_a_record_with_a_nul_byte_is_bad():
    _, records = read(b"Email,Name\na@x.com,A\x00B\nb@x.com,B\n")
    assert [(r.line, r.error) for r in records[1:]] == [
        (2, "unreadable CSV: the record holds a NUL byte"),
        (3, ""),
    ]
