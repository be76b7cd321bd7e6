"""The ``newsprism`` command group; subcommands live in sibling modules and register on it."""

from __future__ import annotations

import click


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newsprism")
def main() -> None:
    """newsprism: see one news story through many outlets."""
