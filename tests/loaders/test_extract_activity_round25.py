"""Round 25's activity structures, each with real sentences of readable dev files (their urls cited) and near misses.

Each test names a structure of the genre (not a phrasing): a report whose excerpt opens with its sitting's dateline,
a salutation naming the standing committee in full, pieces of work a hearing lists and closes with 等.
"""
from __future__ import annotations

from tests.loaders.extract_helpers import kinds

NATIONAL_GROUP = "全国人民代表大会常务委员会执法检查组"
PROVINCE = "江苏省人民代表大会常务委员会"
SHANGHAI = "上海市人民代表大会常务委员会"


def test_a_report_opening_with_its_sittings_dateline_is_that_sittings_review(facts_of) -> None:
    """An excerpt cut below its title: the dateline naming the sitting and a salutation to the committee tell the review
    (q11's gold gives the dateline as its evidence), beside the inspection the report's body tells."""
    # http://rddy.org.cn/show-79538.html (dev q11)
    text = ("——2023年11月27日在省十四届人大常委会第六次会议上\n省人大常委会河道管理条例执法检查组\n主任、各位副主任、秘书长、各位委员:\n"
            "根据省人大常委会2023年监督工作计划,今年9月至11月,省人大常委会组织开展了《江苏省河道管理条例》(以下简称《条例》)执法检查。")
    acts = facts_of(text, PROVINCE).activities
    assert sorted(a.type for a in acts) == ["law_enforcement_inspection", "report_review"]
    review = next(a for a in acts if a.type == "report_review")
    assert review.evidence.endswith("常委会第六次会议上") and review.status == "reported"


def test_a_dateline_whose_reporter_tells_the_report_adds_no_second_review(facts_of) -> None:
    """Near miss: the reporter's first sentence tells what is reported (我受市人民政府委托,报告…审计情况): one audit, no review
    of the dateline beside it."""
    # http://m.sanmani.com/n5/n1482/c125488/content.html (dev h08)
    text = ("——2018年7月26日在上海市第十五屆人民代表大會常務委員會第五次會議上\n市審計局局長 王建平\n主任、各位副主任、秘書長、各位委員:\n"
            "我受市人民政府委托,報告2017年度市級預算執行和其他財政收支的審計情況,請予審議。")
    assert kinds(facts_of(text, SHANGHAI)) == ["audit_oversight"]


def test_a_dateline_under_a_headline_or_without_a_salutation_is_no_review(facts_of) -> None:
    """Near misses: a dateline that does not open the text, and one no salutation to the committee follows."""
    assert kinds(facts_of("常委会会议闭幕\n——2023年11月27日在省十四届人大常委会第六次会议上\n主任、各位副主任、秘书长、各位委员:\n"
                          "会议表决通过了有关决定。", PROVINCE)) == []
    assert kinds(facts_of("——2023年11月27日在省十四届人大常委会第六次会议上\n会议表决通过了有关决定。", PROVINCE)) == []


def test_a_salutation_naming_the_committee_in_full_opens_a_report_in_its_own_voice(facts_of) -> None:
    """The salutation may name the committee in full (全国人民代表大会常务委员会:), as 市人大常委会: names it short."""
    # https://wap.haoword.com/syfanwen/huibao/2331373.html (dev x05)
    text = ("全国人民代表大会常务委员会:\n为了推动安全生产法有效实施,根据2023年度监督工作计划,全国人大常委会组成安全生产法执法检查组,"
            "对安全生产法实施情况进行检查,现将有关情况报告如下。")
    assert sorted(kinds(facts_of(text, NATIONAL_GROUP))) == ["law_enforcement_inspection", "report_review"]


def test_a_clause_stating_the_work_as_to_come_makes_the_activity_it_continues_planned(facts_of) -> None:
    """One inspection told over two clauses, the first naming it and the second telling it to come: planned (the clause
    it continues no longer decides alone). Dev aa03's words, told at the group's first plenary held, are now the
    inspection begun (round 42: a launch meeting held, `activities.launched`, as aa03's gold now gives it; its test is
    in test_extract_activity_round42_status.py); the clauses' rule is held here with a plan naming the inspection."""
    text = "委员长会议通过的海洋环境保护法执法检查方案明确,全国人大常委会将启动海洋环境保护法执法检查。"
    acts = facts_of(text, "全国人民代表大会常务委员会").activities
    assert [(a.type, a.status) for a in acts] == [("law_enforcement_inspection", "planned")]
    assert acts[0].evidence.startswith("委员长会议通过的") and acts[0].evidence.endswith("执法检查")  # one, over both


def test_an_inspection_continued_by_a_clause_told_as_done_stays_reported(facts_of) -> None:
    """Near miss: the group's meeting and the inspection both told as done."""
    text = "全国人大常委会海洋环境保护法执法检查组召开第一次全体会议,随后赴天津、河北开展海洋环境保护法执法检查。"
    acts = facts_of(text, "全国人民代表大会常务委员会").activities
    assert [(a.type, a.status) for a in acts] == [("law_enforcement_inspection", "reported")]


