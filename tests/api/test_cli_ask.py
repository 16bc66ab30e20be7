"""`okg ask`: an API request answered from the store without a server, as a table, JSON or CSV.

A first-time analyst's finding (round 28): every question needed `okg serve` and curl. The command runs the API's
own app in process, so its answers are compared here with the API's over the same store.
"""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from api.ask import CELL
from api.cli import app
from api_helpers import api_of
from shared_stores import SharedStore

runner = CliRunner()


@pytest.fixture(scope="module")
def store_path(shared_samples: SharedStore) -> Path:
    return shared_samples.copy_path()


def ask(store: Path, *words: str) -> tuple[int, str, str]:
    done = runner.invoke(app, ["ask", *words, "--store", str(store)])
    return done.exit_code, done.stdout, done.stderr


def test_json_is_the_apis_answer(store_path: Path, shared_samples: SharedStore) -> None:
    code, out, _ = ask(store_path, "laws", "inspected=true", "jurisdiction=湖北", "--json")
    assert code == 0
    with api_of(shared_samples.read_only("embedded")) as web:
        assert json.loads(out) == web.get("/laws", inspected="true", jurisdiction="湖北")
    shared_samples.check_unchanged("embedded", __name__)


def test_a_pasted_url_path_and_query_is_the_same_request(store_path: Path) -> None:
    pasted = ask(store_path, "/activities?kind=执法检查&limit=5", "--json")
    words = ask(store_path, "activities", "kind=执法检查", "limit=5", "--json")
    assert pasted[0] == words[0] == 0 and json.loads(pasted[1]) == json.loads(words[1])
    assert json.loads(words[1])["items"], "the samples hold inspections"


def test_the_table_shows_the_listings_readable_columns(store_path: Path) -> None:
    code, out, _ = ask(store_path, "laws", "inspected=true", "limit=3")
    answer = json.loads(ask(store_path, "laws", "inspected=true", "limit=3", "--json")[1])
    assert code == 0 and f"/laws (3 of {answer['total']})" in out
    assert "times_inspected" in out and "https://" not in out  # no IRI column
    assert answer["items"][0]["title"][:10] in out


def test_a_piped_table_keeps_every_title_whole(store_path: Path) -> None:
    """Piped or redirected, the table is as wide as its rows (a first-time analyst, round 29: `okg ask` alone cut its
    cells at 80 columns, 中华人民共和国安全生…, where every other command's table kept them whole)."""
    code, out, _ = ask(store_path, "laws", "inspected=true", "limit=20")
    titles = [item["title"] for item in json.loads(ask(store_path, "laws", "inspected=true", "limit=20", "--json")[1])["items"]]
    fits = [title for title in titles if len(title) <= CELL]  # a longer cell is cut at CELL characters, by design
    assert code == 0 and any(len(title) > 20 for title in fits)
    assert all(title in out for title in fits)
    assert out.count("…") == len(titles) - len(fits)


def test_csv_is_the_export_excel_opens(store_path: Path) -> None:
    code, out, _ = ask(store_path, "coverage", "inspected=false", "limit=2", "--csv")
    assert code == 0 and out.startswith("\ufeffiri,title,")
    assert len(out.strip().splitlines()) == 3


SELECT = "SELECT ?law (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a okg:concernsLaw ?l . ?l rdfs:label ?law } GROUP BY ?law"


@pytest.mark.parametrize("path", ["sparql", "/sparql"])
def test_csv_of_a_sparql_query_is_its_spreadsheet_file(store_path: Path, path: str) -> None:
    """--csv gives a query's solutions as the listings' CSV (BOM, a column per variable), as ?format=csv does from a
    browser (a new user's round 38, finding 7: it printed the JSON results)."""
    code, out, _ = ask(store_path, path, f"query={SELECT}", "--csv")
    answer = json.loads(ask(store_path, path, f"query={SELECT}", "--json")[1])
    rows = list(csv.DictReader(io.StringIO(out.removeprefix("\ufeff"))))
    assert code == 0 and out.startswith("\ufefflaw,n")
    assert {(row["law"], row["n"]) for row in rows} == {
        (b["law"]["value"], b["n"]["value"]) for b in answer["results"]["bindings"]} and rows


@pytest.mark.parametrize(("query", "heads"), [(SELECT, ["law", "n"]),
                                              ("SELECT ?o WHERE { ?a okg:oversaw ?o } LIMIT 2", ["o"]),
                                              ("ASK { ?l a okg:Law }", ["boolean"])])
