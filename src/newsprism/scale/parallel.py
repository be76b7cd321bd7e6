"""Read inputs in parallel on a Dask cluster, yielding results in input order.

The client plans units (:mod:`newsprism.scale.units`), submits them to a local or remote
cluster with a bounded number in flight, and yields each unit's results as soon as it and every
earlier unit are done. Workers open the files themselves, so paths must be reachable by them.
"""

from __future__ import annotations

import logging
import os
from collections import deque
from collections.abc import Iterator, Sequence
from contextlib import ExitStack
from typing import Any, BinaryIO

from newsprism.errors import ConfigError, IngestError
from newsprism.model import ReadArticle
from newsprism.scale.units import Unit, jsonl_ranges, plan_units
from newsprism.scale.work import Result, read_unit, restore

MISSING_EXTRA = "parallel reading needs Dask: pip install 'newsprism[scale]'"
_CONNECT_TIMEOUT = "10s"


def read_parallel(
    inputs: Sequence[str],
    *,
    workers: int | None = None,
    scheduler_address: str | None = None,
    batch_size: int = 200,
    processes: bool = True,
    stdin: BinaryIO | None = None,
) -> Iterator[ReadArticle | IngestError]:
    """Ingest and read ``inputs`` (as :func:`newsprism.ingest.iter_inputs` takes them) on
    Dask workers, yielding the same results, in the same order, as reading them one by one.

    Without ``scheduler_address`` a local cluster of ``workers`` processes (default: one per
    CPU; threads when ``processes`` is false) runs for the duration; with it (e.g.
    ``tcp://host:8786``) an existing cluster does the work. A JSON Lines file is split into
    tasks of ``batch_size`` lines; standard input is ingested here and sent in batches of
    ``batch_size`` articles. Raises :class:`ConfigError` when Dask is missing or the cluster
    cannot be reached or started.
    """
    if batch_size < 1:
        raise ConfigError(f"batch size must be at least 1, not {batch_size}")
    if workers is not None and workers < 1:
        raise ConfigError(f"workers must be at least 1, not {workers}")
    distributed = _import_distributed()
    with ExitStack() as stack:
        client = _connect(distributed, stack, workers, scheduler_address, processes)
        slots = sum(w["nthreads"] for w in client.scheduler_info()["workers"].values())
        limit = 2 * max(slots, 1) + 2

        def split(path: str, name: str) -> list[Unit]:
            units: list[Unit] = client.submit(
                jsonl_ranges, path, name, batch_size, pure=False
            ).result()
            return units

        pending: deque[Any] = deque()
        for unit in plan_units(inputs, split, batch_size=batch_size, stdin=stdin):
            pending.append(client.submit(read_unit, unit, pure=False))
            while len(pending) >= limit:
                yield from _results(pending.popleft())
        while pending:
            yield from _results(pending.popleft())


def _results(future: Any) -> Iterator[ReadArticle | IngestError]:
    results: list[Result] = future.result()
    for result in results:
        yield restore(result)


def _import_distributed() -> Any:
    try:
        import distributed
    except ImportError as exc:
        raise ConfigError(MISSING_EXTRA) from exc
    return distributed


def _connect(
    distributed: Any,
    stack: ExitStack,
    workers: int | None,
    address: str | None,
    processes: bool,
) -> Any:
    """A client of the cluster at ``address``, or of a new local one closed with ``stack``."""
    if address is not None:
        if workers is not None:
            raise ConfigError("give either a number of workers or a scheduler address, not both")
        try:
            return stack.enter_context(distributed.Client(address, timeout=_CONNECT_TIMEOUT))
        except (OSError, TimeoutError) as exc:
            raise ConfigError(f"cannot reach the Dask scheduler at {address}: {exc}") from exc
    try:
        cluster = stack.enter_context(
            distributed.LocalCluster(
                n_workers=workers or os.cpu_count() or 1,
                threads_per_worker=1,
                processes=processes,
                dashboard_address=None,
                silence_logs=logging.ERROR,
            )
        )
        return stack.enter_context(distributed.Client(cluster))
    except (OSError, TimeoutError) as exc:
        raise ConfigError(f"cannot start a local Dask cluster: {exc}") from exc
