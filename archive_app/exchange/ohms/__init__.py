"""OHMS XML: one file per interview for the OHMS viewer, Aviary and Omeka S's OHMS Embed.

- :mod:`.document`: one released story as an OHMS ``<record>`` (index points from the chapters,
  the transcript as 6.0's ``<vtt_transcript>`` and as the 5.4 ``<transcript>`` with its
  ``<sync>`` line map);
- :mod:`.export`: ``export ohms OUT_DIR``, a folder of such files from a release.
"""

from archive_app.exchange.ohms.document import OHMS_NAMESPACE, ohms_xml
from archive_app.exchange.ohms.export import export_ohms

__all__ = ["OHMS_NAMESPACE", "export_ohms", "ohms_xml"]
