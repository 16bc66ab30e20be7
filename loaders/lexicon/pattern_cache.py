"""Compiled patterns kept between runs, as Python keeps the bytecode of modules.

Parsing the extractors' patterns and generating ``re``'s code for them is some 0.13 CPU-s of each
``okg extract`` (a fifth of its start), the same work every time. :func:`install` makes ``re`` look a
pattern up by its text and flags in a table read from the user's cache directory and build it from the
stored code with ``_sre.compile`` (the call ``re`` ends with, which checks the code it is given); a
pattern not in the table is compiled as ``re`` compiles it and added, and the table is written back at
exit when it grew: the entries this process used first, at most :data:`MAX_PATTERNS` (a finder compiles
a few patterns per report from its words, such as its area's names; those of reports extracted earlier
give way to the modules' patterns). :func:`loaders.lexicon.first_chars.quick` keeps what it reads from
a pattern's tree in the same table (:func:`remember`, :func:`recall`).

The table is one ``marshal`` file per Python build (``sys.version``, ``_sre.MAGIC``, ``_sre.CODESIZE``
name it), written to a temporary file and renamed, so concurrent processes leave one whole table; an
entry ``_sre`` refuses or a file that does not load is ignored and the pattern compiled afresh. A
pattern built from the table is the pattern ``re`` compiles (``==`` compares its flags, text and code:
``tests/loaders/test_pattern_cache.py``).
"""
from __future__ import annotations

import atexit
import hashlib
import marshal
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

import _sre  # type: ignore[import-not-found]
from re import _compiler  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

#: Entries written at most: the modules' patterns and what ``quick`` read of them are some 730; each
#: entry costs some 15 µs to load.
MAX_PATTERNS = 1024

_original = _compiler.compile
# (pattern text, flags) → the arguments of ``_sre.compile`` after the text; (pattern text, flags,
# name) → what a caller remembered of that pattern (:func:`remember`).
_table: dict[tuple[Any, ...], tuple[Any, ...]] = {}
# The keys this process looked up and found, or added, in the order of their first use.
_used: dict[tuple[Any, ...], None] = {}
_state = {"grew": False, "path": None}


def path() -> Path:
    """The table of this Python build: ``$XDG_CACHE_HOME/oversight-kg/`` (else ``~/.cache/oversight-kg/``)."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    build = hashlib.sha256(f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}".encode()).hexdigest()[:16]
    return Path(base) / "oversight-kg" / f"patterns-{build}.marshal"


def compile(pattern: Any, flags: int = 0) -> Any:
    """``re._compiler.compile``: the pattern of ``pattern`` (a text) from the table, else compiled and added.

    A parse tree (``re`` passes one for a pattern it builds itself) and a debugging compilation are
    compiled as ``re`` compiles them, and not kept."""
    if not isinstance(pattern, str) or flags & _compiler.SRE_FLAG_DEBUG:
        return _original(pattern, flags)
    key = (pattern, int(flags))
    compiled = _built(pattern, key)
    if compiled is not None:
        return compiled
    return from_tree(pattern, int(flags), _parser.parse(pattern, flags))


def from_tree(text: str, flags: int, tree: Any) -> Any:
    """The pattern ``text`` whose parse tree is ``tree`` (``re._parser.parse(text, flags)``, or a tree
    that compiles to the same code), compiled as ``re._compiler.compile`` compiles a tree, and added."""
    flags = int(flags)  # a RegexFlag is an int that marshal does not write
    index_group: list[str | None] = [None] * tree.state.groups
    for name, number in tree.state.groupdict.items():
        index_group[number] = name
    # the code's opcodes are named int constants, which marshal does not write: their values are the code
    entry = (int(flags | tree.state.flags), [int(word) for word in _compiler._code(tree, flags)],
             tree.state.groups - 1, dict(tree.state.groupdict), tuple(index_group))
    _add((text, flags), entry)
    return _sre.compile(text, *entry)


def cached(text: str, flags: int) -> Any:
    """The pattern ``text`` built from the table, or None when the table does not hold it."""
    return _built(text, (text, int(flags)))


def remember(text: str, flags: int, name: str, value: tuple[Any, ...]) -> None:
    """Keep ``value`` (of types ``marshal`` writes) as what ``name`` reads of the pattern ``text``."""
    _add((text, int(flags), name), value)


def recall(text: str, flags: int, name: str) -> tuple[Any, ...] | None:
    """What :func:`remember` kept as ``name`` of the pattern ``text``, or None."""
    key = (text, int(flags), name)
    value = _table.get(key)
    if value is not None:
        _used[key] = None
    return value


def _built(text: str, key: tuple[Any, ...]) -> Any:
    entry = _table.get(key)
    if entry is None:
        return None
    try:
        compiled = _sre.compile(text, *entry)
        _used[key] = None
        return compiled
    except (RuntimeError, TypeError, ValueError, OverflowError):  # refused (another build's code, a damaged file)
        del _table[key]
        return None


def _add(key: tuple[Any, ...], value: tuple[Any, ...]) -> None:
    if key not in _table and len(_table) < 2 * MAX_PATTERNS:  # a long run keeps no more in memory
        _table[key] = value
        _used[key] = None
        _state["grew"] = True


def load(table: Path) -> None:
    """Read the table at ``table`` into this process's (nothing when it is missing or does not load)."""
    try:
        loaded = marshal.loads(table.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return
    if isinstance(loaded, dict):
        _table.update((key, value) for key, value in loaded.items()
                      if isinstance(key, tuple) and isinstance(value, tuple))


def save(table: Path) -> None:
    """Write this process's table to ``table`` (a temporary file renamed over it); a directory that
    cannot be written leaves it unwritten."""
    try:
        table.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=table.parent, prefix=table.name, suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(handle, "wb") as out:
            kept = [*_used, *(key for key in _table if key not in _used)][:MAX_PATTERNS]
            out.write(marshal.dumps({key: _table[key] for key in kept}))
        os.replace(temporary, table)
    except OSError:
        Path(temporary).unlink(missing_ok=True)


def _save_if_grown() -> None:
    if _state["grew"] and _state["path"] is not None:
        save(_state["path"])


def install() -> None:
    """Read the table and make ``re`` compile through it for the rest of the process (idempotent); on
    a Python whose ``re`` lacks the internals used here, leave ``re`` as it is (slower start, same patterns)."""
    if _compiler.compile is compile or not hasattr(_compiler, "_code"):
        return
    _state["path"] = path()
    load(_state["path"])
    _compiler.compile = compile
    atexit.register(_save_if_grown)
