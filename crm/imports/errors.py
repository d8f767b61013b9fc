"""Errors of the import pipeline.

    Invalid                   (crm.errors, 422)
     +-- UnreadableFile       the file as a whole cannot be read: encoding, header, no line breaks

A bad row is not an error: it is reported in the job's row errors and the import goes on.
"""

from __future__ import annotations

from crm.errors import Invalid


class UnreadableFile(Invalid):
    """The file cannot be read as CSV at all; the job that meets it ends FAILED."""

    def __init__(self, message: str) -> None:
        super().__init__(message, field="file")
