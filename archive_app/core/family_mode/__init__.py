"""Family mode's side of the catalogue: which items are a family's, and what it may see of them.

- :mod:`.marks`      collections a curator marks for a family
- :mod:`.selection`  a family's items: what its members narrate, are mentioned in or appear in,
                     the photos of those stories, and the items of collections marked for it
- :mod:`.showing`    the selection as the family may see it today (the consent gate decides),
                     what was held back with the gate's reasons, and the release log

No consent rule lives here: the selection is family mode's, the yes and no are the gate's.
"""
