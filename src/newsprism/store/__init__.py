"""The store: articles, readings, stories and families in one SQLite file (WAL mode).

See docs/STORE.md for the schema, migrations, crash-safety guarantees and how readings made by
another version of the reader are refreshed (``Store.reread``).
"""

from newsprism.store.schema import SCHEMA_VERSION
from newsprism.store.store import (
    BATCH_SIZE,
    AddResult,
    ArticleInfo,
    RereadResult,
    Store,
    StorySummary,
    default_db_path,
)
from newsprism.store.update import rebuild_stories, update_stories

__all__ = [
    "BATCH_SIZE",
    "SCHEMA_VERSION",
    "AddResult",
    "ArticleInfo",
    "RereadResult",
    "Store",
    "StorySummary",
    "default_db_path",
    "rebuild_stories",
    "update_stories",
]
