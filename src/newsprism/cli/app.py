"""The ``newsprism`` command group; subcommands live in sibling modules and register on it."""

from __future__ import annotations

import click

from newsprism.report import FORMATS

format_option = click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="text",
    show_default=True,
    help="Report format.",
)
"""The report-format option shared by every command that prints a story report."""


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newsprism")
def main() -> None:
    """newsprism: see one news story through many outlets."""
