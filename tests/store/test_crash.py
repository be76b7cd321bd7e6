"""Crash safety: a writer SIGKILLed mid-ingest leaves whole batches, and a re-run completes."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsprism.store import Store
from tests.store.conftest import build_reading

ROOT = Path(__file__).resolve().parents[2]
TOTAL = 2000
BATCH = 20
WRITER = f"""
import sys
from newsprism.store import Store
from tests.store.conftest import build_reading

with Store.open(sys.argv[1]) as store:
    result = store.add_articles(
        (build_reading(n) for n in range({TOTAL})), batch_size={BATCH}
    )
print(result.added, result.skipped)
"""


def _count(path: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
        try:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0  # not created yet


def _writer(db: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)])}
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_midway_keeps_committed_articles_and_rerun_completes(tmp_path: Path) -> None:
    db = tmp_path / "crash.db"
    proc = _writer(db)
    deadline = time.monotonic() + 60
    while _count(db) < TOTAL // 10 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, proc.stderr.read() if proc.stderr else ""

    with Store.open(db) as store:
        conn = sqlite3.connect(db)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
        kept = store.count()
        assert 0 < kept < TOTAL
        assert kept % BATCH == 0  # whole batches only
        for n, reading in enumerate(store.iter_articles()):
            assert reading == build_reading(n)  # every committed article intact

    proc = _writer(db)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert out.split() == [str(TOTAL - kept), str(kept)]
    with Store.open(db) as store:
        assert store.count() == TOTAL
        assert [r.id for r in store.iter_articles()][-1] == f"art-{TOTAL - 1:05d}"
