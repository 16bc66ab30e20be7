"""A first-time analyst's extraction findings (newuser23, round 39), each class in several phrasings written for it:
what must be found and the near misses."""
import pytest

from tests.loaders.extract_helpers import kinds

PROVINCE = "云南省人民代表大会常务委员会"
CITY = "昆明市人民代表大会常务委员会"
COUNTY = "宜良县人民代表大会常务委员会"


@pytest.mark.parametrize("text, overseen, subject", [
    # organs told as making one report together: one review overseeing them all, on the report's topic
    ("6月，省人大常委会会议听取和审议了省人民政府、省高级人民法院、省人民检察院、省公安厅联合作的关于打击治理电信网络诈骗工作情况的报告。",
     ["云南省人民政府", "云南省高级人民法院", "云南省人民检察院", "云南省公安厅"], "打击治理电信网络诈骗"),
    ("会议审议了省高级人民法院、省人民检察院、省公安厅共同提交的关于扫黑除恶常态化工作情况的报告。",
     ["云南省高级人民法院", "云南省人民检察院", "云南省公安厅"], "扫黑除恶常态化"),
    ("会议听取了省人民政府、省监察委员会关于整治群众身边腐败问题情况的联合报告。",
     ["云南省人民政府", "云南省监察委员会"], "整治群众身边腐败问题"),
    ("會議聽取了省人民政府、省高級人民法院、省人民檢察院聯合所作的關於優化營商環境法治保障工作情況的報告。",
     ["云南省人民政府", "云南省高级人民法院", "云南省人民检察院"], "优化营商环境法治保障"),
])
def test_a_joint_report_of_several_organs_is_one_review(facts_of, text: str, overseen: list[str], subject: str) -> None:
    facts = facts_of(text, PROVINCE)
    assert kinds(facts) == ["report_review"]
    assert (facts.activities[0].overseen, facts.activities[0].subject) == (overseen, subject)


@pytest.mark.parametrize("text, reviews", [
    # near misses: organs listed before one title without a word of making it together each report their own (the
    # golds of dev l13, p15, t19)
    ("会议听取了省人民政府、省高级人民法院、省人民检察院关于贯彻实施《云南省禁毒条例》工作情况的报告。", 3),
    ("会议审议了市法院、市检察院关于代表建议办理情况的报告。", 2),
])
def test_organs_listed_before_one_title_report_each(facts_of, text: str, reviews: int) -> None:
    assert kinds(facts_of(text, PROVINCE)) == ["report_review"] * reviews


@pytest.mark.parametrize("text, status", [
    # a report sent to a sitting for review is that review, planned unless told sent already
    ("市人大常委会执法检查组关于检查《中华人民共和国安全生产法》实施情况的报告提请市十五届人大常委会第八次会议审议。", "planned"),
    ("主任会议同意将《中华人民共和国安全生产法》执法检查报告提请市人大常委会第十次会议审议。", "planned"),
    ("市人民政府关于2023年度国有资产管理情况的报告提请常委会会议审议。", "planned"),
    ("市人大常委会执法检查组关于检查《中华人民共和国安全生产法》实施情况的报告已提请市人大常委会第五次会议审议。", "reported"),
    ("執法檢查組關於檢查《中華人民共和國安全生產法》實施情況的報告已經提交市人大常委會第五次會議審議。", "reported"),
])
def test_a_report_sent_for_review_is_the_review(facts_of, text: str, status: str) -> None:
    reviews = [a for a in facts_of(text, CITY).activities if a.type == "report_review"]
    assert [a.status for a in reviews] == [status]


@pytest.mark.parametrize("text", [
    # near misses: a report the meeting heard, sent on (相关报告, 该报告), and a bill submitted, are no review of their own
    "会议决定将相关报告提请常委会第九次会议审议。",
    "会议研究了有关事项，同意将该报告提请常委会会议审议。",
    "会议决定将相关法规草案、报告提请常委会第十次会议审议。",
    "市人民政府提请市人大常委会审议《昆明市城市管理条例(草案)》。",
])
def test_a_report_sent_on_or_a_bill_is_no_review(facts_of, text: str) -> None:
    assert kinds(facts_of(text, CITY)) == []


@pytest.mark.parametrize("text, assisting", [
    # bodies the report's organ entrusted with part of its inspection assist it, every one listed, in its sentence or
    # in the next that restates the inspection
    ("省人大常委会开展《中华人民共和国水污染防治法》执法检查。同时委托昆明市、曲靖市、大理州人大常委会对本行政区域内的实施情况进行检查。",
     ["昆明市人民代表大会常务委员会", "曲靖市人民代表大会常务委员会", "大理白族自治州人民代表大会常务委员会"]),
    ("6月，省人大常委会对《中华人民共和国土壤污染防治法》实施情况开展执法检查，并委托昆明市人大常委会、玉溪市人大常委会对本行政区域内法律实施情况进行检查。",
     ["昆明市人民代表大会常务委员会", "玉溪市人民代表大会常务委员会"]),
    ("省人大常委会组成执法检查组开展《云南省禁毒条例》执法检查，委托曲靖市人大常委会就本地区实施情况开展检查。",
     ["曲靖市人民代表大会常务委员会"]),
])
def test_bodies_entrusted_with_part_of_the_work_assist_it(facts_of, text: str, assisting: list[str]) -> None:
    inspections = [a for a in facts_of(text, PROVINCE).activities if a.type == "law_enforcement_inspection"]
    assert [a.assisted_by for a in inspections] == [assisting]


