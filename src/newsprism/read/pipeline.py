"""Run the reading components over one article or a stream of articles."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from newsprism.model import Article, ReadArticle
from newsprism.read.mentions import find_mentions
from newsprism.read.quantities import find_quantities
from newsprism.read.quotes import find_quotes
from newsprism.read.sentences import split_sentences
from newsprism.read.timerefs import find_timerefs_dated


def read_article(article: Article) -> ReadArticle:
    """Read one article: sentences, mentions, quantities, time references and quotes."""
    sentences = split_sentences(article)
    mentions = find_mentions(article, sentences)
    quantities = find_quantities(article, sentences, mentions)
    timerefs, published, estimated = find_timerefs_dated(article, sentences, article.published)
    quotes = find_quotes(article, sentences, mentions)
    return ReadArticle(
        article=article,
        sentences=sentences,
        mentions=mentions,
        quantities=quantities,
        timerefs=timerefs,
        quotes=quotes,
        published=published,
        published_estimated=estimated,
    )


def pipe(articles: Iterable[Article]) -> Iterator[ReadArticle]:
    """Read a stream of articles lazily, yielding results in input order."""
    for article in articles:
        yield read_article(article)
