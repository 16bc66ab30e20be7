"""Who conducted an activity, who published a report, whom a list item oversaw and what an activity is about.

Sentences are the genre's, from pages the search tool's ``pages`` corpus holds (url noted; paraphrased where
marked), none from ``benchmarks/genre`` or the shared corpus.
"""
from __future__ import annotations

import pytest

from loaders.extract import extract
from loaders.extract.subjects import subject_of
from loaders.facts import Facts
from loaders.read import Document

NPC = "全国人民代表大会"
NPC_SC = "全国人民代表大会常务委员会"
COUNTY = "衢州市柯城区人民代表大会常务委员会"


def _facts(text: str, organ: str | None = None) -> Facts:
    return extract(Document(text=text, source="test", metadata={"organ": organ} if organ else {}))


@pytest.mark.parametrize(
    "text",
    [
        # stheadline.com/zh-hans/realtime-china/3551033 (2026)
        "今日上午9时，十四届全国人大四次会议举行第二次全体会议，听取全国人民代表大会常务委员会工作报告、最高人民法院工作报告、"
        "最高人民检察院工作报告。\n受全国人大常委会委托，赵乐际委员长向大会报告全国人大常委会工作。",
        # cppjump.com/?mKKu=TO.html (中新网, 2024)
        "8日上午9时，十四届全国人大二次会议在人民大会堂举行第二次全体会议，听取全国人大常委会委员长赵乐际关于全国人民代表大会"
        "常务委员会工作的报告，听取最高人民法院院长张军关于最高人民法院工作的报告。",
        # setn.settv-it.com/News.aspx?NewsID=1434328 and epaper.hubeidaily.net (2023, 2024): an agenda after a label
        "材料一：第十四届全国人民代表大会第二次会议议程：一、审议政府工作报告；二、审查2023年中央和地方预算执行情况与2024年"
        "中央和地方预算草案的报告；三、审议最高人民法院工作报告。",
    ],
)
def test_a_session_news_item_is_the_congress_s_and_so_are_its_plenary_items(text: str) -> None:
    facts = _facts(text)
    assert facts.report["organ"] == NPC
    assert facts.activities and all(a.conducted_by is None for a in facts.activities), [a.conducted_by for a in facts.activities]


@pytest.mark.parametrize(
    "text",
    [
        # a standing committee's work report delivered at a session (its byline), the committee's
        "全国人民代表大会常务委员会工作报告\n——2024年3月8日在第十四届全国人民代表大会第二次会议上\n受全国人大常委会委托，现在我向大会报告工作。",
        # a session looked back on, not held (xijinews.net style: 县十八届人大第三次会议确定的议案)
        "十四届全国人大二次会议召开以来，全国人大常委会认真研究处理代表议案。",
    ],
)
def test_a_session_named_but_not_held_by_the_opening_words_leaves_the_committee(text: str) -> None:
    assert _facts(text).report["organ"] == NPC_SC


def test_the_standing_committee_s_work_told_in_a_session_s_news_is_the_committee_s() -> None:
    # stheadline.com/zh-hans/realtime-china/3551033 (2026): the plenary's items, then the committee's year
    text = ("今日上午9时，十四届全国人大四次会议举行第二次全体会议，听取最高人民法院工作报告、最高人民检察院工作报告。\n"
            "全国人大常委会工作报告显示，全国人大常委会坚持正确监督、有效监督、依法监督。一年来，共听取审议22个监督工作的报告，"
            "检查5件法律实施情况，组织开展2次专题询问。")
    facts = _facts(text)
    plenary = [a for a in facts.activities if "最高" in a.evidence]
    committee = [a for a in facts.activities if "最高" not in a.evidence]
    assert plenary and all(a.conducted_by is None for a in plenary)
    assert committee and all(a.conducted_by == NPC_SC for a in committee), [(a.evidence, a.conducted_by) for a in committee]


