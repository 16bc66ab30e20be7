"""Round 47 (issue 10 §2.3, round 46 ruling 8): who helped an inspection. Officers of a body accompanying the work, told
before it (在县政府副县长某某陪同下，对…进行执法检查) or one body a clause (县市场监管局局长张某，县卫健局副局长李某…陪同检查):
their bodies assist; bodies entrusted as a set by level (委托其他10个州(市)人大常委会) are one set entry assisting, and a list
of entrusted bodies may end in a comma before its work (…人大常委会，分别开展了…). Phrasings composed in the genre's style,
both scripts."""
from __future__ import annotations

import pytest


def _inspections(facts) -> list[list[str]]:
    return [act.assisted_by for act in facts.activities if act.type == "law_enforcement_inspection"]


@pytest.mark.parametrize(("text", "organ", "assisting"), [
    ("荥阳市人大常委会主任带领部分人大代表，在荥阳市政府副市长李云峰和相关部门负责人陪同下，对《中华人民共和国传染病防治法》"
     "贯彻实施情况进行执法检查。", "荥阳市人民代表大会常务委员会", ["荥阳市人民政府"]),
    ("滎陽市人大常委會主任帶領部分人大代表，在滎陽市政府副市長李雲峰和相關部門負責人陪同下，對《中華人民共和國傳染病防治法》"
     "貫徹實施情況進行執法檢查。", "荥阳市人民代表大会常务委员会", ["荥阳市人民政府"]),
    ("县人大常委会开展《中华人民共和国食品安全法》执法检查。县市场监管局局长张某，县卫健局副局长李某，县教育局有关负责同志陪同检查。",
     "台州市黄岩区人民代表大会常务委员会",
     ["台州市黄岩区市场监督管理局", "台州市黄岩区卫生健康局", "台州市黄岩区教育局"]),
])
def test_officers_accompanying_the_work_make_their_bodies_assist(facts_of, text: str, organ: str, assisting: list[str]) -> None:
    assert _inspections(facts_of(text, organ)) == [assisting]


@pytest.mark.parametrize(("text", "organ"), [  # a clause before that is not officers of one body: no helper from it
    ("县人大常委会开展《中华人民共和国食品安全法》执法检查，检查组听取了汇报，县市场监管局局长张某陪同检查。",
     "台州市黄岩区人民代表大会常务委员会"),
])
def test_a_clause_of_other_words_before_the_helpers_adds_none(facts_of, text: str, organ: str) -> None:
    assert _inspections(facts_of(text, organ)) == [["台州市黄岩区市场监督管理局"]]


@pytest.mark.parametrize(("text", "organ", "assisting"), [
    ("省人大常委会执法检查组深入昆明市、丽江市开展消防“一法一条例”执法检查，并委托其他10个州(市)人大常委会，对本行政区域贯彻实施情况"
     "进行执法检查。", "云南省人民代表大会常务委员会", ["云南省其他10个州（市）人民代表大会常务委员会"]),
    ("此次执法检查采取市区联动，委托十六个区人大常委会对本行政区域内贯彻实施《北京市消防条例》情况进行了自查。",
     "北京市人民代表大会常务委员会", ["北京市十六个区人民代表大会常务委员会"]),
    ("省人大常委會執法檢查組赴瀘州市開展《中華人民共和國長江保護法》執法檢查，同時委託其他市人大常委會同步對本行政區域進行檢查。",
     "四川省人民代表大会常务委员会", ["四川省其他市人民代表大会常务委员会"]),
])
def test_bodies_entrusted_as_a_set_assist_as_one_set_entry(facts_of, text: str, organ: str, assisting: list[str]) -> None:
    assert _inspections(facts_of(text, organ))[:1] == [assisting]


def test_bodies_entrusted_in_a_list_closed_by_a_comma_assist(facts_of) -> None:
    text = ("今年，市人大常委会委托丰都、璧山、九龙坡、石柱、渝中等5个区县(自治县)人大常委会，分别开展了对《重庆市义务教育条例》"
            "的执法检查。")
    assert _inspections(facts_of(text, "重庆市人民代表大会常务委员会")) == [[
        "丰都县人民代表大会常务委员会", "重庆市璧山区人民代表大会常务委员会", "重庆市九龙坡区人民代表大会常务委员会",
        "石柱土家族自治县人民代表大会常务委员会", "重庆市渝中区人民代表大会常务委员会"]]


