"""Round 28 classes of activities that are no reports heard, and of deputies.

Inspections held year by year (连续三年对A法、B法、C法开展执法检查; A条例、B条例等法规实施当年就开展执法检查) are one
inspection per law, related or not, as the dev golds give them; laws inspected together in one year (先后对《A法》《B条例》
开展了执法检查) stay one inspection. Deputies named before 代表 with what they do next (王明代表建议，…; 王明、李红代表认为),
a paragraph may open with the name: each a named deputy.

Every sentence is written for this test in the genre's style, simplified and traditional.
"""
from __future__ import annotations

import pytest

CITY = "湖州市人民代表大会常务委员会"
NATION = "全国人民代表大会常务委员会"


def _inspections(facts) -> list[list[str]]:
    return sorted(a.laws for a in facts.activities if a.type == "law_enforcement_inspection")


@pytest.mark.parametrize(("text", "organ", "laws"), [
    ("近年来，常委会连续三年先后对森林法、草原法、水土保持法开展执法检查，推动生态保护。", NATION,
     ["中华人民共和国森林法", "中华人民共和国草原法", "中华人民共和国水土保持法"]),
    ("常委会连续开展了固体废物污染环境防治法、水污染防治法等生态环境法律的执法检查。", NATION,
     ["中华人民共和国固体废物污染环境防治法", "中华人民共和国水污染防治法"]),
    ("常委會連續兩年對種子法、農業法開展執法檢查。", NATION, ["中华人民共和国种子法", "中华人民共和国农业法"]),
    ("新制定的《浙江省水资源条例》《浙江省电力条例》等地方性法规实施当年就开展执法检查。", CITY,
     ["浙江省水资源条例", "浙江省电力条例"]),
])
def test_inspections_held_year_by_year_are_one_per_law(facts_of, text: str, organ: str, laws: list[str]) -> None:
    assert _inspections(facts_of(text, organ)) == sorted([law] for law in laws)


@pytest.mark.parametrize(("text", "organ"), [
    ("常委会先后对《中华人民共和国森林法》《浙江省水资源条例》开展了执法检查。", CITY),
    ("今年检查了森林法、种子法、农业法实施情况。", NATION),
])
def test_laws_inspected_together_stay_one_inspection(facts_of, text: str, organ: str) -> None:
    assert len(_inspections(facts_of(text, organ))) == 1


def _names(facts) -> list[str]:
    return [d.name for d in facts.deputies if d.name]


@pytest.mark.parametrize(("text", "names"), [
    ("  会上，代表们踊跃发言。\n  周建军代表建议，要加快农村公路建设。", ["周建军"]),
    ("  吴丽华、陈国强代表认为，要把民生实事办实办好。", ["吴丽华", "陈国强"]),
    ("讨论中，赵志刚、孙红梅、郑晓东代表表示，要紧扣目标任务抓落实。", ["赵志刚", "孙红梅", "郑晓东"]),
    ("  黃立新、馬文華代表表示，要持續改善人居環境。", ["黄立新", "马文华"]),
])
def test_deputies_named_before_what_they_do(facts_of, text: str, names: list[str]) -> None:
    assert _names(facts_of(text, CITY)) == names


@pytest.mark.parametrize("text", [
    "  推动代表建议办理提质增效。",
    "要提高代表建议质量，办好代表建议。",
    "  常委会、政府代表表示欢迎。",
])
def test_suggestions_of_deputies_name_no_one(facts_of, text: str) -> None:
    assert _names(facts_of(text, CITY)) == []


def _kinds(facts, kind: str) -> int:
    return sum(a.type == kind for a in facts.activities)


@pytest.mark.parametrize(("text", "kind", "count"), [
    ("常委会结合审议执法检查组关于检查森林法实施情况的报告进行专题询问，并首次对审计发现问题整改情况报告进行专题询问。",
     "special_inquiry", 2),
    ("常委會結合審議國務院關於就業工作情況的報告開展專題詢問，並對國有資產管理情況報告進行專題詢問。", "special_inquiry", 2),
    ("会议听取了市政府关于养老服务工作情况的报告，并进行了专题询问。", "special_inquiry", 1),
])
def test_a_clause_naming_another_report_is_another_activity(facts_of, text: str, kind: str, count: int) -> None:
    assert _kinds(facts_of(text, NATION), kind) == count


@pytest.mark.parametrize(("text", "count"), [
    ("经过投票表决，对市民政局、市水利局等建议办理单位的测评均为“满意”。", 2),  # one per body listed (round 29)
    ("會議對縣教育局、縣衛健局的測評結果均為滿意。", 1),
    ("常委会对市政府关于养老服务工作情况报告的测评为基本满意。", 1),
])
def test_a_rating_told_by_its_result_is_a_rating(facts_of, text: str, count: int) -> None:
    assert _kinds(facts_of(text, CITY), "satisfaction_evaluation") == count


