"""Quantity fields shared by the figure tests: a count of the killed, any count, a group."""

from __future__ import annotations


def killed(value: float, qualifier: str = "exact", counts: str = "passengers") -> dict[str, object]:
    return {"value": value, "qualifier": qualifier, "counts": counts, "verb": "killed"}


def counted(
    value: float, verb: str, counts: str | None = None, **extra: object
) -> dict[str, object]:
    return {"value": value, "qualifier": "exact", "counts": counts, "verb": verb, **extra}


def group_of(
    value: float, counts: str, verb: str | None = None, q: str = "exact"
) -> dict[str, object]:
    return {"value": value, "qualifier": q, "counts": counts, "verb": verb}
