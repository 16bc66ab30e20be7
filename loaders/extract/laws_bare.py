"""Law titles written without 《》 whose form the genre fixes: a bare level word for the report's own
area (省乡镇人大工作条例), a local measure implementing a national law (实施残疾人保障法办法), and a
standing committee's legal decision (关于设立…法院的决定草案, 作出关于…的决定).

Each finder returns ``(start, end, title)`` triples, ``title`` as the text writes it with the area a
level word stands for; :mod:`laws` gives them their canonical titles. Every finder is one pass of
one pattern over the text, each match bounded.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from loaders.extract.spans import Stretches
from loaders.lexicon import areas, law_catalog, literal_words
from loaders.lexicon.areas import Jurisdiction
from loaders.lexicon.first_chars import finditer, quick
from loaders.lexicon.normalise import title_key
from loaders.lexicon.patterns import COUNT_NUMERAL_CHARS, HAN_CHARS, LEVEL_OF_CHAR, MUNICIPALITIES, OWN_AREA

# A level word standing for the report's own area (省, 市, 县, 自治区) before a local title; not the
# start of another word (市场, 市民, 县级, 省委, 市政府, 区县).
# 自治区 is followed by any word of a title (自治区民族团结进步工作条例) but its government, committees and bodies;
# 省, 市 and 县 not by the words they start (市场, 市民, 市容, 省政府, 县委 …).
# 自治州, 自治县 and 自治旗 likewise in their own reports (《自治县非物质文化遗产条例》 in 五峰土家族自治县's: round 20).
LEVEL_WORD = r"(?:自治[区州县旗](?![政委直属])|(?:省|市|县)(?![场民容政辖级区县委直属长内外里]))"
_LEVEL_WORD = rf"(?P<word>{LEVEL_WORD})"  # the same, the word a group
# What may come before such a level word: the start of a clause or a verb or particle before a title (就, 围绕, 落实 too).
_BEFORE = "、和及与对就绕实了的在按据照施行订改传彻执修定习布台议过展查止准,，:：“(（《\n"
# The verbs of a meeting's business (通报, 听取, 审议, 汇报, 提请, 传达, 部署): no title holds one, so a bare title never
# starts before one. A run of words from a level word through an organ's name and such a verb to a title's form is the
# organ acting on the title, not a title (市人大教科文卫委通报食品安全条例执法检查方案: the committee presents the
# inspection's plan, no regulation 上海市人大教科文卫委通报食品安全条例; 自治区人民政府提请审议自治区铁路安全条例: the
# title is the one after 审议). Source: newuser29 §1 (round 44).
TITLE_STOPS = "通报|听取|审议|汇报|提请|传达|部署"
_TITLE_STOP = re.compile(TITLE_STOPS)
# What follows the level word in a title.
_TITLE_REST = (
    # the standing committee naming the title after it is no part of it (省人大常委会河道管理条例
    # 执法检查组: the committee's group inspecting 河道管理条例, round 17), unless the title is
    # of its own work (自治区人大常委会工作条例, 常委会议事规则)
    r"(?!(?:人大常委会|人民代表大会常务委员会|常委会)(?!工作条例|议事|组成人员))"
    # a count of regulations (省人大常委会制定多个条例, 一批条例, 若干条例) names none
    rf"(?P<body>(?:(?!{TITLE_STOPS})[{HAN_CHARS}]){{2,25}}?(?:实施细则|实施办法|(?<![个部件项批干列])条例|若干规定)"
    rf"|实施(?:(?!{TITLE_STOPS})[{HAN_CHARS}]){{2,25}}?法(?:办法|细则|若干规定))")
_LEVEL_TITLE = re.compile(rf"(?:(?<=[{_BEFORE}])|^){_LEVEL_WORD}{_TITLE_REST}")
# The same after a short name of the report's areas (:func:`level_word_titles`), matched from the name's end.
_AFTER_SHORT_NAME = re.compile(_TITLE_REST)
# A measure named without its law (陕西省实施办法): which law it implements is for
# :func:`implementing_rules` to read from the law named before it, never a title of its own.
_BARE_MEASURE = re.compile(r"[和及与]?(?P<area>[^和及与]*?(?:省|市|自治区|县)|)实施(?:办法|细则)")
# A local measure implementing a national law: (area) 实施X法办法 / 实施细则 / 若干规定.
_IMPLEMENTING = re.compile(rf"实施(?P<law>[{HAN_CHARS}]{{1,25}}?法)(?P<form>办法|细则|若干规定)")
# The same with the law in 《》 and no 《》 around the measure: 实施《中华人民共和国慈善法》办法.
_IMPLEMENTING_QUOTED = re.compile(r"实施《(?P<law>[^《》\n]{1,40}?法)》(?P<form>办法|细则|若干规定)")
# The words a report names its own area by (我省, 省 …) and that area's level, longest first in a pattern.
_OWN_LEVEL = {"我省": "provincial", "本省": "provincial", "我市": "city", "本市": "city", "自治区": "provincial",
              "省": "provincial", "市": "city"}
_OWN_WORDS = "|".join(_OWN_LEVEL)
# An own-area word right before a measure (我省实施…, 省实施…), and how far back an area's name is read.
_OWN_BEFORE = re.compile(rf"(?:{_OWN_WORDS})$")
_AREA_REACH = 12
IMPLEMENTING_TITLE = re.compile(r"^(?P<area>.*?)实施《?(?P<law>[^《》]{1,40}?法)》?(?P<form>办法|细则|若干规定)$")
_LOCAL_FORMS = ("条例", "细则", "办法", "若干规定")
# The forms only a congress's regulations take (a bare 办法 or 规定 may be a government's or a body's own rules).
_REGULATION_FORMS = ("条例", "实施办法", "实施细则")
# A decision of the area's own standing committee (省人大常委会关于…的决定).
# A title's opening words that stand for the report's own area (本市养犬管理条例, 省河道管理条例).
_OWN_TITLE = re.compile(rf"(?P<own>我省|本省|我市|本市)|{_LEVEL_WORD}")
_OWN_DECISION = re.compile(r"(?:人大常委会|人民代表大会常务委员会)关于.*决定$")
# A legal decision: a draft (…的决定草案, …的决定（草案）) or one the congress makes or adopts, alone
# or in the list of what it adopted (审议通过社区矫正法、关于废止…的决定).
_MAKER = "(?:全国人大常委会|全国人民代表大会常务委员会|全国人民代表大会)?"
# A decision's body may quote the rules it amends (关于修改《X条例》等12件地方性法规的决定, 关于修改《某市人民代表大会
# 常务委员会议事规则》的决定: a legislating congress's 议事规则 is a law, round 9); one that quotes another decision
# (关于《…的决定》施行时间的决定) approves it and is no rule.
_DECISION_BODY = r"关于(?:(?!关于)[^，,。；;、《》“”\n]|《[^《》\n]{2,40}(?:条例|法|办法|规定|细则|规则)》){2,60}?的决定"
_DECISION = quick(
    rf"{_MAKER}{_DECISION_BODY}(?=[（(]?草案)"
    rf"|(?:(?<=作出|通过|审议|表决|批准)|(?<=作出了|通过了|审议了|表决了|批准了)){_MAKER}{_DECISION_BODY}"
)
_LISTED_DECISION = quick(rf"(?:(?<=[、和])|(?<=[例法定议][，,])){_MAKER}{_DECISION_BODY}")
# The verb of the list a decision is an item of: 通过, 审议 … earlier in its clause, or earlier in a list of titles
# its commas separate (表决通过了自治区精神卫生条例,修订后的…条例,关于修改…的决定), resolutions among them (表决通过了关于批准…
# 规划的决议,关于支持…的决定: ag31, round 48).
_ADOPTED = re.compile(r"(?:通过|审议|表决|批准)(?:[^，,。；;\n]|(?<=[例法定议])[，,])*$")
# How far back a listed decision's verb may be.
_LIST_REACH = 60


def bare_measure(title: str) -> bool:
    """Whether ``title`` is an implementing measure without its law (实施办法, 省实施办法, 陕西省实施办法,
    和省实施办法 as a list runs on): no title of its own."""
    match = _BARE_MEASURE.fullmatch(title)
    area = match.group("area") if match else None
    return area is not None and (area in ("", "县") or area in _OWN_LEVEL or _whole_area(area) is not None)


def _level_area(word: str, jur: Jurisdiction) -> str | None:
    return jur.name(LEVEL_OF_CHAR[word])


def level_word_titles(text: str, jur: Jurisdiction, blocked: Stretches) -> list[tuple[int, int, str]]:
    """省乡镇人大工作条例 in an Anhui report → (…, 安徽省乡镇人大工作条例): a level word before a
    local title is the report's area at that level, also where a national regulation bears its name
    (自治区气象灾害防御条例: no one writes a level word before the State Council's). A title after the
    short name of one of its areas (苏州古城保护条例) is found as written: the short name may start a
    proper name of its own (海南自由贸易港…条例), which is no area."""
    found = []
    for match in finditer(_LEVEL_TITLE, text):
        found.append((match.start(), match.end(), _level_area(match.group("word"), jur), match.group("body")))
    # as _LEVEL_TITLE with the short names, longest first, for the level word
    shorts = sorted((short for short in areas.short_names(jur) if len(short) >= 2), key=len, reverse=True)
    for start, word, match in literal_words.finditer(text, shorts, _AFTER_SHORT_NAME,
                                                     lambda at: at == 0 or text[at - 1] in _BEFORE):
        assert match is not None
        found.append((start, match.end(), word, match.group("body")))
    return [(start, end, area + body) for start, end, area, body in found
            if area is not None and not blocked.overlaps(start, end) and "关于" not in body and not bare_measure(body)]


def with_own_area(title: str, jur: Jurisdiction) -> str:
    """A title that starts with a bare level word (《省乡镇人大工作条例》) with the area it stands for."""
    match = re.match(_LEVEL_WORD, title)
    if match and (area := _level_area(match.group("word"), jur)) and (title.endswith(_LOCAL_FORMS)
                                                                       or _OWN_DECISION.match(title, match.end())):
        return area + title[match.end():]
    return title


def with_province_of_municipality(title: str, jur: Jurisdiction) -> str:
    """A bare local regulation (…条例, 实施办法, 实施细则: :data:`_REGULATION_FORMS`) named in the report of a province-level area
    or of a place within a municipality, with that area's name (城市更新条例 in a Beijing district's report →
    北京市城市更新条例; 居家养老服务条例 in the Beijing standing committee's): in a municipality no congress below it
    makes regulations (立法法), and a province names its cities' regulations with the city. Other titles, and
    reports of other places (a districted city or a county may mean its own city's regulation or its province's:
    issue 11's "its own words"), stay as written. Source: a new user's never-inspected list (round 19: 北京市城市更新条例 inspected and never
    inspected at once, as two laws)."""
    province = jur.province
    if (not province or not title.endswith(_REGULATION_FORMS) or title.startswith("关于") or re.match(_LEVEL_WORD, title)
            or any(title.startswith(short) for short in areas.short_names(jur) if len(short) >= 2)):
        return title  # a title opening with its area's short name names it (海南自由贸易港…条例), one opening with a
        # level word an area of that level (自治县民族教育条例: an autonomous county's, not the province's)
    if jur.level == "provincial" or province in MUNICIPALITIES:
        return province + title
    return title


def legislature_of(jur: Jurisdiction) -> str | None:
    """The nearest area at or above the report's whose congress makes local regulations (立法法, arts. 80–81): a
    province-level area (a municipality for every place within it), a districted city or an autonomous prefecture for
    itself, its counties and townships, else the province (a county directly under its province, a 地区 or 盟, which
    make none). None when the report's place is unknown or national. A reading, never a resolution: a county's report
    may mean its province's regulation as well (issue 11), so titles keep their words and this names the likelier maker
    (a round 30 first-time analyst's placeless 河道保护管理条例 in a Wuhan district's report)."""
    if jur.level == "national" or not jur.province:
        return None
    if jur.level == "provincial" or jur.province in MUNICIPALITIES:
        return jur.province
    return jur.city if jur.city and jur.city.endswith(("市", "自治州")) else jur.province


def with_own_words(title: str, jur: Jurisdiction) -> str:
    """A title that opens with the report's words for its own area (我省环保条例, 本市养犬管理条例) with that area's
    name, when the report's place gives it (广东省环保条例), else without them; 我区 is an autonomous region in a
    provincial report.
    Titles name the body in full too (河南省乡镇人民代表大会主席团工作条例, not 人大): :func:`laws._canonical` expands it,
    so one law written both ways is one law. Source: new users' law stories (round 17: 我省环保条例 and 广东省环保条例,
    …人大主席团工作条例 and …人民代表大会主席团工作条例 were two laws each)."""
    for word, level in OWN_AREA.items():
        if title.startswith(word):
            area = jur.name("provincial" if word.endswith("区") and jur.level == "provincial" else level)
            return (area or "") + title[len(word):]
    return title


def with_full_topic(title: str) -> str:
    """A local title whose topic is written as a national law's customary abbreviation (``law-aliases.csv``: 环保法 for
    环境保护法) with that law's topic in full: 广东省环保条例 (from 我省环保条例) → 广东省环境保护条例, 湖北省科技进步条例 →
    湖北省科学技术进步条例. Only an abbreviation that leaves characters out inside the topic counts (环保, 野保, 食安);
    one that cuts its end off (乡村振兴 for 乡村振兴促进, 大气 for 大气污染防治) may be a local title's own topic
    (四川省乡村振兴条例), which stays. Source: a new user's n10 (round 20: 广东省环保条例 beside 广东省环境保护条例)."""
    area = area_prefix(title)
    form = next((f for f in _SHORTENED_FORMS if title.endswith(f)), None)
    if area is None or form is None:
        return title
    topic = title[len(area) : len(title) - len(form)]
    entry = law_catalog.lookup(topic + "法") if title_key(topic + "法") in law_catalog.ALIASES else None
    full = entry.short_title.removesuffix("法") if entry else ""
    if not full or full == topic or full.startswith(topic) or full[0] != topic[:1] or not _inside(topic, full):
        return title
    return area + full + form


