"""``make bench``: run every benchmark, each in its own process, and print a summary table.

    .venv/bin/python benchmarks/run.py           # quick: a few minutes on 2 cores
    .venv/bin/python benchmarks/run.py --full    # grouping's 100,000-article scale test too

Each benchmark prints its own report (shown in full); the table at the end repeats the
headline lines. Figures are CPU time of one process unless a line says "wall". See
docs/BENCHMARKS.md for the machine and the figures measured.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Bench:
    name: str
    script: str
    quick: tuple[str, ...]
    full: tuple[str, ...]
    headlines: tuple[str, ...]  # report lines starting with these go into the table


BENCHES = (
    Bench(
        "reading",
        "reading.py",
        (),
        ("--rounds", "10"),
        ("corpus:", "throughput:", "memory:", "  total", "long articles:", "worst cases"),
    ),
    Bench(
        "compare",
        "compare.py",
        (),
        (),
        ("10-article story:", "log-log slope:"),
    ),
    Bench(
        "grouping",
        "grouping.py",
        ("--scale", "5000"),
        ("--scale", "100000"),
        ("quality:", "throughput:", "scale:", "peak memory"),
    ),
)


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def run(bench: Bench, full: bool) -> tuple[int, float, list[str]]:
    args = bench.full if full else bench.quick
    command = [sys.executable, str(HERE / bench.script), *args]
    print(f"\n=== {bench.name}: {' '.join([Path(sys.executable).name, *command[1:]])}")
    sys.stdout.flush()
    start = time.perf_counter()
    proc = subprocess.run(command, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    print(proc.stdout, end="")
    if proc.returncode != 0:
        print(proc.stderr[-3000:], end="", file=sys.stderr)
    lines = [
        line.strip()
        for line in proc.stdout.splitlines()
        if any(line.startswith(head) for head in bench.headlines)
    ]
    return proc.returncode, elapsed, lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--full", action="store_true", help="run the 100k-article scale test")
    parser.add_argument(
        "--only", choices=[b.name for b in BENCHES], action="append", help="run only these"
    )
    args = parser.parse_args()
    print(
        f"machine: {cpu_model()}, {os.cpu_count()} cores; Python {platform.python_version()}; "
        f"{'full' if args.full else 'quick'} run"
    )
    results = []
    for bench in BENCHES:
        if args.only and bench.name not in args.only:
            continue
        results.append((bench, *run(bench, args.full)))
    print("\n=== summary")
    width = max(len(b.name) for b, *_ in results)
    print(f"{'benchmark':<{width}}  {'status':<6}  {'wall s':>6}  headline")
    failed = 0
    for bench, code, elapsed, lines in results:
        status = "ok" if code == 0 else f"rc={code}"
        failed += code != 0
        for k, line in enumerate(lines or ["(no output)"]):
            if k == 0:
                print(f"{bench.name:<{width}}  {status:<6}  {elapsed:>6.1f}  {line}")
            else:
                print(f"{'':<{width}}  {'':<6}  {'':>6}  {line}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
