"""One filing review (备案审查) per passage that tells it; the documents it counts are its statistics.

A work report tells the year's filing review as a paragraph, often run in after a heading (加强备案审查工作。全年共收到
报送备案的规范性文件328件，其中……；对……11件规范性文件，督促制定机关予以纠正。), or as a clause and its figure
(常委会对报送备案的规范性文件进行审查，全年审查规范性文件120件。). The documents counted there (received, reviewed,
corrected) are not reviews: a count counts activities, documents reviewed are a statistic (genre README, round 20
part b 4), and the figures of the body doing the filing review are statistics of the one review (round 22 part a 4).
So, in :func:`once_a_passage`:

- a filing review's count in documents (120件, 21件) is no count of reviews: dropped, so that the figure keeps the
  report's measure and its document class (:mod:`measure_classes`) instead of standing as a total of reviews;
- a filing review stated in a sentence (or a clause of a list, up to ；) that already stated one, whose words count documents (全年审查规范性文件120件,
  对…11件规范性文件，督促制定机关予以纠正), is that review's figure, not a second review;
- documents counted as received for filing (全年共收到报送备案的规范性文件328件, 共接收报送备案的规范性文件43件) are a
  statistic and tell no review (genre README round 45 ruling 5, over round 40 ruling 9): no trigger reads them, and a
  review is given where the text tells review work (审查报送备案的行政法规40件, as in round 28);
- another filing review told only by documents counted, with no verb of reviewing (对…11件规范性文件，督促制定机关予以纠正:
  :data:`_REVIEWING`), is the year's review when the text tells it no other way, and the first such only; beside a
  review told (a report heard, 对报送备案的…进行审查), it is that review's figure.

A document that is itself the filing review's report tells one filing review (genre README round 41 ruling 17): given to a
sitting under its title, the title's review (``activities._own_report_reviewed``; its counts are its statistics, the
report heard by a sitting or alone, round 42 ruling 3 and round 45 ruling 5, dev an29, ab15); retold
by a text whose opening sentence names it by its title as made or presented (沈春耀向…作关于…备案审查工作情况的报告; 提请…
审议的…关于2023年备案审查工作情况的报告显示: :data:`_OWN_REPORT`), and nothing else, that sentence, in
:func:`one_for_its_own_report`; a sitting's news that it heard the report (:data:`_HEARD`) is not the report retold. Every other filing
review it tells is that review's figures or steps, and the report restated without a title of its own (作报告时介绍, 现将…
报告如下) is no review of another report. Reports of wider work that tell the filing review in passing keep one review
per passage telling review work.

Source: a second first-time analyst's round 35 (findings 1, 2 and 9: 全年审查规范性文件120件 a second review; 567
documents shown as 567 filing reviews); round 45 ruling 5 over round 40 ruling 9 (dev ab15, ae09, an29).
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from loaders.extract.spans import Span, start_after
from loaders.lexicon.normalise import normalised
from loaders.lexicon.patterns import COUNT

if TYPE_CHECKING:
    from loaders.extract.activities import Found

KIND = "filing_review"
#: A number of documents (328件, 十一份): what a filing review counts, not reviews (counted in 次, 项 or 批).
_DOCUMENTS = re.compile(rf"{COUNT}\s*[件份篇]")
#: Words telling documents reviewed, not only received or corrected (全年审查报送备案的规范性文件21件, 逐件进行主动审查研究,
#: 集中清理): the review itself told with its figure.
_REVIEWING = re.compile("审查|审核|研究|清理|备案审查")

def once_a_passage(text: str, found: list[Found]) -> list[Found]:
    """``found`` (in text order) with each filing review's count of documents dropped and, of the filing reviews of
    one sentence, those after the first whose words count documents left out (see the module's doc)."""
    kept: list[Found] = []
    lines: set[int] = set()  # the starts of the sentences a filing review was stated in
    for hit in found:
        if hit.type != KIND:
            kept.append(hit)
            continue
        documents = _DOCUMENTS.search(hit.span.text) is not None
        line = start_after(text, hit.span.start, "\n。；;")
        if documents and line in lines:
            continue
        lines.add(line)
        kept.append(replace(hit, count=None) if documents and hit.count is not None else hit)
    figures = [id(hit) for hit in kept if hit.type == KIND and _figures_only(hit)]
    if any(hit.type == KIND and id(hit) not in figures for hit in kept):
        dropped = set(figures)
    else:
        dropped = set(figures[1:])
    return [hit for hit in kept if id(hit) not in dropped]


#: A title or opening sentence naming the filing review's own report (关于2023年备案审查工作情况的报告, 规范性文件备案审查工作
#: 报告, traditional too after :func:`normalised`).
_OWN_REPORT = re.compile(r"关于[^。]{0,40}备案审查工作(?:情况)?的?报告")
#: A sitting hearing the report (听取审议了…的报告): news of the sitting, whose filing reviews are its own, not
#: the report retold (作…的报告, 提请…审议的…报告显示).
_HEARD = re.compile(r"听取|审议了|审查了|审议通过|审议并通过")
#: The report restated in its own text, with no title of its own (作报告时介绍, 现将…情况报告如下).
_RESTATED = re.compile(r"作报告|报告如下")
_TITLED = re.compile(r"关于|《")


def _opening(text: str) -> tuple[int, int]:
    """The (start, end) of the text's first non-blank line up to its first full stop."""
    start = len(text) - len(text.lstrip())
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    stop = text.find("。", start, line_end)
    return start, (stop + 1 if stop >= 0 else line_end)


def one_for_its_own_report(text: str, found: list[Found]) -> list[Found]:
    """``found`` with one filing review where the text is the filing review's own report (see the module's doc); unchanged
    otherwise."""
    start, end = _opening(text)
    opening = normalised(text[start:end])
    reviews = [hit for hit in found if hit.type == KIND]
    if not _OWN_REPORT.search(opening) or _HEARD.search(opening) or not reviews:
        return found
    if any(hit.type not in (KIND, "report_review") and hit.span.start < end for hit in found):
        return found  # the opening names other work too (a sitting's list of reports): the text is no one report's
    if not opening.rstrip().endswith("。"):
        return found  # a title alone on its line: a report given to a sitting (activities._own_report_reviewed) or news
    kept = replace(reviews[0], span=Span(start, end, text[start:end]), count=None, items=[])
    restated = [hit for hit in found if hit.type == "report_review"
                and _RESTATED.search(normalised(hit.span.text)) and not _TITLED.search(normalised(hit.span.text))]
    dropped = {id(hit) for hit in reviews + restated}
    return sorted([hit for hit in found if id(hit) not in dropped] + [kept], key=lambda hit: hit.span.start)


def _figures_only(hit: Found) -> bool:
    """Whether ``hit`` tells a filing review only by the documents it counts, with no verb of reviewing."""
    return _DOCUMENTS.search(hit.span.text) is not None and _REVIEWING.search(normalised(hit.span.text)) is None
