"""Reading stage: turn an :class:`~newsprism.model.Article` into a :class:`ReadArticle`.

Components are pure functions run in a fixed order (sentences → mentions → quantities →
time references → quotes); each gets the article and what earlier components found.
:data:`READER_VERSION` names the output they give: bump it when that output changes.
"""

from newsprism.read.pipeline import pipe, read_article
from newsprism.read.version import READER_VERSION

__all__ = ["READER_VERSION", "pipe", "read_article"]
