"""Family mode: a family's own stories on the village laptop, audio first, in big type, locked to
what the consent gate lets the family see.

- :mod:`.window`      the locked full-screen window and its three screens
- :mod:`.home`        members as portraits, stories as big tiles
- :mod:`.story`       a story playing: photos one after another, the words a line at a time
- :mod:`.lines`       the large-type line view over the transcript model
- :mod:`.where`       "Where are Mum and Dad?": the members' times away working
- :mod:`.pictures`    photos and the calm generated cards that stand in for missing ones
- :mod:`.look`        sizes, colours and the family's words for relationships
- :mod:`.passphrase`  the curator's passphrase (argon2id) and the wait after wrong tries
- :mod:`.unlock`      asking for and setting the passphrase
- :mod:`.switch`      entering and leaving family mode from the curator's app, and starting in it
- :mod:`.curator`     the family page's family-mode panel and the settings rows
"""
