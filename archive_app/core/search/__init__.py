"""Full-text search of the archive, Chinese-aware, kept in step with the catalogue.

Callers use :mod:`.service` only (``SearchService``, ``SearchResult``, ``Hit``). Inside:

    analysis   folding and terms (pure Python)
    porter     Porter's stemmer, as the story site's pages have it (English widened by stem)
    pinyin     ASCII queries read as pinyin, resolved against the index's own terms
    glossary   English words of the archive's subject and their Chinese
    query      parsing what the user typed (pure)
    documents  what is searchable about each catalogue item (SQL on the catalogue only)
    snippets   highlighted windows of text (pure)
    fallback   plain catalogue search while the index is unusable (SQL only)
    schema     the index's tables (SQLite FTS5) and the layout of its row ids  } the only modules
    writer     documents into the index file                                  } that know the
    index      the index folder: state, rebuild, updates, durability          } index's
    matching   plans as FTS5 expressions; facets, filters, the gate by group  } storage
    engine     compiling and running a query: meanings, match, keep, rank     }

Replacing the engine means rewriting those five behind the same service.
"""
