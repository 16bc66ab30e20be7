"""Activities fresh text states in structures the rules missed (round 38, dev an odd files), each class in several
phrasings: what must be found and the near misses."""
import pytest

from tests.loaders.extract_helpers import kinds

COUNTY = "某某县人民代表大会常务委员会"


@pytest.mark.parametrize("text", [
    # a supervisory tour (督导) the congress or the deputies it organises make, told done (fresh an53, dev ak45
    # wordings, paraphrased), simplified and traditional
    "11月11日，八岔路镇人大组织临清市级人大代表检查督导食品安全及疫情防控工作。",
    "区人大常委会组成人员坚持每天深入四个社区开展疫情防控督导。",
    "镇人大主席团组织代表到各村督导秸秆禁烧工作。",
    "縣人大常委會組織代表開展校園安全專項督導。",
])
def test_a_supervisory_tour_is_an_other(facts_of, text: str) -> None:
    assert kinds(facts_of(text, COUNTY)) == ["other"]


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
    assert kinds(facts_of(text, COUNTY)) == expected


@pytest.mark.parametrize("text, expected", [
    # a photo's caption shows the event the article tells: one activity (fresh an21 wording, paraphrased), whatever
    # the credit's form
    ("联组会议现场。谭乃豪 摄\n主任主持会议并进行询问。谭乃豪 摄\n进行满意度测评。谭乃豪 摄\n"
     "12月26日下午，县人大常委会举行联组会议，就城市管理工作情况进行专题询问。随后，还就询问答复情况进行满意度测评。",
     ["special_inquiry", "satisfaction_evaluation"]),
    ("代表们实地视察农村公路建设。记者 王 欢 摄\n9月3日，县人大常委会组织部分代表视察农村公路建设情况。",
     ["site_visit"]),
    ("常委会组成人员开展专题询问。（本报记者王火炎摄）\n会上，县人大常委会就教育工作开展专题询问。",
     ["special_inquiry"]),
    # a picture's description (图为…) states no event of its own (dev v11 wording, paraphrased)
    ("5月9日，县人大常委会副主任率队赴县民政局督办“关于加快居家养老服务发展的建议”。图为副主任一行在社区居家养老服务中心视察。",
     ["other"]),
    ("县人大常委会组织代表视察农村饮水工程。圖為代表們在水廠視察。", ["site_visit"]),
    # near miss: a caption telling work the text tells nowhere else is its evidence (dev ad11)
    ("2023年，县人大常委会组建调研组，全面了解绿色交通发展情况。图为市民骑行。新京报记者 李木易 摄\n县人大常委会依法听取和审议专项工作报告。",
     ["investigation", "report_review"]),
])
def test_a_caption_shows_an_event_told(facts_of, text: str, expected: list[str]) -> None:
    assert sorted(kinds(facts_of(text, COUNTY))) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # an official chairing the sitting who then makes the report (fresh an01 wording, paraphrased): heard, as when
    # attending it first (出席会议并作…报告, round 25)
    ("栗战书委员长主持会议并作全国人大常委会执法检查组关于检查大气污染防治法实施情况的报告。",
     ["law_enforcement_inspection", "report_review"]),
    ("镇人大主席李明主持会议并作镇人大主席团工作报告。", ["report_review"]),
    ("县人大常委会主任主持会议并作关于代表建议办理情况的报告。", ["report_review"]),
    # near miss: chairing and speaking makes no report
    ("县人大常委会主任主持会议并讲话。", []),
])
def test_a_report_made_by_the_chair(facts_of, text: str, expected: list[str]) -> None:
    assert kinds(facts_of(text, COUNTY)) == expected


@pytest.mark.parametrize("text, expected", [
    # the people or units who follow suggestions up, named, tell no follow-up (fresh an45 wording, paraphrased)
    ("区人大常委会督办负责人分别进行了点评。", []),
    ("各督办责任人要加强与承办单位的沟通。", []),
    ("督办单位要及时掌握办理进度。", []),
    # near misses: the follow-up told, and a group formed for it that acts (dev h25)
    ("县人大常委会重点督办代表建议15件。", ["other"]),
    ("县人大常委会成立5个督办小组，督促各承办单位加快办理速度。", ["other"]),
])
def test_those_who_follow_up_suggestions(facts_of, text: str, expected: list[str]) -> None:
    assert kinds(facts_of(text, COUNTY)) == expected
