"""Deputies: named deputies (王瑛等12名代表) and counted or qualified groups of deputies.

Counted groups carry their count (区人大代表67名, 66名代表); qualified groups
(全区各级人大代表, 四级代表, 部分代表) have none; a name is a suggestion, taken
only where the genre writes one (X等N名代表, 、X代表、).
"""
from __future__ import annotations

import re

from loaders.facts import DeputyMention
from loaders.lexicon.numerals import to_number

_NUM = r"(?P<n>\d+|[一二两三四五六七八九十百千]+)(?P<q>余|多)?"
_NOT_BODY = r"(?!建议|议案|团|大会|联络|工作|履职|之家|小组|性|倡议|票决|主体|作用)"
_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
_COUNTED_BEFORE = re.compile(
    rf"(?:(?P<name>[{_SURNAMES}][\u4e00-\u9fff]{{1,2}})等)?{_NUM}(?:名|位|人次)(?P<desc>[^，,。；;、\d]{{0,10}}?)(?:人大)?代表{_NOT_BODY}"
)
_COUNTED_AFTER = re.compile(rf"(?P<desc>[区县市省镇乡]?(?:[一二三四五六七八九十]+届?)?)(?:人大)?代表(?:近|约)?{_NUM}(?:名|位|人次|人)")
_GROUP = re.compile(
    rf"(?:(?:全区|全市|全省|全县|全镇|全乡)?各级|部分|全体|[省市区县乡镇]{{2,4}}[一二三四五两]级|[一二三四五两]级)"
    rf"[^，,。；;\d]{{0,10}}?(?:人大)?代表{_NOT_BODY}"
)
_NAMED = re.compile(rf"(?<![^，,、。；：:（(“\n])(?P<name>[{_SURNAMES}][\u4e00-\u9fff]{{1,2}})代表(?=[，,、。；;等提领联])")


def find(original: str, text: str) -> list[DeputyMention]:
    """Deputy mentions in ``text`` (simplified), in text order."""
    found: list[DeputyMention] = []
    taken: list[tuple[int, int]] = []

    def add(match: re.Match[str], count: int | None, name: str | None) -> None:
        start, end = match.span()
        if any(s < end and start < e for s, e in taken):
            return
        taken.append((start, end))
        found.append(DeputyMention(original[start:end], start, end, name, count))

    for pattern in (_COUNTED_BEFORE, _COUNTED_AFTER):
        for match in pattern.finditer(text):
            value = to_number(match.group("n"))
            add(match, int(value) if value is not None else None, match.groupdict().get("name"))
    for match in _GROUP.finditer(text):
        add(match, None, None)
    for match in _NAMED.finditer(text):
        add(match, None, match.group("name"))
    return sorted(found, key=lambda d: d.start)
