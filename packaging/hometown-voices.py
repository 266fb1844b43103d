"""The frozen app's entry point: the same as the ``archive-app`` command."""

import multiprocessing

if __name__ == "__main__":
    # the import's worker processes start this same executable: let them do their work
    multiprocessing.freeze_support()
    from archive_app.cli import main

    raise SystemExit(main())