_SHORTENED_FORMS = ("实施细则", "实施办法", "若干规定", "条例", "办法", "规定", "细则")


def _inside(short: str, full: str) -> bool:
    """Whether ``short``'s characters stand in ``full`` in order (环保 in 环境保护)."""
    rest = iter(full)
    return all(char in rest for char in short)


def implementing_titles(text: str, jur: Jurisdiction, blocked: Stretches) -> list[tuple[int, int, str]]:
    """实施X法办法 where X is a national law: the local measure, which a provincial report's
    province makes (实施慈善法办法 in a Shaanxi report → 陕西省实施慈善法办法; the area, if written
    before it, the local-title finder has taken). The law may stand in 《》 with no 《》 around the
    measure (陕西省实施《中华人民共和国慈善法》办法): the area written before it is then read here."""
    own = jur.name("provincial") if jur.level == "provincial" else ""
    found = []
    for match in _IMPLEMENTING.finditer(text):
        if blocked.overlaps(*match.span()) or not law_catalog.lookup(match.group("law")):
            continue
        found.append((match.start(), match.end(), (own or "") + match.group()))
    for match in _IMPLEMENTING_QUOTED.finditer(text):
        outside = ((match.start(), match.start("law") - 1), (match.end("law") + 1, match.end()))
        if any(blocked.overlaps(*part) for part in outside) or not law_catalog.lookup(match.group("law")):
            continue
        start, area = _area_before(text, match.start(), jur)
        found.append((start, match.end(), (area or own or "") + match.group()))
    return found


