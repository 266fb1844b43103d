"""``import-sheet FILE [--map COLUMN=FIELD ...] [--dry-run]``: an interviewer's spreadsheet.

Prints the column mapping used (the guess, corrected by ``--map``), then what was imported and
which rows were skipped with their errors; ``--dry-run`` changes nothing and shows the plan.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from archive_app.cli.context import CommandContext
from archive_app.cli.import_command import _catch_up_search
from archive_app.exchange.sheet import (
    guess_mapping,
    import_sheet,
    parse_map,
    plan_sheet,
    read_sheet,
)
from archive_app.exchange.sheet.mapping import FIELDS, combined


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "import-sheet", help="import interviews from a spreadsheet (.csv or .xlsx)"
    )
    parser.add_argument("file", type=Path, metavar="FILE")
    parser.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help=f"which column holds what ({', '.join(FIELDS)}, or ignore); corrects the guess",
    )
    parser.add_argument("--dry-run", action="store_true", help="show what would happen only")
    parser.set_defaults(run=run_import_sheet)


def run_import_sheet(ctx: CommandContext) -> int:
    sheet = read_sheet(ctx.args.file)
    mapping = combined(guess_mapping(sheet.header), parse_map(ctx.args.map, sheet.header))
    archive = ctx.archive(read_only=ctx.args.dry_run)
    plan = plan_sheet(archive.db, sheet, mapping)
    document: dict[str, Any] = {"mapping": mapping, "dry_run": bool(ctx.args.dry_run)}
    lines = ["columns: " + ", ".join(f"{c} -> {f}" for c, f in mapping.items())]
    if ctx.args.dry_run:
        document["rows"] = [r.as_json() for r in plan.rows]
        document["skipped"] = [r.as_json() for r in plan.bad]
        lines.append(f"{len(plan.good)} rows would be imported, {len(plan.bad)} skipped")
    else:
        result = import_sheet(archive, plan)
        _catch_up_search(archive)
        document.update(result.as_json())
        lines.append(
            f"added {result.added}, updated {result.updated}, skipped {len(result.skipped)}"
        )
    for row in plan.bad:
        errors = "; ".join(f"{e.code} {e.value}".strip() for e in row.errors)
        lines.append(f"row {row.number} skipped: {errors}")
    ctx.emit(document, "\n".join(lines))
    return 0