@pytest.mark.parametrize(("text", "organ", "body"), [  # the entrustment told in a later paragraph restating the work
    ("省人大常委会召开《中华人民共和国大气污染防治法》执法检查组第一次全体会议\n会议部署了检查工作。\n"
     "据了解，6月上旬，省人大常委会执法检查组受全国人大常委会办公厅委托在全省开展《中华人民共和国大气污染防治法》贯彻实施情况执法检查。",
     "青海省人民代表大会常务委员会", "全国人民代表大会常务委员会办公厅"),
    ("縣人大常委會召開《中華人民共和國食品安全法》執法檢查動員會。\n會議強調要認真做好檢查工作。\n"
     "此次檢查是縣人大常委會受市人大常委會委託，對全縣貫徹實施《中華人民共和國食品安全法》情況開展的執法檢查。",
     "寿县人民代表大会常务委员会", "淮南市人民代表大会常务委员会"),
])
def test_an_entrustment_told_later_credits_the_inspection_of_its_law(facts_of, text: str, organ: str, body: str) -> None:
    found = {(a.conducted_by, tuple(a.assisted_by)) for a in facts_of(text, organ).activities
             if a.type == "law_enforcement_inspection"}
    assert found == {(body, (organ,))}


def test_an_entrustment_of_another_law_credits_none(facts_of) -> None:
    text = ("县人大常委会召开《中华人民共和国食品安全法》执法检查动员会。\n"
            "此前，县人大常委会受市人大常委会委托，对全县贯彻实施《中华人民共和国水法》情况开展了执法检查。")
    found = {a.conducted_by for a in facts_of(text, "寿县人民代表大会常务委员会").activities
             if a.type == "law_enforcement_inspection" and "中华人民共和国食品安全法" in a.laws}
    assert found == {None}


_NATIONAL = "全国人民代表大会常务委员会"
_PROVINCES = "各省、自治区、直辖市人民代表大会常务委员会"


@pytest.mark.parametrize("text", [  # the provinces entrusted as a set, in the sentence or paragraphs after the launch
    "5月至6月，全国人大常委会大气污染防治法执法检查组分赴8个省区开展检查，同时委托23个省区市人大常委会开展自查。",
    "全国人大常委会执法检查组赴6个省开展《中华人民共和国水污染防治法》执法检查，并委托其他25个省(区、市)人大常委会开展检查。",
    "全国人大常委会对《中华人民共和国水污染防治法》开展执法检查，同时委托各省、自治区、直辖市人大常委会对本行政区域进行检查。",
    "全国人大常委会即将在全国范围内对道路交通安全法的实施情况开展执法检查。\n执法检查组将分为4个小组赴地方检查。\n"
    "全国人大常委会还委托其他23个省区市人大常委会分别对本行政区域内道路交通安全法的实施情况进行检查。",
    "全國人大常委會即將在全國範圍內對道路交通安全法的實施情況開展執法檢查。\n執法檢查組將分為4個小組赴地方檢查。\n"
    "全國人大常委會還委托其他省區市人大常委會分別對本行政區域內道路交通安全法的實施情況進行檢查。",
])
def test_the_provinces_entrusted_as_a_set_assist_the_national_inspection(facts_of, text: str) -> None:
    assert _inspections(facts_of(text, _NATIONAL))[:1] == [[_PROVINCES]]


def test_an_entrustment_later_of_another_law_assists_none(facts_of) -> None:
    text = ("全国人大常委会即将对道路交通安全法的实施情况开展执法检查。\n执法检查组将分为4个小组赴地方检查。\n"
            "全国人大常委会还委托其他省区市人大常委会分别对本行政区域内水污染防治法的实施情况进行检查。")
    assert _inspections(facts_of(text, _NATIONAL))[:1] == [[]]


def test_an_entrustment_later_leaves_an_inspection_of_another_year_recalled(facts_of) -> None:
    text = ("2018年6月，全国人大常委会将启动海洋环境保护法执法检查。\n这是继1998年对《海洋环境保护法》开展执法检查20年后再次开展检查。\n"
            "同时，全国人大常委会委托其他省区市人大常委会分别对本行政区域内海洋环境保护法实施情况进行检查。")
    found = [(a.year, a.assisted_by) for a in facts_of(text, _NATIONAL).activities if a.type == "law_enforcement_inspection"]
    assert [helpers for year, helpers in found] == [[_PROVINCES], []] and found[1][0] == 1998
