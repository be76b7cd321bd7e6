"""``newsprism web``: ``--get`` sends one request through the app; missing extras are named."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsprism.cli import main
from newsprism.cli.web import INSTALL_HINT, is_loopback
from tests.web.conftest import HOSTILE_STORY

STORY = "corran-star-ferry"


def test_get_prints_the_page(store_path: Path) -> None:
    result = CliRunner().invoke(main, ["web", "--db", str(store_path), "--get", "/"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("<!DOCTYPE html>")
    assert f'href="/story/{STORY}"' in result.stdout


def test_get_prints_json(store_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["web", "--db", str(store_path), "--get", f"/story/{STORY}.json"]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["story"]["id"] == STORY
    api = CliRunner().invoke(main, ["web", "--db", str(store_path), "--get", "/api/stories"])
    ids = [s["id"] for s in json.loads(api.stdout)["stories"]]
    assert STORY in ids and HOSTILE_STORY in ids


def test_get_of_a_missing_page_fails(store_path: Path) -> None:
    result = CliRunner().invoke(main, ["web", "--db", str(store_path), "--get", "/story/nope"])
    assert result.exit_code == 1
    assert "There is no story nope." in result.stdout
    assert "error: GET /story/nope answered 404" in result.stderr


def test_get_needs_a_path(store_path: Path) -> None:
    result = CliRunner().invoke(main, ["web", "--db", str(store_path), "--get", "story"])
    assert result.exit_code == 1
    assert "starting with /" in result.stderr


def test_missing_store_is_explained(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["web", "--db", str(tmp_path / "none.db"), "--get", "/"])
    assert result.exit_code == 1
    assert "no store at" in result.stderr and "--samples" in result.stderr


def test_db_and_samples_exclude_each_other(store_path: Path) -> None:
    result = CliRunner().invoke(main, ["web", "--db", str(store_path), "--samples"])
    assert result.exit_code == 2
    assert "either --db or --samples" in result.stderr


def test_missing_web_extra_names_the_install(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in [m for m in sys.modules if m == "newsprism.web" or m.startswith("newsprism.web.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "fastapi", None)  # import fastapi now fails
    result = CliRunner().invoke(main, ["web", "--db", str(store_path), "--get", "/"])
    assert result.exit_code == 1
    assert INSTALL_HINT in result.stderr and "fastapi" in result.stderr


def test_core_package_imports_without_the_web_extra() -> None:
    import subprocess

    code = (
        "import sys; sys.modules['fastapi'] = None; sys.modules['uvicorn'] = None\n"
        "import newsprism, newsprism.cli\n"
        "from click.testing import CliRunner\n"
        "r = CliRunner().invoke(newsprism.cli.main, ['--help'])\n"
        "assert r.exit_code == 0 and 'web' in r.output, r.output\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_loopback_hosts() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("localhost") and is_loopback("::1")
    assert is_loopback("127.0.0.2")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.0.2.1")