@pytest.mark.parametrize(
    "text",
    [
        # paraphrased from gyzzzx.com/ztpd/xwzt/xzbzt/ech/index.shtml (2023), told in a county committee's report
        "会议传达了区十七届人大一次会议精神。3月7日下午，区十七届人大一次会议在区行政中心举行第二次全体会议，听取区人民法院工作报告。",
        "十四届全国人大一次会议在人民大会堂举行第二次全体会议，听取最高人民法院院长周强关于最高人民法院工作的报告。",
    ],
)
def test_a_held_session_s_items_in_a_committee_s_report_are_the_congress_s(text: str) -> None:
    facts = _facts(text, COUNTY)
    congress = NPC if "全国" in text else "衢州市柯城区人民代表大会"
    assert [a.conducted_by for a in facts.activities] == [congress]


@pytest.mark.parametrize(
    ("text", "congress"),
    [
        # a session the subject of the activity's own words (a fresh user's round 21: 广州 2023, paraphrased), in either script
        ("2023年1月，广州市十六届人大三次会议以票决方式选定了十件民生实事项目。", "广州市人民代表大会"),
        ("區十七屆人大一次會議聽取和審議了區人民法院工作報告。", "衢州市柯城区人民代表大会"),
    ],
)
def test_a_session_acting_in_an_activity_s_own_words_is_its_conductor(text: str, congress: str) -> None:
    assert [a.conducted_by for a in _facts(text, COUNTY).activities] == [congress]


def test_a_bill_the_committee_makes_is_no_work_it_does_in_the_congress_s_report() -> None:
    """In a congress's own report, 审议…常务委员会关于提请审议…的议案 names the committee as a bill's maker: the plenary
    items after it are the congress's, not the committee's (a fresh user's round 21: the committee "reviewed" itself)."""
    text = ("四是审议云南省人民代表大会常务委员会关于提请审议《云南省立法条例（修正草案）》的议案；"
            "五是听取和审议云南省人民代表大会常务委员会工作报告；六是听取和审议云南省高级人民法院工作报告。")
    facts = _facts(text, "云南省人民代表大会")
    assert facts.activities and all(a.conducted_by is None for a in facts.activities), [a.conducted_by for a in facts.activities]


@pytest.mark.parametrize(
    "text",
    [
        # paraphrased from ydrd.yandu.gov.cn and yybnet.net/maanshan/hexian/201604/809421.html (a committee preparing a session)
        "会议审议通过了区十七届人大一次会议有关事项；听取了区人民政府关于2023年财政预算执行情况的报告。",
        "会议传达学习了省十四届人大二次会议、市十五届人大三次会议精神；听取和审议了区人民政府关于耕地保护工作情况的报告。",
        "区十七届人大一次会议召开前，常委会听取了区人民政府关于民生实事项目推进情况的报告。",
    ],
)
def test_a_session_the_committee_prepares_or_studies_leaves_its_activities_its_own(text: str) -> None:
    facts = _facts(text, COUNTY)
    assert facts.activities and all(a.conducted_by is None for a in facts.activities)


@pytest.mark.parametrize(
    "text",
    [
        # paraphrased from ydrd.yandu.gov.cn (2024) and yybnet.net (2016): a committee adopting its own drafts
        "会议审议通过了区人大常委会工作报告稿。",
        "会议审议通过了县人大常委会工作报告稿，决定提请县十八届人大三次会议审议。",
        "主任会议讨论并审议了市人大常委会工作报告稿。",
    ],
)
def test_a_committee_adopting_its_own_draft_work_report_oversees_no_one(text: str) -> None:
    """The draft is the coming session's planned review of the committee's report (the round 13 ruling; dev golds
    n33, o02, q01, u05), which oversees no organ and which the committee adopting it does not conduct."""
    assert [(a.type, a.status, a.overseen, a.conducted_by) for a in _facts(text, COUNTY).activities] == [
        ("report_review", "planned", [], None)]


