"""``python -m newsprism`` runs the command-line interface."""

from newsprism.cli import main

main()
