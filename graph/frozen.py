"""Read-only JSON-like data: cached views handed to every caller without a copy.

:func:`freeze` turns dicts and lists (recursively) into :class:`FrozenDict` and
:class:`FrozenList`: still a ``dict`` and a ``list`` for readers (equality, JSON,
pydantic, slicing), but any change raises :class:`TypeError`, so one caller cannot
change what the next one reads. A copy (``copy.copy``, ``copy.deepcopy``, pickling)
is plain, mutable data again.
"""
from __future__ import annotations

import copy
from typing import Any, NoReturn


def _refuse(self: object, *args: object, **kwargs: object) -> NoReturn:
    raise TypeError(f"a cached {type(self).__name__} is read-only and shared: copy it (copy.deepcopy) to change it")


class FrozenDict(dict):  # type: ignore[type-arg]
    """A dict no one can change."""

    __setitem__ = __delitem__ = __ior__ = clear = pop = popitem = setdefault = update = _refuse  # type: ignore[assignment]

    def __reduce__(self) -> tuple[Any, ...]:
        return dict, (dict(self),)

    def __copy__(self) -> dict[Any, Any]:
        return dict(self)

    def __deepcopy__(self, memo: dict[int, Any]) -> dict[Any, Any]:
        return {copy.deepcopy(k, memo): copy.deepcopy(v, memo) for k, v in self.items()}


class FrozenList(list):  # type: ignore[type-arg]
    """A list no one can change."""

    __setitem__ = __delitem__ = __iadd__ = __imul__ = append = clear = extend = insert = pop = remove = \
        reverse = sort = _refuse  # type: ignore[assignment]

    def __reduce__(self) -> tuple[Any, ...]:
        return list, (list(self),)

    def __copy__(self) -> list[Any]:
        return list(self)

    def __deepcopy__(self, memo: dict[int, Any]) -> list[Any]:
        return [copy.deepcopy(v, memo) for v in self]


#: Values taken as they are without a call: most of a view's values (round 47: a call per string and number was half
#: of freezing coverage at 1M triples, 60k calls).
_PLAIN = frozenset({str, int, float, bool, type(None)})


def freeze(value: Any) -> Any:
    """``value`` with every dict and list in it (at any depth) read-only; other values as they are.
    What is frozen already is taken as it is, so a view reuses the parts it kept."""
    if isinstance(value, (FrozenDict, FrozenList)):
        return value
    if isinstance(value, dict):
        return FrozenDict({k: v if type(v) in _PLAIN else freeze(v) for k, v in value.items()})
    if isinstance(value, list):
        return FrozenList(v if type(v) in _PLAIN else freeze(v) for v in value)
    if isinstance(value, tuple):
        return tuple(freeze(v) for v in value)
    return value
