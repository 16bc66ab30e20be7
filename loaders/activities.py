"""Oversight activities: which kind, where the text states it, with what laws and count.

A clause (comma-delimited) is the unit of evidence. Each kind has trigger
patterns; one clause may chain several kinds (听取审议…报告,并开展专题询问) and a
summary list is split into its counted items (报告52个、专项工作报告124个).
Consecutive clauses of one sentence stating the same kind are one activity.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from loaders.numerals import to_number
from loaders.text_spans import Span, clauses, sentences, strip_span

COUNT_UNITS = "次项个部件场批期篇"
_COUNT_AFTER = re.compile(rf"^(?:各|共)?(?P<n>\d+|[一二两三四五六七八九十百]+)(?:余|多)?[{COUNT_UNITS}]")
_COUNT_BEFORE = re.compile(rf"(?P<n>\d+|[一二两三四五六七八九十百]+)[{COUNT_UNITS}]$")
_SEQUENCE_COUNT = re.compile(r"(?:先后|累计|共|各)(?P<n>[一二两三四五六七八九十]+|\d+)次")
_LAW_COUNT = re.compile(r"(?P<n>\d+|[一二两三四五六七八九十]+)部法律")

# Kinds in the order they are tested; a clause may match several.
TRIGGERS: dict[str, re.Pattern[str]] = {
    "law_enforcement_inspection": re.compile(
        r"(?<!行政)执法检查(?!组|报告|审议意见|工作|中)|检查[^，,。；]{0,60}?实施情况|实施情况的?(?:进行了?|开展了?)?(?:执法)?检查|情况进行了?执法检查|\d+部法律实施情况"
    ),
    "special_inquiry": re.compile(r"专题询问"),
    "satisfaction_evaluation": re.compile(r"满意度测评|满意度评价"),
    "site_visit": re.compile(r"视察(?!重点|内容)"),
    "investigation": re.compile(r"(?:专题)?调研(?!报告|中|成果|视察)"),
    "filing_review": re.compile(r"备案审查"),
    "audit_oversight": re.compile(r"审计[^，,。；]{0,30}?(?:报告|整改)|审计查出"),
    "budget_review": re.compile(r"(?:审查|审议|批准)[^，,。；]{0,12}?(?:预算|决算|预决算)|(?:预算|决算|预决算)(?:报告|调整方案|[^，,。；]{0,4}审查)"),
    "report_review": re.compile(r"(?:听取|审议)[^，,。；]{0,80}报告|报告\d+[个项]"),
    "other": re.compile(r"督办|票决制|督察|跟踪监督|(?:专项工作|专项|工作|述职)评议|全过程监督|(?:办理|督办)[^，,。；]{0,6}(?:议案|建议)|议案办理"),
}
# Kinds that a report's subject decides instead of report_review.
_REPORT_KINDS = ("audit_oversight", "filing_review", "budget_review")
_OVERSIGHT_MODE = re.compile(r"跟踪监督|全过程监督")
_REPORT_KEYS = (("audit_oversight", "审计"), ("filing_review", "备案审查"), ("budget_review", "预算|决算"))
_TOPIC_BEFORE = re.compile(r"(?:开展|组织|进行|启动)了?([\u4e00-\u9fff“”《》]{0,20})$")
_SKIP_CLAUSE = re.compile(r"机制|制度|(?:参加|参与)[^，,。；]*等活动|立法调研|这次|此次|本次")
_TOPIC = re.compile(r"^是|^[\s]*是")
_PLAN_HEADING = re.compile(r"工作安排|工作打算|工作思路|今后|明年|新的一年|下一步|工作建议")
_FUTURE = re.compile(r"^[^，,]*(?:拟(?:于|在|对|开展|组织|围绕)|计划(?:于|在|对|开展|组织|围绕)|明年|下一年度?)")


@dataclass
class Found:
    """One activity found: its kind, evidence span and count."""

    type: str
    span: Span
    count: int | None = None
    items: list[Span] = field(default_factory=list)


def _to_int(token: str) -> int | None:
    value = to_number(token)
    return int(value) if isinstance(value, (int, float)) else None


def _count(item: Span, match: re.Match[str]) -> int | None:
    """The count stated right after or right before the trigger, or 先后N次 in the item."""
    after = _COUNT_AFTER.match(item.text[match.end() :])
    if after:
        return _to_int(after.group("n"))
    before = _COUNT_BEFORE.search(item.text[: match.start()])
    if before:
        return _to_int(before.group("n"))
    other = _SEQUENCE_COUNT.search(item.text) or _LAW_COUNT.search(item.text)
    return _to_int(other.group("n")) if other else None


def _items(text: str, clause: Span) -> list[Span]:
    """A clause, or its 、-separated items when several of them state their own count."""
    parts, begin, depth = [], clause.start, 0
    for index in range(clause.start, clause.end):
        char = text[index]
        depth += char in "《(（“"
        depth -= char in "》)）”"
        if char == "、" and depth <= 0:
            parts.append(strip_span(text, begin, index))
            begin = index + 1
    parts.append(strip_span(text, begin, clause.end))
    counted = [p for p in parts if re.search(rf"\d+[{COUNT_UNITS}]", p.text)]
    if len(counted) < 2 or len(counted) != len(parts):
        return [clause]
    return parts


def _report_kind(part: str) -> str:
    """The kind of one report heard: audit, filing review, budget, or a work report.

    A report whose subject lists several fields (计划、预算、审计等工作报告) is a work report.
    """
    keyed = [kind for kind, key in _REPORT_KEYS if re.search(key, part)]
    if not keyed or ("、" in part and len(keyed) + part.count("算") > 2):
        return "report_review"
    return keyed[0]


def _kinds(item: Span) -> list[tuple[str, re.Match[str]]]:
    """Kinds stated in one item, each with its trigger match."""
    found: list[tuple[str, re.Match[str]]] = []
    for kind, pattern in TRIGGERS.items():
        match = pattern.search(item.text)
        if match and kind not in ("report_review", *_REPORT_KINDS):
            found.append((kind, match))
    report = TRIGGERS["report_review"].search(item.text)
    if report:
        parts = re.split(r"(?<=报告)(?:和|及|、|以及)", report.group())
        found += [(kind, report) for kind in dict.fromkeys(_report_kind(p) for p in parts)]
        if "执法检查报告" in report.group():
            found = [(k, m) for k, m in found if k != "law_enforcement_inspection"]
    else:
        found += [(k, m) for k in _REPORT_KINDS if (m := TRIGGERS[k].search(item.text))][:1]
    kinds = {k for k, _ in found}
    if "site_visit" in kinds:
        found = [(k, m) for k, m in found if k != "investigation"]
    if len(kinds) > 1:  # 跟踪监督 of an audit is how that audit oversight was done
        found = [(k, m) for k, m in found if k != "other" or not _OVERSIGHT_MODE.fullmatch(m.group())]
    return found


def _is_heading(line: str) -> bool:
    """A title or heading line: it names a topic that the body then states as facts."""
    return 0 < len(line.strip()) <= 40 and "。" not in line and "," not in line and "，" not in line


def _line_of(text: str, offset: int) -> str:
    """The whole line (paragraph) that holds ``offset``."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return text[start : end if end != -1 else len(text)]


