"""Parse rendered HTML in tests and check it is inert (shared by report and web tests)."""

from __future__ import annotations

from html.parser import HTMLParser


class Page(HTMLParser):
    """Collects the tags, attributes and text of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(page: str) -> Page:
    parser = Page()
    parser.feed(page)
    parser.close()
    return parser


def assert_inert(page: str) -> Page:
    """No script, no embedded object, no event handler, no javascript: link."""
    parsed = parse(page)
    assert [t for t, _ in parsed.tags if t in ("script", "img", "iframe", "object", "embed")] == []
    assert not any(k.startswith("on") for _, attrs in parsed.tags for k in attrs)
    for _, attrs in parsed.tags:
        for key in ("href", "src", "action"):
            value = (attrs.get(key) or "").strip().lower()
            assert not value.startswith(("javascript:", "data:")), value
    return parsed
