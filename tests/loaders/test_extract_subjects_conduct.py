"""Who conducts the work a sentence tells of a congress body as its subject (a fresh user, round 32, class 3: a
committee's own work credited to its standing committee, a county collective's to the city publishing the news, a
presidium's to its township congress, a bureau worked with counted as conducting). :func:`conductors.subjects_conduct`."""
from __future__ import annotations

import pytest

from loaders.build import build
from loaders.document import Document
from loaders.extract import extract
from ontology import OKG

_ZHUZHOU = "株洲市人民代表大会常务委员会"
_TOWN = "安吉县孝丰镇人民代表大会"


@pytest.mark.parametrize(("text", "body"), [
    ("市人大城建环保委员会对全市城市绿化工作开展了调研。", "株洲市人民代表大会城建环保委员会"),
    ("市人大常委会预算工作委员会对全市预算执行情况开展调研。", _ZHUZHOU + "预算工作委员会"),
    ("5月10日，市人大财经委赴市财政局开展预算联网监督调研。", "株洲市人民代表大会财政经济委员会"),
    ("由市人大教科文卫委牵头，对全市义务教育工作开展专题调研。", "株洲市人民代表大会教育科学文化卫生委员会"),
    ("市人大常委会研究室对基层社会治理开展调研。", _ZHUZHOU + "研究室"),  # not 基层人大建设: round 35 ruling 1
    ("市人大常委会办公室组织代表开展视察。", _ZHUZHOU + "办公室"),
    ("市人大监察和司法委员会主任委员李四带队对全市社区矫正工作开展调研。", "株洲市人民代表大会监察和司法委员会"),
    ("市人大常委会法工委对报送备案的32件规范性文件逐件进行审查。", _ZHUZHOU + "法制工作委员会"),
    ("市人大常委會預算工作委員會對全市預算執行情況開展調研。", _ZHUZHOU + "预算工作委员会"),
])
def test_a_committee_as_its_sentence_s_subject_conducts_its_work(facts_of, text: str, body: str) -> None:
    assert [a.conducted_by for a in facts_of(text, organ=_ZHUZHOU).activities] == [body]


@pytest.mark.parametrize("text", [
    "各县市区人大常委会同步开展《中华人民共和国消防法》执法检查。",
    "全市各县市区人大常委会同步开展《中华人民共和国消防法》执法检查。",
    "6月，各县市区人大常委会同步开展《中华人民共和国消防法》执法检查。",
])
def test_lower_congresses_as_a_set_conduct_their_work_not_the_publisher(text: str) -> None:
    doc = Document(text=text, source="t.txt", metadata={"organ": _ZHUZHOU})
    facts = extract(doc)
    assert [a.conducted_by for a in facts.activities] == ["株洲市各县市区人民代表大会常务委员会"]
    assert not list(build(doc, facts).graph.triples((None, OKG.conductedBy, None)))  # a set of bodies is no organ node


@pytest.mark.parametrize("text", [
    "镇人大主席团组织代表对全镇农村生活污水治理工作开展视察。",
    "镇人大主席团组织县、镇人大代表对全镇民生实事项目进行视察。",
    "鎮人大主席團組織代表對全鎮農村生活污水治理工作開展視察。",
])
def test_a_township_presidium_conducts_its_work(facts_of, text: str) -> None:
    assert [a.conducted_by for a in facts_of(text, organ=_TOWN).activities] == [_TOWN + "主席团"]


@pytest.mark.parametrize(("text", "organ"), [
    # the report's organ hearing the committee's report: its own hearing
    ("市人大常委会听取了市人民政府关于全市预算执行情况的报告。", _ZHUZHOU),
    # a committee chair leading the standing committee's inspection group: the committee's group (Supervision Law, Art. 22)
    ("省人大农业农村委主任委员杨秀彬率省人大常委会执法检查组到我市开展《中华人民共和国种子法》执法检查。",
     "四川省人民代表大会常务委员会"),
    ("省人大教科文卫委员会主任委员蒋泰维率食品安全执法检查组赴台州开展《中华人民共和国食品安全法》执法检查。",
     "浙江省人民代表大会常务委员会"),
    # a plenary work report delivered by the standing committee's chair: the congress's hearing (its publisher)
    ("受市人大常委会委托，市人大常委会主任张三向大会作常委会工作报告。", "株洲市人民代表大会"),
    # the body entrusting the work does not do it
    ("湖北省人大常委会委托市人大常委会对《中华人民共和国种子法》开展执法检查。", "宜昌市人民代表大会常务委员会"),
    # a page's furniture names no subject
    ("信息来源:市人大 阅读次数: 6月16日，市人大代表来到中兴镇开展视察。", _ZHUZHOU),
])
def test_the_report_s_organ_keeps_its_work(facts_of, text: str, organ: str) -> None:
    found = facts_of(text, organ=organ).activities
    assert found and all(a.conducted_by is None for a in found), [(a.type, a.conducted_by) for a in found]


