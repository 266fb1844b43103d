"""Make ``show_v4_at_70457fb.json``: what ``show ID --json`` printed for every record of
``catalogue_v4.sqlite`` before the edit API's refactor renamed fields of the read model.

``show --json`` is a public interface: its fields stay, new ones are added beside them. The
test ``tests/cli/test_show_json_stable.py`` upgrades the same catalogue and checks that every
field printed then is printed now, with the same value. This script runs the old code itself:
commit 70457fb (the last before the refactor, at schema version 4) is checked out in a temporary
git worktree, and a child Python whose ``archive_app`` is that commit's reads every record of a
copy of the catalogue with the ``detail.describe`` that its ``show`` called, and writes each as
its ``show --json`` did (``json.dump(..., default=str)``). (Its command itself cannot be started
any more without the Whoosh package the search of that time needed.)

Run from the repository root, with the project's virtual environment::

    .venv/bin/python tests/data/make_show_documents.py
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
COMMIT = "70457fba9d5fa4919d46b8ec899d11d321974dde"
CATALOGUE = HERE / "catalogue_v4.sqlite"
TARGET = HERE / "show_v4_at_70457fb.json"
#: the record tables of schema version 4
TABLES = (
    "interview",
    "person",
    "family",
    "place",
    "migration_episode",
    "recording",
    "photo",
    "document",
    "transcript",
    "segment",
    "section",
    "tag",
    "collection",
)


#: run inside the old checkout: every record as the old ``show --json`` printed it
CHILD = """
import json, sys
from pathlib import Path
import sqlite_utils
import archive_app
from archive_app.core import detail
from archive_app.core.errors import RecordNotFound
here = Path(archive_app.__file__).resolve().parent
if Path.cwd().resolve() not in here.parents:
    raise SystemExit(f"archive_app comes from {here}, not from the checkout")
db = sqlite_utils.Database(sys.argv[1])
shown = {}
for record_id in sys.argv[2:]:
    try:  # sections came with this schema and were not shown yet
        found = detail.describe(db, record_id)
    except RecordNotFound:
        continue
    shown[record_id] = json.loads(json.dumps(found, default=str))
json.dump(shown, sys.stdout, ensure_ascii=False)
"""


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="show-documents-") as scratch:
        checkout = Path(scratch) / "checkout"
        archive = Path(scratch) / "archive"
        archive.mkdir()
        shutil.copyfile(CATALOGUE, archive / "archive.sqlite")
        connection = sqlite3.connect(archive / "archive.sqlite")
        ids = [
            str(row[0])
            for table in TABLES
            for row in connection.execute(f"SELECT id FROM [{table}] ORDER BY id")
        ]
        connection.close()
        subprocess.run(
            ["git", "-C", str(REPO), "worktree", "add", "--detach", "-q", str(checkout), COMMIT],
            check=True,
        )
        try:
            env = {**os.environ, "PYTHONPATH": str(checkout), "PYTHONDONTWRITEBYTECODE": "1"}
            printed = subprocess.run(
                [sys.executable, "-c", CHILD, str(archive / "archive.sqlite"), *ids],
                check=True,
                cwd=checkout,
                env=env,
                stdout=subprocess.PIPE,
                text=True,
            ).stdout
            shown = json.loads(printed)
        finally:
            subprocess.run(
                ["git", "-C", str(REPO), "worktree", "remove", "--force", str(checkout)],
                check=True,
            )
    TARGET.write_text(
        json.dumps(shown, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    print(f"{len(shown)} records -> {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