def _area_before(text: str, end: int, jur: Jurisdiction) -> tuple[int, str | None]:
    """The area named right before ``end`` (陕西省, 我省, 省) and where it starts; ``end`` and None if none."""
    named = [(start, name) for start, stop, name in areas.every_name_in(text[max(0, end - _AREA_REACH) : end])
             if stop == min(end, _AREA_REACH)]
    if named:
        start, name = min(named)
        return end - min(end, _AREA_REACH) + start, name
    own = _OWN_BEFORE.search(text, max(0, end - 3), end)  # 自治区 is three characters
    if own:
        return own.start(), jur.name(_OWN_LEVEL[own.group()])
    return end, None


def implemented_laws(text: str, titles: list[tuple[int, int]], blocked: Stretches) -> list[tuple[int, int, str]]:
    """The national law a measure's title written without 〈〉 names (实施慈善法办法, 《湖北省实施中小企业
    促进法办法》): a mention of its own, as a law quoted in 〈〉 is; ``titles`` are the measures' spans."""
    found = []
    for start, end in titles:
        match = _IMPLEMENTING.search(text, start, end)
        if match and law_catalog.lookup(match.group("law")) and not blocked.overlaps(*match.span("law")):
            found.append((*match.span("law"), match.group("law")))
    return found


def implementing(title: str) -> str:
    """湖北省实施监督法办法 → 湖北省实施《中华人民共和国各级人民代表大会常务委员会监督法》办法: the law a
    local implementing measure names, by its official title."""
    match = IMPLEMENTING_TITLE.match(title)
    entry = law_catalog.lookup(match.group("law")) if match else None
    if match is None or entry is None:
        return title
    return f"{match.group('area')}实施《{entry.canonical}》{match.group('form')}"


