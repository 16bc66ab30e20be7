"""Work told by its methods with a subject of its own: one activity, typed by its leading method.

A congress body telling what it learned or checked through the methods it used (东坡区人大常委会通过现场检查、召开座谈会等
方式，深入了解全区环境保护目标完成情况) tells one piece of work, with its body, its methods and its subject: one activity,
typed by the method it names first, as work is typed by its verb (round 42 ruling 4): a look on the spot (实地察看, 现场检查,
视察) is a ``site_visit``, a study (调研) an ``investigation``; other leading methods (听取汇报, 座谈) type none. Methods
listed as the means of other work, with no subject of their own (通过开展视察、专题调研等多种方式，加强监督), tell no event
(round 47 ruling 5, ``not-activities.csv``); nor do the methods of work the sentence already tells (检查组通过实地察看、
听取汇报等方式，详细了解…: the inspection's steps), which is why only a congress body as the clause's subject is read and
a sentence holding another activity is left (brief recall47 class 3; dev ah45).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable

from loaders.extract.spans import Span, strip_span

#: The body as the subject, its methods before 等方式, and the subject learned or checked in the next clause.
_TOLD = re.compile(r"(?:人大常委会|人大|常委会|人大工委)[^，,。；;]{0,8}?(?:通过|采取|采用)(?P<methods>[^，,。；;]{2,40}?)"
                   r"等(?:多种)?(?:方式|形式)[，,]\s*[^，,。；;]{0,8}?(?:了解|检查|察看|调研)了?[^，,。；;]{2,80}?情况")
#: The kind of the method named first.
_LEADING = (("site_visit", re.compile(r"(?:实地|现场)(?:察看|查看|检查)|视察")), ("investigation", re.compile(r"(?:专题|实地)?调研")))


def told(text: str, sentences: Iterable[Span], taken: list[Span]) -> list[tuple[str, Span]]:
    """(kind, evidence) of each piece of work ``sentences`` of ``text`` tell by their methods with a subject
    (:data:`_TOLD`), typed by the leading method (:data:`_LEADING`), in text order; none in a sentence that holds an
    activity of ``taken`` (the activities found already, whose steps the methods would be). Linear in the sentences
    and ``taken`` (sorted starts and bisection, round 51: a scan of ``taken`` per sentence was quadratic)."""
    found: list[tuple[str, Span]] = []
    starts = sorted(span.start for span in taken)
    for sentence in sentences:
        first = bisect_left(starts, sentence.start)
        if first < len(starts) and starts[first] < sentence.end:
            continue
        for match in _TOLD.finditer(text, sentence.start, sentence.end):
            leading = match.group("methods").split("、")[0]
            kind = next((kind for kind, method in _LEADING if method.match(leading)), None)
            if kind is not None:
                found.append((kind, strip_span(text, match.start(), match.end())))
    return found
