"""Reading stage: turn an :class:`~newsprism.model.Article` into a :class:`ReadArticle`.

Components are pure functions run in a fixed order (sentences → mentions → quantities →
time references → quotes); each gets the article and what earlier components found.
"""

from newsprism.read.pipeline import pipe, read_article

__all__ = ["pipe", "read_article"]
