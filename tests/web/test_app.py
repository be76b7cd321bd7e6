"""Each route of the web app, over the sample stories and over a store built from them."""

from __future__ import annotations

import json
import re
import shutil
from html import unescape
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsprism.model import ReadArticle, StoryAnalysis
from newsprism.report import SCHEMA_VERSION
from newsprism.store import Store
from newsprism.web import create_app
from tests.web.conftest import UNANALYSED_STORY

STORY = "corran-star-ferry"
SampleData = tuple[list[StoryAnalysis], list[ReadArticle]]


def analysis_of(data: SampleData, story_id: str) -> StoryAnalysis:
    return next(a for a in data[0] if a.story.id == story_id)


def story_links(page: str) -> list[str]:
    return re.findall(r'href="/story/([^"]+)"', page)


@pytest.mark.parametrize("client_name", ["samples_client", "store_client"])
def test_index_lists_every_sample_story(
    client_name: str, request: pytest.FixtureRequest, samples_data: SampleData
) -> None:
    client: TestClient = request.getfixturevalue(client_name)
    response = client.get("/")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    listed = story_links(response.text)
    for analysis in samples_data[0]:
        assert analysis.story.id in listed
        assert unescape(analysis.story.label) in unescape(response.text)
    row = response.text.split(f'href="/story/{STORY}"')[1].split("</tr>")[0]
    corran = analysis_of(samples_data, STORY)
    cells = re.findall(r"<td>(.*?)</td>", row, re.S)
    assert cells[0] == str(len(corran.story.articles))  # size
    assert "Meridian Wire" in cells[1]  # outlets
    assert cells[2] == "2025-10-04 – 2025-10-06"  # dates
    assert cells[3] == str(len(corran.conflicts))  # conflict count
    # the article in no story is listed and linked
    loose = samples_data[1][0]
    assert f'href="/article/{loose.id}"' in response.text


def test_store_listing_says_which_stories_are_not_analysed(store_client: TestClient) -> None:
    page = store_client.get("/").text
    row = page.split(f'href="/story/{UNANALYSED_STORY}"')[1].split("</tr>")[0]
    assert "not analysed yet" in row
    assert "not analysed yet" not in page.split(f'href="/story/{STORY}"')[1].split("</tr>")[0]


@pytest.mark.parametrize("client_name", ["samples_client", "store_client"])
def test_search_finds_stories_by_their_words(
    client_name: str, request: pytest.FixtureRequest
) -> None:
    client: TestClient = request.getfixturevalue(client_name)
    page = client.get("/", params={"q": "Corran ferry"}).text
    assert story_links(page) == [STORY]
    assert 'value="Corran ferry"' in page
    none = client.get("/", params={"q": "zyxwvut"}).text
    assert story_links(none) == [] and "No story matches" in none
    api = client.get("/api/stories", params={"q": "Corran"}).json()
    assert [s["id"] for s in api["stories"]] == [STORY]


def test_empty_store_explains_what_to_do(tmp_path: Path) -> None:
    with TestClient(create_app(tmp_path / "absent.db")) as client:
        page = client.get("/").text
    assert "No stories yet" in page and "newsprism web --samples" in page
    assert not (tmp_path / "absent.db").exists()  # browsing creates no store


@pytest.mark.parametrize("client_name", ["samples_client", "store_client"])
def test_story_page_is_the_full_comparison(
    client_name: str, request: pytest.FixtureRequest, samples_data: SampleData
) -> None:
    client: TestClient = request.getfixturevalue(client_name)
    response = client.get(f"/story/{STORY}")
    assert response.status_code == 200
    page = response.text
    for section in ("articles", "summary", "facts", "conflicts", "quotes", "timeline", "readings"):
        assert f'<section id="{section}">' in page, section
    analysis = analysis_of(samples_data, STORY)
    for conflict in analysis.conflicts:
        assert f'id="{conflict.id}"' in page
    # evidence links lead to the article page, at the cited span
    links = re.findall(r'href="(/article/[^"#]+)#evidence"', page)
    assert links
    assert f'href="/story/{STORY}.json"' in page
    assert 'class="sitenav"' in page  # the app's navigation around the report


