"""Groups a standing committee forms for one piece of work: 执法检查组, 专项检查组, 专题调研组, 督查组 …

Each is a body of the standing committee that set it up (``lexicon/data/congress-groups.csv``
lists the groups' names). Named right after that committee (省人大常委会专项检查组;
全国人大常委会固体废物污染环境防治法执法检查组, where the law's name is the group's subject, not
part of its name) it belongs to that committee; named alone (检查组, 督查组) it belongs to the
reporting standing committee. A bare ending (检查组, 调研组) is the group last named with that
ending (a report introduces its 专项检查组, then writes 检查组), else the group whose work (the
table's ``named_by``: 执法检查, 督办检查) the text names nearest before it or later in its sentence,
else the words as written: a 检查组 checking how motions were handled is no law-enforcement group.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from loaders.lexicon.patterns import HAN_CHARS
from loaders.lexicon.tables import rows

#: (start, end, the group's name after its committee's) of each group named in a text.
Group = tuple[int, int, str]


# A group qualified as formed for one subject (专题执法检查组, 专题视察组) keeps the qualifier, as 专题调研组 does
# (round 47, dev aw09).
_SUBJECT = "专题"


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    """A group's name as written → its name after its committee's (``congress-groups.csv``), each also with
    :data:`_SUBJECT` before it (专题执法检查组)."""
    table = {row["written"]: row["full"] for row in rows("congress-groups")}
    return table | {_SUBJECT + written: _SUBJECT + full for written, full in table.items()
                    if not written.startswith(_SUBJECT) and not full.startswith(_SUBJECT)}


@lru_cache(maxsize=1)
def _works() -> dict[str, tuple[str, str]]:
    """The work each group is named for (执法检查 → 执法检查组), by the group's ending (检查组): work → (ending, group)."""
    return {row["named_by"]: (row["written"][-3:], row["full"]) for row in rows("congress-groups") if row["named_by"]}


_SENTENCE_END = re.compile(r"[。！？!?\n]")


def _named_for(text: str, start: int, ending: str) -> str | None:
    """The group with ``ending`` whose work ``text`` names nearest before ``start``, else later in its
    sentence (率检查组来我区，就…进行执法检查), if any."""
    works = [(work, full) for work, (end_of, full) in _works().items() if end_of == ending]
    at, full = max(((text.rfind(work, 0, start), full) for work, full in works), default=(-1, None))
    if at >= 0:
        return full
    stop = _SENTENCE_END.search(text, start)
    later = [(found, full) for work, full in works if 0 <= (found := text.find(work, start, stop.start() if stop else len(text)))]
    return min(later)[1] if later else None


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a group anywhere, a group right after its committee's name, maybe after a law's name)."""
    names = "|".join(map(re.escape, sorted(_table(), key=len, reverse=True)))
    # a law's short name (not 执法: 组织执法检查组 is a verb and a group) or a quoted phrase (“一法一条例”)
    # or an ordinal of one of several groups (市人大常委会第三检查小组)
    subject = rf"(?:[{HAN_CHARS}]{{2,20}}?(?:(?<![执立司守违])法|条例|决定)|“[^”]{{1,20}}”|第[一二三四五六七八九十\d]{{1,3}})?"
    return re.compile(rf"(?P<g>{names})"), re.compile(rf"{subject}(?P<g>{names})")


def named(text: str, but: str) -> bool:
    """Whether ``text`` names a group of the table (执法检查组, 调研组, 督查组 …) whose name does not hold ``but``."""
    return any(but not in found.group() for found in _patterns()[0].finditer(text))


def groups(text: str) -> list[Group]:
    """Every group named in ``text``, in text order, a bare ending resolved to the group last named."""
    found: list[Group] = []
    last: dict[str, str] = {}  # ending (检查组) → the full name last written with it
    anywhere, _ = _patterns()
    for m in anywhere.finditer(text):
        written = m.group("g")
        ending = written[-3:]
        full = (last.get(ending) or _named_for(text, m.start(), ending) or _table()[written]) if len(written) == 3 \
            else _table()[written]
        last[ending] = full
        found.append((m.start(), m.end(), full))
    return found


def after(text: str, end: int, named: dict[int, str]) -> tuple[int, str] | None:
    """The group named right after a committee whose name ends at ``end``: (its end, its name), the
    name of a bare ending as :func:`groups` resolved it there (``named``: group end → name)."""
    m = _patterns()[1].match(text, end)
    return (m.end(), named.get(m.end(), _table()[m.group("g")])) if m else None


def ending(canonical: str) -> str | None:
    """The group a canonical name ends with (…常务委员会执法检查组 → 执法检查组), the longest, if any."""
    return next((full for full in _fulls() if canonical.endswith(full)), None) if canonical.endswith(_LAST_CHARS) else None


@lru_cache(maxsize=1)
def _fulls() -> list[str]:
    """The groups' names, longest first."""
    return sorted(set(_table().values()), key=len, reverse=True)


_LAST_CHARS = ("组", "团")


def is_bare(written: str) -> bool:
    """Whether ``written`` (a mention) is a group's name alone (检查组, 执法检查组), with no committee before it."""
    return written in _table()


def alone(found: list[Group], standing: str | None, add: Callable[[int, int, str | None, str], None]) -> None:
    """Each group :func:`groups` found as a body of ``standing`` (the reporting standing committee's
    canonical name, led by ``organs.UNNAMED`` when the text leaves its place unnamed; None when there is none)."""
    for start, end, full in found:
        add(start, end, standing and standing + full, "congress")