def decisions(text: str, blocked: Stretches) -> list[tuple[int, int, str]]:
    """A standing committee's legal decisions named without 《》: drafts and decisions made, alone or
    as items of the list a verb of adoption heads; ``blocked`` stretches may lie inside one (the
    titles it amends), not across its ends."""
    listed = (m for m in finditer(_LISTED_DECISION, text)
              if _ADOPTED.search(text, max(0, m.start() - _LIST_REACH), m.start()))
    return [(m.start(), m.end(), m.group()) for m in (*finditer(_DECISION, text), *listed)
            if not blocked.holds(m.start()) and not blocked.holds(m.end() - 1)]  # it may quote titles whole


# The titles a decision amends, repeals or approves, written bare inside it (关于修改立法法的决定, 关于废止省
# 河道管理条例的决定, 关于修改自治区实施X法办法等七件地方性法规的决定): after the verb or a list mark that
# follows a title, up to the next list mark, the count (等七件) or 的决定; a law quoted inside a title in 《》
# is part of it (自治区实施《中华人民共和国就业促进法》办法).
_ACTED_ON = re.compile(rf"(?:(?P<verb>修改|修订|废止|批准)|(?<=[法例则定])[和、])"
                       rf"(?P<title>(?:(?!修改|废止|批准|关于)[{HAN_CHARS}]|《[^《》]{{1,40}}》){{2,40}}?(?:条例|办法|细则|规定|规则|法))"
                       r"(?=等|[和、]|的决定)")