def plan_spans(text: str) -> list[tuple[int, int]]:
    """Stretches under a heading about future work (工作安排, 明年 …): plans, not activities."""
    spans, start = [], None
    offset = 0
    for line in text.split("\n"):
        is_heading = _is_heading(line)
        if is_heading:
            if start is not None:
                spans.append((start, offset))
                start = None
            if _PLAN_HEADING.search(line):
                start = offset
        offset += len(line) + 1
    if start is not None:
        spans.append((start, len(text)))
    return spans


def _is_inspection(item: Span, match: re.Match[str], count: int | None, has_laws: bool) -> bool:
    """An inspection the text reports: with its laws, its count, or its own topic.

    A bare 开展执法检查 with none of these refers back to an inspection already named.
    """
    if count is not None or has_laws:
        return True
    topic = _TOPIC_BEFORE.search(item.text[: match.start()])
    return bool(topic and topic.group(1))


def find(text: str, law_spans: list[tuple[int, int]]) -> list[Found]:
    """Every activity the text states as done (not planned), in text order."""
    plans = plan_spans(text)
    found: list[Found] = []
    for sentence in sentences(text):
        if any(s <= sentence.start < e for s, e in plans) or _FUTURE.search(sentence.text) or _is_heading(_line_of(text, sentence.start)):
            continue
        legislative = "立法" in sentence.text
        open_kinds: dict[str, Found] = {}
        for clause in clauses(text, sentence):
            if _SKIP_CLAUSE.search(clause.text) or _TOPIC.match(text[clause.end + 1 : clause.end + 3]):
                continue
            for item in _items(text, clause):
                has_laws = any(item.start <= s < item.end for s, _ in law_spans)
                for kind, match in _kinds(item):
                    count = _count(item, match)
                    if kind == "law_enforcement_inspection" and not _is_inspection(item, match, count, has_laws):
                        continue
                    if kind == "investigation" and legislative:
                        continue
                    same = open_kinds.get(kind)
                    if same and kind != "report_review" and count is None and not has_laws:
                        same.span = Span(same.span.start, item.end, text[same.span.start : item.end])
                        continue
                    open_kinds[kind] = Found(kind, strip_span(text, item.start, item.end), count)
                    found.append(open_kinds[kind])
    return found


def is_inspection_context(clause_text: str) -> bool:
    """Whether a clause ties the laws it names to an inspection of their implementation."""
    return bool(TRIGGERS["law_enforcement_inspection"].search(clause_text) or re.search(r"(?<!行政)执法检查", clause_text))
