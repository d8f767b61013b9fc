"""Write the next migration, with SQL for both SQLite and PostgreSQL.

    python -m crm.migrations.make NAME            # from the models' changes
    python -m crm.migrations.make NAME --empty    # hand-written SQL (triggers, data fixes)
    python -m crm.migrations.make --check         # exit 1 if the models changed unmigrated

aerich writes SQL for one dialect at a time, so this runs aerich offline once per dialect (in
a subprocess each: aerich keeps its state in class attributes) against a scratch copy of the
migration folder, and combines the two results into one file that picks by dialect. No
database server is needed: PostgreSQL connections open lazily and are never used here.
"""

from __future__ import annotations

import asyncio
import json
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

from crm.db import APP, MIGRATIONS_DIR, tortoise_config

DIALECT_URLS = {
    "sqlite": "sqlite://:memory:",
    "postgres": "postgres://unused@127.0.0.1:1/unused",
}

TEMPLATE = '''from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

UPGRADE = {upgrade}

DOWNGRADE = {downgrade}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return UPGRADE[db.schema_generator.DIALECT]


async def downgrade(db: BaseDBAsyncClient) -> str:
    return DOWNGRADE[db.schema_generator.DIALECT]


MODELS_STATE = (
    {models_state}
)
'''


async def _generate(dialect: str, name: str, scratch: Path) -> dict[str, str]:
    from aerich import Command
    from aerich.migrate import Migrate

    command = Command(tortoise_config(DIALECT_URLS[dialect]), app=APP, location=str(scratch))
    folder = scratch / APP
    before = {p.name for p in folder.glob("*.py")}
    if not any(n[0].isdigit() for n in before):
        await command.init_migrations(safe=False)
    else:
        await command.init(offline=True)
        await Migrate.migrate(name, empty=False, no_input=True, offline=True)
    created = [p for p in folder.glob("*.py") if p.name not in before]
    if not created:
        return {}
    namespace: dict[str, object] = {}
    exec(created[0].read_text(), namespace)  # a file aerich has just written
    up = await namespace["upgrade"](None)  # type: ignore[operator]
    down = await namespace["downgrade"](None)  # type: ignore[operator]
    text = created[0].read_text()
    state = text.split("MODELS_STATE = (", 1)[1].rsplit(")", 1)[0].strip()
    return {"file": created[0].name, "upgrade": up, "downgrade": down, "state": state}


def _write_empty(name: str) -> None:
    """A migration with blank SQL for both dialects and the unchanged models state."""
    folder = MIGRATIONS_DIR / APP
    files = sorted(
        (p for p in folder.glob("*.py") if p.name[0].isdigit()),
        key=lambda p: int(p.name.split("_", 1)[0]),
    )
    state = files[-1].read_text().split("MODELS_STATE = (", 1)[1].rsplit(")", 1)[0].strip()
    number = int(files[-1].name.split("_", 1)[0]) + 1
    stamp = datetime.now().strftime("%Y%m%d%H%M%S")
    blank = _dict_literal({dialect: "" for dialect in DIALECT_URLS})
    target = folder / f"{number}_{stamp}_{name}.py"
    target.write_text(TEMPLATE.format(upgrade=blank, downgrade=blank, models_state=state))
    print(f"wrote {target}: fill in UPGRADE and DOWNGRADE")


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[2] == "--empty":
        _write_empty(sys.argv[1])
        return
    if len(sys.argv) == 4 and sys.argv[1] == "--one":
        dialect, name = sys.argv[2], sys.argv[3]
        scratch = Path(tempfile.mkdtemp())
        shutil.copytree(MIGRATIONS_DIR / APP, scratch / APP, ignore=shutil.ignore_patterns("__pycache__"))
        print(json.dumps(asyncio.run(_generate(dialect, name, scratch))))
        return
    check = sys.argv[1:] == ["--check"]
    name = "check" if check else (sys.argv[1] if len(sys.argv) > 1 else "update")
    results = {}
    for dialect in DIALECT_URLS:
        out = subprocess.run(
            [sys.executable, "-m", "crm.migrations.make", "--one", dialect, name],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        results[dialect] = json.loads(out.strip().splitlines()[-1])
    if not results["sqlite"]:
        print("no changes")
        return
    if check:
        print("the models have changes without a migration:\n" + results["sqlite"]["upgrade"])
        sys.exit(1)
    content = TEMPLATE.format(
        upgrade=_dict_literal({d: r["upgrade"] for d, r in results.items()}),
        downgrade=_dict_literal({d: r["downgrade"] for d, r in results.items()}),
        models_state=results["sqlite"]["state"],
    )
    target = MIGRATIONS_DIR / APP / results["sqlite"]["file"]
    target.write_text(content)
    print(f"wrote {target}")


def _dict_literal(values: dict[str, str]) -> str:
    lines = ["{"]
    for key, sql in values.items():
        lines.append(f'    "{key}": """{sql}""",')
    lines.append("}")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
