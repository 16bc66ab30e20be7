"""`okg import` and `okg ingest` say what is wrong with their input: the line and the term of a
bad RDF file, every file of a directory that is not read and why."""
from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from api.cli import SAMPLES, app
from graph.backends.embedded import EmbeddedStore

XSD_DATE = "<http://www.w3.org/2001/XMLSchema#date>"


@pytest.mark.parametrize(("name", "text", "wanted"), [
    ("space.nq", "<urn:a b> <urn:p> <urn:o> <urn:g> .\n", "line 1 between columns 1 and 10.*'<urn:a b>'"),
    ("space.ttl", "@prefix x: <urn:x#> .\n\nx:a x:p <urn:a b> .\n", "line 3 .*'<urn:a b>'"),
    ("date.nq", f'<urn:a> <urn:p> "1" <urn:g> .\n<urn:a> <urn:p> "2024/2/9"^^{XSD_DATE} <urn:g> .\n',
     'line 2: ill-typed literal "2024/2/9"'),
    ("number.trig", '<urn:g> { <urn:a> <urn:p> "12x"^^<http://www.w3.org/2001/XMLSchema#integer> }\n',
     'line 1: ill-typed literal "12x"'),
])
def test_import_refuses_a_bad_term_naming_line_and_term(tmp_path: Path, name: str, text: str, wanted: str) -> None:
    bad = tmp_path / name
    bad.write_text(text, encoding="utf-8")
    store = tmp_path / "store"
    result = CliRunner().invoke(app, ["import", str(bad), "--graph", "urn:g", "--store", str(store)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert str(bad) in result.output and "nothing was imported" in result.output
    assert __import__("re").search(wanted, result.output), result.output
    assert not store.exists()  # checked before the store was opened: no empty store left behind


def test_import_of_json_ld_that_leaves_no_triples_fails_saying_why(tmp_path: Path) -> None:
    bad = tmp_path / "space.jsonld"
    bad.write_text('{"@id": "urn:has space", "urn:p": "x"}', encoding="utf-8")
    result = CliRunner().invoke(app, ["import", str(bad), "--graph", "urn:g", "--store", str(tmp_path / "store")])
    assert result.exit_code == 1 and "no triples" in result.output and "@id" in result.output, result.output
    assert not (tmp_path / "store").exists()


def test_import_counts_report_graphs_apart_from_reference_graphs(tmp_path: Path) -> None:
    source, export = tmp_path / "source", tmp_path / "all.trig"
    assert CliRunner().invoke(app, ["ingest", str(SAMPLES / "d01.txt"), str(SAMPLES / "d02.txt"),
                                    "--store", str(source)]).exit_code == 0
    assert CliRunner().invoke(app, ["export", "--store", str(source), "--format", "trig",
                                    "--out", str(export)]).exit_code == 0
    result = CliRunner().invoke(app, ["import", str(export), "--store", str(tmp_path / "copy")])
    assert result.exit_code == 0, result.output
    assert "2 report graph(s), 2 reference graph(s)" in result.output and "4 inserted" in result.output
    with EmbeddedStore(tmp_path / "copy") as db:
        assert db.counts()["reports"] == 2


def test_directory_ingest_lists_what_it_skips_and_reads_every_report_format(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_bytes((SAMPLES / "d01.txt").read_bytes())
    (folder / "b.shtml").write_bytes((SAMPLES / "d02.txt").read_bytes())
    (folder / "c.doc").write_bytes(b"not really Word")
    (folder / "notes.md").write_text("# notes", encoding="utf-8")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    result = CliRunner().invoke(app, ["ingest", str(folder), "--store", str(tmp_path / "store"), "--json"])
    assert result.exit_code == 1  # c.doc fails, clearly
    for skipped in ("notes.md", "photo.jpg"):
        assert f"{folder / skipped}: skipped: .{skipped.split('.')[1]} suffix is not a report format" in result.output
    assert "2 files skipped" in result.output and f"{folder / 'c.doc'}: not a Word .doc (its bytes do not start with" in result.output
    assert result.output.count('"outcome": "inserted"') == 2


def test_ingesting_a_directory_without_reports_says_so_and_fails(tmp_path: Path) -> None:
    folder = tmp_path / "nothing"
    folder.mkdir()
    (folder / "notes.md").write_text("不是报告", encoding="utf-8")
    result = CliRunner().invoke(app, ["ingest", str(folder), "--store", str(tmp_path / "store")])
    assert result.exit_code == 1 and "nothing to ingest" in result.output and str(folder) in result.output


def test_an_empty_directory_in_a_batch_is_named_and_the_rest_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    report = tmp_path / "r.txt"
    report.write_text("2024年，区人大常委会开展了《中华人民共和国水法》执法检查。", encoding="utf-8")
    result = CliRunner().invoke(app, ["ingest", str(folder), str(report), "--store", str(tmp_path / "store")])
    assert f"{folder}: skipped: the directory holds no report file" in result.output
    assert result.exit_code == 0 and "1 inserted" in result.output


def test_importing_a_file_of_no_rdf_format_names_it_once(tmp_path: Path) -> None:
    source = tmp_path / "r.txt"
    source.write_text("not rdf", encoding="utf-8")
    result = CliRunner().invoke(app, ["import", str(source), "--store", str(tmp_path / "store")])
    assert result.exit_code == 1 and result.output.count(str(source)) == 1 and "'.txt'" in result.output


def test_ingest_warns_of_a_header_organ_it_cannot_read_and_stores_the_report(tmp_path: Path) -> None:
    report = tmp_path / "typo.txt"
    report.write_text("organ: 湖北省人大常委\nyear: 2020\n\n湖北省人大常委会开展了大气污染防治法执法检查。\n", encoding="utf-8")
    store = tmp_path / "store"
    table = CliRunner().invoke(app, ["ingest", str(report), "--store", str(store)])
    assert table.exit_code == 0 and "1 inserted" in table.output, table.output
    assert f"warning: {report}: organ: '湖北省人大常委' is not a name" in table.output
    as_json = CliRunner().invoke(app, ["ingest", str(report), "--store", str(store), "--json"])
    result = __import__("json").loads(as_json.stdout.splitlines()[-1])
    assert result["outcome"] == "unchanged" and result["warnings"] == []  # not extracted again: said when stored
    again = CliRunner().invoke(app, ["ingest", str(report), "--store", str(store)])
    assert "1 unchanged report was not extracted again; its warnings were given when it was stored" in again.output


def test_ingest_and_extract_warn_of_a_contradictory_header_and_store_the_report(tmp_path: Path) -> None:
    """level: county with a provincial organ, and a year ten years from the text's: one line each,
    naming the file and the fields, in the table's warnings, the JSON result and the Facts; stored."""
    report = tmp_path / "contradicts.txt"
    report.write_text("organ: 湖北省人民代表大会常务委员会\nlevel: county\nyear: 2013\n\n"
                      "2023年，省人大常委会开展了《中华人民共和国大气污染防治法》执法检查。\n", encoding="utf-8")
    store = tmp_path / "store"
    table = CliRunner().invoke(app, ["ingest", str(report), "--store", str(store)])
    assert table.exit_code == 0 and "1 inserted" in table.output, table.output
    lines = [line for line in table.output.splitlines() if line.startswith(f"warning: {report}: ")]
    assert [line.split(": ", 3)[2] for line in lines] == ["level", "year"], table.output
    assert "湖北省人民代表大会常务委员会" in lines[0] and "provincial" in lines[0] and "(2023)" in lines[1]
    as_json = CliRunner().invoke(app, ["ingest", str(report), "--store", str(tmp_path / "other"), "--json"])
    result = __import__("json").loads(as_json.stdout.splitlines()[-1])
    assert result["outcome"] == "inserted" and [w.split(": ")[1] for w in result["warnings"]] == ["level", "year"]
    facts = CliRunner().invoke(app, ["extract", str(report), "--format", "facts"])
    assert [w.split(":")[0] for w in __import__("json").loads(facts.stdout)["warnings"]] == ["level", "year"]


def test_ingest_repeats_the_failures_after_its_table(tmp_path: Path) -> None:
    """The line printed as a report fails scrolls away above the table of a long batch (a first-time analyst, round
    30, finding 9): every failure is said again after the table and the warnings, before the tally."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_bytes((SAMPLES / "d01.txt").read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    (folder / "nocolon.txt").write_text("url http://x.gov.cn/a.html\nyear: 2023\n\n常委会开展执法检查。", encoding="utf-8")
    (folder / "fake.pdf").write_text((SAMPLES / "d02.txt").read_text(encoding="utf-8"), encoding="utf-8")
    result = CliRunner().invoke(app, ["ingest", str(folder), "--store", str(tmp_path / "store")])
    assert result.exit_code == 1
    after = result.output[result.output.rindex("└"):]  # below the table's last line
    assert "2 reports not stored:" in after and after.index("2 reports not stored:") < after.index("2 inserted")
    for name, reason in (("empty.txt", "no text to extract"), ("nocolon.txt", "is not `key: value`")):
        assert f"failed: {folder / name}: " in after and reason in after, after
    assert f"warning: {folder / 'fake.pdf'}: named .pdf but not a PDF" in after


@pytest.mark.parametrize(("organ", "near"), [("湖北省人大常委", "湖北省人大常委会"), ("武汉市新洲区人民检察", "武汉市新洲区人民检察院"),
                                           ("广安市人民政", "广安市人民政府"), ("湖北省人民代表大会常务委", "湖北省人民代表大会常务委员会"),
                                           ("孝感市人大长委会", "孝感市人大常委会")])
def test_a_header_refusal_names_the_organ_warning_too_with_the_near_name(tmp_path: Path, organ: str, near: str) -> None:
    """newuser30 T9: a refused header named its year and an unknown field, and its organ 番禺区人大常委 only one run later;
    every fault is named at once, the organ's with a name one edit away that the extractor reads, in the refusal and
    in the warning of the header once accepted."""
    text = "2023年，常委会对《中华人民共和国大气污染防治法》贯彻实施情况开展执法检查。\n"
    refused, accepted = tmp_path / "refused.txt", tmp_path / "accepted.txt"
    refused.write_text(f"organ: {organ}\nyear: 2023-21\nfoo: bar\n\n{text}", encoding="utf-8")
    accepted.write_text(f"organ: {organ}\nyear: 2023\n\n{text}", encoding="utf-8")
    said = CliRunner().invoke(app, ["extract", str(refused)])
    fields = [line.split("header field ", 1)[1].split(":")[0] for line in said.output.splitlines() if "header field " in line]
    assert said.exit_code != 0 and fields == ["year", "foo", "organ"], said.output
    assert f"{organ!r} is not a name the extractor reads" in said.output and f"{near!r} is a name it reads" in said.output
    stored = CliRunner().invoke(app, ["ingest", str(refused), "--store", str(tmp_path / "store")])
    assert f"{near!r} is a name it reads" in stored.output and "1 failed" in stored.output, stored.output
    facts = __import__("json").loads(CliRunner().invoke(app, ["extract", str(accepted), "--format", "facts"]).stdout)
    assert [w for w in facts["warnings"] if w.startswith("organ:") and f"{near!r} is a name it reads" in w], facts["warnings"]


@pytest.mark.parametrize("organ", ["某某科技有限公司", "青山街道人大工作委员会", "柳林镇人民代表大会第三代表团",
                                   "青山街道人大工作委员会（湖北省武汉市）"])
def test_a_header_refusal_suggests_no_name_where_none_is_near(tmp_path: Path, organ: str) -> None:
    """A firm, and bodies whose names end as an organ's kind or would need more than a step (a street's 人大工作委员会, a
    town congress's 代表团 that one added 委 would make a youth league's 团委): no guess that would mislead."""
    report = tmp_path / "named.txt"
    report.write_text(f"organ: {organ}\nyear: 2023-21\n\n2023年，常委会开展执法检查。\n", encoding="utf-8")
    said = CliRunner().invoke(app, ["extract", str(report)])
    assert said.exit_code != 0 and "header field year" in said.output and "is a name it reads" not in said.output
    if organ == "某某科技有限公司":
        assert f"header field organ: {organ!r} is not a name" in said.output