def test_bodies_entrusted_stay_with_their_own_work(facts_of) -> None:
    # near miss: the next work told is not helped by the bodies entrusted with the inspection before it
    facts = facts_of("省人大常委会开展《中华人民共和国水污染防治法》执法检查。同时委托昆明市人大常委会对本行政区域内的实施情况进行检查。"
                     "省人大常委会组织代表视察农村公路建设。", PROVINCE)
    assert [(a.type, a.assisted_by) for a in facts.activities] == [
        ("law_enforcement_inspection", ["昆明市人民代表大会常务委员会"]), ("site_visit", [])]


def test_a_body_a_title_entrusted_is_no_helper(facts_of) -> None:
    # near miss: a 委托 inside a document's title names who that document entrusted (the report's own organ here)
    facts = facts_of("省人大常委会根据《全国人大常委会办公厅关于委托有关省(区、市)人大常委会开展大气污染防治法执法检查的通知》，"
                     "开展《中华人民共和国大气污染防治法》执法检查。", PROVINCE)
    assert [(a.type, a.assisted_by) for a in facts.activities] == [("law_enforcement_inspection", [])]


@pytest.mark.parametrize("text, what", [
    # a count closing a list of places counts the noun after it: the places are no measure
    ("执法检查组分赴五华区、盘龙区、官渡区、西山区、呈贡区等5个县区开展检查。", "县区"),
    ("从徐州、常州、淮安、扬州、泰州5个设区市各选取一个乡镇进行重点调研。", "设区市"),
    ("代表们坚持每天深入雷公滩、下桥、金鱼河、东风四个社区开展督导。", "社区"),
    ("检查组深入宝鸡峡、冯家山水库、虢镇污水处理厂、野寺村养殖小区4个现场点。", "现场点"),
    ("凤鸣社区、复兴社区、环南社区16名选民参与活动。", "选民"),
])
def test_a_count_closing_a_list_of_places_measures_its_noun(facts_of, text: str, what: str) -> None:
    assert [s.what for s in facts_of(text, CITY).statistics][0].startswith(what)


@pytest.mark.parametrize("text, what", [
    # near misses: a list of makers or documents sharing the count stays in the measure; people listed are no places
    ("听取审议国务院、最高人民法院、最高人民检察院20个工作报告。", "国务院、最高人民法院、最高人民检察院工作报告"),
    ("常委会制定地方性法规、决定17件。", "制定地方性法规、决定"),
])
def test_a_count_closing_a_list_of_other_things_keeps_it(facts_of, text: str, what: str) -> None:
    assert [s.what for s in facts_of(text, CITY).statistics] == [what]


@pytest.mark.parametrize("text, overseen", [
    # every body a group's forum heard is overseen by its work: after a longer opening clause of the meeting, and told by
    # a group named for a visit and a study at once (视察调研组, 调研视察组)
    ("县人大常委会对县人民政府扫黑除恶专项斗争工作开展情况进行了视察调研。在随后召开的座谈会上，视察调研组依次听取了县公安局、县交通运输局、"
     "县住建局、县教育局、县司法局的汇报。",
     ["宜良县人民政府", "宜良县公安局", "宜良县交通运输局", "宜良县住房和城乡建设局", "宜良县教育局", "宜良县司法局"]),
    ("县人大常委会组织代表对全县农村公路建设情况开展视察。调研视察组听取了县交通运输局、县财政局、县自然资源局、县农业农村局、县林草局的汇报。",
     ["宜良县交通运输局", "宜良县财政局", "宜良县自然资源局", "宜良县农业农村局", "宜良县林业和草原局"]),
    ("县人大常委会组织调研组对全县养老服务工作开展专题调研。在随后召开的座谈会上，调研组听取了县民政局、县卫健局、县医保局、县人社局、县财政局的汇报。",
     ["宜良县民政局", "宜良县卫生健康局", "宜良县医疗保障局", "宜良县人力资源和社会保障局", "宜良县财政局"]),
])
def test_every_body_a_forum_heard_is_overseen(facts_of, text: str, overseen: list[str]) -> None:
    assert [a.overseen for a in facts_of(text, COUNTY).activities] == [overseen]


def test_a_forum_of_another_meeting_oversees_nothing_of_the_work(facts_of) -> None:
    # near miss: a study group is no visit's narrator, so a visit's bodies are not the study's
    facts = facts_of("县人大常委会组织代表对全县农村公路建设情况开展视察。在随后召开的座谈会上，调研组听取了县民政局、县卫健局的汇报。", COUNTY)
    assert [(a.type, a.overseen) for a in facts.activities] == [("site_visit", [])]


def test_an_inspection_s_forum_after_a_longer_opening_is_its_own(facts_of) -> None:
    facts = facts_of("县人大常委会对《中华人民共和国道路交通安全法》实施情况开展执法检查。在随后召开的汇报会上，检查组听取了县公安局、"
                     "县交通运输局、县教育局、县应急管理局、县住建局的汇报。", COUNTY)
    assert [a.overseen for a in facts.activities] == [["宜良县公安局", "宜良县交通运输局", "宜良县教育局", "宜良县应急管理局",
                                                       "宜良县住房和城乡建设局"]]
