"""Consent as data: records of who agreed to what, the rules, and the one gate that applies them.

- :mod:`.model`  the facts the rules read and the decisions they give
- :mod:`.rules`  the rules, as pure functions of (item facts, audience, day)
- :mod:`.facts`  reading those facts from the catalogue
- :mod:`.store`  adding, withdrawing and listing consent records
- :mod:`.gate`   what an audience may see (``decide``, ``visible_items``) and ``log_release``
- :mod:`.due`    renewals due, forms missing, birth dates unknown
"""
