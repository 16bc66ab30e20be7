"""How two texts claiming one report differ, and what a text lost in an earlier encoding (counted by
:func:`loaders.read.encoding.lost_characters`, which the reader warns with).

``okg ingest`` asks both when a text would take the place of another under the same ``url:``
(:mod:`api.ingest`): a note says how much of the displaced text the new one keeps, and a text that lost
characters never displaces one that lost fewer (round 22, F2: a Big5 copy of a simplified-Chinese report,
every 会 turned into ``?``, replaced the good reading and its publisher became 人民代表大常委).
"""
from __future__ import annotations

from loaders.read.encoding import QUESTION_MARKS, lost_characters


def damage(text: str, part: str) -> str | None:
    """A line saying that ``text`` (a report's ``part``: text, or header, whose names ask no questions) lost
    characters (:func:`lost_characters`) and what to do; None when it shows none."""
    lost = lost_characters(text, 0 if part == "header" else QUESTION_MARKS)
    if not lost:
        return None
    return (f"its {part} has lost {lost} character(s): '?' or U+FFFD stand between Chinese characters where an earlier "
            "encoding could not write them, so words read from there may be wrong; read the original again and save "
            "it as UTF-8")


def difference(old: str, new: str) -> str:
    """How much of ``old`` ``new`` keeps, by lines (white space around them aside; empty ones not counted),
    and both sizes (characters, white space aside), in words for a note about ``old``.

    >>> difference("甲\\n乙\\n丙", "甲\\n丁")
    '2 of its 3 lines are not in this one; 3 characters against 2'
    """
    before = {line.strip() for line in old.splitlines() if line.strip()}
    after = {line.strip() for line in new.splitlines() if line.strip()}
    gone = len(before - after)
    sizes = f"{_size(old)} characters against {_size(new)}"
    if not gone:
        return f"every line of it is in this one; {sizes}"
    if gone == len(before):
        return f"none of its {len(before)} lines is in this one; {sizes}"
    return f"{gone} of its {len(before)} lines are not in this one; {sizes}"


def _size(text: str) -> int:
    return len("".join(text.split()))
