"""An activity's subject: what the report heard is on, never who made it, a title's marks or another report's subject.

Sentences paraphrase session news found in the search tool's ``pages`` corpus (sources by case).
"""
from __future__ import annotations

import pytest

from loaders.document import Document
from loaders.extract import extract

ORGAN = "澧县人民代表大会常务委员会"


def subjects(text: str) -> list[tuple[str, str]]:
    found = extract(Document(text=text, source="r.txt", metadata={"organ": ORGAN, "year": "2023"}))
    return [(a.type, a.subject) for a in found.activities]


@pytest.mark.parametrize(("text", "subject"), [
    # http://bc0550.com/xwzx/jrlz/content_58333
    ("与会人员听取了县人大常委会主任冯文元作的人大常委会工作报告。", "人大常委会"),
    # http://8787sf.com/gzzwz/jpzrmzf/gzdt/content/post_1113176.html
    ("大会听取并审议了詹仲茗镇长所做的《政府工作报告》。", "政府"),
    # http://56china.com/2016/0414/109538.html
    ("会议听取和审议了乡长金英珠代表乡人民政府所做的《政府工作报告》。", "政府"),
    # http://www.tsinfo.com.cn/tsrd/zhenjierenda/2011/0117/1681.html
    ("代表们认真听取镇长罗富贞向大会作的海宴镇人民政府工作报告。", "海宴镇人民政府"),
])
def test_the_speaker_of_a_report_is_not_its_subject(text: str, subject: str) -> None:
    assert subjects(text) == [("report_review", subject)]


@pytest.mark.parametrize(("text", "subject"), [
    # http://www.zzkailai.com/newdetail-604885.html
    ("会议听取和审议了《城厢镇人民政府工作报告》。", "城厢镇人民政府"),
    # http://ahjw.anhua.gov.cn/1380/content_1325935.html
    ("会议听取和审议了《滔溪镇人民政府工作报告》。", "滔溪镇人民政府"),
    # a work report named without marks keeps its words (near miss)
    ("会议听取和审议了城厢镇人民政府工作报告。", "城厢镇人民政府"),
    # 工作的 is no speaker (near miss)
    ("会议听取和审议了县政府关于加强农村公路养护工作的报告。", "加强农村公路养护"),
])
def test_a_title_s_marks_are_no_words_of_its_subject(text: str, subject: str) -> None:
    assert subjects(text) == [("report_review", subject)]


@pytest.mark.parametrize(("text", "expected"), [
    # http://www.toukuikkcc.com/a/shanxirenda/2023/10/18/788705.html (a new user's r11-04)
    ("县人大常委会听取审议了关于国土空间总体规划、营商环境工作审议意见整改落实情况。",
     [("report_review", "国土空间总体规划"), ("report_review", "营商环境工作审议意见整改落实")]),
    # http://rd.shouxian.gov.cn/content/detail/5e79578ada357f2110df7da1.html (organs that report, paraphrased)
    ("会议听取和审议了县人民法院、县人民检察院工作情况的报告。",
     [("report_review", "县人民法院"), ("report_review", "县人民检察院")]),
    # http://thrd.gov.cn/substance/rendayaowen-22_3039.html (departments that report, paraphrased)
    ("主任会议听取和审议了县统计局、县司法局工作情况的报告。",
     [("report_review", "县统计局"), ("report_review", "县司法局")]),
    # one report on two fields of one work stays one, with its joint subject (near miss)
    ("会议听取和审议了县政府关于城乡供水、污水处理工作情况的报告。", [("report_review", "城乡供水、污水处理")]),
])
def test_reports_sharing_one_title_each_have_their_own_subject(text: str, expected: list[tuple[str, str]]) -> None:
    assert subjects(text) == expected