@pytest.mark.parametrize(
    ("text", "organ"),
    [
        # news.gankuaixiu.com/pr/VBOkW7.html (新华社, 2025): the committee holding the meeting
        ("新华社北京3月7日电 3月7日上午，第十四届全国人民代表大会财政经济委员会召开全体会议，对国务院提交的计划报告和预算报告进行审查。",
         "全国人民代表大会财政经济委员会"),
        # hnrd.gov.cn style (2017): a committee's meeting as the headline's subject
        ("4月10日下午，湘乡市人民代表大会法制委员会第二次全体会议召开，会议听取和讨论了关于食品安全法贯彻实施情况的报告。",
         "湘乡市人民代表大会法制委员会"),
        # the byline naming a committee as the item's source
        ("会议听取了关于全市物业管理条例实施情况的报告。\n来源：湘乡市人大财经委\n作者：李奕", "湘乡市人民代表大会财政经济委员会"),
    ],
)
def test_a_committee_holding_the_meeting_or_named_as_the_source_publishes(text: str, organ: str) -> None:
    assert _facts(text).report["organ"] == organ


def test_a_standing_committee_named_first_outranks_a_byline_committee() -> None:
    text = "柯城区人大常委会召开第十次会议，听取区人民政府关于食品安全工作情况的报告。\n来源：柯城区人大财经委"
    assert _facts(text).report["organ"].endswith("人民代表大会常务委员会")


@pytest.mark.parametrize(
    "text",
    [
        # paraphrased from pcrd.gov.cn/DocHtml/1/2013/10/24/00000804.html (three reports of one maker, one sentence)
        "会议听取和审议了县人民政府关于水产业发展情况的报告、关于城乡规划执行情况的报告、关于县城农贸市场建设与管理情况的报告。",
        # paraphrased from pejdw.com/index.php?m=content&c=index&a=show&catid=138&id=6504 (2014)
        "会议听取和审议县人民政府关于高中教育发展情况的报告、关于全县农民专业合作组织发展情况的报告和关于农村环境卫生整治工作的报告。",
        # hxtyjy.com (西吉, 2021) in the genre's style
        "会议听取和审议县人民政府关于全县道路运输安全生产工作情况的报告、关于全县节前食品药品市场秩序监管工作开展情况的报告。",
        # a county's 2025 communiqué (平利, paraphrased): an item named without 关于, a visit's and an inspection's
        # follow-up reports (each typed by what it is; the inspection report also a review, on one evidence)
        "会议听取了县政府关于《2024年重点项目建设情况视察报告审议意见》落实情况的报告、2024年全县生态环境状况及环境保护"
        "目标完成情况的报告、关于《中华人民共和国土地管理法》执法检查报告审议意见落实情况的报告。",
    ],
)
def test_reports_listed_after_one_maker_without_marks_oversee_that_maker(text: str) -> None:
    facts = _facts(text, COUNTY)
    assert len(facts.activities) >= 2
    assert all(a.overseen == ["衢州市柯城区人民政府"] for a in facts.activities), [a.overseen for a in facts.activities]


def test_a_title_with_its_own_maker_after_a_list_keeps_it() -> None:
    text = "会议听取和审议了县人民政府关于水产业发展情况的报告、县人民检察院关于公益诉讼工作情况的报告。"
    assert [a.overseen for a in _facts(text, COUNTY).activities] == [["衢州市柯城区人民政府"], ["衢州市柯城区人民检察院"]]


@pytest.mark.parametrize(
    ("text", "organ", "overseen"),
    [
        # epaper.hubeidaily.net/pc/content/202303/05/content_214360.html (十四届全国人大一次会议议程)
        ("十四届全国人大一次会议议程：一、审议政府工作报告；二、审议最高人民法院工作报告。", None, "中华人民共和国国务院"),
        # ponhibo.com/book/88470 (a county session's agenda, paraphrased)
        ("第二项是听取和审议政府工作报告。", COUNTY, "衢州市柯城区人民政府"),
        ("大会审议了法院工作报告。", COUNTY, "衢州市柯城区人民法院"),
    ],
)
def test_a_plenary_work_report_named_by_its_kind_is_of_the_report_s_area(text: str, organ: str | None, overseen: str) -> None:
    facts = _facts(text, organ)
    assert overseen in facts.activities[0].overseen, [a.overseen for a in facts.activities]


