"""A first-time analyst's extraction findings, round 42 (newuser27 §2–6): each a class, tested on sentences written for
this file in the genre's style (simplified and traditional), none copied from the analyst's reports or dev files.
"""
from __future__ import annotations

import pytest
from rdflib import RDF, RDFS

from loaders.build import build
from loaders.build.report import _first_line
from loaders.document import Document
from loaders.extract import extract
from loaders.facts import Facts
from ontology import OKG

CITY = "安康市人民代表大会常务委员会"


def _facts(text: str, year: str = "2023", organ: str = CITY, level: str = "city") -> Facts:
    """The facts of ``text`` written by ``organ`` in ``year``."""
    return extract(Document(text=text, source="test.txt", metadata={"organ": organ, "level": level, "year": year}))


# §2: kinds of work named inside a meeting's name, an instruction to the groups doing them, or a time clause: no visit held
@pytest.mark.parametrize("text", [
    "8月12日，市人大常委会召开视察调研执法检查动员会，对下半年工作进行安排。",
    "10月9日，市人大常委會召開視察評議動員會。",
    "6月3日，市人大常委会召开调研视察部署会。",
    "县人大常委会举行执法检查和视察动员大会。",
    "各视察调研组和执法检查组以及市政府有关工作部门要按照工作方案，认真做好各项准备。",
    "市人大各視察調研(檢查)組和有關部門要嚴格按照方案，把工作做實。",
    "视察调研（检查）和执法检查前，各组要组织学习有关法律法规。",
    "執法檢查和視察前，檢查組組織學習了有關法律法規。",
    "视察调研和执法检查期间，各组分别听取了汇报。",
])
def test_kinds_named_in_a_meeting_an_instruction_or_a_time_state_no_activity(text: str) -> None:
    assert _facts(text).activities == []


@pytest.mark.parametrize(("text", "kind"), [
    ("5月16日，市人大常委会召开《中华人民共和国种子法》执法检查动员会。", "law_enforcement_inspection"),
    ("市人大常委会召开视察调研动员会后，6月12日，视察组深入旬阳市视察了乡村道路建设情况。", "site_visit"),
    ("市人大常委会各视察组深入各县区，视察了农村饮水安全工作。", "site_visit"),
])
def test_the_work_told_with_its_object_beside_such_words_stays(text: str, kind: str) -> None:
    assert [act.type for act in _facts(text).activities] == [kind]


# §3: a topic's group of laws in quotes of any kind, either script, counts the topic's national law; the subject is the
# work, not the body a relative clause names first
@pytest.mark.parametrize(("text", "law"), [
    ('市人大常委会开展大气污染防治"一法一条例"执法检查。', "中华人民共和国大气污染防治法"),
    ("市人大常委會開展水污染防治'一法兩條例'執法檢查。", "中华人民共和国水污染防治法"),
    ("檢查組到平利縣，就固體廢物污染環境防治『一法一條例』在我市的貫徹實施情況開展檢查。", "中华人民共和国固体废物污染环境防治法"),
    ("市人大常委会对土壤污染防治＂一法一条例＂贯彻实施情况开展执法检查。", "中华人民共和国土壤污染防治法"),
    ("市人大常委会开展固体废物污染环境防治“一法一条例”执法检查。", "中华人民共和国固体废物污染环境防治法"),
])
def test_a_topics_law_group_in_any_quotes_names_the_national_law(text: str, law: str) -> None:
    (act,) = _facts(text).activities
    assert (act.type, act.laws) == ("law_enforcement_inspection", [law])
    assert law in {m.canonical for m in _facts(text).laws if m.inspected}


@pytest.mark.parametrize(("text", "subject"), [
    ('执法检查组到平利县，就省人大常委会开展的三项联动监督工作和大气污染防治"一法一条例"在我市的贯彻实施情况开展监督检查。',
     "大气污染防治"),
    ("執法檢查組到旬陽市，就省人大常委會開展的三項聯動監督工作在我市的貫徹實施情況開展監督檢查。", "省人大常委会开展的三项联动监督工作"),
    ("市人大常委会对省政府开展的营商环境整治工作进行了视察。", "省政府开展的营商环境整治"),
    ("市人大常委会对“一府两院”工作开展的专题询问活动取得实效。", "“一府两院”"),
])
def test_the_subject_is_the_work_not_the_body_a_relative_clause_names(text: str, subject: str) -> None:
    assert [act.subject for act in _facts(text).activities] == [subject]


