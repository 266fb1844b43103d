"""The spreadsheet an interviewer kept in the field, imported as interviews.

- :mod:`.dates`   the ways people write a day (2024-02-10, 2024/2/10, 2024.2.10, 2024年2月10日)
- :mod:`.reading` a CSV (any common encoding) or XLSX file as a header and rows
- :mod:`.mapping` which column holds what: guessed from the headers, corrected by the user
- :mod:`.plan`    every row checked and matched to files in the archive (the preview)
- :mod:`.apply`   the checked rows written through core
"""

from archive_app.exchange.sheet.apply import SheetResult, import_sheet
from archive_app.exchange.sheet.mapping import FIELDS, guess_mapping, parse_map
from archive_app.exchange.sheet.plan import PlannedRow, SheetPlan, plan_sheet
from archive_app.exchange.sheet.reading import Sheet, read_sheet

__all__ = [
    "FIELDS",
    "PlannedRow",
    "Sheet",
    "SheetPlan",
    "SheetResult",
    "guess_mapping",
    "import_sheet",
    "parse_map",
    "plan_sheet",
    "read_sheet",
]