def acted_on(decision: str) -> list[tuple[int, int, str, str]]:
    """The titles a decision's words name bare as what it amends, repeals or approves, in order, as
    (start, end, title, verb) within ``decision``; a title quoted whole (修改《X条例》) and references
    (废止有关…规定) are not."""
    found: list[tuple[int, int, str, str]] = []
    for match in _ACTED_ON.finditer(decision):
        start, end = match.span("title")
        if match.group("verb") is None and not (found and found[-1][1] == match.start()):
            continue  # a list mark continues a list of titles only
        if not is_reference(match.group("title")):
            verb = match.group("verb") or found[-1][3]
            found.append((start, end, match.group("title"), verb))
    return found


def own_title(title: str, jur: Jurisdiction, area: str | None) -> str:
    """A bare title a local congress names as its own: a leading own-area word (省, 自治区, 本市 …) read
    as the area it stands for, else ``area`` before it; a title that names its area stays as written."""
    own = _OWN_TITLE.match(title)
    word = own.group("own") or own.group("word") if own else None
    if word and (named := jur.name(_OWN_LEVEL.get(word) or LEVEL_OF_CHAR[word])):
        return named + title[own.end():]
    return area + title if area and area_prefix(title) is None else title


def area_prefix(title: str) -> str | None:
    """The area name ``title`` opens with, if any (湖北省乡镇人大工作条例 → 湖北省)."""
    return next((name for start, _, name in areas.every_name_in(title[:12]) if start == 0), None)