# §6: a photograph's caption ending with its credit is no title, whoever took it and however the name is spaced
@pytest.mark.parametrize(("text", "title"), [
    ("昨日下午，市五届人大二次会议举行第二次全体会议本报记者王欢李华摄\n本报讯(记者赵敏)昨日下午，市五届人大二次会议举行第二次全体会议。",
     "市五届人大二次会议举行第二次全体会议。"),
    ("執法檢查組在旬陽市檢查污水處理廠。通訊員 張 偉 攝\n市人大常委會開展水污染防治法執法檢查\n6月3日，市人大常委會開展執法檢查。",
     "市人大常委會開展水污染防治法執法檢查"),
    ("视察组在平利县察看项目建设情况（本报记者 刘洋 摄）\n市人大常委会视察重点项目建设\n9月5日，市人大常委会组织视察。",
     "市人大常委会视察重点项目建设"),
    ("联组会议现场。周立新 摄\n市人大常委会就大气污染防治工作开展专题询问\n11月2日，市人大常委会举行联组会议。",
     "市人大常委会就大气污染防治工作开展专题询问"),
])
def test_a_caption_with_its_credit_is_no_title(text: str, title: str) -> None:
    assert _first_line(text) == title


def test_a_title_about_filming_stays_a_title() -> None:
    assert _first_line("市人大常委会组织代表视察影视拍摄基地\n5月2日，市人大常委会组织代表视察。") == "市人大常委会组织代表视察影视拍摄基地"


# §4: a review's label says no more than the text: a report heard only (听取了…) is labelled heard, one the text says
# was reviewed keeps the class's label
@pytest.mark.parametrize(("text", "labels"), [
    ("会议听取了县政府关于《中华人民共和国森林法》执法检查报告审议意见落实情况的报告。", {"听取报告"}),
    ("會議聽取了縣政府關於全縣教育工作情況的報告、關於醫療保障工作情況的報告。", {"听取报告"}),
    ("会议听取并审议了县政府关于政府债务管理情况的专项报告；听取了县政府关于养老服务工作情况的报告。",
     {"听取和审议专项工作报告", "听取报告"}),
    ("县人大常委会第十次会议听取了县人民法院关于《行政诉讼案件审理工作》情况的报告。", {"听取报告"}),
    ("会议听取和审议了县政府关于安全生产工作情况的报告。", {"听取和审议专项工作报告"}),
    ("会议对县政府关于教育工作情况的报告进行了审议。", {"听取和审议专项工作报告"}),
])
def test_a_reviews_label_says_no_more_than_its_words(text: str, labels: set[str]) -> None:
    doc = Document(text=text, source="r.txt", metadata={"organ": "平利县人民代表大会常务委员会", "level": "county",
                                                         "year": "2025"})
    g = build(doc, extract(doc)).graph
    got = {str(label).split(" · ")[0] for node in g.subjects(RDF.type, OKG.WorkReportReview)
           for label in g.objects(node, RDFS.label) if label.language == "zh"}
    assert got == labels


# §5: officials of several organs making their work reports in turn at a plenary: one review per report, each of its organ
@pytest.mark.parametrize(("text", "overseen"), [
    ("市五届人大二次会议举行第二次全体会议，市人大常委会副主任李明、市中级人民法院院长王强、市人民检察院检察长赵红先后登台，作工作报告。",
     [["安康市人民代表大会常务委员会"], ["安康市中级人民法院"], ["安康市人民检察院"]]),
    ("市五屆人大二次會議舉行第二次全體會議，市中院院長王強、市檢察院檢察長趙紅依次作工作報告。",
     [["安康市中级人民法院"], ["安康市人民检察院"]]),
    ("市五届人大二次会议举行第二次全体会议，市人大常委会主任张华、市中级人民法院院长王强分别作了工作报告。",
     [["安康市人民代表大会常务委员会"], ["安康市中级人民法院"]]),
    ("市五届人大二次会议举行第二次全体会议，市人大常委会主任张华，市中级人民法院院长王强，市人民检察院检察长赵红相继登台作工作报告。",
     [["安康市人民代表大会常务委员会"], ["安康市中级人民法院"], ["安康市人民检察院"]]),
])
def test_officials_making_work_reports_in_turn_are_one_review_each(text: str, overseen: list[list[str]]) -> None:
    reviews = [act for act in _facts(text).activities if act.type == "report_review"]
    assert [act.overseen for act in reviews] == overseen
    assert {act.conducted_by for act in reviews} == {"安康市人民代表大会"}


def test_one_official_making_the_work_report_stays_one_review() -> None:
    text = "市五届人大二次会议举行第二次全体会议，市中级人民法院院长王强作工作报告。"
    assert [act.overseen for act in _facts(text).activities] == [["安康市中级人民法院"]]
