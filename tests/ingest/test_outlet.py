"""Outlet naming: declared, else URL domain, else file stem."""

from __future__ import annotations

from newsprism.ingest.outlet import domain_of, outlet_for


def test_domain_of() -> None:
    assert domain_of("https://WWW.Example.org:8443/a?b") == "example.org"
    assert domain_of("http://news.example.co.uk/") == "news.example.co.uk"
    assert domain_of("not a url") is None
    assert domain_of("http://[bad") is None


def test_outlet_for() -> None:
    assert outlet_for(" Lenn Post ", "https://a.example/x", "f.txt") == "Lenn Post"
    assert outlet_for(None, "https://www.a.example/x", "f.txt") == "a.example"
    assert outlet_for("", None, "dir/story.one.txt") == "story"
    assert outlet_for(None, None, None) == "stdin"
