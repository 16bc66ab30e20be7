"""One grammar for every route: the listing envelope, filters in either language (the
ontology's zh/en labels), 422 listing the valid values, and ids that work pasted back.

The envelope, the reading of a filter's words and the refusals are the routes' and ``api.params``', above the store:
those tests read the embedded samples (``EMBEDDED_ONLY``, round 50), and each listing's store query runs on Neo4j in
its own module (``test_routes_laws``, ``_activity_semantics``, ``_organ_names``, ``_places``, ``_entities`` for
/search and /paths, ``_activity_semantics`` for a timeline; ``tests/graph/test_analytics`` for centrality). The ids pasted
back are each store's, so that test reads both."""
from __future__ import annotations

from typing import Any

import pytest

from api_helpers import EMBEDDED_ONLY, WETLAND, Api

LISTINGS = ["/laws", "/coverage", "/activities", "/organs", "/statistics", "/reports", "/analytics/centrality",
            "/search?q=法", f"/laws/{WETLAND}/timeline", f"/paths?from={WETLAND}&to=law/中华人民共和国森林法"]


@EMBEDDED_ONLY
@pytest.mark.parametrize("path", LISTINGS)
def test_every_listing_has_one_envelope(api: Api, path: str) -> None:
    page = api.client.get(path + ("&" if "?" in path else "?") + "limit=3").json()
    assert {"total", "limit", "offset", "items"} <= page.keys(), page
    assert isinstance(page["items"], list) and page["total"] >= len(page["items"])


@EMBEDDED_ONLY
@pytest.mark.parametrize(("zh", "en", "label", "written"), [
    ("执法检查", "LawEnforcementInspection", "law-enforcement inspection", ["執法檢查", "law_enforcement_inspection"]),
    ("专题询问", "SpecialInquiry", "Special inquiry", ["專題詢問", "special_inquiry", "ＳｐｅｃｉａｌＩｎｑｕｉｒｙ"])])
def test_kind_in_either_language(api: Api, zh: str, en: str, label: str, written: list[str]) -> None:
    by_name = api.get("/activities", kind=en, limit=1000)
    assert by_name == api.get("/activities", kind=zh, limit=1000) == api.get("/activities", kind=label, limit=1000)
    assert all(en in row["types"] for row in by_name["items"])
    # traditional script, full width and the Facts' type names are the same kind, as /search reads them
    assert all(api.get("/activities", kind=form, limit=1000) == by_name for form in written)
    assert api.get("/statistics", measure=written[0], limit=1000) == api.get("/statistics", measure=zh, limit=1000)


@EMBEDDED_ONLY
@pytest.mark.parametrize(("short", "label"), [("调研", "专题调研"), ("調研", "专题调研"), ("专项工作报告", "听取和审议专项工作报告"),
                                           ("预算审查", "预算决算审查"), ("决算审查", "预算决算审查")])
def test_kind_by_the_short_word_reports_use(api: Api, short: str, label: str) -> None:
    """The ontology's zh altLabel of a kind is a name of it, as its label is (a first-time analyst, round 29:
    kind=调研 was refused, only 专题调研 taken, though 调研 is the reports' own word)."""
    by_label = api.get("/activities", kind=label, limit=1000)
    assert by_label["total"] > 0 and api.get("/activities", kind=short, limit=1000) == by_label


@EMBEDDED_ONLY
def test_level_in_either_language_and_as_stated(api: Api) -> None:
    for zh, en, label in (("法律", "NationalLaw", "法律"), ("地方性法规", "LocalRegulation", "地方性法规"),
                          ("决定", "LegalDecision", "法律性决定")):  # a class's label need not be its stated level
        rows = api.get("/laws", law_level=en, limit=1000)
        assert rows["total"] > 0 and rows == api.get("/laws", law_level=zh, limit=1000)
        assert rows == api.get("/laws", law_level=label, limit=1000)
        assert all(law["law_level"] == zh for law in rows["items"])
        assert api.get("/coverage", law_level=en, limit=5) == api.get("/coverage", law_level=zh, limit=5)
    stated = {law["law_level"] for law in api.get("/coverage", limit=1000)["items"] if law["law_level"]}
    for level in stated:  # every level the API shows is accepted back
        assert api.get("/coverage", law_level=level, limit=1)["total"] > 0


