"""One vocabulary for the filters' values and refusals that list it (round 49, newuser34 B8): ``kind=听取报告`` (the
README's and ``/activities`` labels' word for a report only heard) names the class those rows belong to; ``law_level``
takes English words as ``level`` does (``national``, ``law``, ``local`` …) beside its zh labels and class names; every
refusal lists the values taken, words included; a page's ``limit`` names one range, the true one. On both stores."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient


def _items(client: TestClient, path: str, **params: str) -> list[str]:
    answer = client.get(path, params={**params, "limit": "1000"})
    assert answer.status_code == 200, answer.text
    return sorted(row["iri"] for row in answer.json()["items"])


@pytest.mark.parametrize("words", [
    ("法律", "NationalLaw", "national law", "law", "national", "LAW"),
    ("地方性法规", "LocalRegulation", "local regulation", "local", "地方性法規"),
])
def test_a_law_level_is_asked_by_any_of_its_words(client: TestClient, words: tuple[str, ...]) -> None:
    first = _items(client, "/laws", law_level=words[0])
    assert first, f"no {words[0]} in the sample store"
    for word in words[1:]:
        assert _items(client, "/laws", law_level=word) == first, word
        assert client.get("/coverage", params={"law_level": word, "limit": "1"}).json()["total"] > 0, word


@pytest.mark.parametrize("word", ["听取报告", "聽取報告", "report heard", "听取和审议工作报告"])
def test_the_words_a_review_is_labelled_by_name_its_kind(client: TestClient, word: str) -> None:
    assert _items(client, "/activities", kind=word) == _items(client, "/activities", kind="WorkReportReview")


@pytest.mark.parametrize(("path", "params", "listed"), [
    ("/laws", {"law_level": "statute"}, ["法律 (NationalLaw): law, national", "地方性法规 (LocalRegulation): local"]),
    ("/coverage", {"law_level": "national-ish"}, ["法律 (NationalLaw): law, national"]),
    ("/activities", {"kind": "heard"}, ["执法检查 (LawEnforcementInspection)", "(WorkReportReview): 听取报告"]),
])
def test_a_refusal_lists_every_word_taken(client: TestClient, path: str, params: dict[str, str],
                                          listed: list[str]) -> None:
    answer = client.get(path, params=params)
    assert answer.status_code == 422 and all(words in answer.json()["detail"] for words in listed), answer.text


@pytest.mark.parametrize("path", ["/laws", "/activities", "/reports"])
def test_a_page_limit_names_one_range_below_and_above(client: TestClient, path: str) -> None:
    said = [client.get(path, params={"limit": limit}).json()["detail"] for limit in ("0", "100000")]
    assert all("allowed range: 1–1000" in detail for detail in said), said
    assert not any("100000;" in detail.split("value")[-1] or "1–100000" in detail for detail in said), said