def test_the_table_of_a_sparql_query_has_a_column_per_variable(store_path: Path, query: str, heads: list[str]) -> None:
    """Not two cells of raw JSON (``head``, ``results``): a row per solution, a column per variable, in the query's
    order; an ASK's answer one cell."""
    code, out, _ = ask(store_path, "sparql", f"query={query}")
    header = next(line for line in out.splitlines() if heads[0] in line)
    assert code == 0 and "results" not in out and "bindings" not in out
    assert [word for word in header.replace("┃", " ").split()] == heads


@pytest.mark.parametrize(("words", "status", "said"), [
    (["laws", "inspected"], 2, "a filter is KEY=VALUE"),
    (["laws", "inspected=maybe"], 1, "/laws answered 422: inspected"),
    (["nosuch"], 1, "no such path; the API's: activities"),
    (["organs", "--columns", "label,nope"], 2, "no column nope in /organs; its rows have: iri, label"),
])
def test_a_bad_request_is_one_line_saying_what_to_do(store_path: Path, words: list[str], status: int, said: str) -> None:
    code, out, err = ask(store_path, *words)
    assert code == status and out == ""
    assert said in err and len(err.strip().splitlines()) == 1, err
    assert err.endswith("\n"), "the next output or the prompt starts a line of its own (a fresh user's round 32)"


@pytest.mark.parametrize("form", ["--json", "--csv"])
def test_a_body_for_programs_ends_its_last_line(store_path: Path, form: str) -> None:
    """JSON is sent as the API sends it, with a newline after it: the shell's prompt or the next error glued to the
    body's last character (a fresh user's round 32)."""
    code, out, _ = ask(store_path, "organs", "limit=2", form)
    assert code == 0 and out.endswith("\n") and not out.endswith("\n\n")


@pytest.mark.parametrize("column", ["organs", "overseen", "laws"])
def test_the_table_names_linked_resources_by_label(store_path: Path, column: str) -> None:
    """A link column shows its resources' labels, as the CSV does: an organ's IRI cut at 40 characters,
    https://w3id.org/oversight-kg/id/organ/…, hid every name (a fresh user's round 32)."""
    words = ["activities", "kind=执法检查", "limit=5"]
    code, out, _ = ask(store_path, *words, "--columns", f"label,{column}")
    named = [row[column] for row in csv.DictReader(io.StringIO(ask(store_path, *words, "--csv")[1].lstrip("\ufeff")))]
    assert code == 0 and "w3id.org" not in out
    assert any(named), f"the samples' inspections have {column}"
    for cell in filter(None, named):  # the CSV's labels, joined by "; " there and by 、 in the table, cut at CELL
        assert "、".join(cell.split("; "))[:CELL - 1] in out


def test_coverage_says_on_stderr_how_many_repealed_laws_it_left_out(store_path: Path) -> None:
    """Round 30: the laws never inspected are those in force in the period; the repealed ones left out are counted."""
    code, out, err = ask(store_path, "coverage", "inspected=false", "limit=3")
    body = json.loads(ask(store_path, "coverage", "inspected=false", "limit=3", "--json")[1])
    assert code == 0 and body["repealed_left_out"] > 0 and body["period_from"] == 2017
    assert f"{body['repealed_left_out']} laws repealed before the period (2017)" in err and "left out" not in out
    assert "left out" not in ask(store_path, "coverage", "inspected=false", "repealed=any", "limit=3")[2]


def test_the_table_names_who_led_the_work_by_name_and_title(store_path: Path) -> None:
    """A new user's round 40, §5: `okg ask activities --columns label,led_by` showed the leader's title alone (省人大常委会
    秘书长), not the person; the table shows 王晓科（省人大常委会秘书长）, as the CSV's cell does."""
    code, out, _ = ask(store_path, "activities", "limit=1000", "--json")
    led = [row["led_by"] for row in json.loads(out)["items"] if row["led_by"] and row["led_by"].get("title")]
    assert code == 0 and led, "the samples state work led by a person with a title"
    code, table, _ = ask(store_path, "activities", "limit=1000", "--columns", "led_by")
    assert code == 0
    for leader in led:
        assert f"{leader['name']}（{leader['title']}）"[:CELL - 1] in table
    named = {row["led_by"] for row in csv.DictReader(io.StringIO(ask(store_path, "activities", "limit=1000", "--csv")[1]
                                                                  .lstrip("\ufeff")))}
    assert {f"{leader['name']}（{leader['title']}）" for leader in led} <= named