@pytest.mark.parametrize(("path", "params", "listed"), [
    ("/activities", {"kind": "Inspection"}, "执法检查 (LawEnforcementInspection)"),
    ("/laws", {"law_level": "LocalRegulations"}, "地方性法规 (LocalRegulation)"),
    ("/coverage", {"law_level": "国家法"}, "法律 (NationalLaw)"),
    ("/coverage", {"category": "没有这类"}, "valid values:"),
    ("/laws", {"organ": "新洲区"}, "jurisdiction=新洲区"),
    ("/laws", {"organ": "火星人大"}, "no organ"),
    ("/search", {"q": "法", "type": "Foo"}, "type: unknown value 'Foo'; valid values: AdministrativeArea (行政区域)"),
    (f"/entities/{WETLAND}/neighbors", {"types": "Law,Agency"}, "types: unknown value 'Agency'"),
    # an IRI of nothing stored, or of another kind, filters nothing (a fresh user's round 21: total 0 answered)
    ("/activities", {"law": WETLAND[:-1]}, "is in no report of this store, no Law"),
    ("/laws", {"organ": "organ/武汉市新洲区人民代表大会常务委员"}, "is in no report of this store, no Organ"),
    ("/activities", {"organ": WETLAND}, "no Organ; GET /search?type=Organ"),
])
@EMBEDDED_ONLY
def test_unknown_values_are_422_listing_the_valid_ones(api: Api, path: str, params: dict[str, str],
                                                       listed: str) -> None:
    assert listed in api.get(path, 422, **params)["detail"]


@EMBEDDED_ONLY
def test_a_type_in_any_case_is_the_ontology_class(api: Api) -> None:
    found = api.get("/search", q="法", type="law", limit=5)
    assert found == api.get("/search", q="法", type="Law", limit=5) and found["total"] > 0
    assert found == api.get("/search", q="法", type="法律法规", limit=5)  # its zh label, as other filters take
    organs = api.get("/search", q="人大", type="机关", limit=5)
    assert organs == api.get("/search", q="人大", type="Organ", limit=5) and organs["total"] > 0
    assert all("Law" in hit["types"] for hit in found["items"])


@EMBEDDED_ONLY
def test_an_organ_by_a_part_of_its_name_only_it_holds(api: Api) -> None:
    labels = [o["label"] for o in api.get("/organs", limit=1000)["items"]]
    inspecting = {name for law in api.get("/laws", inspected="true", limit=1000)["items"] for name in law["organs"]}
    name, part = next((name, name[1:]) for name in sorted(inspecting)
                      if sum(name[1:] in label for label in labels) == 1)
    by_part = api.get("/laws", organ=part, limit=1000)
    assert by_part["total"] > 0 and by_part == api.get("/laws", organ=name, limit=1000)


def _returned_ids(api: Api) -> dict[str, set[str]]:
    """Every report and entity id the listings hand out."""
    reports: set[str] = set()
    entities: set[str] = set()
    for law in api.get("/laws", limit=1000)["items"]:
        entities.add(law["iri"])
        for evidence in law["evidence"]:
            reports.add(evidence["report"])
            entities.add(evidence["activity"])
    for row in api.get("/activities", limit=1000)["items"]:
        reports.add(row["report"])
        entities.update([row["iri"], *row["laws"], *row["organs"], *row["overseen"]])
    reports.update(r["iri"] for r in api.get("/reports", limit=1000)["items"])
    entities.update(s["iri"] for s in api.get("/statistics", limit=1000)["items"])
    entities.update(o["iri"] for o in api.get("/organs", limit=1000)["items"])
    return {"reports": reports - {None}, "entities": entities - {None}}  # type: ignore[arg-type]


def test_every_id_works_pasted_back(api: Api) -> None:
    ids = _returned_ids(api)
    assert len(ids["reports"]) > 5 and len(ids["entities"]) > 100
    failed: list[Any] = []
    for report in ids["reports"]:
        # pasted as it is into the path: the server sees it percent-decoded
        for path in (f"/reports/{report}", f"/entities/{report}"):
            answer = api.client.get(path)
            if answer.status_code != 200 or answer.json()["iri"] != report:
                failed.append((path, answer.status_code))
    for entity in ids["entities"]:
        answer = api.client.get(f"/entities/{entity}")
        if answer.status_code != 200:
            failed.append((entity, answer.status_code))
    assert not failed, failed[:5]


@EMBEDDED_ONLY
def test_the_ontology_labels_properties_in_both_languages(api: Api) -> None:
    properties = {p["name"]: p for p in api.get("/ontology")["properties"]}
    assert properties["concernsLaw"]["label_zh"] and properties["concernsLaw"]["label_en"]
    assert properties["inForceFrom"]["label_zh"]


@EMBEDDED_ONLY
def test_an_unknown_query_parameter_is_refused_naming_the_known_ones(api: Api) -> None:
    detail = api.get("/activities", 422, area="湖北省")["detail"]
    assert detail.startswith("area: /activities has no such query parameter") and "jurisdiction" in detail
    assert api.get("/laws", 422, inspceted="true")["detail"].startswith("inspceted:")
    assert api.get("/activities", jurisdiction="湖北省")["total"] > 0