@pytest.mark.parametrize("text", [
    "市人大常委会、市人大财经委联合市审计局开展预算联网监督调研。",
    "市人大常委会和市人大财经委会同市审计局开展预算联网监督调研。",
])
def test_a_body_listed_with_the_organ_is_its_partner_a_bureau_worked_with_assists(facts_of, text: str) -> None:
    found = [(a.conducted_by, a.jointly_with, a.assisted_by) for a in facts_of(text, organ=_ZHUZHOU).activities]
    assert found == [(None, ["株洲市人民代表大会财政经济委员会"], ["株洲市审计局"])]


@pytest.mark.parametrize("text", [
    "县人大常委会农业与农村工作委员会协助市人大常委会开展调研。",
    "县人大常委会农业与农村工作委员会配合市人大常委会开展调研。",
])
def test_the_committee_helping_another_body_is_the_one_assisting(facts_of, text: str) -> None:
    found = [(a.conducted_by, a.assisted_by) for a in facts_of(text, organ="通山县人民代表大会常务委员会").activities]
    assert found == [("咸宁市人民代表大会常务委员会", ["通山县人民代表大会常务委员会农业与农村工作委员会"])]


@pytest.mark.parametrize("text", [
    "会议听取和审议了市人民政府工作报告、市中级人民法院工作报告，审查批准了2024年计划和预算。",
    "株洲市第十六届人民代表大会第四次会议听取和审议了市人民政府工作报告，审查批准了2024年计划和预算。",
    "大会听取和审议了市人民政府工作报告，审查和批准了2023年预算执行情况和2024年预算。",
])
def test_a_session_s_approval_beside_its_reports_is_the_congress_s(facts_of, text: str) -> None:
    found = [(a.type, a.conducted_by) for a in facts_of(text, organ=_ZHUZHOU).activities]
    assert found and all(by == "株洲市人民代表大会" for _, by in found), found


_ANYANG = "安阳市人民代表大会常务委员会"
_TONGCHENG = "通城县人民代表大会常务委员会"


@pytest.mark.parametrize(("text", "helpers"), [
    ("林州市人大常委会、汤阴县人大常委会配合市人大常委会开展了《中华人民共和国文物保护法》执法检查，并分别听取了本级政府的专项工作报告。",
     ["林州市人民代表大会常务委员会", "汤阴县人民代表大会常务委员会"]),
    ("林州市人大常委会和汤阴县人大常委会积极配合市人大常委会对《中华人民共和国文物保护法》贯彻实施情况进行执法检查。",
     ["林州市人民代表大会常务委员会", "汤阴县人民代表大会常务委员会"]),
    ("6月，林州市人大常委会协助市人大常委会开展《中华人民共和国文物保护法》执法检查。", ["林州市人民代表大会常务委员会"]),
    ("滑县人大常委会主动配合市人大常委会，对《中华人民共和国消防法》贯彻实施情况开展执法检查。", ["滑县人民代表大会常务委员会"]),
])
def test_subjects_helping_the_organ_assist_its_work(facts_of, text: str, helpers: list[str]) -> None:
    """Bodies helping the report's organ (a first-time analyst, round 33: 林州、汤阴 配合市人大常委会 made 林州 conduct the
    city's inspection, 汤阴 its partner): the organ's inspection, the helpers assisting it."""
    inspection = next(a for a in facts_of(text, organ=_ANYANG).activities if a.type == "law_enforcement_inspection")
    assert (inspection.conducted_by, inspection.jointly_with, inspection.assisted_by) == (None, [], helpers)