def by_no_legislature(title: str) -> bool:
    """Whether a canonical title is a county's, a district's or a banner's own (宜昌市西陵区国家工作人员宪法宣誓实施
    办法, 扎鲁特旗人民代表大会常务委员会关于…的决定): the areas it opens with, one after another, end with a
    county-level area that is not autonomous. Such an area's congress and government make no law (立法法:
    provinces, districted cities and autonomous areas do; the round 11 answer to the annotators); an
    autonomous county's regulations (秀山土家族苗族自治县…) and a new area's (上海市浦东新区…规定, which the
    city's congress makes) stay laws."""
    end, last = 0, None
    for start, stop, name in areas.every_name_in(title[:24]):
        if start == end:
            end, last = stop, name
    if last is None or "自治" in last or last.endswith("新区") or len(title) <= end:
        return False
    return all(area.level == "county" for area in areas.named(last)) and bool(areas.named(last))


# A law's own implementing regulation named after it: 《X法》及其实施条例, X法和实施细则, 《X法》实施条例;
# or the area's measures implementing it: X法及省实施办法, X法及陕西省实施办法.
_ITS_RULES = re.compile(r"(?:》(?:及其|及|和|以及|与)?|及其|及|和|以及|与)(?:配套的?)?"
                        rf"(?:(?P<own>{_OWN_WORDS})|(?P<area>[{HAN_CHARS}]{{1,8}}?(?:省|市|自治区)))?"
                        r"(?P<form>实施条例|实施细则|实施办法)")


def _whole_area(name: str) -> str | None:
    """``name`` when the gazetteer holds it whole (陕西省), else None (a run of words ending in 省)."""
    return name if any(start == 0 and end == len(name) for start, end, _ in areas.every_name_in(name)) else None


