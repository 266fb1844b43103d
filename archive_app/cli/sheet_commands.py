"""``import-sheet FILE [--map COLUMN=FIELD ...] [--dry-run]``: an interviewer's spreadsheet.

Prints the column mapping used (the guess, corrected by ``--map``), then what was imported and
which rows were skipped with their errors; ``--dry-run`` changes nothing and shows the plan.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from archive_app.cli.context import CommandContext
from archive_app.cli.language import tr


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "import-sheet", help=tr("import interviews from a spreadsheet (.csv or .xlsx)")
    )
    parser.add_argument("file", type=Path, metavar="FILE", help=tr("the .csv or .xlsx file"))
    parser.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help=tr(
            "which column holds what (title, date, place, narrator, notes, file, or ignore); "
            "corrects the guess"
        ),
    )
    parser.add_argument(
        "--dry-run", action="store_true", help=tr("show what would happen, change nothing")
    )
    parser.set_defaults(run=run_import_sheet)


def row_error(code: str, value: str) -> str:
    """Why a row cannot be imported, from the code the plan gives."""
    return {
        "no_title": tr("no title, and no file whose interview it could be"),
        "bad_date": tr("{value} is not a date (write 2024-02-10 or 2024年2月10日)"),
        "file_not_found": tr("no file called {value} is in the archive; import it first"),
        "file_ambiguous": tr("several files in the archive are called {value}"),
    }.get(code, code).format(value=value)


def run_import_sheet(ctx: CommandContext) -> int:
    from archive_app.cli.import_command import _catch_up_search
    from archive_app.exchange.sheet import (
        guess_mapping,
        import_sheet,
        parse_map,
        plan_sheet,
        read_sheet,
    )
    from archive_app.exchange.sheet.mapping import combined

    sheet = read_sheet(ctx.args.file)
    mapping = combined(guess_mapping(sheet.header), parse_map(ctx.args.map, sheet.header))
    archive = ctx.archive(read_only=ctx.args.dry_run)
    plan = plan_sheet(archive.db, sheet, mapping)
    document: dict[str, Any] = {"mapping": mapping, "dry_run": bool(ctx.args.dry_run)}
    lines = [
        tr("columns: {mapping}").format(
            mapping=", ".join(f"{column} -> {field}" for column, field in mapping.items())
        )
    ]
    if ctx.args.dry_run:
        document["rows"] = [r.as_json() for r in plan.rows]
        document["skipped"] = [r.as_json() for r in plan.bad]
        lines.append(
            tr("{good} rows would be imported, {bad} skipped").format(
                good=len(plan.good), bad=len(plan.bad)
            )
        )
    else:
        result = import_sheet(archive, plan)
        _catch_up_search(archive)
        document.update(result.as_json())
        lines.append(
            tr("added {added}, updated {updated}, skipped {skipped}").format(
                added=result.added, updated=result.updated, skipped=len(result.skipped)
            )
        )
    for row in plan.bad:
        errors = "; ".join(row_error(e.code, e.value) for e in row.errors)
        lines.append(tr("row {number} skipped: {errors}").format(number=row.number, errors=errors))
    ctx.emit(document, "\n".join(lines))
    return 0
