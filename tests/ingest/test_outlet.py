"""Outlet naming: declared, else URL domain, else file stem."""

from __future__ import annotations

from newsprism.ingest.outlet import domain_of, outlet_for, outlet_from_file_name


def test_domain_of() -> None:
    assert domain_of("https://WWW.Example.org:8443/a?b") == "example.org"
    assert domain_of("http://news.example.co.uk/") == "news.example.co.uk"
    assert domain_of("not a url") is None
    assert domain_of("http://[bad") is None


def test_outlet_for() -> None:
    assert outlet_for(" Lenn Post ", "https://a.example/x", "f.txt") == "Lenn Post"
    assert outlet_for(None, "https://www.a.example/x", "f.txt") == "a.example"
    assert outlet_for("", None, "dir/story.one.txt") == "Story"
    assert outlet_for(None, None, None) == "stdin"


def test_outlet_from_file_name() -> None:
    assert outlet_from_file_name("01_calder-bay-gazette") == "Calder Bay Gazette"
    assert outlet_from_file_name("BBC_news") == "BBC News"
    # ids and numbered stems stay as they are
    assert outlet_from_file_name("000_a223a3e3d57a2d83") == "000_a223a3e3d57a2d83"
    assert outlet_from_file_name("story_7") == "story_7"
    assert outlet_from_file_name("2024-05-01") == "2024-05-01"