def test_a_plenary_work_report_in_an_unnamed_place_oversees_no_named_organ() -> None:
    facts = _facts("会议审议了政府工作报告。")
    assert all(not a.overseen for a in facts.activities)


@pytest.mark.parametrize(
    ("evidence", "subject"),
    [
        # a listed title without 《》 (pcrd.gov.cn style): its topic, not 情况
        ("关于全县节前食品药品市场秩序监管工作开展情况的报告", "节前食品药品市场秩序监管"),
        # a maker before 关于 (chinagate.cn, 2010): not part of the topic
        ("听取和审议的最高人民检察院关于改进渎职侵权检察工作情况的报告", "改进渎职侵权检察"),
        # the body whose work report is heard, whole (stheadline.com, 2026)
        ("听取全国人民代表大会常务委员会工作报告", "全国人民代表大会常务委员会"),
        # what the work was done on, before the verb (chinagate.cn, 2010)
        ("又围绕有关专题，对中央政府公共投资计划实施情况开展跟踪调研，并在调研后要求国务院把后续安排同规划纲要结合起来",
         "中央政府公共投资计划"),
        ("对全县农村饮水安全工作进行视察", "全县农村饮水安全"),
    ],
)
def test_a_subject_is_a_noun_phrase_of_the_topic(evidence: str, subject: str) -> None:
    assert subject_of("report_review", evidence, []) == subject


@pytest.mark.parametrize(
    "evidence",
    [
        "听取并审议了县人大常委会关于以上报告的视察报告",  # points back at the reports before
        "听取次专项报告",  # a count whose number the page lost
        "组织次专题督查",
        "会议研究了2023年区委交办重点课题调研专班工作方案",  # the work's form, no topic
        "常委会对上述情况进行了调研",
        "——开展跟踪监督",  # the kind's own name (chinagate.cn, 2010)
        "有重点地开展主动审查",
    ],
)
def test_words_that_name_no_topic_give_no_subject(evidence: str) -> None:
    assert subject_of("investigation", evidence, []) == ""


@pytest.mark.parametrize(
    "text",
    [
        # paraphrased from dqnews.zjol.com.cn/dqnews/system/2017/02/21/021069102.shtml style township sessions
        "大会听取和审议了《城厢镇人民政府工作报告》、《城厢镇人大主席团工作报告》。",
        "会议听取了镇人民政府《政府工作报告》和《镇人大主席团工作报告》。",
        "大会听取并审议通过了《政府工作报告》《人大工作报告》。",
    ],
)
def test_a_presidium_s_work_report_listed_after_the_government_s_oversees_no_government(text: str) -> None:
    facts = _facts(text, "宝丰县张八桥镇人民代表大会")
    presidium = [a for a in facts.activities if "人大" in a.evidence and "政府" not in a.evidence]
    assert presidium and all(not a.overseen for a in presidium), [(a.evidence, a.overseen) for a in facts.activities]


@pytest.mark.parametrize(("text", "organ", "congress"), [
    # the NPCSC's own annual report telling its work report made to the session (2023, as a fresh user collected it)
    ("栗战书3月7日向十四届全国人大一次会议作《全国人民代表大会常务委员会工作报告》。", "全国人民代表大会常务委员会",
     "全国人民代表大会"),
    # a standing committee's report recalling its congress's session
    ("区十六届人大一次会议听取和审议了区政府工作报告、区人大常委会工作报告。", "武汉市新洲区人民代表大会常务委员会",
     "武汉市新洲区人民代表大会"),
])
def test_a_plenary_work_report_is_heard_by_the_congress_whoever_tells_it(text: str, organ: str, congress: str) -> None:
    """Round 6's ruling: a work report made to a plenary is the congress's review; a standing committee telling it
    does not conduct it (the publisher is credited only with what it did)."""
    assert {a.conducted_by for a in _facts(text, organ).activities} == {congress}


