"""The lexicon's tables: present, well-formed, and consistent with each other."""
from __future__ import annotations

import re

import pytest

from loaders.facts import ACTIVITY_TYPES
from loaders.lexicon import areas, law_catalog, tables
from loaders.lexicon.tables import rows


@pytest.mark.parametrize("row", rows("activity-triggers"), ids=lambda r: r["pattern"][:20])
def test_every_trigger_row_is_a_pattern_of_a_known_kind(row: dict[str, str]) -> None:
    assert row["kind"] in ACTIVITY_TYPES
    re.compile(row["pattern"])


@pytest.mark.parametrize("row", rows("law-aliases"), ids=lambda r: r["alias"])
def test_every_alias_names_a_catalog_law(row: dict[str, str]) -> None:
    assert law_catalog.lookup(row["alias"]) is not None


@pytest.mark.parametrize("row", rows("organs"), ids=lambda r: r["canonical"])
def test_every_organ_row_is_a_pattern_with_a_kind(row: dict[str, str]) -> None:
    assert re.compile(row["pattern"]).search(row["canonical"]) or row["note"]
    assert row["kind"] in ("congress", "assembly", "government", "department", "court", "procuratorate", "supervision",
                           "party", "discipline", "other")


def test_the_area_table_resolves_a_county_to_its_chain() -> None:
    (xinzhou,) = areas.gazetteer()["新洲区"]
    assert areas.chain(xinzhou) == {"county": "新洲区", "city": "武汉市", "provincial": "湖北省"}
    assert len(rows("areas")) > 3000


@pytest.mark.parametrize("table", ["organ-suffixes", "organ-names", "organs"])
def test_every_organ_kind_of_the_tables_has_an_ontology_class(table: str) -> None:
    from loaders.build.organs import KIND_CLASSES

    assert {row["kind"] for row in rows(table)} <= set(KIND_CLASSES)


def test_every_congress_body_has_an_ontology_class_and_a_parent() -> None:
    from loaders.build.organs import BODY_CLASSES
    from loaders.lexicon import organ_names

    assert {row["kind"] for row in rows("organ-bodies")} <= set(BODY_CLASSES)
    for row in rows("organ-bodies"):
        assert "(?P<parent>" in row["pattern"] and re.compile(row["pattern"])
    assert organ_names.body("马鞍山市人民代表大会常务委员会法制工作委员会") == organ_names.Body(
        "working_body", "马鞍山市人民代表大会常务委员会", True)


@pytest.mark.parametrize("content, expected", [
    ("word,kind\n人大, congress \n", ({"word": "人大", "kind": "congress"},)),  # fields stripped
    ("word,kind\n人大\n\n政府,\n", ({"word": "人大", "kind": ""}, {"word": "政府", "kind": ""})),  # missing field, blank line
    ('word,kind\n"人大,常委会",congress\n', ({"word": "人大,常委会", "kind": "congress"},)),  # a quoted comma
])
def test_a_table_is_read_as_a_dict_reader_reads_it(tmp_path, monkeypatch, content: str, expected) -> None:
    monkeypatch.setattr(tables, "DATA", tmp_path)
    (tmp_path / "probe.csv").write_text(content, encoding="utf-8")
    assert rows.__wrapped__("probe") == expected


def test_a_row_with_more_fields_than_the_header_is_refused(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(tables, "DATA", tmp_path)
    (tmp_path / "probe.csv").write_text("word,kind\n人大,congress\n人大,常委会,congress\n", encoding="utf-8")
    with pytest.raises(ValueError, match="probe.csv line 3: more fields"):
        rows.__wrapped__("probe")


@pytest.mark.parametrize("content", [
    "word,kind\n人大, congress \n",
    "word,kind\n人大\n\n政府,\n",
    'word,kind\n"人大,常委会",congress\n',
    "kind,note,word\ncongress,,人大\n",  # the columns in another order, one not asked for
])
def test_records_are_the_rows_columns_in_the_order_asked(tmp_path, monkeypatch, content: str) -> None:
    monkeypatch.setattr(tables, "DATA", tmp_path)
    (tmp_path / "probe.csv").write_text(content, encoding="utf-8")
    assert tables.records("probe", "kind", "word") == [(row["kind"], row["word"]) for row in rows.__wrapped__("probe")]


def test_records_refuse_a_row_with_more_fields_and_a_column_not_in_the_header(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(tables, "DATA", tmp_path)
    (tmp_path / "probe.csv").write_text("word,kind\n人大,congress\n人大,常委会,congress\n", encoding="utf-8")
    with pytest.raises(ValueError, match="probe.csv line 3: more fields"):
        tables.records("probe", "word", "kind")
    with pytest.raises(ValueError, match="probe.csv: no column 'code'"):
        tables.records("probe", "word", "code")


def test_the_words_of_a_role_no_row_has_are_refused_naming_the_table(tmp_path, monkeypatch) -> None:
    """An empty alternation matches everywhere: a role that lost its rows fails naming the file and the role."""
    monkeypatch.setattr(tables, "DATA", tmp_path)
    (tmp_path / "probe-roles.csv").write_text("role,word\nlead,回顾\nlead,早在\n", encoding="utf-8")
    assert tables.words_of("probe-roles", "lead") == "回顾|早在"
    with pytest.raises(LookupError, match="probe-roles.csv: no row of role 'term'"):
        tables.words_of("probe-roles", "term")


@pytest.mark.parametrize("table", sorted(path.name for path in tables.DATA.glob("*.csv")))
def test_every_table_is_documented_in_the_data_readme(table: str) -> None:
    """A table the README does not name is one no one can find the columns or the source of (briefing-settings.csv
    and report-kinds.csv were read for rounds without a row there)."""
    assert f"| `{table}` |" in (tables.DATA / "README.md").read_text(encoding="utf-8"), f"{table}: add its row to data/README.md"
