"""What a report states about its work: plans apart, follow-ups as inspections, summary counts as
statistics, and the steps of the accountability loop (phrasings written in the genre's manner)."""
from __future__ import annotations

import pytest

PLAN = "区人大常委会2024年监督工作计划\n一、执法检查\n{}\n"


@pytest.mark.parametrize("text", [
    PLAN.format("拟对《中华人民共和国安全生产法》实施情况开展执法检查。"),
    PLAN.format("听取和审议区人民政府关于《中华人民共和国安全生产法》实施情况的报告。"),
    "明年，常委会将围绕《中华人民共和国安全生产法》开展执法检查。",
    "下一步，常委会拟对《中华人民共和国安全生产法》贯彻实施情况进行检查。",
    "2024年主要工作安排如下：\n开展《中华人民共和国安全生产法》执法检查。",
    # a plan's news page: its headline under a site's section name and breadcrumb (an analyst's file, l15)
    "温州\n首页>地方频道>温州>要闻\n市人大常委会确定2024年度监督和立法计划\n2024年市人大常委会监督工作包括听取和审议区政府关于"
    "《中华人民共和国安全生产法》实施情况的报告。",
    "要闻\n区人大常委会2024年监督工作要点\n开展《中华人民共和国安全生产法》执法检查。",
    # a headline laying out a year's work (m36) and a council's proposed agenda (r11's wording)
    "首页>>镇人大>>内容\n竹箦镇：积极谋划部署2021年人大工作\n深入开展执法检查、视察调研。",
    "主任会议召开。会议建议，省十四届人大常委会第十次会议听取和审议省人民政府关于食品安全工作情况的报告。",
    # round 34 ruling 10: the body's own work to come told with 将/拟/计划, or the year's tasks, stays planned
    "常委会将对《中华人民共和国森林法》开展执法检查，听取市政府关于森林资源保护工作的报告。",
    "縣人大常委會擬視察全縣農村公路建設情況。",
    "市人大常委会还将听取和审议市政府2020年民生实事办理情况专项工作报告。",
    "今年要完成28项监督事项，其中安排听取和审议专项工作报告21项、执法检查3项。",
    "常委会计划于9月对《中华人民共和国水法》开展执法检查。",
])
def test_a_plans_activities_are_planned(facts_of, text: str) -> None:
    facts = facts_of(text)
    assert facts.activities and {a.status for a in facts.activities} == {"planned"}, facts.activities


def test_a_report_under_page_furniture_is_no_plan(facts_of) -> None:
    facts = facts_of("温州\n首页>要闻\n市人大常委会2023年工作报告\n常委会开展了《中华人民共和国安全生产法》执法检查。")
    assert facts.activities and {a.status for a in facts.activities} == {"reported"}


