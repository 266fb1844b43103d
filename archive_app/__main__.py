from archive_app.cli import main

raise SystemExit(main())
