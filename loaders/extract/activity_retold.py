"""One inquiry told again: a lead naming a sitting's inquiry and the body telling the same hearing and inquiry.

A news item on a sitting opens with its work (县人大常委会第十五次会议对全县优化营商环境工作开展专题询问。), then its body
tells the same hearing and inquiry (会议听取和审议了县人民政府关于全县优化营商环境工作情况的报告，并开展专题询问。): one
inquiry told twice (round 33 ruling 2, one event is one activity; a first-time analyst's round 50 findings, where a
county's inquiry counted twice). The genre's condition, for any telling, not only a dated opening's: the same kind
(``special_inquiry``), the same status, no count (已开展了18次专题询问 states events of its own), the same object words
(what the inquiry asks about, or, for one told bare after the report heard, that report's subject, its maker the same
where both name one), and no sitting held or date told between the two (:data:`_OTHER_SITTING`), so a
work report's two inquiries of one field in two sittings stay two.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Protocol, TypeVar

from loaders.extract import report_names
from loaders.extract.spans import Span

if TYPE_CHECKING:
    from loaders.extract.context import Context


class _Found(Protocol):
    type: str
    span: Span
    status: str
    count: int | None
    laws_told: tuple[str, ...]


FoundT = TypeVar("FoundT", bound=_Found)

KIND = "special_inquiry"
# A sitting held, named or a day told between two tellings, the later one's own words up to it among them (9月20日，…召开
# 第十八次会议，听取…，并开展专题询问): an inquiry of its own. A joint meeting held (本次会议…举行联组会议，开展专题询问) is a
# part of the sitting told before.
_OTHER_SITTING = re.compile(r"\d{1,2}月\d{1,2}日|召开|第[一二三四五六七八九十\d]+次(?:全体)?会议")
# Words that name no object of their own: the inquiry's verb and noun, the sitting, the organ that reports, the scope
# and the report's frame (…人民政府关于全县…工作情况的报告).
_FRAME = re.compile(
    r"专题询问|询问|开展了?|进行了?|组织|听取|审议|和|并|就|对|关于|情况|工作|的|报告|汇报|会议|联组|常委会|人大|"
    r"人民政府|政府|人民代表大会|常务委员会|第?[一二三四五六七八九十\d]+(?:届|次)|[省市县区镇乡州盟旗]|全|我|本|"
    r"[，,、：:“”《》\s]")
#: The fewest characters two tellings' object words must share in a row to name one object (优化营商环境, 养老服务).
SHARED = 4


def object_words(words: str) -> str:
    """The object words of an inquiry's telling: ``words`` without its frame (:data:`_FRAME`).

    >>> object_words("县人民政府关于全县养老服务工作情况的报告，并开展专题询问")
    '养老服务'
    """
    return _FRAME.sub("", words)


def _share_a_run(a: str, b: str, length: int) -> bool:
    """Whether ``a`` and ``b`` share a run of ``length`` characters: some window of ``a`` of that length lies in ``b``
    (the longest shared run is never needed, only whether it reaches ``length``)."""
    return any(a[start:start + length] in b for start in range(len(a) - length + 1))


def _told(ctx: Context, hit: _Found) -> tuple[str, str]:
    """(maker, object words) of an inquiry's telling: its evidence's object words and no maker, or, where they are too
    few (并开展专题询问), the report heard before it in its sentence (:func:`report_names.report_name`: its maker and
    subject; 市人民政府关于A的报告，并开展专题询问；市中级人民法院关于A的报告，并开展专题询问 are two organs' inquiries)."""
    own = object_words(hit.span.text)
    sentence = ctx.sentence_holding(hit.span.start)
    if len(own) >= SHARED or sentence is None:
        return "", own
    before = ctx.text[sentence.start : hit.span.start]
    named = report_names.report_name(before)
    return (named[0], object_words(named[1])) if named is not None else ("", object_words(before))


def _same_object(earlier: tuple[str, str], later: tuple[str, str]) -> bool:
    """Whether two tellings' (maker, object words) name one object: the words share :data:`SHARED` characters in a row,
    and the makers are the same where both name one."""
    (maker, words), (other_maker, other_words) = earlier, later
    return _share_a_run(words, other_words, SHARED) and (not maker or not other_maker or maker == other_maker)


def without_inquiries_retold(ctx: Context, found: list[FoundT]) -> list[FoundT]:
    """``found`` without an inquiry that tells again one kept before it (:mod:`activity_retold`'s condition: same
    status, the later told bare, object words sharing :data:`SHARED` characters in a row, no sitting or date between the
    two: :data:`_OTHER_SITTING`): the later, the body's, which names the report heard, is kept with the laws the earlier
    named (``laws_told``: …结合审议执法检查组关于检查大气污染防治法实施情况的报告进行专题询问). ``found`` is in text order; other
    kinds pass."""
    kept: list[FoundT] = []
    told: list[tuple[FoundT, tuple[str, str]]] = []
    for hit in found:
        if hit.type != KIND or hit.count is not None:  # a count states events of its own (已开展了18次专题询问)
            kept.append(hit)
            continue
        named = _told(ctx, hit)
        bare = len(object_words(hit.span.text)) < SHARED
        same = [index for index, (earlier, before) in enumerate(told) if bare and earlier.status == hit.status
                and _same_object(before, named) and not _OTHER_SITTING.search(ctx.text, earlier.span.end, hit.span.start)]
        for index in reversed(same):
            earlier = told.pop(index)[0]
            kept.remove(earlier)
            hit = replace(hit, laws_told=tuple(dict.fromkeys((*_laws_in(ctx, earlier.span), *earlier.laws_told, *hit.laws_told))))
        kept.append(hit)
        told.append((hit, named))
    return kept


def _laws_in(ctx: Context, span: Span) -> list[str]:
    """The canonical titles of the laws standing inside ``span`` (:attr:`Context.law_hits`), in text order."""
    return [law.canonical for law in ctx.law_hits if span.start <= law.start < span.end]
