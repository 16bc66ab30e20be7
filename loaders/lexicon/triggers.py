"""The phrasings that state an oversight activity, by kind: ``data/activity-triggers.csv``;
the phrasings that name a kind of activity without stating one: ``data/not-activities.csv``;
the phrasings that make an activity a follow-up of earlier work: ``data/follow-ups.csv``; the
phrasings that tell again an activity already stated: ``data/restatements.csv``; and those that name a report's
review as the setting of other work: the ``setting`` rows of ``data/activity-mentions.csv``.

Each row is one alternative (a regular expression) of its kind; the kinds keep
the order of their first row, which is the order the extractor tries them in.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from loaders.lexicon.alternation import Alternation, alternations
from loaders.lexicon.first_chars import at_start_only, quick
from loaders.lexicon.literals import Gate
from loaders.lexicon.tables import filled, rows

_TITLE = re.compile(r"《[^《》]*》")


def _blank_title(title: re.Match[str]) -> str:
    """A title with its words replaced by a private-use character that no row names."""
    return "《" + "\ue000" * (len(title.group()) - 2) + "》"


@lru_cache(maxsize=1)
def triggers() -> dict[str, Alternation]:
    """Activity kind → the alternation of its rows, in file order, each row searched where the text holds its
    words (:func:`alternations`: one scan of a clause for every kind's rows).

    Raises ``re.error`` naming the pattern when a row is not a valid expression.
    """
    alternatives: dict[str, list[str]] = {}
    for row in rows("activity-triggers"):
        alternatives.setdefault(row["kind"], []).append(row["pattern"])
    return alternations(alternatives)


@lru_cache(maxsize=1)
def follow_ups() -> re.Pattern[str]:
    """One pattern: the alternatives of ``data/follow-ups.csv`` (跟踪检查, 回头看, 审议意见落实情况 …).

    Raises ``re.error`` when a row is not a valid expression.
    """
    return quick("|".join(row["pattern"] for row in rows("follow-ups")))


@lru_cache(maxsize=1)
def inspecting_follow_ups() -> re.Pattern[str]:
    """One pattern: the rows of ``data/follow-ups.csv`` whose ``checks`` is 1, the follow-ups that are themselves
    a check of how laws are carried out (跟踪检查, 回头看, 检查发现问题整改, 落实…检查报告的情况), so the laws of their
    clause are inspected; the others (审议意见落实情况, 跟踪监督) follow up whatever came before and inspect a law only
    where their clause names an inspection (round 23 part b 3).

    Raises ``re.error`` when a row is not a valid expression.
    """
    return quick("|".join(row["pattern"] for row in rows("follow-ups") if row["checks"] == "1"))


@lru_cache(maxsize=1)
def restatements() -> dict[str, re.Pattern[str]]:
    """Activity kind → one compiled pattern: the alternatives of ``data/restatements.csv``, phrasings
    that tell again, from its visitors' side, an activity of that kind the text already stated
    (代表们先后来到…现场视察 after 某镇组织代表开展视察活动).

    Raises ``re.error`` when a row is not a valid expression.
    """
    alternatives: dict[str, list[str]] = {}
    for row in rows("restatements"):
        alternatives.setdefault(row["kind"], []).append(f"(?:{row['pattern']})")
    return {kind: re.compile("|".join(patterns)) for kind, patterns in alternatives.items()}


@lru_cache(maxsize=1)
def review_settings() -> tuple[re.Pattern[str], ...]:
    """The ``setting`` rows of ``data/activity-mentions.csv``, compiled in file order: phrasings that name a report's
    review as the time or occasion of something else (在听取…的报告后, 结合审议…的报告开展专题询问), the group
    ``report`` the words naming the report.

    Raises ``re.error`` when a row is not a valid expression.
    """
    return tuple(re.compile(row["pattern"]) for row in rows("activity-mentions") if row["role"] == "setting")


@lru_cache(maxsize=1)
def not_activity_rows() -> tuple[tuple[str, str], ...]:
    """(pattern, scope) of every row of ``data/not-activities.csv``, in file order, each pattern with the tables it
    names filled in (:func:`~loaders.lexicon.tables.filled`: ``{congress-work}`` the subjects of
    ``data/congress-work.csv``)."""
    return tuple((filled(row["pattern"]), row.get("scope", "")) for row in rows("not-activities"))


@lru_cache(maxsize=1)
def not_activities() -> Callable[[str], bool]:
    """Whether a text holds one of the alternatives of ``data/not-activities.csv``, phrasings that name
    a kind of activity without stating one (机制, 立法调研, 检查组准备充分, 专题询问作为一种监督方式 …); the rows
    whose ``scope`` is ``item`` are left to :func:`not_activities_of_items`.

    A title's words (《…》) are left out: they name a law or a report, whatever they say.
    Raises ``re.error`` when a row is not a valid expression.
    """
    return _untitled(_holds_one([pattern for pattern, scope in not_activity_rows() if scope != "item"]))


@lru_cache(maxsize=1)
def not_activities_of_items() -> Callable[[str], bool]:
    """Whether a text, one item of a list of activities or a clause stating one, holds one of the rows of
    ``data/not-activities.csv`` whose ``scope`` is ``item``: phrasings that make one item no activity, not the
    others its clause lists (开展了镇人大创新实践工作调研、脱贫攻坚工作调研: a study of congress work, round 35
    ruling 1, beside a study of the state's). A title's words are left out, as in :func:`not_activities`.

    Raises ``re.error`` when a row is not a valid expression.
    """
    return _untitled(_holds_one([pattern for pattern, scope in not_activity_rows() if scope == "item"]))


def _untitled(holds_row: Callable[[str], bool]) -> Callable[[str], bool]:
    """``holds_row`` read on a text whose titles' words are blanked (:func:`_blank_title`)."""
    def holds(text: str) -> bool:
        if "《" in text:  # a title is a name, never a phrasing (《关于加强规范性文件备案审查工作的决定》): its
            text = _TITLE.sub(_blank_title, text)  # words go, its length stays for the rows' distances
        return holds_row(text)
    return holds


@lru_cache(maxsize=1)
def not_activities_onward() -> Callable[[str], bool]:
    """Whether a text holds one of the rows of ``data/not-activities.csv`` whose ``scope`` is ``rest``, phrasings
    whose object runs over the rest of their sentence (会议认为，…; 提出以下建议：一是…; 要求代表…，…): the clauses
    after one state no activity either. Never when no row has that scope.

    Raises ``re.error`` when a row is not a valid expression.
    """
    return _holds_one([pattern for pattern, scope in not_activity_rows() if scope == "rest"])


def _holds_one(patterns: list[str]) -> Callable[[str], bool]:
    """Whether a text holds a match of one of ``patterns``. Those that match only at the text's start
    (``^\\s*这是``) are tried there alone, the others one by one where the text holds their words
    (:class:`Alternation`): one branch anchored among them would let every position through. Of the opening rows,
    only those whose words the text holds are tried at its start (:class:`Gate`: one scan for all of them), not their
    alternation, which tried every row (a row reading the whole clause, ``^(?:(?!组织|…)[^，])*(?:参加|…)``, among them)."""
    opening = [re.compile(pattern) for pattern in patterns if at_start_only(pattern)]
    anywhere = Alternation([pattern for pattern in patterns if not at_start_only(pattern)])
    words = Gate({index: row.pattern for index, row in enumerate(opening)})

    def holds(text: str) -> bool:
        return anywhere.search(text) is not None or any(opening[index].match(text) for index in words.possible(text))
    return holds


@lru_cache(maxsize=1)
def _activity_classes() -> tuple[tuple[str, re.Pattern[str], str], ...]:
    """(Facts type, pattern, narrower class name) rows of ``data/activity-classes.csv``, in file order."""
    return tuple((row["type"], re.compile(row["pattern"]), row["class"]) for row in rows("activity-classes"))


def activity_class(kind: str, words: str) -> str | None:
    """The narrower kind (a class name of ``data/activity-classes.csv``: ``LivelihoodProjectVote``) that ``words``,
    as the rules read text (simplified), name of an activity of Facts type ``kind``: the first row for that type whose
    pattern they hold; None for none. Raises ``re.error`` when a row is not a valid expression."""
    return next((name for row_kind, pattern, name in _activity_classes() if row_kind == kind and pattern.search(words)), None)
