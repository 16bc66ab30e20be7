"""What an activity is about (``loaders.extract.subjects.subject_of``): the object its verb acts on, read before the
verb when a preposition sets it there (对, 就, 围绕, 针对, 聚焦), never the verb or where the work went."""
from __future__ import annotations

import pytest

from loaders.extract.subjects import subject_of


@pytest.mark.parametrize(("kind", "evidence", "subject"), [
    # a new user's sentences, and dev b06, a20, m04 as their reports say them
    ("special_inquiry", "就营商环境开展专题询问", "营商环境"),
    ("special_inquiry", "围绕乡村振兴开展专题询问", "乡村振兴"),
    ("special_inquiry", "就“加快发展数字经济”开展专题询问", "“加快发展数字经济”"),
    ("investigation", "针对食品安全问题进行专题调研", "食品安全问题"),
    ("investigation", "组织部分全国人大代表就国有林区改革开展了专题调研", "国有林区改革"),
    ("site_visit", "就草原生态建设与环境保护情况赴锡林郭勒盟进行了集体视察", "草原生态建设与环境保护"),
    ("other", "对区住房和城乡建设局开展工作评议", "区住房和城乡建设局"),
])
def test_the_object_set_before_the_verb_is_the_subject(kind: str, evidence: str, subject: str) -> None:
    assert subject_of(kind, evidence, []) == subject


def test_a_laws_topic_is_the_subject_of_work_on_it() -> None:
    assert subject_of("law_enforcement_inspection", "就湿地保护法开展执法检查", ["中华人民共和国湿地保护法"]) == "湿地保护"


@pytest.mark.parametrize(("evidence", "subject"), [
    # a list of topics in one report's title keeps them all (a new user's reports kept the first only)
    ("听取和审议县政府关于农村饮用水安全保障工作、竹产业高质量发展情况的报告", "农村饮用水安全保障工作、竹产业高质量发展"),
    ("听取和审议市政府关于科技创新工作、养老服务体系建设情况的报告", "科技创新工作、养老服务体系建设"),
    ("听取和审议市政府关于科技创新工作情况的报告", "科技创新"),
])
def test_a_titles_list_of_topics_is_the_subject_whole(evidence: str, subject: str) -> None:
    assert subject_of("report_review", evidence, []) == subject