@pytest.mark.parametrize("text", [
    "跟踪监督《中华人民共和国食品安全法》执法检查审议意见落实情况。",
    "对《中华人民共和国水污染防治法》执法检查发现问题整改情况开展“回头看”。",
    "常委会对《湖北省河湖保护条例》实施情况进行跟踪检查。",
    "开展《中华人民共和国畜牧法》执法检查“回头看”。",
    "听取和审议区政府关于《中华人民共和国消防法》执法检查报告审议意见研究处理情况的报告。",
    "听取了市政府关于《中华人民共和国旅游法》执法检查情况的报告审议意见办理情况的汇报。",
    "对2022年开展的《中华人民共和国野生动物保护法》执法检查审议意见落实情况进行跟踪监督。",
    "9月29日，县人大常委会开展了对县政府贯彻落实《中华人民共和国森林法》审议意见情况的专项检查。",
    "常委会组织开展办理《湖北省河湖保护条例》审议意见情况专项检查。",
    # the opinions on an inspection's report named by a long title of their own
    "审议了县人民政府办理落实《关于检查〈中华人民共和国大气污染防治法〉实施情况的审议意见》情况的报告。",
    "听取区政府关于贯彻落实《区人大常委会关于〈中华人民共和国固体废物污染环境防治法〉执法检查报告的审议意见》情况的报告。",
    # handling told by a report's own name, not by 情况 (办理报告, 反馈报告, …审议意见的报告), in both scripts
    "會議審議了縣人民政府辦理落實《關於檢查〈中華人民共和國大氣污染防治法〉實施情況的審議意見》情況的報告。",
    "会议审议了县政府关于贯彻落实《关于大气污染防治法执法检查的审议意见》的报告。",
    "会议审议了县政府关于落实大气污染防治法执法检查审议意见的报告。",
    "会议听取了县政府关于大气污染防治法执法检查审议意见的办理报告。",
    "会议听取了县人民政府关于《中华人民共和国大气污染防治法》执法检查报告审议意见的反馈报告。",
    "會議聽取了國務院關於研究處理大氣污染防治法執法檢查報告的反饋報告。",
    "会议听取了县政府关于大气污染防治法执法检查报告研究处理情况的报告。",
    # a check of that handling: its work (办理工作), or the opinions on the inspection's report without a conjunction
    "市人大常委會副主任帶隊調研《中華人民共和國道路交通安全法》執法檢查審議意見辦理工作。",
    "常委会对县人民政府落实县人大常委会《中华人民共和国水法》执法检查报告审议意见情况进行调研。",
])
def test_a_follow_up_ties_its_laws_to_an_inspection(facts_of, text: str) -> None:
    facts = facts_of(text)
    assert any(a.follow_up and a.laws and a.status == "reported" for a in facts.activities)
    assert facts.laws and all(law.inspected for law in facts.laws)


@pytest.mark.parametrize("text", [
    # review opinions on a report about a law's implementation, named by their title (舟曲县, f28; a fresh user's study)
    "审议了县人民政府办理落实《关于全县贯彻实施〈中华人民共和国大气污染防治法〉及禁限燃放烟花爆竹审议意见》情况的报告。",
    "听取县人民政府办理落实《关于全县贯彻实施〈中华人民共和国水污染防治法〉审议意见》情况的报告。",
    "會議審議了縣人民政府辦理落實《關於全縣貫徹實施〈中華人民共和國大氣污染防治法〉及禁限燃放煙花爆竹審議意見》情況的報告。",
    "听取区政府研究处理《关于全区贯彻实施<中华人民共和国土壤污染防治法>情况的审议意见》情况的汇报。",
    # the opinions on an earlier hearing of a report on the law, followed up (z23, round 23 part b 3)
    "对十五届人大常委会第一次会议听取《中华人民共和国食品安全法》汇报的审议意见落实情况开展督办。",
    "跟踪监督县政府关于《中华人民共和国森林法》贯彻实施情况报告的审议意见落实情况。",
])
def test_a_follow_up_of_a_report_on_a_law_inspects_it_not(facts_of, text: str) -> None:
    facts = facts_of(text)
    assert any(a.follow_up and a.laws for a in facts.activities)
    assert not any(a.type == "law_enforcement_inspection" for a in facts.activities)
    assert facts.laws and not any(law.inspected for law in facts.laws)


