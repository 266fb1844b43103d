"""BagIt bags: collections out (:mod:`.export`) and other interviewers' archives in
(:mod:`.checks`, :mod:`.merge`, :mod:`.importer`).

- :mod:`.schema`    the versioned metadata documents (one JSON per record or story)
- :mod:`.catalogue` whole records and what a partial bag needs (the one reader of rows)
- :mod:`.payload`   the payload with SHA-256 and SHA-512, and the RFC 8493 tag files
- :mod:`.export`    ``export bag``
"""

from archive_app.exchange.bag.export import BagOptions, export_bag

__all__ = ["BagOptions", "export_bag"]
