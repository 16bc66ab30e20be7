"""Numbers as reports write them: 27, 二十七, 两, with 余/多/近/以上 qualifiers.

This module finds the numbers, reads Chinese numerals itself (a small positional
parser: the cn2an library it replaced cost 0.26 CPU-s to import, more than the
rest of the extractor) and keeps their qualifier, so 150余 is 150 with qualifier 余.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from loaders.lexicon.patterns import COUNT_NUMERAL_CHARS, HAN_CHARS, NUMERAL_CHARS

# The digit words one to nine (九成, 七成五), and with zero the decimals of a number in Chinese numerals, after 点 (二点五,
# 零点八, 九十六点五): one digit word each.
_DIGIT_WORDS = "一二三四五六七八九"
DECIMAL_DIGITS = "零〇○" + _DIGIT_WORDS
# A number, its approximate-count qualifiers before (近, 约) and after (余, 多, 以上). A number in Chinese numerals takes
# its decimals after 点 and the scale after them (二点五名 is 2.5 名, 三点五万 is 35000), and none starts at a decimal's
# tail (五名 of 二点五名): a first-time analyst's round 33 (执法人员二点五名 was 5 名, its measure cut at 二点). The 约 ending a
# word (国际公约11件, 双边条约5个) is no qualifier: the measure keeps its word (newuser31 A4, round 46: …国际公).
NUMBER = (
    rf"(?P<pre>近|(?<![条公协合签履节制预相特规盟])约|超过|逾)?(?<![{NUMERAL_CHARS}]点)"
    rf"(?P<num>(?:\d{{1,3}}(?:,\d{{3}})+(?!\d)|\d+)(?:\.\d+)?(?:万|亿)?"  # 3,456: thousands grouped
    rf"|[{NUMERAL_CHARS}]+(?:点[{DECIMAL_DIGITS}]+[万亿]?)?)"
    rf"(?P<post>余|多|以上)?"
)
NUMBER_RE = re.compile(NUMBER)
#: A percentage as reports write it, in group ``n`` (one per pattern that takes it): digits and a per cent sign (96.5%,
#: 30 ％) or in words, 百分之 and a numeral with its decimals after 点 (百分之九十六点五, 百分之三十, 百分之零点五) or 百分之百
#: (the view reads traditional text simplified: 百分之九十六點五 too), or in tenths, 成 after one digit word and maybe a
#: second digit word (九成 is 90, 七成五 75: 满意率达九成以上). Its value is :func:`percent` of the group. Source: first-time
#: analysts (round 32: 满意率达百分之九十六点五, 辦結率百分之百 gave no statistic, 满意率为96.5% did; round 33: 代表满意率达
#: 九成以上 gave none, 满意率达90%以上 did).
PERCENT = (r"(?P<n>\d+(?:\.\d+)?\s*[%％]"
           rf"|百分之(?:百(?![分万亿])|[零〇○{COUNT_NUMERAL_CHARS}]+(?:点[{DECIMAL_DIGITS}]+)?)"
           rf"|(?:(?<![{HAN_CHARS}])|(?<=[达为约近超过逾到占是的]))[{_DIGIT_WORDS}]成[{_DIGIT_WORDS}]?"
           rf"(?=以上|左右|多|的|[^{HAN_CHARS}]|$))")
#: What every :data:`PERCENT` holds, one of them at least: the lines a percentage can be on.
PERCENT_MARKS = ("%", "％", "百分之", "成")
_PERCENT_WORDS = re.compile(r"百分之(?P<n>.+)")
_TENTHS = re.compile(rf"(?P<tens>[{_DIGIT_WORDS}])成(?P<units>[{_DIGIT_WORDS}])?")


@dataclass(frozen=True)
class Number:
    """A number found in the text with its qualifier (余, 多, 近, 以上 …)."""

    value: int | float
    qualifier: str | None
    chinese: bool


#: Digits; ○ (white circle) is the zero many official texts type for 〇 (一百○五, 二○二三).
_DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}
_SCALES = {"万": 10_000, "亿": 100_000_000}


def _chinese(token: str) -> int | None:
    """二十七 → 27, 一百零五 → 105, 三万五千 → 35000, 二百五 → 250, 二〇二三 → 2023; None when malformed."""
    if all(ch in _DIGITS for ch in token):  # digits read one by one: 二〇二三, 一二
        return int("".join(str(_DIGITS[ch]) for ch in token))
    total = section = 0  # the value of closed 万/亿 groups, of the group being read
    digit: int | None = None  # a digit waiting for its unit
    last_unit = last_scale = 0  # the latest unit in this group (0 after 零), the latest scale
    for index, ch in enumerate(token):
        if ch in _DIGITS:
            if digit is not None and _DIGITS[ch] != 0:
                return None  # 二二十
            digit = None if _DIGITS[ch] == 0 else _DIGITS[ch]
            last_unit = 0 if _DIGITS[ch] == 0 else last_unit
        elif ch in _UNITS:
            unit = _UNITS[ch]
            if digit is None and not (ch == "十" and section == 0 and (index == 0 or token[index - 1] in _SCALES)):
                return None  # 百, 十十
            if last_unit and unit >= last_unit:
                return None
            section += (digit or 1) * unit
            digit, last_unit = None, unit
        elif ch in _SCALES:  # 万, 亿
            scale = _SCALES[ch]
            group = section + (digit or 0)
            if group == 0 or (last_scale and scale >= last_scale and total):
                return None  # 万, 千万 with nothing before
            total = (total + group) * scale if scale > last_scale and total else total + group * scale
            section, digit, last_unit, last_scale = 0, None, 0, scale
        else:
            return None
    if digit is not None and last_unit:  # 二百五 is 250, 三万五 is 35000
        return total + section + digit * last_unit // 10
    if digit is not None and last_scale and section == 0 and token[-2] in _SCALES:
        return total + digit * last_scale // 10
    return total + section + (digit or 0)


@lru_cache(maxsize=4096)
def to_number(token: str) -> int | float | None:
    """Arabic or Chinese numeral to a number, decimals after 点 too; None when it is not one.

    >>> to_number("二十七"), to_number("150"), to_number("两"), to_number("二点五"), to_number("三点五万")
    (27, 150, 2, 2.5, 35000)
    """
    if not token:
        return None
    if token[0].isdigit():
        scale = {"万": 10_000, "亿": 100_000_000}.get(token[-1], 1)  # 12万 is 120000
        digits = token.rstrip("万亿").replace(",", "")  # 3,456 is 3456
        if "." not in digits:
            return int(digits) * scale  # exact, however long
        return _exact(Decimal(digits) * scale)
    whole, dot, decimals = token.partition("点")
    if not dot:
        return _chinese(token)
    value = _chinese(whole) if whole else None
    digits = decimals.rstrip("万亿")
    scale = 1
    for ch in decimals[len(digits) :]:  # 三点五万 is 35000, 二点五万亿 2.5 × 10¹²
        scale *= _SCALES[ch]
    if value is None or not digits or any(ch not in _DIGITS or ch == "两" for ch in digits):
        return None
    return _exact(Decimal(f"{value}.{''.join(str(_DIGITS[ch]) for ch in digits)}") * scale)


def _exact(value: Decimal) -> int | float:
    """A decimal number scaled (20.24万) as an int when whole (202400, not the float product 202399.99999999997), else
    its nearest float."""
    return int(value) if value == value.to_integral_value() else float(value)


def percent(written: str) -> float | None:
    """The value in per cent of a :data:`PERCENT` group (96.5% → 96.5, 百分之九十六点五 → 96.5, 百分之百 → 100.0, 九成 → 90.0); None
    when its numeral is malformed (百分之十十).

    >>> percent("96.5%"), percent("百分之三十"), percent("百分之零点五"), percent("百分之百"), percent("九成"), percent("七成五")
    (96.5, 30.0, 0.5, 100.0, 90.0, 75.0)
    """
    if tenths := _TENTHS.fullmatch(written):  # 九成 → 90, 七成五 → 75
        return float(_DIGITS[tenths.group("tens")] * 10 + (_DIGITS[tenths.group("units")] if tenths.group("units") else 0))
    words = _PERCENT_WORDS.fullmatch(written)
    if words is None:
        return float(written.rstrip("%％ \t"))
    value = 100 if words.group("n") == "百" else to_number(words.group("n"))
    return None if value is None else float(value)


def parse(match: re.Match[str]) -> Number | None:
    """A :data:`NUMBER_RE` match as a :class:`Number`."""
    value = to_number(match.group("num"))
    if value is None:
        return None
    qualifier = match.group("pre") or match.group("post")
    return Number(value, qualifier, not match.group("num")[0].isdigit())


_YEAR_DIGITS = "〇零○一二三四五六七八九"
_CHINESE_DATE = re.compile(rf"([{_YEAR_DIGITS}]{{4}})年(?:([一二三四五六七八九十]{{1,2}})月(?:([一二三四五六七八九十]{{1,3}})日)?)?")


def arabic_dates(text: str) -> str:
    """``text`` with years and dates written in Chinese numerals in Arabic digits, for date
    patterns (二〇二三年十月十二日 → 2023年10月12日, 二○二三年 → 2023年). Other numbers stay as written.

    >>> arabic_dates("二〇二三年十月十二日，二〇二四年")
    '2023年10月12日，2024年'
    """
    def arabic(m: re.Match[str]) -> str:
        year = _chinese(m.group(1))
        month, day = (_chinese(g) if g else None for g in m.group(2, 3))
        return f"{year}年" + (f"{month}月" if month else "") + (f"{day}日" if day else "")

    return _CHINESE_DATE.sub(arabic, text) if "年" in text else text
