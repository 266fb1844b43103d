"""The offline story site: one folder (or a .zip of it) that opens from ``file://`` anywhere."""

from archive_app.exchange.site.export import export_site

__all__ = ["export_site"]
