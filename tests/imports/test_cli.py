"""`crm import FILE`: the same runner, inline, with counts and the first bad rows printed."""

from __future__ import annotations

import asyncio
import os
import secrets
import sys

from click.testing import CliRunner

from crm.cli import main
from crm.models import Contact, ImportJob, ImportRowError, Tag
from crm.models.imports import ImportStatus


async def crm(database_url: str, cwd, *args: str) -> tuple[int, str, str]:
    """Run the real command in its own process against the test database."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DATABASE_URL", "SECRET_KEY"))}
    env.update(DATABASE_URL=database_url, SECRET_KEY=secrets.token_urlsafe(48))
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "crm", *args,
        cwd=cwd, env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, err = await proc.communicate()
    return proc.returncode or 0, out.decode(), err.decode()


async def test_crm_import_imports_a_file_and_prints_the_first_bad_rows(
    database_url, workspace, tmp_path
):
    path = tmp_path / "kunden.csv"
    path.write_bytes(
        "Mail;Vorname;Notiz\nm@example.com;Jürgen;x\nkaputt;Eva;y\nm@example.com;Jürgen;z\n".encode(
            "latin-1"
        )
    )
    code, out, err = await crm(
        database_url, tmp_path,
        "import", str(path), "--workspace", str(workspace.id),
        "--map", "Mail=email", "--map", "Notiz=", "--tag", "Messe 2026",
    )  # fmt: skip
    assert code == 0, err
    assert out.splitlines() == [
        "kunden.csv: done, 3 rows: 1 created, 0 updated, 1 duplicates, 1 failed",
        "  line 3 (Mail): not a valid email address: An email address must have an @-sign.",
    ]
    m = await Contact.get(workspace_id=workspace.id, email="m@example.com")
    assert (m.first_name, m.source) == ("Jürgen", "import")
    assert await Tag.filter(workspace_id=workspace.id).values_list("name", flat=True) == [
        "messe 2026"
    ]
    job = await ImportJob.get(workspace_id=workspace.id)
    assert (job.status, job.mapping) == (
        ImportStatus.DONE,
        {"Mail": "email", "Vorname": "first_name", "Notiz": ""},
    )
    assert await ImportRowError.filter(job_id=job.id).count() == 1


# Rule: a file the import cannot read ends the command with status 1 and the reason.
async def test_crm_import_of_an_unreadable_file_exits_1(database_url, workspace, tmp_path):
    path = tmp_path / "names.csv"
    path.write_text("Name\nAnn\n")
    code, out, err = await crm(
        database_url, tmp_path, "import", str(path), "--workspace", str(workspace.id)
    )
    assert code == 1
    assert "names.csv: failed, 0 rows" in out
    assert "error: no column holds the email address" in err


def test_a_map_without_an_equals_sign_is_a_usage_error(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("Email\n")
    result = CliRunner().invoke(main, ["import", str(path), "--map", "email"])
    assert result.exit_code == 2
    assert "write a mapping as Header=field, not 'email'" in result.output