@pytest.mark.parametrize(("text", "organ", "committee"), [
    # a council of chairpersons' news proposing the standing committee's agenda (a new user's law stories, round 17)
    ("委员长会议建议，常委会第二十次会议审议全国人大常委会执法检查组关于检查水法实施情况的报告。",
     "全国人民代表大会常务委员会委员长会议", NPC_SC),
    ("主任会议建议，市人大常委会第十次会议听取审议市政府关于养老服务工作情况的报告。",
     "武汉市人民代表大会常务委员会主任会议", "武汉市人民代表大会常务委员会"),
    ("主任會議決定，縣人大常委會第八次會議聽取審議縣政府關於農村公路建設情況的報告。",
     "某某县人民代表大会常务委员会主任会议", "某某县人民代表大会常务委员会"),
    # the agenda running on over sentences
    ("委员长会议建议，常委会第十六次会议审议国务院关于2024年中央决算的报告。审议国务院关于新质生产力发展情况的报告。",
     "全国人民代表大会常务委员会委员长会议", NPC_SC),
])
def test_a_councils_agenda_is_the_standing_committees_work(text: str, organ: str, committee: str) -> None:
    assert {a.conducted_by for a in _facts(text, organ).activities} == {committee}


def test_what_a_council_hears_itself_is_its_own(text: str = "主任会议听取了市政府关于养老服务工作情况的汇报。") -> None:
    activities = _facts(text, "武汉市人民代表大会常务委员会主任会议").activities
    assert activities and activities[0].conducted_by is None  # the report's organ, the council


@pytest.mark.parametrize(("text", "conductors"), [
    # a city's session news listing its committees' reports (a new user's organ network, round 17; paraphrased)
    ("会议听取和审议了市人大民宗侨外工委关于检查《浙江省华侨权益保护条例》实施情况的报告、市人大农业农村工委关于乡村振兴"
     "工作的调研报告。",
     [("law_enforcement_inspection", "丽水市人民代表大会常务委员会民族宗教侨务外事工作委员会"), ("report_review", None),
      ("investigation", "丽水市人民代表大会常务委员会农业农村工作委员会")]),
    ("會議書面審議市人大社會建設委關於技能人才發展的專題調研報告。",
     [("investigation", "丽水市人民代表大会社会建设委员会")]),
    # near misses: a group formed for the work, and a government's report
    ("会议听取和审议了市人大常委会执法检查组关于检查《浙江省华侨权益保护条例》实施情况的报告。",
     [("law_enforcement_inspection", None), ("report_review", None)]),
    ("会议听取和审议了市政府关于乡村振兴工作的调研报告。", [("investigation", None)]),
])
def test_the_work_a_committees_report_tells_is_that_committees(text: str, conductors: list) -> None:
    facts = _facts(text, "丽水市人民代表大会常务委员会")
    assert [(a.type, a.conducted_by) for a in facts.activities] == conductors


