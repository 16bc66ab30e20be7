"""Statistics a first-time analyst found misread (round 38, newuser22 §2), each class in several phrasings written for
it (simplified and traditional), with the near misses that stay: agenda items counted after a verb of arranging, one
figure restated with the nouns it lists, the stages of a work counted in words, areas a work covered, and the
reports and inquiries an inquiry counts."""
from __future__ import annotations

import pytest

from loaders.document import Document
from loaders.extract import extract
from loaders.facts import Statistic


def _stats(text: str) -> list[Statistic]:
    doc = Document(text=text, source="t.txt", metadata={"organ": "某某市人民代表大会常务委员会", "year": "2023"})
    return extract(doc).statistics


def _classes(text: str) -> dict[float, str | None]:
    return {stat.value: stat.measure_class for stat in _stats(text)}


@pytest.mark.parametrize("text, value", [
    # a count after a verb of arranging counts the noun after it: agenda items, no deputies' suggestions
    ("主任会议建议安排5项议程：1.审议人事任免事项；2.听取和审议市政府关于优化营商环境工作情况的报告。", 5),
    ("会议建议安排6项议程，提请常委会第十次会议审议。", 6),
    ("會議建議安排7項議程。", 7),
])
def test_agenda_items_arranged_are_no_suggestions(text: str, value: int) -> None:
    assert _classes(text)[value] == "agenda_items"


@pytest.mark.parametrize("text, value, expected", [
    # near misses: items of oversight arranged keep their class, suggestions counted stay suggestions
    ("今年常委会共安排20项监督议题。", 20, "oversight_items"),
    ("大会期间代表共提出建议156件。", 156, "suggestions_received"),
])
def test_other_counts_after_arranging_keep_their_class(text: str, value: int, expected: str) -> None:
    assert _classes(text)[value] == expected


@pytest.mark.parametrize("text", [
    # one figure told again with the nouns it lists (批评、建议和意见): one statistic
    "市人大二次会议期间，代表们共提出建议133件。常委会及时向市政府交办。到10月中旬，代表提出的133件批评、建议和意见，全部办理完毕。",
    "大会期间代表共提出建议248件。年底前，代表提出的248件建议、批评和意见均已办结。",
    "闭会期间代表提出意见56件。常委会督促承办单位办理，56件批评、建议和意见已全部答复代表。",
    "代表們共提出建議133件。到10月中旬，代表提出的133件批評、建議和意見，全部辦理完畢。",
])
def test_a_figure_restated_with_its_nouns_listed_is_one(text: str) -> None:
    values = [stat.value for stat in _stats(text)]
    assert len(values) == len(set(values)) == 1


@pytest.mark.parametrize("text, expected", [
    # near misses: verbs listed after the noun name no other noun (深入24个政府部门听意见、查情况: dev p33), and a
    # figure of another noun stays
    ("对24个区政府工作部门的履职情况进行了满意度测评。为全面掌握情况，组成调研组深入24个政府部门听意见、查情况。", 2),
    ("代表共提出建议133件。常委会收到群众来信133件、来访和电话反映若干。", 2),
])
def test_figures_of_other_nouns_stay(text: str, expected: int) -> None:
    assert len(_stats(text)) == expected


@pytest.mark.parametrize("text", [
    # the stages of a work counted in words after a verb (检查, 调研, 视察): its plan, no statistic (uncounted-nouns.csv)
    "此次执法检查分为准备、自查、检查三个阶段进行。",
    "本次视察按照动员部署、实地察看、集中视察三个环节进行。",
    "专题调研分前期准备、深入调研两个阶段开展。",
    "此次執法檢查分為準備、自查、檢查三個階段進行。",
])
def test_stages_counted_in_words_are_no_statistic(text: str) -> None:
    assert _stats(text) == []


def test_groups_beside_stages_stay() -> None:
    text = "县人大常委会组成两个执法检查组。此次执法检查分为准备、自查、检查三个阶段进行。"
    assert _classes(text) == {2: "inspection_groups"}


@pytest.mark.parametrize("text, value", [
    # areas a work covered, counted beside the activity: no summary count of its kind (measure) either
    ("市人大常委会委托九龙坡等5个区县(自治县)人大常委会对《重庆市物业管理条例》等5部地方性法规开展执法检查。", 5),
    ("省人大常委会委托6个设区市人大常委会同步开展执法检查。", 6),
    ("市人大常委会委托4个区人大常委会对《某某市养老服务条例》开展执法检查。", 4),
])
def test_areas_a_work_covered_have_no_kind(text: str, value: int) -> None:
    stat = next(s for s in _stats(text) if s.value == value and s.unit == "个")
    assert (stat.measure_class, stat.kind) == ("areas_covered", None)


@pytest.mark.parametrize("text, value, expected", [
    # the reports an inquiry was held on: reports, no questions asked
    ("今年，全国人大常委会对“一府两院”三个报告同时开展专题询问。", 3, "report_review"),
    ("常委会会议对两个报告进行专题询问。", 2, "report_review"),
    # inquiries held told without 专题, or as cases: inquiries, no questions asked
    ("2010年全国人大常委会开展了三次询问，针对的都是工作报告。", 3, "special_inquiry"),
    ("全年常委会共举行询问2次。", 2, "special_inquiry"),
    ("本书收录全国人大常委会专题询问的37个案例。", 37, "special_inquiry"),
    ("本書收錄全國人大常委會專題詢問的37個案例。", 37, "special_inquiry"),
])
def test_inquiries_and_their_reports_are_no_questions(text: str, value: int, expected: str) -> None:
    assert _classes(text)[value] == expected


@pytest.mark.parametrize("text, value", [
    # near misses: questions asked stay questions
    ("询问会上，委员们共提出问题10个。", 10),
    ("常委会组成人员共提出14个问题。", 14),
])
def test_questions_asked_stay(text: str, value: int) -> None:
    assert _classes(text)[value] == "questions_asked"