def test_a_kind_named_inside_a_notices_title_states_nothing(facts_of) -> None:
    """A notice (《…的通知》) is a document acted on, studied or forwarded: the work its title names is told, if at all,
    by the text's own clauses (aa43's gold: no audit from the notice studied)."""
    # http://kaisongmc.com/news/JDGZ/20181022/1810224453210113.html (dev aa43)
    text = ("会上,县人大常委会财经工委组织学习了中共汉源县委办公室《关于转发〈中共汉源县人大常委会党组关于完善审计工作和审计查出"
            "突出问题整改情况向县人大常委会报告机制的意见〉的通知》。")
    assert kinds(facts_of(text, "汉源县人民代表大会常务委员会")) == []


def test_the_inspection_a_notice_assigns_is_told_by_the_clause_that_does_it(facts_of) -> None:
    """Near miss (paraphrased from dev aa11): beside the notice's title, the clause carrying the inspection out states it,
    once, and its evidence is that clause's."""
    text = ("根据全国人大常委会办公厅《关于委托有关省(区、市)人大常委会开展大气污染防治法执法检查的通知》,"
            "省人大常委会于6月开展《大气污染防治法》执法检查。")
    acts = facts_of(text, "四川省人民代表大会常务委员会").activities
    assert [(a.type, a.status) for a in acts] == [("law_enforcement_inspection", "reported")]
    assert "通知》" not in acts[0].evidence


def test_a_clause_of_purpose_states_no_activity(facts_of) -> None:
    """A clause opening with 为 and its aim (为切实做好…监督工作, 为贯彻…会议精神) says what the work told next is for."""
    # https://www.hnsyrd.gov.cn/content/2021/12/02/11794532.html (dev q29)
    assert kinds(facts_of("为贯彻去年全国人大及省市人大关于备案审查工作的会议精神,今年初召开专门会议,出台相关文件,进行部署落实。",
                          "新邵县人民代表大会常务委员会")) == []
    # http://www.021fenlei.com/n181883.htm (dev k34): the activity is the clause after the purpose, not a review of the plan
    text = ("据杨浦区消息:根据市、区人大工作要求,为切实做好“十三五”规划实施情况中期评估监督工作,大桥街道人大工委于近期分别在"
            "大桥街道“人大之家”和天科国际大厦人大代表工作站组织开展市人大代表集中联系社区活动。")
    assert "report_review" not in kinds(facts_of(text, "上海市杨浦区人民代表大会常务委员会大桥街道工作委员会"))


def test_work_done_after_a_purpose_and_a_coming_event_it_prepares_are_stated(facts_of) -> None:
    """Near miss: the inspection told after the purpose clause, and the coming sitting's hearing and rating it prepares."""
    # http://www.snpc.gov.cn/news/html/?2169.html (dev j31)
    text = ("为切实推动《中华人民共和国森林法》落地见效,强化森林资源保护与可持续利用,9月29日,商南县人大常委会依据年度工作安排,"
            "开展了对县政府贯彻落实《森林法》审议意见情况的专项检查,为即将召开的县十九届人大常委会第二十八次会议听取报告、开展满意度测评筑牢基础。")
    found = [(a.type, a.status) for a in facts_of(text, "商南县人民代表大会常务委员会").activities]
    assert ("law_enforcement_inspection", "reported") in found
    assert ("satisfaction_evaluation", "planned") in found and ("report_review", "planned") in found


def test_an_official_going_along_on_a_visit_of_two_kinds_states_no_second_visit(facts_of) -> None:
    """一同 before two kinds in a row (一同视察调研) with no object is going along, as 一同调研 is."""
    # http://sxccrd.gov.cn/Supervision/info/1495039 (dev aa45)
    text = ("4月18日,县人大常委会副主任廉文山带领常委会部分委员和相关委室负责人,对县人民政府“扫黑除恶”专项斗争工作开展情况"
            "进行了视察调研。县人民政府副县长张锡泉一同视察调研。")
    assert kinds(facts_of(text, "澄城县人民代表大会常务委员会")) == ["site_visit"]


def test_an_official_attending_who_then_makes_an_inspections_report_is_its_review(facts_of) -> None:
    """出席会议并作…报告: the attending official makes the report (named or not), heard as a review; the inspection the
    sentence before told is not told again."""
    # http://news.wenweipo.com/2016/06/30/IN1606300071.htm (dev aa01)
    text = ("今年4月至5月,全國人大常委會執法檢查組對新修訂的食品安全法實施情況開展了執法檢查。"
            "張德江委員長出席會議並作全國人大常委會執法檢查組關於檢查食品安全法實施情況的報告。")
    assert sorted(kinds(facts_of(text, "全国人民代表大会常务委员会"))) == ["law_enforcement_inspection", "report_review"]


def test_an_inspection_report_heard_naming_nothing_is_the_inspection_told_before(facts_of) -> None:
    """开展X法执法检查，听取和审议了执法检查报告: one inspection and the review of its report (a fresh user's county report
    counted the inspection twice); a heard report naming neither law nor count is the inspection the text tells."""
    text = "2023年,县人大常委会对《中华人民共和国道路交通安全法》实施情况开展执法检查,听取和审议了执法检查报告。"
    assert sorted(kinds(facts_of(text, "安吉县人民代表大会常务委员会"))) == ["law_enforcement_inspection", "report_review"]


def test_an_inspection_report_heard_alone_is_still_its_inspection(facts_of) -> None:
    """Near miss: with no inspection told elsewhere, the report heard is the inspection and its review."""
    text = "县人大常委会第十次会议听取和审议了执法检查报告。"
    assert sorted(kinds(facts_of(text, "安吉县人民代表大会常务委员会"))) == ["law_enforcement_inspection", "report_review"]
