"""``/reports/{id}`` takes every id form ``/laws/{id}`` takes (a first-time analyst's round 43, finding 4; issue 13 §4:
one id grammar): the full IRI and the short form, each as written or percent-encoded whole, as a client encoding a path
parameter (``urllib.parse.quote(x, safe="")``) sends it; the short form encoded whole had answered 422."""
from __future__ import annotations

from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from api_helpers import EMBEDDED_ONLY, WETLAND
from ontology import iri as iris

SHORT = "report/hbbyyq.com/html/.lltt.201806t20180613_66126.html"  # api/samples/d04.txt's url:
FORMS = {"short": lambda short: short, "short, encoded whole": lambda short: quote(short, safe=""),
         "full IRI": lambda short: iris.base() + short, "full IRI, encoded whole": lambda short: quote(iris.base() + short, safe="")}


@EMBEDDED_ONLY
@pytest.mark.parametrize("form", FORMS)
def test_a_report_and_a_law_answer_each_id_form(client: TestClient, form: str) -> None:
    law = client.get("/laws/" + FORMS[form](WETLAND.removeprefix(iris.base())))
    assert law.status_code == 200, law.text[:200]
    report = client.get("/reports/" + FORMS[form](SHORT), params={"limit": 1})
    assert report.status_code == 200, report.text[:200]
    assert report.json()["iri"] == iris.base() + SHORT
