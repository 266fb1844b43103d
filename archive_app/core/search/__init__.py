"""Full-text search of the archive, Chinese-aware, kept in step with the catalogue.

Callers use :mod:`.service` only (``SearchService``, ``SearchResult``, ``Hit``). Inside:

    analysis   folding and terms (pure Python; borrows Whoosh's Porter stemmer)
    pinyin     ASCII queries read as pinyin, resolved against the index's own terms
    glossary   English words of the archive's subject and their Chinese
    query      parsing what the user typed (pure)
    documents  what is searchable about each catalogue item (SQL only)
    snippets   highlighted windows of text (pure)
    fallback   plain catalogue search while the index is unusable (SQL only)
    schema     the Whoosh schema and the adapters feeding it our terms     } the only modules
    index      the index folder: state, rebuild, updates, durability        } that import
    matching   set algebra over Whoosh's postings, as bitmaps               } Whoosh
    engine     compiling and running a query: match, filter, gate, rank     }

Replacing Whoosh means rewriting those four behind the same service.
"""