@pytest.mark.parametrize(("text", "organ", "conductor"), [
    # a committee's chair presents the standing committee's group report: the committee's own inspection
    ("会议听取了省人大城乡建设与环境资源保护委员会主任委员张明作的省人大常委会执法检查组关于检查《中华人民共和国大气污染防治法》"
     "实施情况的报告。", "湖北省人民代表大会常务委员会", None),
    ("會議聽取了省人大城鄉建設與環境資源保護委員會主任委員張明作的省人大常委會執法檢查組關於檢查《中華人民共和國水法》實施情況的報告。",
     "湖北省人民代表大会常务委员会", None),
    # the council of chairpersons' news of the standing committee's group: the committee its sentence names, or the
    # group's former (round 46 ruling 8: formers.credited), not the council publishing it
    ("委员长会议建议，常委会第二次会议审议全国人大常委会执法检查组关于检查水法实施情况的报告。",
     "全国人民代表大会常务委员会委员长会议", "全国人民代表大会常务委员会"),
    ("委员长会议审议了全国人大常委会执法检查组关于检查水法实施情况的报告。",
     "全国人民代表大会常务委员会委员长会议", "全国人民代表大会常务委员会"),
])
def test_a_standing_committees_inspection_group_makes_the_inspection_its_own(text: str, organ: str, conductor: str | None) -> None:
    inspections = [a for a in _facts(text, organ).activities if a.type == "law_enforcement_inspection"]
    assert [a.conducted_by for a in inspections] == [conductor]


def test_a_committee_making_its_own_inspection_report_conducts_it() -> None:
    """Near miss: a special committee reporting its own inspection conducts it (round 17)."""
    text = "会议听取了省人大教科文卫委关于检查《湖北省科学技术进步条例》实施情况的报告。"
    inspections = [a for a in _facts(text, "湖北省人民代表大会常务委员会").activities if a.type == "law_enforcement_inspection"]
    assert [a.conducted_by for a in inspections] == ["湖北省人民代表大会教育科学文化卫生委员会"]


@pytest.mark.parametrize(("text", "committee"), [
    # the report's organ told elsewhere doing the inspection the committee reports on (newuser31 A1, paraphrased)
    ("会议听取审议了省人大常委会教科文卫工委关于对食品安全法执法检查情况的报告。主任指出，省人大常委会经过3个月的食品安全法"
     "执法检查，达到了预期效果。", "湖北省人民代表大会常务委员会教育科学文化卫生工作委员会"),
    ("会议听取了省人大城乡建设与环境资源保护委员会关于大气污染防治法执法检查情况的报告。会议认为，省人大常委会今年开展的"
     "大气污染防治法执法检查重点突出。", "湖北省人民代表大会城乡建设与环境资源保护委员会"),
    ("會議聽取審議了省人大常委會教科文衛工委關於對食品安全法執法檢查情況的報告。主任強調，省人大常委會歷時三個月的食品安全法"
     "執法檢查取得實效。", "湖北省人民代表大会常务委员会教育科学文化卫生工作委员会"),
])
def test_a_committee_reporting_its_standing_committees_inspection_organised_it(text: str, committee: str) -> None:
    """The inspection the text credits to the report's organ elsewhere is that organ's; the committee making its report
    organised it (Supervision Law, chapter 4): assisted_by, not conducted_by."""
    inspections = [a for a in _facts(text, "湖北省人民代表大会常务委员会").activities if a.type == "law_enforcement_inspection"]
    assert [(a.conducted_by, a.assisted_by) for a in inspections] == [(None, [committee])]


def test_a_committees_inspection_of_another_law_stays_its_own() -> None:
    """Near miss: the standing committee told inspecting another law leaves the committee's own inspection its own."""
    text = ("今年5月，省人大常委会开展了水法执法检查。会议听取了省人大教科文卫委关于检查《湖北省科学技术进步条例》实施情况的报告。")
    inspections = [a for a in _facts(text, "湖北省人民代表大会常务委员会").activities
                   if a.type == "law_enforcement_inspection" and "湖北省科学技术进步条例" in a.laws]
    assert [a.conducted_by for a in inspections] == ["湖北省人民代表大会教育科学文化卫生委员会"]


YICHANG = "宜昌市人民代表大会常务委员会"


