"""Consent as data: records of who agreed to what, the rules, and the one gate that applies them.

- :mod:`.model`          the facts the rules read and the decisions they give
- :mod:`.rules`          the rules, as pure functions of (item facts, audience, day)
- :mod:`.facts`          reading those facts from the catalogue, item by item or person by person
- :mod:`.archive_facts`  the facts of a whole archive, read in full or brought up to date
- :mod:`.changes`        the log of changes to those facts, kept by the catalogue's triggers
- :mod:`.openness`       the rules applied to a whole archive, each person judged once
- :mod:`.kept`           what was worked out, kept per catalogue while the log says it holds
- :mod:`.store`          adding, withdrawing and listing consent records
- :mod:`.passages`       closing and opening passages of recordings, listing them
- :mod:`.timeline`       where recordings, transcript lines and chapters lie on an interview's
                          timeline, on the safe side
- :mod:`.passage_facts`  reading the facts the closed-passage rules need
- :mod:`.kept_passages`  what closed passages keep from each audience, kept per catalogue
- :mod:`.gate`           what an audience may see (``decide``, ``visible_items``, ``passages``,
                          ``closed_parts``) and ``log_release``
- :mod:`.due`            renewals due, forms missing, birth dates unknown
"""
