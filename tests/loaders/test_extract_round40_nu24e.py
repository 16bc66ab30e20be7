"""A first-time analyst's extraction findings of round 40 (newuser24), each a class.

- §3: a special inquiry told as an event opening (…为切入点的首场专题询问评议会在县人大常委会委员的提问下拉开了帷幕) is an
  inquiry, not a means named (not-activities.csv's 以…为切入点 row) nor an appraisal of the organs after 评议会
  (activity-triggers.csv's 评议 row), conducted by the congress body whose members ask (loaders/extract/conductors.py
  ``askers``); its evidence is the sentence telling the event, a later one telling its form being the same event.

Sentences are written for this test in the genre's style, simplified and traditional.
"""
from __future__ import annotations

import pytest

from loaders.document import Document
from loaders.extract import extract
from loaders.facts import Facts
from tests.loaders.extract_helpers import kinds

SHIQUAN = "石泉县人民代表大会常务委员会"
ANKANG = "安康市人民代表大会常务委员会"


def _facts(text: str, organ: str | None) -> Facts:
    return extract(Document(text=text, source="test", metadata={"organ": organ} if organ else {}))


@pytest.mark.parametrize("opening", [
    "近日，石泉县以“依法治县促发展惠民生”为切入点的首场专题询问评议会在县人大常委会委员的提问下拉开了帷幕。",
    "3月12日，石泉县以优化营商环境为突破口的专题询问会在县人大常委会组成人员的提问中开场。",
    "石泉县以民生实事为抓手的专题询问会，在县人大常委会部分组成人员和人大代表的询问下举行。",
    "近日，石泉縣以“依法治縣”為切入點的首場專題詢問評議會在縣人大常委會委員的提問下拉開了帷幕。",
])
@pytest.mark.parametrize("organ", [None, ANKANG])
def test_an_inquiry_opening_is_the_asking_body_s(opening: str, organ: str | None) -> None:
    text = opening + "专题询问会以一问一答的形式进行，县政府及15个部门负责人到会回答询问。"
    facts = _facts(text, organ)
    assert kinds(facts) == ["special_inquiry"]
    inquiry = facts.activities[0]
    assert inquiry.evidence in opening and "专题询问会以一问一答" not in inquiry.evidence
    assert inquiry.conducted_by == SHIQUAN


@pytest.mark.parametrize("text", [
    "石泉县以“依法治县”为切入点的专题询问会在县人大常委会委员的提问下拉开了帷幕。",
    "县人大常委会以食品安全为切入点的专题询问会在常委会组成人员的提问下举行。",
])
def test_the_report_s_own_inquiry_names_no_conductor(text: str) -> None:
    facts = _facts(text, SHIQUAN)
    assert kinds(facts) == ["special_inquiry"]
    assert facts.activities[0].conducted_by is None


@pytest.mark.parametrize("text", [
    # near-misses: the kind named as the lever stays no event; a meeting appraising bodies it names stays an appraisal
    "县人大常委会以专题询问为切入点，推动民生实事落实。",
    "县人大常委会以执法检查为抓手的监督工作取得实效。",
])
def test_a_kind_named_as_the_means_is_no_inquiry(text: str) -> None:
    assert kinds(_facts(text, SHIQUAN)) == []


def test_an_appraisal_of_named_bodies_stays() -> None:
    facts = _facts("县人大常委会组织代表评议县教体局工作。", SHIQUAN)
    assert kinds(facts) == ["other"]