@pytest.mark.parametrize("client_name", ["samples_client", "store_client"])
def test_story_json_is_the_json_report(
    client_name: str, request: pytest.FixtureRequest, samples_data: SampleData
) -> None:
    client: TestClient = request.getfixturevalue(client_name)
    response = client.get(f"/story/{STORY}.json")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    data = response.json()
    assert data["schema_version"] == SCHEMA_VERSION
    assert data["story"]["id"] == STORY
    analysis = analysis_of(samples_data, STORY)
    assert len(data["conflicts"]) == len(analysis.conflicts)
    assert client.get(f"/api/story/{STORY}").json() == data


def test_api_stories_lists_summaries(samples_client: TestClient, samples_data: SampleData) -> None:
    data = samples_client.get("/api/stories").json()
    by_id = {s["id"]: s for s in data["stories"]}
    assert set(by_id) == {a.story.id for a in samples_data[0]}
    corran = by_id[STORY]
    assert corran["size"] == len(analysis_of(samples_data, STORY).story.articles)
    assert corran["first_date"] == "2025-10-04" and corran["last_date"] == "2025-10-06"
    assert corran["url"] == f"/story/{STORY}" and corran["json_url"] == f"/story/{STORY}.json"
    dates = [s["last_date"] for s in data["stories"]]
    assert dates == sorted(dates, reverse=True)  # latest first


@pytest.mark.parametrize("client_name", ["samples_client", "store_client"])
def test_article_page_shows_text_segments_and_readings(
    client_name: str, request: pytest.FixtureRequest, samples_data: SampleData
) -> None:
    client: TestClient = request.getfixturevalue(client_name)
    reading = analysis_of(samples_data, STORY).story.articles[0]
    page = client.get(f"/article/{reading.id}").text
    assert f"<code>{reading.id}</code>" in page
    assert f'href="/story/{STORY}"' in page  # back to its story
    assert '<div class="text">' in page
    assert '<span class="quantity"' in page or 'class="quantity ' in page
    assert "Segments" in page
    text = unescape(re.sub(r"<[^>]+>", "", page.split('<div class="text">')[1].split("</div>")[0]))
    assert text == reading.article.text  # the whole text, in order, nothing added


def test_article_page_marks_the_cited_span(samples_client: TestClient) -> None:
    story = samples_client.get(f"/story/{STORY}").text
    link = unescape(re.findall(r'href="(/article/[^"]+#evidence)"', story)[0])
    response = samples_client.get(link)
    assert response.status_code == 200
    start, end = (int(v) for v in re.findall(r"(?:start|end)=(\d+)", link))
    page = response.text
    assert page.count('id="evidence"') == 1
    text = page.split('<div class="text">')[1].split("</div>")[0]
    spans = re.findall(r'<span[^>]*class="([^"]*)"[^>]*>([^<]*)</span>', text)
    marked = unescape("".join(t for classes, t in spans if "evidence" in classes.split()))
    sentence = unescape("".join(t for c, t in spans if "evidence-sentence" in c.split()))
    article_id = link.split("/article/")[1].split("?")[0]
    reading = samples_client.app.state.source.article(article_id).reading  # type: ignore[attr-defined]
    assert marked == reading.article.text[start:end]
    assert marked in sentence


def test_loose_article_is_in_no_story(store_client: TestClient, samples_data: SampleData) -> None:
    loose = samples_data[1][0]
    page = store_client.get(f"/article/{loose.id}").text
    assert "in no story" in page


def test_analyze_form(samples_client: TestClient) -> None:
    page = samples_client.get("/analyze").text
    assert 'enctype="multipart/form-data"' in page
    assert 'name="text"' in page and 'name="files"' in page


def test_store_analysis_is_computed_once_and_kept(store_path: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.db"
    shutil.copy(store_path, copy)
    with TestClient(create_app(copy)) as client:
        assert client.get(f"/story/{UNANALYSED_STORY}").status_code == 200
        with Store.open(copy) as store:
            summary = store.story(UNANALYSED_STORY)
        assert summary is not None and summary.conflict_count is not None
        row = client.get("/").text.split(f'href="/story/{UNANALYSED_STORY}"')[1]
        assert "not analysed yet" not in row.split("</tr>")[0]


def test_store_json_report_matches_api(store_client: TestClient) -> None:
    data = json.loads(store_client.get(f"/story/{STORY}.json").text)
    assert data["story"]["label"]
