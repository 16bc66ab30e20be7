"""Activities fresh text states in structures the rules missed (round 38, dev an odd files), each class in several
phrasings: what must be found and the near misses."""
import pytest

COUNTY = "某某县人民代表大会常务委员会"


def _kinds(facts_of, text: str) -> list[str]:
    return [a.type for a in facts_of(text, COUNTY).activities]


@pytest.mark.parametrize("text", [
    # a supervisory tour (督导) the congress or the deputies it organises make, told done (fresh an53, dev ak45
    # wordings, paraphrased), simplified and traditional
    "11月11日，八岔路镇人大组织临清市级人大代表检查督导食品安全及疫情防控工作。",
    "区人大常委会组成人员坚持每天深入四个社区开展疫情防控督导。",
    "镇人大主席团组织代表到各村督导秸秆禁烧工作。",
    "縣人大常委會組織代表開展校園安全專項督導。",
])
def test_a_supervisory_tour_is_an_other(facts_of, text: str) -> None:
    assert _kinds(facts_of, text) == ["other"]


@pytest.mark.parametrize("text, expected", [
    # a tour named as the second of two works under one verb (fresh an23 wording, paraphrased): two activities
    ("市人大常委会主任率执法检查组，开展《德阳市文明行为促进条例》执法检查和履职监督加强创城工作督导。",
     ["law_enforcement_inspection", "other"]),
    ("县人大常委会开展农村公路建设情况视察和安全生产工作督导。", ["site_visit", "other"]),
    # near misses: a study that supervises is the study (dev y09), a group's name is no tour
    ("省人大监察司法委副主任委员率调研组赴眉山对法律援助项目开展调研督导。", ["investigation"]),
    ("县人大常委会成立督导组。", []),
])
def test_a_tour_beside_other_work(facts_of, text: str, expected: list[str]) -> None:
    assert _kinds(facts_of, text) == expected