def test_the_helpers_own_hearing_after_the_clause_stays_theirs(facts_of) -> None:
    text = "林州市人大常委会配合市人大常委会开展了《中华人民共和国文物保护法》执法检查，并听取了本级政府的专项工作报告。"
    review = next(a for a in facts_of(text, organ=_ANYANG).activities if a.type == "report_review")
    assert review.conducted_by == "林州市人民代表大会常务委员会"


@pytest.mark.parametrize(("text", "organ", "committee", "bureau"), [
    ("省人大教育科学文化卫生委员会和省教育厅联合开展学前教育专题调研。", "湖南省人民代表大会常务委员会",
     "湖南省人民代表大会教育科学文化卫生委员会", "湖南省教育厅"),
    ("县人大常委会财经工委和县审计局密切配合，切实加强了对被审计单位整改情况的跟踪监督。", "汉源县人民代表大会常务委员会",
     "汉源县人民代表大会常务委员会财政经济工作委员会", "汉源县审计局"),
    ("市人大常委会人事代表工作室与市政府办公室组成调查组，到11个代表建议办理现场进行实地察看。", "潍坊市人民代表大会常务委员会",
     "潍坊市人民代表大会常务委员会人事代表工作室", "潍坊市人民政府办公室"),
    ("省人大教科文卫委、省教育厅共同对全省学前教育工作开展调研。", "湖南省人民代表大会常务委员会",
     "湖南省人民代表大会教育科学文化卫生委员会", "湖南省教育厅"),
])
def test_a_committee_listed_with_a_bureau_conducts_the_bureau_assists(facts_of, text: str, organ: str, committee: str,
                                                                      bureau: str) -> None:
    """A congress body and a government's listed as the subjects (a first-time analyst, round 33: the 教育厅 overseen, the
    standing committee conducting): the committee conducts, the bureau assists, never overseen nor a partner."""
    found = [(a.conducted_by, a.jointly_with, a.assisted_by, a.overseen) for a in facts_of(text, organ=organ).activities]
    assert found == [(committee, [], [bureau], [])]


@pytest.mark.parametrize(("text", "organ", "partners"), [
    ("2024年4月16日，通城县人大常委会副主任陈刚带领检查组，会同崇阳县人大常委会检查组，对《中华人民共和国水污染防治法》在隽水河"
     "流域的贯彻实施情况开展联合执法检查。", _TONGCHENG, ["崇阳县人民代表大会常务委员会"]),
    ("县人大常委会副主任某某带队，联合崇阳县人大常委会执法检查组，对《中华人民共和国渔业法》贯彻实施情况开展执法检查。",
     _TONGCHENG, ["崇阳县人民代表大会常务委员会"]),
    ("制定“交流合作”清单，联合酉阳、花垣、松桃三地人大常委会，共同开展《中华人民共和国乡村振兴促进法》执法检查。",
     "秀山土家族苗族自治县人民代表大会常务委员会",
     ["酉阳土家族苗族自治县人民代表大会常务委员会", "花垣县人民代表大会常务委员会", "松桃苗族自治县人民代表大会常务委员会"]),
    ("4月，县人大常委会与崇阳县人大常委会调研组一道，对隽水河流域水污染防治工作开展专题调研。", _TONGCHENG,
     ["崇阳县人民代表大会常务委员会"]),
])
def test_a_partner_named_before_the_work_is_its_partner(facts_of, text: str, organ: str, partners: list[str]) -> None:
    """A partner or its group named after 会同/联合/与 in a clause before the work (a first-time analyst, round 33: 会同崇阳县
    人大常委会检查组 left jointly_with empty): the body, jointly with the report's organ."""
    found = [(a.conducted_by, a.jointly_with) for a in facts_of(text, organ=organ).activities]
    assert found == [(None, partners)]


