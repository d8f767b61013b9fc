"""CSV import of contacts, streamed in constant memory.

    reader.CsvReader      bytes in (any chunking), numbered records out; encoding and delimiter
    mapping.resolve       CSV header -> contact fields: explicit, else guessed from the header
    rows.RowParser        a record -> a normalized Row, or the problems that make it a bad row
    batch.BatchWriter     a batch of rows -> contacts created / updated by the precedence rule
    queries               the batch's SQL, a statement per step, for SQLite and PostgreSQL
    uploads               the uploaded file kept as database chunks, so any worker can read it
    runner.run            a job from start to DONE or FAILED, parsing ahead while writing

An import never grants marketing consent: it writes profile data, tags and external ids only.
Consent must come from the consent ledger, with its own evidence.
"""