def implementing_rules(text: str, jur: Jurisdiction, hits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The implementing regulation a text names right after its law (《土地管理法》及其实施条例 →
    土地管理法实施条例, where the catalog holds one), or an area's implementing measure, its own or
    named (X法及省实施办法 → 江苏省实施X法办法, X法及陕西省实施办法 → 陕西省实施X法办法); ``hits`` are
    (start, end, canonical title)."""
    found = []
    for _, end, title in hits:
        match = _ITS_RULES.match(text, end)
        if match is None:
            continue
        law, form = title.removeprefix(law_catalog.PRC), match.group("form")
        if match.group("own") or match.group("area"):
            written = "own" if match.group("own") else "area"
            area = jur.name(_OWN_LEVEL[match.group("own")]) if written == "own" else _whole_area(match.group("area"))
            if area and law_catalog.lookup(law):
                found.append((match.start(written), match.end(), f"{area}实施{law}{form.removeprefix('实施')}"))
        elif law_catalog.lookup(law + form):
            found.append((match.start("form"), match.end(), law + form))
    return found


# Titles listed right before the inspection of them (对A条例、B条例开展执法检查, 开展X条例执法检查), the list closed by
# its kind (对A条例、B条例等地方性法规的实施情况开展检查: ad11, round 47), written without 《》 and without their area.
_INSPECTED_LIST = re.compile(rf"((?:[{HAN_CHARS}]{{2,25}}?(?:条例|办法|规定)、)*[{HAN_CHARS}]{{2,25}}?(?:条例|办法|规定))"
                             r"(?:等(?:地方性法规|法律法规|法规|条例))?"
                             r"(?:的?(?:贯彻)?(?:实施|执行)情况)?(?:开展|进行|组织)?(?:执法检查|检查)")
_HAN_RUN = re.compile(rf"[{HAN_CHARS}、]+")
# A law and a conjunction inside a list item: the item names two titles (X法及省实施办法).
_LAW_THEN = re.compile(r"法(?:以及|及|和|与)")
# Words a list run may start with that belong to the clause, not to the first title (拟对, 开展, 组织; the congress
# whose group or work it is, 省人大常委会河道管理条例执法检查组; a verb of carrying a law out, 推进优化营商环境条例执法检查;
# launching it, 2024年启动优化营商环境条例执法检查; the rest of a date the run starts after, 年 or 月 after its digits, or a
# year named by a word, 今年优化营商环境条例执法检查: z17).
_CLAUSE_LEAD = re.compile(r"^(?:今年|去年|明年|年度?|月份?)?"
                          r"(?:.*(?:对|就|开展|组织|进行|人大常委会|常委会|人民代表大会常务委员会|推进|贯彻落实|贯彻|落实|启动))?了?")
# 推进 right after a word taking the inspection or the title as its object (开展推进科技创新中心建设条例执法检查, 对推进…条例)
# opens the title (上海市推进科技创新中心建设条例), no verb of its own: two verbs in a row take no object between them.
_TITLE_VERB = re.compile(r"(?:对|就|开展|组织|进行|启动)(?=推进$)")
# A reference, not a title (两部条例, 该条例, 有关规定, 修订后的条例, 《X法》实施条例), or a law with its own rules (森林法及其
# 实施条例, which :func:`implementing_rules` reads).
# An area's rules in general, its own-area word and a form with nothing between (研究修改我市条例, 省条例): no title.
_REFERENCE = re.compile(rf"^(?:[\d{COUNT_NUMERAL_CHARS}]+[部项个件]|该|本|有关|相关|上述|这|各|其|实施|新?修[订改正]后?的)|及其"
                        rf"|^(?:{_OWN_WORDS}|我县|本县|我区|本区|县)(?:地方性法规|法规|{'|'.join(_LOCAL_FORMS)})$")


def is_reference(title: str) -> bool:
    """Whether a run of words ending like a title refers to titles named elsewhere (两个条例, 该条例,
    有关规定), to an area's rules in general (我市条例) or to a law's own rules (及其实施条例), rather
    than naming one."""
    return _REFERENCE.search(title) is not None


def _inspected_lists(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_INSPECTED_LIST`` in ``text``: a list is Han and 、 alone, ending in 检查, so only
    the runs of those that hold 检查 are searched."""
    runs = (run for run in _HAN_RUN.finditer(text) if "检查" in run.group())
    return (m for run in runs for m in _INSPECTED_LIST.finditer(text, run.start(), run.end()))


def _lead_end(item: str, end: int) -> int:
    """Where the title of a list item starts after its clause's lead words end at ``end``: there, or at a 推进
    that opens the title (:data:`_TITLE_VERB`) unless what follows it is a catalog title (推进优化营商环境条例执法检查:
    the State Council's regulation, 推进 its verb)."""
    if _TITLE_VERB.search(item, 0, end) and not law_catalog.lookup(item[end:]):
        return end - len("推进")
    return end


def inspected_titles(text: str, blocked: Stretches) -> list[tuple[int, int, str]]:
    """Bare titles in the list an inspection names (拟对中轴线保护条例、预付卡管理条例开展执法检查), each
    as written: the text names no area, so none is invented (a catalog title gets its own name)."""
    found = []
    for match in _inspected_lists(text):
        offset = match.start(1)
        for item in match.group(1).split("、"):
            lead = _CLAUSE_LEAD.match(item)
            if lead and lead.end() and _REFERENCE.search(item[lead.end():]):
                offset += len(item) + 1
                continue  # a reference after the clause's words (4月至5月对该条例, 今年对本条例) names no title
            lead = lead if lead and len(item) - lead.end() >= 4 else None
            start = offset + (_lead_end(item, lead.end()) if lead else 0)
            end = offset + len(item)
            offset = end + 1
            if law_before := list(_LAW_THEN.finditer(text, start, end)):
                start = law_before[-1].end()  # 慈善法及我省实施办法: the law is the catalog finder's
            if stops := list(_TITLE_STOP.finditer(text, start, end)):
                start = stops[-1].end()  # 教科文卫委通报食品安全条例: the title starts after the verb (TITLE_STOPS)
            title = text[start:end]
            if (len(title) < 4 or blocked.overlaps(start, end) or "关于" in title or _REFERENCE.search(title)
                    or bare_measure(title) or law_catalog.not_law().search(title)):
                continue  # not-laws.csv holds for a bare title as for one in 《》: 辖区内条例 names no topic
            found.append((start, end, title))
    return found
