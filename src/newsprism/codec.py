"""Convert model dataclasses to JSON-able data and back (for the store and the JSON report).

``to_data`` turns dataclasses into dicts (field order kept), dates into ISO strings and tuples
into lists; ``bytes`` fields are left out (raw input is stored separately). ``from_data`` rebuilds
a dataclass from such data using its type hints, so a round trip gives an equal object.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from datetime import date
from functools import cache
from typing import Any, TypeVar

T = TypeVar("T")


def to_data(obj: Any) -> Any:
    """A JSON-able copy of ``obj`` (dataclass, tuple, list, dict, date or scalar)."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {
            f.name: to_data(getattr(obj, f.name))
            for f in dataclasses.fields(obj)
            if not isinstance(getattr(obj, f.name), bytes)
        }
    if isinstance(obj, (tuple, list)):
        return [to_data(item) for item in obj]
    if isinstance(obj, dict):
        return {str(key): to_data(value) for key, value in obj.items()}
    if isinstance(obj, date):
        return obj.isoformat()
    return obj


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def from_data(cls: type[T], data: Any, **extra: Any) -> T:
    """Rebuild a dataclass of type ``cls`` from :func:`to_data` output.

    ``extra`` supplies top-level fields that ``to_data`` leaves out; nested ``bytes`` fields
    that are missing come back empty.
    """
    return typing.cast(T, _convert(cls, {**data, **extra}))


def _convert(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        return _convert(options[0], value) if len(options) == 1 else value
    if origin is tuple:
        args = typing.get_args(hint)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_convert(args[0], item) for item in value)
        return tuple(_convert(arg, item) for arg, item in zip(args, value, strict=True))
    if origin is typing.Literal or hint is Any:
        return value
    if isinstance(hint, type):
        if dataclasses.is_dataclass(hint):
            hints = _hints(hint)
            names = {f.name for f in dataclasses.fields(hint) if f.init}
            kwargs = {k: _convert(hints[k], v) for k, v in value.items() if k in names}
            for name in names - kwargs.keys():
                if hints[name] is bytes:
                    kwargs[name] = b""  # left out by to_data; stored apart
            return hint(**kwargs)
        if hint is date:
            return date.fromisoformat(value)
        if hint is bytes and isinstance(value, bytes):
            return value
    return value