@pytest.mark.parametrize("text", [
    # a first-time analyst's 主任会议 news (round 27), and the genre's other openings
    "市人大常委会召开第二十一次主任会议\n\n3月11日，市人大常委会主任王某某主持召开第二十一次主任会议。会议听取了市政府关于"
    "养老服务工作情况的汇报，同意提请市人大常委会第十八次会议审议。",
    "3月11日，市人大常委会召开主任会议。会议听取了市政府关于养老服务工作情况的汇报。",
    "市人大常委会举行第五次主任会议。主任会议还审议了市政府关于养老服务工作情况的报告。",
    "市人大常委会召开第5次主任扩大会议\n会上，听取了市政府关于养老服务工作情况的汇报。",
])
def test_what_a_council_hears_in_its_news_is_its_own(text: str) -> None:
    """In a standing committee's news of a council meeting, the meeting's hearings are the council's (round 27)."""
    reviews = [a for a in _facts(text, YICHANG).activities if a.type == "report_review"]
    assert reviews and {a.conducted_by for a in reviews} == {YICHANG + "主任会议"}


@pytest.mark.parametrize("text", [
    # no council meeting held in the opening: the committee's own sitting
    "市人大常委会召开第十八次会议。会议听取了市政府关于养老服务工作情况的报告。",
    # the council's agenda for the committee's sitting
    "市人大常委会召开主任会议。会议建议，市人大常委会第十八次会议听取审议市政府关于养老服务工作情况的报告。",
])
def test_a_sitting_or_an_agenda_stays_the_committees(text: str) -> None:
    assert {a.conducted_by for a in _facts(text, YICHANG).activities} <= {None, YICHANG}


def test_an_inspection_told_by_its_report_heard_at_a_council_stays_the_committees() -> None:
    text = ("市人大常委会召开主任会议。会议听取了市人大常委会执法检查组关于《中华人民共和国森林法》贯彻实施情况的检查报告。")
    conducted = {a.type: a.conducted_by for a in _facts(text, YICHANG).activities}
    assert conducted == {"law_enforcement_inspection": None, "report_review": YICHANG + "主任会议"}


@pytest.mark.parametrize(
    ("organ", "text", "conductor"),
    [
        # a first-time analyst's reports (round 28), paraphrased
        ("湖北省人民代表大会常务委员会", "全国人大常委会副委员长丁仲礼率执法检查组在湖北检查《中华人民共和国长江保护法》实施情况。",
         "全国人民代表大会常务委员会"),
        ("荆州市人民代表大会常务委员会", "6月7日，省人大常委会副主任周先旺率执法检查组来我市，检查《中华人民共和国湿地保护法》实施情况。",
         "湖北省人民代表大会常务委员会"),
        ("江西省人民代表大会常务委员会", "全国人大常委会委员长栗战书率执法检查组赴江西检查《中华人民共和国安全生产法》实施情况。",
         "全国人民代表大会常务委员会"),
        ("江西省人民代表大会常务委员会", "王晨副委员长率执法检查组在我省检查《中华人民共和国安全生产法》实施情况。",
         "全国人民代表大会常务委员会"),
        ("监利市人民代表大会常务委员会", "荆州市人大常委会党组成员、副主任李明带领调研组来我市，就农村饮水安全工作开展专题调研。",
         "荆州市人民代表大会常务委员会调研组"),
    ],
)
def test_a_higher_body_s_officer_leading_its_group_makes_the_work_that_body_s(organ: str, text: str, conductor: str) -> None:
    (act,) = _facts(text, organ).activities
    assert (act.conducted_by, act.jointly_with, act.assisted_by) == (conductor, [], [organ])


@pytest.mark.parametrize(
    ("organ", "text"),
    [
        ("荆州市人民代表大会常务委员会", "市人大常委会副主任周先旺率执法检查组对《中华人民共和国湿地保护法》实施情况开展执法检查。"),
        ("洪湖市人民代表大会常务委员会", "市人大常委会主任会议听取了满意率测评情况，市人大常委会副主任王刚带领视察组对农村公路建设情况进行视察。"),
    ],
)
def test_the_report_s_own_officer_leading_its_group_keeps_the_work_its_own(organ: str, text: str) -> None:
    assert all(act.conducted_by is None for act in _facts(text, organ).activities)
