"""How ``re`` compiles the extractors' patterns, sped up at the one place ``loaders`` hooks into it.

Compiling the genre's patterns is most of ``okg extract``'s start, and the same work every time. Two
private functions of ``re._compiler`` do it, and :func:`install` replaces both, together:

* ``_optimize_charset`` marks each character class's ranges character by character in a table of
  65,536 entries: the Han range (``[\\u4e00-\\u9fff]``, :data:`loaders.lexicon.patterns.HAN`) costs about
  1.5 ms each time, and the genre's patterns hold it some eighty times (0.1 CPU-s, with some 1,500 smaller
  classes, most of them repeats). The optimisation depends on the class's items alone when the pattern is
  case-sensitive, so its answer is kept per class for the process (:func:`_optimize_charset`); a
  case-insensitive class (compiled with case-folding functions) is optimised as before.
* ``compile`` parses a pattern and generates its code (some 0.13 CPU-s of each ``okg extract``, a fifth of
  its start): :func:`compile` looks a pattern up by its text and flags in a table read from the user's
  cache directory and builds it from the stored code with ``_sre.compile`` (the call ``re`` ends with,
  which checks the code it is given); a pattern not in the table is compiled as ``re`` compiles it and
  added, and the table is written back at exit when it grew: the entries this process used first, at most
  :data:`MAX_PATTERNS` (a finder compiles a few patterns per report from its words, such as its area's
  names; those of reports extracted earlier give way to the modules' patterns).
  :func:`loaders.lexicon.first_chars.quick` keeps what it reads from a pattern's tree in the same table
  (:func:`remember`, :func:`recall`).

Both are private, so :func:`install` replaces them only on a Python whose functions take the parameters this
module was written against (:data:`EXPECTED_PARAMETERS`, one check for both); elsewhere ``re`` stays as it is
(a slower start, the same patterns).

The table is one ``marshal`` file per Python build (``sys.version``, ``_sre.MAGIC``, ``_sre.CODESIZE``
name it), written to a temporary file and renamed, so concurrent processes leave one whole table; an
entry ``_sre`` refuses or a file that does not load is ignored and the pattern compiled afresh. A
pattern built from the table, or with the kept classes, is the pattern ``re`` compiles (``==`` compares its
flags, text and code: ``tests/loaders/test_pattern_cache.py``).
"""
from __future__ import annotations

import atexit
import hashlib
import inspect
import marshal
import os
import sys
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any

import _sre  # type: ignore[import-not-found]
from re import _compiler  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

#: Entries written at most: the modules' patterns and what ``quick`` read of them are some 1,980 for one sample (round
#: 36; some 1,100 when the trigger rows began to be searched one at a time, ``lexicon.alternation``), so the
#: table keeps twice that; each entry costs some 15 µs to load.
MAX_PATTERNS = 4096
#: Distinct classes kept: the genre's patterns hold some 470.
MAX_CLASSES = 4096
#: The private functions of ``re._compiler`` this module replaces or calls, with the parameters it was
#: written against (CPython 3.11–3.13).
EXPECTED_PARAMETERS = {"compile": ("p", "flags"), "_code": ("p", "flags"),
                       "_optimize_charset": ("charset", "iscased", "fixup", "fixes")}

# re's own, as this module found them
_re_compile = _compiler.compile
_re_optimize_charset = getattr(_compiler, "_optimize_charset", None)
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
        return _re_compile(pattern, flags)
    pattern = str(pattern)  # a text of a subclass (lxml's _ElementUnicodeResult, trafilatura's XPath strings) marshal does not write
    key = (pattern, int(flags))
    compiled = _built(pattern, key)
    if compiled is not None:
        return compiled
    return from_tree(pattern, int(flags), _parser.parse(pattern, flags))


@lru_cache(maxsize=MAX_CLASSES)
def _optimised(items: tuple[tuple[Any, Any], ...]) -> tuple[tuple[tuple[Any, Any], ...], bool]:
    out, hascased = _re_optimize_charset(list(items))
    return tuple(out), hascased


def _optimize_charset(charset: list[tuple[Any, Any]], iscased: Any = None, fixup: Any = None,
                      fixes: Any = None) -> tuple[list[tuple[Any, Any]], bool]:
    """``re._compiler._optimize_charset``, its answer kept per class when no case-folding is asked."""
    if iscased is not None or fixup is not None or fixes is not None:
        return _re_optimize_charset(charset, iscased, fixup, fixes)
    try:
        out, hascased = _optimised(tuple(charset))
    except TypeError:  # an item ``re`` may one day hold unhashable: optimised as before
        return _re_optimize_charset(charset, iscased, fixup, fixes)
    return list(out), hascased


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


def read_table(table: Path) -> dict[tuple, tuple]:
    """The entries of the table at ``table``, keyed ``(pattern text, flags)``; empty when it is missing or
    does not load (not marshal, or not a dict of tuples)."""
    try:
        loaded = marshal.loads(table.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(loaded, dict):
        return {}
    return {key: value for key, value in loaded.items() if isinstance(key, tuple) and isinstance(value, tuple)}


def load(table: Path) -> None:
    """Read the table at ``table`` into this process's (nothing when it is missing or does not load)."""
    _table.update(read_table(table))


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


@lru_cache(maxsize=1)
def fits() -> bool:
    """Whether this Python's ``re._compiler`` has the private functions :data:`EXPECTED_PARAMETERS` names,
    taking those parameters: the one check made before they are used, by :func:`install` or by a caller of
    :func:`from_tree` (:mod:`loaders.lexicon.first_chars`). Read once per process."""
    found = {"compile": _re_compile, "_code": getattr(_compiler, "_code", None),
             "_optimize_charset": _re_optimize_charset}
    try:
        return all(tuple(inspect.signature(found[name]).parameters) == parameters
                   for name, parameters in EXPECTED_PARAMETERS.items())
    except TypeError:  # a function missing
        return False


def install() -> None:
    """Make ``re`` optimise each case-sensitive class once per process and compile through the table kept
    between runs (read now, written at exit), for the rest of the process; idempotent. On a Python whose
    ``re`` does not :func:`fits`, leave ``re`` as it is (slower start, same patterns). Call it before the
    first pattern is compiled: ``loaders`` does, on import."""
    if _compiler.compile is compile or not fits():
        return
    _state["path"] = path()
    load(_state["path"])
    _compiler._optimize_charset = _optimize_charset
    _compiler.compile = compile
    atexit.register(_save_if_grown)
