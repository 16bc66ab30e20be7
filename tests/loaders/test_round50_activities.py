"""Round 50: false activities of the newest readable sets (`av`–`az` odd) classed by cause, each cause stated once as
the genre's condition, told in phrasings written for these tests (no dev file's sentence), in both scripts, with the
near misses that must keep firing."""
from __future__ import annotations

from collections import Counter

import pytest

from tests.loaders.extract_helpers import kinds_and_statuses

COUNTY = "某某县人民代表大会常务委员会"


def _kinds(facts_of, text: str) -> Counter[str]:
    return Counter(kind for kind, _ in kinds_and_statuses(facts_of(text, COUNTY)))


# A group formed for the work (组成执法检查组, 成立视察组, 组建调研组), then the work its sentence tells, with a clause of who
# leads it between or not: one activity, the laws the later clause names being the group's work (told twice: az41); a
# study group formed whose sentence then tells an inspection is that inspection's step (al41). Near misses: two
# inspections named after one group stay two; a group formed in one sentence and its work in the next stay one (as
# before); a group formed alone is the work.
GROUPS_FORMED = [
    ("县人大常委会组织部分代表和法制委成员组成执法检查组，在某副主任的带领下，对全县《消防法》贯彻实施情况进行了执法检查。",
     {"law_enforcement_inspection": 1}),
    ("縣人大常委會組織部分代表和法制委成員組成執法檢查組，在某副主任的帶領下，對全縣《消防法》貫徹實施情況進行了執法檢查。",
     {"law_enforcement_inspection": 1}),
    ("县人大常委会抽调部分委员组成执法检查组，对《安全生产法》实施情况开展了执法检查。", {"law_enforcement_inspection": 1}),
    ("县人大常委会组织代表组成视察组，由某主任带队，对全县《道路交通安全法》实施情况进行视察。", {"site_visit": 1}),
    ("近日，县人大常委会组成调研组，对《动物防疫法》和《某省动物防疫条例》在该县的实施情况进行检查。",
     {"law_enforcement_inspection": 1}),
    ("近日，縣人大常委會組成調研組，對《動物防疫法》在該縣的實施情況進行檢查。", {"law_enforcement_inspection": 1}),
    ("县人大常委会组织代表组成执法检查组，对《消防法》实施情况进行了执法检查，对《安全生产法》实施情况开展了执法检查。",
     {"law_enforcement_inspection": 2}),
    ("县人大常委会组成调研组，对全县养老服务工作进行了调研。", {"investigation": 1}),
    ("县人大常委会组织部分代表组成视察组，深入全县各乡镇。", {"site_visit": 1}),
]


def test_the_group_formed_takes_the_laws_of_its_work(facts_of) -> None:
    facts = facts_of("县人大常委会组织部分代表组成执法检查组，在某副主任的带领下，对全县《中华人民共和国消防法》贯彻实施情况"
                     "进行了执法检查。", COUNTY)
    [inspection] = facts.activities
    assert inspection.evidence.startswith("县人大常委会组织部分代表组成执法检查组")
    assert any("消防法" in law for law in inspection.laws)


# Praise given to work done (给予充分肯定, 充分肯定了, 给予高度评价): a judgement of the work, no event (av13, aj13; 132
# readable clauses, no gold activity among them). The work told before the praise, in its own clause, stays.
PRAISE = [
    ("某副主任对有关部门重视代表建议办理工作及建议办理工作取得的初步成效给予充分肯定。", {}),
    ("某副主任對有關部門重視代表建議辦理工作取得的初步成效給予充分肯定。", {}),
    ("督办组充分肯定了县水利局围绕建议办理所做的工作。", {}),
    ("督辦組充分肯定了縣水利局圍繞建議辦理所做的工作。", {}),
    ("委员们对执法检查报告给予高度评价。", {}),
    ("代表们对视察工作予以好评。", {}),
    ("县人大常委会组织代表对代表建议办理工作进行了督办，代表们对办理工作给予充分肯定。", {"other": 1}),
    ("会议听取和审议了县人民政府关于全县养老服务工作情况的报告，对养老服务工作给予了高度评价。", {"report_review": 1}),
]


# The results of some oversight used, the verb before the noun as after it (将充分运用调研结果, 用好此次视察调研成果:
# az57; 注重视察成果运用 as before): an aim, no event. The study itself, told done, stays.
RESULTS_USED = [
    ("该乡将充分运用调研结果，推动问题解决。", {}),
    ("該鄉將充分運用調研結果，推動問題解決。", {}),
    ("县人大常委会将用好此次视察调研成果。", {}),
    ("注重视察和评议成果运用。", {}),
    ("县人大常委会组成调研组，对全县养老服务工作进行了调研。", {"investigation": 1}),
]


# The group that follows up suggestions (督办组, 检查督办组, 联系督办小组) as a clause's subject names no follow-up: its doing
# is told by other words (督办组一行先后深入…, 检查督办组建议…, 督办组充分肯定了…: aj13 az53 ab43); a group formed for it
# (成立5个督办小组) tells it as a team formed for an inspection does (h25, ab43's golds), and so does its follow-up told
# with the verb (督办组赴某县，重点督办…建议).
FOLLOW_UP_GROUP = [
    ("检查督办组建议，县政府进一步加大办理力度。", {}),
    ("檢查督辦組建議，縣政府進一步加大辦理力度。", {}),
    ("督办组一行先后深入到县政府、县法院等26个承办单位。", {}),
    ("联系督办小组具体负责与县政府的日常沟通联系。", {}),
    ("县人大常委会成立5个督办小组，督促承办单位抓好落实。", {"other": 1}),
    ("縣人大常委會成立5個督辦小組，督促承辦單位抓好落實。", {"other": 1}),
    ("省人大常委会督办组赴某县，重点督办省人大代表提出的建议。", {"other": 1}),
    ("县人大常委会督办代表建议12件。", {"other": 1}),
]


