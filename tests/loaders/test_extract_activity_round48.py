"""Round 48: activity classes of the newest readable files (`ax`, `aw`, `av` odd) whose shape older golds show, told in
phrasings written for these tests (no dev file's sentence)."""
from __future__ import annotations

import pytest

from tests.loaders.extract_helpers import kinds_and_statuses

PROVINCE = "浙江省人民代表大会常务委员会"


# The meeting launching an inspection is that inspection when it names what is inspected: a law in 《》 (round 42), or
# an object the text gives in quotes, a law's short name or the campaign the inspection runs under (round 48: the golds
# of ax15, aw43 as ap27, aq03, m32), whatever the meeting's kind of launch and medium.
@pytest.mark.parametrize("text", [
    "省人大常委会召开太湖流域水环境保护“浙江条例”和“江苏决定”联合执法检查动员会。",
    "省人大常委会召開太湖流域水環境保護“浙江條例”和“江蘇決定”聯合執法檢查動員會。",
    "省人大常委会召开“法治护水人大行”(2024)执法检查电视电话部署会。",
    "省人大常委会召开“守护绿水青山”执法检查启动会，副主任李明出席并讲话。",
    "省人大常委会召开《浙江省河道管理条例》执法检查动员会。",
])
def test_a_launch_meeting_naming_its_object_is_the_inspection(facts_of, text: str) -> None:
    assert kinds_and_statuses(facts_of(text, PROVINCE)) == [("law_enforcement_inspection", "reported")]


# A launch meeting named only by the kinds of work it launches names no object: the meeting, no activity (round 42).
@pytest.mark.parametrize("text", [
    "省人大常委会召开视察调研执法检查动员会。",
    "省人大常委會召開視察調研執法檢查動員會。",
])
def test_a_launch_meeting_naming_only_kinds_is_no_inspection(facts_of, text: str) -> None:
    assert kinds_and_statuses(facts_of(text, PROVINCE)) == []


# The delegations' deliberation of several organs' work reports, heard as a briefing (听取各代表团审议A、B、C工作报告情况
# 汇报), is one review per report deliberated, as the golds give it (af21, af39, y25, ax49); one report's deliberation or
# review opinion heard stays one activity.
@pytest.mark.parametrize("text, reviews", [
    ("会议听取各代表团审议人大、法院、检察院工作报告情况汇报。", 3),
    ("會議聽取各代表團審議人大、法院、檢察院工作報告情況匯報。", 3),
    ("主席团会议听取了各代表团审议县人大常委会、县人民法院工作报告审议情况的汇报。", 2),
    ("会议听取了各代表团审议市人大常委会、市中级人民法院、市人民检察院3个工作报告的情况汇报。", 3),
    ("会议听取了各代表团审议市政府工作报告的情况汇报。", 1),
    ("会议听取了各代表团审议市政府工作报告情况的汇报。", 1),
    ("会议听取了关于政府工作报告的审议意见。", 1),
])
def test_the_deliberation_of_several_work_reports_heard_is_a_review_each(facts_of, text: str, reviews: int) -> None:
    assert kinds_and_statuses(facts_of(text, "某某县人民代表大会")) == [("report_review", "reported")] * reviews