@pytest.mark.parametrize("text", [
    "开展《中华人民共和国长江保护法》执法检查。",
    "听取审议区政府关于优化营商环境工作情况的报告。",
    "听取审议区政府关于2023年度审计查出问题整改情况的报告。",
    # the inspection's own report, and its opinions only being sent for handling
    "会议听取了县人大常委会执法检查组关于大气污染防治法执法检查报告。",
    "會議聽取了縣人大常委會執法檢查組關於檢查大氣污染防治法實施情況的報告，並形成審議意見交縣政府研究處理。",
    "会议听取了县人大常委会执法检查组关于检查大气污染防治法实施情况的报告，将检查报告和审议意见一并交县政府办理。",
])
def test_first_time_work_is_no_follow_up(facts_of, text: str) -> None:
    facts = facts_of(text)
    assert facts.activities and not any(a.follow_up for a in facts.activities)


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("一年来，常委会开展执法检查11项。", "law_enforcement_inspection", 11),
    ("全年共听取审议专项工作报告23个。", "report_review", 23),
    ("组织专题询问3次，开展满意度测评2次。", "special_inquiry", 3),
    ("组织专题询问3次，开展满意度测评2次。", "satisfaction_evaluation", 2),
    ("开展工作评议和满意度测评各2次。", "satisfaction_evaluation", 2),
    ("五年来，先后开展专题调研42次。", "investigation", 42),
    ("对职业教育法等3部法律的实施情况进行检查。", "law_enforcement_inspection", 3),  # one inspection per law
])
def test_a_summary_count_is_a_statistic_of_its_kind(facts_of, text: str, kind: str, value: int) -> None:
    facts = facts_of(text)
    assert any(s.kind == kind and s.value == value for s in facts.statistics)


@pytest.mark.parametrize("text", [
    "审议法律草案5部。",  # a number of laws, but of bills, not of inspections
    "召开常委会会议9次。",
    "走访企业150余家。",
])
def test_numbers_of_other_things_have_no_activity_kind(facts_of, text: str) -> None:
    assert all(s.kind is None for s in facts_of(text).statistics)


@pytest.mark.parametrize(("text", "steps"), [
    ("常委会开展《中华人民共和国森林法》执法检查，检查发现问题32个，形成审议意见交区政府研究处理。",
     ["finding", "review_opinion"]),
    ("听取审议区政府关于养老服务工作情况的报告，指出存在的主要问题和不足，会议通过了对该报告的审议意见。",
     ["finding", "review_opinion"]),
    ("听取和审议区政府关于《中华人民共和国消防法》执法检查报告审议意见研究处理情况的报告，并进行满意度测评。",
     ["handling_report"]),
    ("会议听取并审议了县政府关于县人大常委会审议意见落实情况的报告并进行了满意度测评。", ["handling_report"]),
])
def test_loop_steps_belong_to_their_activity(facts_of, text: str, steps: list[str]) -> None:
    facts = facts_of(text)
    assert [s.type for s in facts.loop] == steps
    for step in facts.loop:
        assert step.activities and all(0 <= i < len(facts.activities) for i in step.activities)
        assert text[step.start:step.end] == step.evidence


def test_a_handling_report_is_considered_by_the_hearing_and_the_evaluation(facts_of) -> None:
    facts = facts_of("听取和审议区政府关于《中华人民共和国消防法》执法检查报告审议意见研究处理情况的报告，并进行满意度测评。")
    (step,) = facts.loop
    kinds = {facts.activities[i].type for i in step.activities}
    assert kinds == {"report_review", "satisfaction_evaluation"}


@pytest.mark.parametrize("text", [
    "出台常委会审议意见办理办法。",
    "规范审议意见交办工作。",
    "作出决议决定和审议意见25项。",
    "推动发现问题、解决问题的机制更加健全。",
    PLAN.format("开展《中华人民共和国森林法》执法检查，形成审议意见交区政府研究处理。"),
])
def test_rules_counts_and_plans_are_no_loop_steps(facts_of, text: str) -> None:
    assert facts_of(text).loop == []


@pytest.mark.parametrize("text", [
    "检查组分别听取了四个市县政府关于食品安全工作情况的汇报。",  # an analyst's file (q05)
    "调研组先后听取了县发改局、县财政局的工作汇报。",
    "视察组听取了区政府关于老旧小区改造工作的情况介绍。",
])
def test_the_briefings_a_working_group_hears_are_steps_of_its_work(facts_of, text: str) -> None:
    """A group's briefings in the field are its inspection's, visit's or investigation's steps, no report reviewed
    (round 15's ruling); their count is no total of report reviews."""
    facts = facts_of(text)
    assert not [a for a in facts.activities if a.type == "report_review"]
    assert not [s for s in facts.statistics if s.kind == "report_review"]