# A stage of a process named as a time (在听取审议报告阶段和整改阶段, ax03; 实地观摩阶段 as before): no event. A report on
# a stage of schooling (义务教育阶段) or the next stage's work (下阶段工作安排) heard stays its review.
STAGES = [
    ("在听取审议报告阶段和整改阶段，常委会组成人员充分发表意见。", {}),
    ("在聽取審議報告階段和整改階段，常委會組成人員充分發表意見。", {}),
    ("会议听取了县政府关于义务教育阶段学生作业负担情况的报告。", {"report_review": 1}),
    ("会议听取和审议了县政府关于下阶段工作安排的报告。", {"report_review": 1}),
]

# A government unit's briefing on its carrying out of the laws an inspection told before checks, heard in the field
# without 汇报 at its end (听取街道贯彻实施《条例》有关工作情况, 镇食安办汇报了关于贯彻执行X法情况: ag43 ao49), is a step of
# that inspection as a 汇报 was (FRESH-2026-11, steps of one inspection). A report (报告) heard on the law stays a review.
FIELD_BRIEFINGS = [
    ("区人大常委会副主任带队到某街道开展《上海市街道办事处条例》执法检查，召开调研座谈会，听取街道贯彻实施《上海市街道办事处条例》"
     "有关工作情况。", {"law_enforcement_inspection": 1}),
    ("代表们首先开展《食品安全法》执法检查，然后镇食安办汇报了关于贯彻执行食品安全法情况，最后代表们实地考察了小作坊。",
     {"law_enforcement_inspection": 1}),
    ("代表們首先開展《食品安全法》執法檢查，然後鎮食安辦匯報了關於貫徹執行食品安全法情況。", {"law_enforcement_inspection": 1}),
    ("县人大常委会开展《食品安全法》执法检查，县政府汇报了《食品安全法》贯彻落实工作。", {"law_enforcement_inspection": 1}),
    ("县人大常委会开展《食品安全法》执法检查。会议听取了县政府关于《食品安全法》贯彻实施情况的报告。",
     {"law_enforcement_inspection": 1, "report_review": 1}),
]


# A study whose verb takes another kind's work named as work (调研规范性文件备案审查工作, as 调研…执法检查等工作 before) studies
# it: one investigation (av19: a visiting study group), and its group's praise of that work no filing review. Kinds listed
# side by side (开展调研和…备案审查工作) and a filing review told done stay.
STUDIED = [
    ("某市人大常委会副主任带队来我市调研规范性文件备案审查工作。", {"investigation": 1}),
    ("某市人大常委會副主任帶隊來我市調研規範性文件備案審查工作。", {"investigation": 1}),
    ("某市人大常委会调研组来我市调研规范性文件备案审查工作。调研组对我市规范性文件备案审查工作表示肯定。",
     {"investigation": 1}),
    ("市人大常委会开展调研和规范性文件备案审查工作。", {"investigation": 1, "filing_review": 1}),
    ("市人大常委会法工委对报送备案的规范性文件开展备案审查工作。", {"filing_review": 1}),
]


# A judgement whose subject the clause before names (…，一致认为旁听庭审活动意义重大: ay45), as one naming it (会议认为，…)
# was: no event. The work the clause before tells stays.
JUDGED = [
    ("代表们认真旁听了庭审的全过程，一致认为旁听庭审活动意义重大。", {"other": 1}),
    ("代表們視察了某工程，一致認為視察活動意義重大。", {"site_visit": 1}),
    ("县人大常委会组织代表开展视察，普遍认为项目推进有力。", {"site_visit": 1}),
]


# Officials' duty reports heard (述职报告, 述职并进行评议) are the appraisal of persons, ``other``, whatever the report is
# called (round 49 ruling 7, the lead's answer 8: ``report-kinds.csv``'s 述职 row); a department's work report where 述职
# qualifies the department (述职部门工作报告, au45) stays a review, with its rating beside it.
DUTY_REPORTS = [
    ("会议听取了副县长王明所作的述职报告。", {"other": 1}),
    ("會議聽取了副縣長王明所作的述職報告。", {"other": 1}),
    ("会议听取了县民政局局长李华作的述职报告，并进行了评议。", {"other": 1}),
    ("会议听取和审议了县卫健局等4个述职部门工作报告，并进行了满意度测评。",
     {"report_review": 1, "satisfaction_evaluation": 1}),
    ("會議聽取和審議了述職部門工作報告。", {"report_review": 1}),
]


@pytest.mark.parametrize("text, kinds", GROUPS_FORMED + PRAISE + RESULTS_USED + FOLLOW_UP_GROUP + STAGES + FIELD_BRIEFINGS
                         + STUDIED + JUDGED + DUTY_REPORTS)
def test_the_kinds_told(facts_of, text: str, kinds: dict[str, int]) -> None:
    assert _kinds(facts_of, text) == Counter(kinds)
