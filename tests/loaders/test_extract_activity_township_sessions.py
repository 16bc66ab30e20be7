"""Township and county sessions (round 11): the constructions that carry their activities, as classes.

Each sentence paraphrases a public page (url beside it), never a benchmark file; near-misses follow.
"""
from __future__ import annotations

import pytest

from tests.loaders.extract_helpers import kinds

TOWNSHIP = "某镇人民代表大会"


@pytest.mark.parametrize("text", [
    # zzkailai.com/newdetail-604885.html (城厢镇人大主席王道燕作镇人大主席团工作报告)
    "镇人大主席王道燕作镇人大主席团工作报告。",
    # 56china.com/2016/0414/109538.html (人大主席黄志刚代表乡人民代表大会所做的《人大工作报告》) paraphrased
    "乡人大主席黄志刚作人大工作报告。",
    # tsinfo.com.cn/tsrd/zhenjierenda/2011/0117/1681.html (镇人大副主席赵向前向大会作的…工作报告) paraphrased
    "镇人大副主席赵向前作了2010年镇人民代表大会工作报告。",
])
def test_a_chairperson_making_the_presidiums_report_is_heard(facts_of, text: str) -> None:
    """A township congress's chairperson (主席, 副主席) making its work report to the session is a report
    heard, as a 镇长 or a 主任 making one (the speaker row of activity-triggers.csv)."""
    assert kinds(facts_of(text, TOWNSHIP)) == ["report_review"]


@pytest.mark.parametrize("text", [
    "镇人大主席张三作重要讲话。",  # no report
    "镇人大主席团主席李四主持会议，各代表团团长作了发言。",  # chairing; speeches, not reports
    "乡人大主席团作出了关于召开乡第十九届人民代表大会第三次会议的决定。",  # the presidium deciding
])
def test_a_chairperson_or_presidium_without_a_report_made_is_none(facts_of, text: str) -> None:
    assert kinds(facts_of(text, TOWNSHIP)) == []