def test_a_plan_heard_in_a_list_of_reports_leaves_the_others_reported(facts_of) -> None:
    """…工作方案（草案） among reports heard is that item's plan, not the list's: the reports beside it were heard."""
    facts = facts_of("会议听取了副区长所作的关于2019年度环境质量状况的报告、关于2020年度突出环境问题清单的报告和"
                     "2020年度污染防治攻坚战工作方案（草案）。")
    first = [a for a in facts.activities if "环境质量状况" in a.evidence]
    assert first and all(a.status == "reported" for a in first)


@pytest.mark.parametrize("text", [
    "会议听取了关于全国人大备案审查工作座谈会暨备案审查工作培训班精神的汇报。",  # r11's wording
    "会议听取了关于全国人大环境与资源保护工作座谈会主要精神及贯彻落实意见的汇报。",
    "会议传达了省人大常委会会议精神。",
])
def test_a_briefing_on_a_meetings_spirit_is_no_oversight(facts_of, text: str) -> None:
    assert facts_of(text).activities == []


@pytest.mark.parametrize("text", [
    "县人大常委会主任指出，要高质量开展代表视察工作，重点围绕民生问题，深入基层调研。",  # an analyst's file (n32)
    "会议强调，要持续推进被任命人员履职述职评议工作。",
    "要聚焦群众关心的问题开展专题询问。",
    "會議強調，要持續推進被任命人員履職述職評議和代表述職工作。",  # h24's wording, traditional
    "县人大常委会要改进工作方法，督办好代表意见、建议。",  # h21
    "縣人大常委會要聚焦民生，組織代表視察農村飲水工作。",
    "全年工作要全面贯彻区委的决策部署，一是要聚焦区域经济转型发展，围绕科技创新政策落实等方面开展监督调研。",  # k22
    "各鎮區人大要繼續組織代表圍繞全縣的重點問題開展調研。",  # i26
    "下一步，县人大常委会要围绕乡村振兴开展专题调研。",
])
def test_work_urged_with_要_is_no_activity(facts_of, text: str) -> None:
    """Round 34 ruling 10: an instruction or exhortation states no activity, done or planned, nor inspects a law."""
    facts = facts_of(text)
    assert facts.activities == [], facts.activities


def test_a_requirement_told_with_要求_is_not_read_as_urged_work(facts_of) -> None:
    facts = facts_of("常委会开展了《中华人民共和国安全生产法》执法检查，要求区政府认真整改。")
    assert [a.status for a in facts.activities if a.type == "law_enforcement_inspection"] == ["reported"]


@pytest.mark.parametrize("text", [
    "这次检查紧扣法规条文具体规定，聚焦法定责任的严格落实，逐条检查法规实施情况。",  # an analyst's file (q11)
    "此次执法检查，检查组还委托省级人大常委会开展问卷调查。",
])
def test_a_sentence_about_the_inspection_just_told_states_no_new_work(facts_of, text: str) -> None:
    facts = facts_of("省人大常委会组织开展了《江苏省河道管理条例》执法检查。" + text, "江苏省人民代表大会常务委员会")
    assert [a.type for a in facts.activities] == ["law_enforcement_inspection"]


@pytest.mark.parametrize("text", [
    "常委会开展了《中华人民共和国大气污染防治法》执法检查，既发现工作中的问题，又查找法律、法规自身缺陷和不足。",  # d01's wording
    "常委会开展了《中华人民共和国大气污染防治法》执法检查，报告指出执法检查中发现的上述问题。",
])
def test_what_an_inspection_is_for_or_problems_named_before_are_no_findings(facts_of, text: str) -> None:
    assert [step.type for step in facts_of(text).loop] == []
