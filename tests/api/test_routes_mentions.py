"""Every mention of a law or an organ is a node with its words, offsets and report (issue 11),
and /entities shows it as evidence, on both stores."""
from __future__ import annotations

from api_helpers import Api, path_id

LOCAL_LAW = "law/湖北省乡镇人民代表大会工作条例"  # named once in the seed report (乡镇人大工作条例), never in an activity


def _text_at(api: Api, report: str, start: int, end: int) -> str:
    return api.get(f"/reports/{path_id(report)}")["text"][start:end]


def test_a_mentioned_law_shows_where_the_report_names_it(api: Api) -> None:
    law = api.get(f"/entities/{LOCAL_LAW}")
    assert law["evidence"], "a law the seed report names has its mention as evidence"
    for item in law["evidence"]:  # the words, in the sentence they stand in (round 50, newuser35 B8)
        assert item["words"] == "湖北省乡镇人大工作条例" and item["words"] in item["text"] != item["words"]
        assert _text_at(api, item["report"], item["start"], item["end"]) == item["text"]
    mention = api.get(f"/entities/{path_id(law['evidence'][0]['iri'])}")
    assert "Mention" in mention["types"]
    assert {(r["type"], r["direction"], r["iri"]) for r in mention["relations"]} >= {
        ("mentionOf", "out", law["iri"]), ("statedIn", "out", law["evidence"][0]["report"])}


def test_a_mentioned_organ_shows_its_mentions(api: Api) -> None:
    seed = next(r["iri"] for r in api.get("/reports", limit=100)["items"] if "新洲" in (r["title"] or ""))
    spans = api.get(f"/reports/{path_id(seed)}")["spans"]
    mentions = [s for s in spans if "Mention" in s["types"]]
    organ = None
    for span in mentions:
        named = [r["iri"] for r in api.get(f"/entities/{path_id(span['iri'])}")["relations"]
                 if r["type"] == "mentionOf" and "Organ" in r["types"]]
        if named:
            organ, words = named[0], span["text"]
            break
    assert organ is not None, "the seed report names organs"
    evidence = api.get(f"/entities/{path_id(organ)}")["evidence"]
    assert words in {e["words"] for e in evidence}  # each in the sentence it stands in (round 50)
    assert all(e["words"] in e["text"] for e in evidence if "Mention" in e["types"])
    assert all(_text_at(api, e["report"], e["start"], e["end"]) == e["text"] for e in evidence if e["report"] == seed)
