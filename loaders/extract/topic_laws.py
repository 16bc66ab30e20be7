"""A topic's laws: the words right after a law's topic that name the laws of that topic without a title.

食品安全法律法规执法检查, 对农村土地承包及相关法律法规执行情况进行了检查, 动物防疫、野生动物保护相关法律法规和决定: the
words after the topic (法律法规, 及相关法律法规, 等法律) name every law of the topic, with no title written. Two readers
share this one rule (round 45 ruling 13: a bundle gives the law of each topic it names; round 46 ruling 9: a topic's
laws are read as a bundle's): :mod:`loaders.extract.laws` reads a mention of the catalog's national law of each topic
named before an inspection's words (大气污染防治法律法规执法检查), :mod:`loaders.extract.activities` gives an inspection
that names no title every law of its topic the report names elsewhere (newuser31 A2, newuser32 §1). The words are the
rows of ``lexicon/data/topic-laws.csv``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from loaders.lexicon.tables import rows


@lru_cache(maxsize=1)
def words() -> re.Pattern[str]:
    """The words that name a topic's laws, read right after the topic: a ``joining`` row then a ``laws`` or ``related``
    row (及相关法律法规, 等法规), or a ``laws`` row alone (法律法规). Match it at the topic's end
    (``words().match(text, end)``); the match ends after the laws' words."""
    kinds: dict[str, list[str]] = {}
    for row in rows("topic-laws"):
        kinds.setdefault(row["kind"], []).append(f"(?:{row['pattern']})")
    joining, alone = "|".join(kinds["joining"]), "|".join(kinds["laws"])
    return re.compile(f"(?:(?:{joining})(?:{alone}|{'|'.join(kinds['related'])})|{alone})")


def follow(text: str, topic: str) -> bool:
    """Whether ``text`` names ``topic`` followed by its laws' words (:func:`words`): 农村土地承包及相关法律法规 for
    农村土地承包.

    >>> follow("对农村土地承包及相关法律法规执行情况进行了检查", "农村土地承包")
    True
    >>> follow("开展食品安全法执法检查", "食品安全")
    False
    """
    at = text.find(topic)
    while at >= 0:
        if words().match(text, at + len(topic)):
            return True
        at = text.find(topic, at + 1)
    return False