@pytest.mark.parametrize(("text", "visits", "investigations"), [
    ("今年已开展了农村饮水安全工作调研、城区停车设施建设情况视察、养老服务体系建设工作调研等监督议题。", 1, 2),
    ("截至目前，县人大常委会先后开展了乡村振兴工作调研、义务教育均衡发展情况调研、农贸市场改造提升情况视察。", 1, 2),
    ("今年開展了殯葬改革工作調研、河道整治情況視察。", 1, 1),
])
def test_topics_listed_with_their_kinds_are_one_activity_each(facts_of, text: str, visits: int,
                                                                 investigations: int) -> None:
    facts = facts_of(text, CITY)
    assert (_kinds(facts, "site_visit"), _kinds(facts, "investigation")) == (visits, investigations)


@pytest.mark.parametrize(("text", "count"), [
    ("会议听取 2 名市人大代表履职情况的报告。", 2),
    ("常委会组织 15 位省人大代表开展集中视察。", 15),
    ("會議聽取了3名區人大代表履職情況的報告。", 3),
])
def test_a_counted_group_spaced_or_reporting_its_own_work(facts_of, text: str, count: int) -> None:
    assert [d.count for d in facts_of(text, CITY).deputies] == [count]


@pytest.mark.parametrize(("text", "name"), [
    ("座谈会上，市人大代表周海明问及城区内涝治理的进展。", "周海明"),
    ("“这处排口为何长期冒污水？”县人大代表李秀兰指着屏幕上的照片发问。", "李秀兰"),
    ("區人大代表陳志強問道：“整改什麼時候完成？”", "陈志强"),
])
def test_a_deputy_named_by_role_questioning(facts_of, text: str, name: str) -> None:
    assert _names(facts_of(text, CITY)) == [name]


@pytest.mark.parametrize(("text", "count"), [
    ("常委会围绕营商环境改革、城中村改造等中心工作进行了重点监督。", 1),
    ("區人大常委會對老舊小區改造工作開展重點監督。", 1),
    ("常委会将群众反映强烈的问题列为重点监督事项。", 0),
])
def test_oversight_of_work_singled_out_is_an_activity(facts_of, text: str, count: int) -> None:
    assert _kinds(facts_of(text, CITY), "other") == count


@pytest.mark.parametrize(("text", "count"), [
    ("州人大常委会组织评估组到三个县就《延边朝鲜族自治州促进专业农场发展条例》开展立法后评估工作调研。", 1),
    ("市人大常委會就《杭州市城市綠化管理條例》開展立法後評估調研。", 1),
    ("市人大法制委就《杭州市城市绿化管理条例（修订草案）》开展立法调研。", 0),
])
def test_an_investigation_evaluating_a_law_in_force_is_oversight(facts_of, text: str, count: int) -> None:
    assert _kinds(facts_of(text, CITY), "investigation") == count


@pytest.mark.parametrize(("text", "kind", "count"), [
    ("对区法院关于推进执行制度改革情况开展调研。", "investigation", 1),
    ("常委會組織代表對農村集體產權制度改革推進情況進行視察。", "site_visit", 1),
    ("县人大常委会建立了跟踪督办机制。", "other", 0),
])
def test_a_system_reformed_is_the_topic_of_the_work(facts_of, text: str, kind: str, count: int) -> None:
    assert _kinds(facts_of(text, CITY), kind) == count


@pytest.mark.parametrize(("text", "count"), [
    ("大会期间，全体人大代表还实地了解了集镇污水管网建设情况。", 1),
    ("7月3日上午，该镇人大代表在察看河堤绿化效果，并提出了改进建议。", 1),
    ("閉會後，代表們實地了解了鄉村道路改造進度。", 1),
])
def test_deputies_seeing_a_site_for_themselves_is_a_visit(facts_of, text: str, count: int) -> None:
    assert _kinds(facts_of(text, CITY), "site_visit") == count


@pytest.mark.parametrize(("text", "status"), [
    ("会议还表决通过了市人大常委会2025年对市政府工作部门主要负责人履职情况测评工作方案。", "planned"),
    ("常委會對區政府組成部門負責人開展了履職情況評議。", "reported"),
])
def test_appraising_officials_on_their_duties_is_an_activity(facts_of, text: str, status: str) -> None:
    assert [a.status for a in facts_of(text, CITY).activities if a.type == "other"] == [status]


@pytest.mark.parametrize(("text", "laws"), [
    ("会议讨论并同意《省人大常委会开展〈中华人民共和国森林法〉执法检查方案》《省人大常委会开展〈浙江省水资源条例〉执法检查方案》。",
     ["中华人民共和国森林法", "浙江省水资源条例"]),
    ("主任會議通過了《關於開展〈中華人民共和國種子法〉執法檢查工作方案》《關於開展〈浙江省電力條例〉執法檢查工作方案》。",
     ["中华人民共和国种子法", "浙江省电力条例"]),
])
def test_inspection_plans_named_one_by_one_are_an_inspection_each(facts_of, text: str, laws: list[str]) -> None:
    assert _inspections(facts_of(text, CITY)) == sorted([law] for law in laws)