@pytest.mark.parametrize(("text", "body"), [
    ("市人大常委会预算工作委员会对市直12个部门的预算执行情况开展了专项调查。", "信阳市人民代表大会常务委员会预算工作委员会"),
    ("市人大财经委组织开展专题调查，全面了解政府债务管理情况。", "信阳市人民代表大会财政经济委员会"),
    ("6月，市人大常委会预算工委就部门预算绩效管理进行专项调查。", "信阳市人民代表大会常务委员会预算工作委员会"),
])
def test_a_committee_s_own_inquiry_is_an_investigation_it_conducts(facts_of, text: str, body: str) -> None:
    """A committee's 专项调查 of departments' budget execution (a first-time analyst, round 33, class 4: no activity, the
    committee conducting nothing) is an investigation, the committee's."""
    found = [(a.type, a.conducted_by) for a in facts_of(text, organ="信阳市人民代表大会常务委员会").activities]
    assert found == [("investigation", body)]


@pytest.mark.parametrize("text", [
    "专项调查显示，全市部门预算执行率为92%。",
    "市审计局开展专项审计调查3项。",
    "今年开展的专项调查结果表明，部门预算执行率偏低。",
])
def test_an_inquiry_s_findings_report_or_an_audit_is_no_investigation(facts_of, text: str) -> None:
    found = [a.type for a in facts_of(text, organ="信阳市人民代表大会常务委员会").activities]
    assert "investigation" not in found, found


@pytest.mark.parametrize(("text", "organ", "each"), [
    ("林州市人大常委会、汤阴县人大常委会配合市人大常委会开展了《中华人民共和国文物保护法》执法检查，并分别听取了本级政府的专项工作报告。",
     _ANYANG, [("林州市人民代表大会常务委员会", ["林州市人民政府"]), ("汤阴县人民代表大会常务委员会", ["汤阴县人民政府"])]),
    ("孝南区人大常委会和汉川市人大常委会分别听取和审议了本级政府关于安全生产工作情况的报告。", "孝感市人民代表大会常务委员会",
     [("孝感市孝南区人民代表大会常务委员会", ["孝感市孝南区人民政府"]), ("汉川市人民代表大会常务委员会", ["汉川市人民政府"])]),
    ("6月，林州市人大常委会和滑县人大常委会还分别听取了同级人民政府关于文物保护工作情况的报告。", _ANYANG,
     [("林州市人民代表大会常务委员会", ["林州市人民政府"]), ("滑县人民代表大会常务委员会", ["滑县人民政府"])]),
])
def test_bodies_each_hearing_their_own_government_make_one_review_each(facts_of, text: str, organ: str,
                                                                        each: list[tuple[str, list[str]]]) -> None:
    """Several congress bodies each hearing their own level's government (a first-time analyst, round 33: one review, by
    the first body, of the city's government): one review per body, of its own government (ruling of round 6: one
    review per report heard)."""
    reviews = [(a.conducted_by, a.overseen, a.jointly_with) for a in facts_of(text, organ=organ).activities
               if a.type == "report_review"]
    assert reviews == [(body, overseen, []) for body, overseen in each]


def test_a_set_of_bodies_each_hearing_stays_one_review(facts_of) -> None:
    text = "各县（市、区）人大常委会分别听取了本级政府的专项工作报告。"
    assert len([a for a in facts_of(text, organ="孝感市人民代表大会常务委员会").activities if a.type == "report_review"]) == 1


def test_each_body_s_review_is_a_node_of_its_own() -> None:
    """The two reviews share their words: the graph keeps them apart by conductor (``iri.fact``'s discriminator), each
    conducted by its body and overseeing its own government, where one node had carried both."""
    text = "孝南区人大常委会和汉川市人大常委会分别听取和审议了本级政府关于安全生产工作情况的报告。"
    doc = Document(text=text, source="t.txt", metadata={"organ": "孝感市人民代表大会常务委员会"})
    graph = build(doc, extract(doc)).graph
    conducted = {str(node): str(body).rsplit("/", 1)[-1] for node, _, body in graph.triples((None, OKG.conductedBy, None))}
    oversaw = {str(node): str(body).rsplit("/", 1)[-1] for node, _, body in graph.triples((None, OKG.oversaw, None))}
    assert sorted((conducted[node], oversaw[node]) for node in conducted) == [
        ("孝感市孝南区人民代表大会常务委员会", "孝感市孝南区人民政府"), ("汉川市人民代表大会常务委员会", "汉川市人民政府")]
