"""The Import dialogs for what other people kept: another interviewer's bag, a field spreadsheet."""

from archive_app.ui.imports.bag_dialog import ImportBagDialog
from archive_app.ui.imports.sheet_dialog import ImportSheetDialog

__all__ = ["ImportBagDialog", "ImportSheetDialog"]
