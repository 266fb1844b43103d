"""A Dublin Core CSV of released stories that Omeka S's CSV Import maps without editing.

See :mod:`.table` for the columns and the rules followed.
"""

from archive_app.exchange.dublin_core.table import (
    HEADER_PREFIX,
    dublin_core_csv,
    export_csv,
    spreadsheet_safe,
    stories_table,
)

__all__ = ["HEADER_PREFIX", "dublin_core_csv", "export_csv", "spreadsheet_safe", "stories_table"]
