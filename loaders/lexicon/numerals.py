"""Numbers as reports write them: 27, 二十七, 两, with 余/多/近/以上 qualifiers.

cn2an does the Chinese-numeral arithmetic; this module only finds the numbers
and keeps their qualifier, so 150余 is 150 with qualifier 余.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import cn2an

from loaders.lexicon.patterns import NUMERAL_CHARS

# A number, its approximate-count qualifiers before (近, 约) and after (余, 多, 以上).
NUMBER = (
    rf"(?P<pre>近|约|超过|逾)?"
    rf"(?P<num>\d+(?:\.\d+)?(?:万|亿)?|[{NUMERAL_CHARS}]+)"
    rf"(?P<post>余|多|以上)?"
)
NUMBER_RE = re.compile(NUMBER)


@dataclass(frozen=True)
class Number:
    """A number found in the text with its qualifier (余, 多, 近, 以上 …)."""

    value: int | float
    qualifier: str | None
    chinese: bool


@lru_cache(maxsize=4096)
def to_number(token: str) -> int | float | None:
    """Arabic or Chinese numeral to a number; None when it is not one (cached: cn2an checks its input slowly).

    >>> to_number("二十七"), to_number("150"), to_number("两")
    (27, 150, 2)
    """
    if not token:
        return None
    if token[0].isdigit():
        scale = {"万": 10_000, "亿": 100_000_000}.get(token[-1], 1)  # 12万 is 120000
        value = float(token.rstrip("万亿")) * scale
        return int(value) if value.is_integer() else value
    try:
        value = cn2an.cn2an(token, "smart")
    except (ValueError, KeyError):
        return None
    return int(value) if float(value).is_integer() else value


def parse(match: re.Match[str]) -> Number | None:
    """A :data:`NUMBER_RE` match as a :class:`Number`."""
    value = to_number(match.group("num"))
    if value is None:
        return None
    qualifier = match.group("pre") or match.group("post")
    return Number(value, qualifier, not match.group("num")[0].isdigit())
