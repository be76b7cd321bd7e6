"""Command-line interface: parses arguments, calls the Python API, formats the results.

Each module below adds its commands to :data:`main` when imported.
"""

from newsprism.cli import analyze as _analyze  # noqa: F401  (registers analyze, demo)
from newsprism.cli import corpus as _corpus  # noqa: F401  (registers ingest, stories, show, export, reread)
from newsprism.cli import evaluate as _evaluate  # noqa: F401  (registers eval)
from newsprism.cli import evaluate_quality as _quality  # noqa: F401  (eval conflicts, summary)
from newsprism.cli import web as _web  # noqa: F401  (registers web)
from newsprism.cli.app import main

__all__ = ["main"]
