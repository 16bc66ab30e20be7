"""Document metadata inferred from a report's title and text.

The extractor resolves relative references (区人大常委会, 市政府) against the
reporting organ's jurisdiction, and the graph files each report under the year
its work covers, so every reader fills ``organ``, ``jurisdiction``, ``level``,
``year`` and ``issued`` as far as the text tells them. Values a reader found in
a header or in the page's own metadata always win over inference.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from datetime import date
from functools import lru_cache
from urllib.parse import urlsplit

from loaders import level_word
from loaders.document import PAGE_DATE
from loaders.extract import partners
from loaders.lexicon import areas
from loaders.lexicon.first_chars import quick
from loaders.lexicon.normalise import simplify
from loaders.lexicon.numerals import arabic_dates, to_number
from loaders.lexicon.patterns import (ACTION_YEAR, AREA_UNIT, DATE_RE, HAN_CHARS, LEVEL_OF_CHAR, LEVELS, NUMERAL_CHARS, TERM,
                                      level_of_area)
from loaders.lexicon.tables import rows, words_of
from loaders.read.text import spelt_level

#: An administrative area chain such as 湖北省武汉市新洲区, or a bare unit (区) that is relative.
_NAME_CHAR = rf"(?:[{HAN_CHARS}](?<![的向和与及对在由为是了等各委会府政受于将]))"
_AREA = rf"(?:全国|(?:{_NAME_CHAR}{{1,8}}?{AREA_UNIT})+|{AREA_UNIT})"
_TERM = f"{TERM}?"
_BODY = r"(?:人民代表大会常务委员会|人大常委会|人民代表大会主席团|人大主席团)"
#: Organ names where a name begins: after a line start, punctuation, a year or 受/来源; the term may stand before the area
#: (十四届全国人大常委会第六次会议举行联组会议: newuser21 §3) as after it (湖州市第十届人大常委会).
_ORGAN = re.compile(
    rf"(?:^|(?<=[\s,，。;；:：、“”\"(（《])|(?<=\d年)|(?<=\d年[,，])){_TERM}(?P<area>{_AREA}){_TERM}(?P<body>{_BODY})(?!委托|办公厅)",
    re.M,
)
#: 我受…常务委员会委托，向大会报告工作: the speaker's organ in a work report.
_ENTRUSTED = re.compile(rf"受(?P<area>{_AREA})?{_TERM}(?P<body>{_BODY})委托[,，]?\s*(?:向|现将|就)")
#: A session of a congress by its term and number (十四届全国人大四次会议, 湖州市第九届人民代表大会第三次会议); ``area`` its place.
SESSION_NAME = rf"{_TERM}(?P<area>{_AREA})?{_TERM}(?:人民代表大会|人大)第?[{NUMERAL_CHARS}\d]+次(?:全体)?会议"
#: A session heading the text: news of the congress's plenary, not of its standing committee; a session the text
#: looks back on (…会议召开以来, 闭幕后, 期间, 精神) opens a standing committee's account.
_SESSION = re.compile(rf"^\s*{SESSION_NAME}(?!(?:召开|闭幕)?(?:以来|前|后|之后|期间)|精神)")
#: A session as the subject of its sentence, held (举行第二次全体会议, 在人民大会堂开幕) or given its agenda (会议议程：一、…):
#: its plenary's items follow; not a session looked back on or prepared (召开以来, 召开前, 筹备工作, 传达学习…会议精神).
SESSION_HELD = re.compile(SESSION_NAME + r"(?:[^，,。；;\n]{0,16}?(?:举行|召开|开幕|闭幕)(?!以来|前|后|之际|期间|之前|的|时间|日期|事项)|(?P<agenda>议程))")
#: A held session as a news item's first words, after its time or a label (今日上午9时，十四届全国人大四次会议举行第二次全体会议;
#: 材料一:第十四届全国人民代表大会第二次会议议程:): the plenary's news, whoever's report it then quotes (受全国人大常委会委托，…
#: 向大会报告); a session named as a work report's occasion (在…会议上) is none.
_SESSION_NEWS = re.compile(rf"^\s*(?:[^，,:：。\n在]{{1,20}}[，,:：\s]\s*)?{SESSION_HELD.pattern}")
#: A congress committee named as the holder of the meeting a news item opens with (湘乡市人民代表大会法制委员会第二全体会议召开,
#: 第十四届全国人民代表大会财政经济委员会召开全体会议) or as the item's source in its byline (来源:湘乡市人大法制委): the report's
#: organ when no standing committee is.
_COMMITTEE = (rf"{_TERM}(?P<area>{_AREA}){_TERM}(?:人民代表大会|人大)(?:常务委员会|常委会)?"
              r"(?P<committee>[^\s，,。:：、]{1,10}?(?:委员会|委|工委))")
_HOLDER = re.compile(rf"^\s*(?:[^，,。\n]{{0,20}}[，,\s]\s*)?{_COMMITTEE}(?:召开|举行)?第?[{NUMERAL_CHARS}\d]*次?(?:全体)?会议")
_BYLINE = re.compile(rf"^\s*(?:来源|来自|稿件来源|信息来源)\s*[:：]\s*{_COMMITTEE}\s*$", re.M)
_FULL_BODY = {"人大常委会": "人民代表大会常务委员会", "人大主席团": "人民代表大会主席团"}
_DATE = DATE_RE
_LABELLED_DATE = re.compile(r"(?:发布日期|发布时间|发文日期|日期|时间)\s*[:：]\s*" + _DATE.pattern)
#: A look-back over the congress's present term, ending now (五年来, 过去五年, 本届以来): ``look-backs.csv``'s this_term rows.
_FIVE_YEARS = re.compile(words_of("look-backs", "this_term"))
#: A term's look-back counted in years (四年来, 过去4年工作回顾, 任期的五年, 近五年来): a congress's term is five
#: years (four before the 2004 amendment of the Constitution's Article 98 for counties and townships).
_TERM_LOOKBACK = quick(r"(?:过去|近|任期的?)\s?([四五45])\s?年|(?<![\d一二三四五六七八九十])([四五45])\s?年(?:来|以来|工作回顾)")
# Years as PDF text layers write them too, a blank before 年 (2019 年以来).
_SINCE = re.compile(r"(?<!\d)(\d{4})\s?年以来")
_OPENING_YEAR = re.compile(r"^\s*(\d{4})\s?年(?:度)?(?:[,，]|工作回顾|以来|是|，|的工作)", re.M)
_PLAN_YEAR = re.compile(r"(?<!\d)(\d{4})\s?年(?:度)?[^，。,]{0,6}?(?:工作计划|监督工作|工作要点|工作报告|工作总结)")
_YEAR_MONTH = re.compile(r"(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月")
# A work report's byline: delivered at a session (——2020年4月22日在温州市第十三届人民代表大会第五次会议上).
_DELIVERED = re.compile(r"在[^。\n]{0,40}?(?:会议|大会)上")
_PAST_YEAR = re.compile(r"过去一年|一年来|去年")
#: The metadata key of the year a text was written in, set only when the report's year is inferred from that date and
#: differs from it (an annual report issued 2024-01-25 looking back on 过去一年: year 2023, written 2024): the text speaks
#: from its date, so its relative years count from it (:func:`loaders.extract.dating.relative`). Absent when a header
#: or the text states the year (``year: 2023``; 2023年，…): the report speaks of that year.
WRITTEN = "written"
_OPENING_DATE = 300  # how far into the text a date still dates the report
_LONGEST_NAME = 8  # characters of a province's or prefecture's name before its unit
_PREFECTURE = re.compile(rf"[{HAN_CHARS}]{{2,{_LONGEST_NAME}}}?(?:省|自治区)|[{HAN_CHARS}]{{2,{_LONGEST_NAME}}}?(?:市|自治州|州|盟|地区)")


def infer_metadata(text: str, given: dict[str, str] | None = None, *, simplified: bool = False) -> dict[str, str]:
    """Return ``given`` completed with inferred organ, jurisdiction, level, year and issued.

    ``given`` (header or page metadata) wins key by key; ``title`` and
    ``source_organ`` in it also serve as evidence. ``simplified`` says that
    ``text`` is already normalised (:mod:`loaders.lexicon.normalise`).

    >>> meta = infer_metadata("2023年,新洲区人大常委会依法开展执法检查。", {"issued": "2024-02-09"})
    >>> meta["organ"], meta["jurisdiction"], meta["level"], meta["year"]
    ('新洲区人民代表大会常务委员会', '新洲区', 'county', '2023')
    """
    given = dict(given or {})
    page_date = given.pop(PAGE_DATE, None)  # a guess of the page's date: after the text's own
    plain = text if simplified else simplify(text)
    title = simplify(given.get("title", ""))
    context = "\n".join((title, simplify(given.get("source_organ", "")), plain))
    inferred: dict[str, str] = {}
    organ = (simplify(given.get("organ", "")) or _infer_organ(context)  # a header may write it in either script
             or _source_congress(simplify(given.get("source_organ", ""))))
    jurisdiction = simplify(given.get("jurisdiction", "")) or (_jurisdiction(organ, context) if organ else None)
    if organ:
        area = _area_of(organ)
        if "organ" not in given and area and jurisdiction and jurisdiction.endswith(area):
            organ = jurisdiction + organ[len(area) :]  # 新洲区… → 武汉市新洲区…
        inferred["organ"] = organ
    if jurisdiction:
        inferred["jurisdiction"] = jurisdiction
    # the level of the area, else of the level word a placeless organ starts with (县人大常委会 → county): as the
    # graph reads the report's (report_level below), so the Facts and /reports agree
    if level := (level_of_area(jurisdiction) if jurisdiction else None) or (level_word(organ) if organ else None):
        inferred["level"] = level
    dated = arabic_dates(plain)  # 二〇二三年十月十二日 → 2023年10月12日
    issued = given.get("issued") or _infer_issued(arabic_dates(title) + "\n" + dated) or page_date
    if issued:
        inferred["issued"] = issued
    # a page's posting date guesses the year, whether an issued: line, the page's own or its address's (/202409/) gives it
    posted = issued or address_date(given.get("url"))
    year, written = (given["year"], None) if given.get("year") else _infer_year(dated, posted)
    if year:
        inferred["year"] = year
    if written is not None and str(written) != year:
        inferred[WRITTEN] = str(written)
    inferred.update({key: value for key, value in given.items() if value})
    return inferred


#: A header's organ named by its level's word alone (县人大常委会, 市政府, 自治州人民政府), its place left to the reader: the
#: word, then the body. 市中区人大常委会 is a place's name (the word is not followed by the body).
_RELATIVE_ORGAN = re.compile(r"(自治区|自治州|自治县|自治旗|[省市州区县旗镇乡])(?=人大|人民代表大会|人民政府|政府|人民法院|法院|"
                             r"人民检察院|检察院|监察委员会|监委|党委)")
#: A header's level (:data:`loaders.lexicon.patterns.LEVELS`) → the word ``okg:level`` states, as every answer of okg
#: spells it (:func:`loaders.read.text.spelt_level`: provincial → province): the level names areas are listed by
#: (:data:`graph.areas.LEVELS`), so a report's level and its area's compare as they are.
LEVEL_NAMES = {level: spelt_level(level) for level in LEVELS}


def report_level(header: dict[str, str], metadata: dict[str, str]) -> str | None:
    """The level a report speaks from, as ``okg:level`` states it (:data:`LEVEL_NAMES` of :func:`stated_level`)."""
    return LEVEL_NAMES.get(stated_level(header, metadata) or "")


def stated_level(header: dict[str, str], metadata: dict[str, str]) -> str | None:
    """The level a report speaks from, as a header writes it (:data:`loaders.lexicon.patterns.LEVELS`): the header's ``level:``
    (``header``: the reader's metadata); else the level its organ's name states (:func:`loaders.organ_level`: 湖北省人大
    常委会 → province), or its level word alone (:func:`loaders.level_word`: 县人大常委会 → county, whichever county);
    else the level of the area the extractor read from its text (``metadata["level"]``); None when none says.

    The graph's ``okg:level`` and the Facts' ``report.level`` (newuser36 A7, round 51: a report whose organ only its
    text names had the level in the store and none in the Facts) are this one reading.

    Not the level of the report's area (``okg:jurisdiction``): a township congress's report whose township the
    gazetteer does not hold is placed in its county, and a county's report whose county it leaves unnamed
    (县人民代表大会常务委员会（德州市属县，县名未载）) in its city; its level is still township or county."""
    from loaders import organ_level

    organ = header.get("organ") or metadata.get("organ") or ""
    return header.get("level") or organ_level(organ) or level_word(organ) or metadata.get("level") or None


def relative_organ(organ: str) -> str | None:
    """The level word a name opens with when it names its organ by that word alone (县 of 县人大常委会, 市 of 市政府;
    None for 市中区人大常委会, 平利县人大常委会)."""
    found = _RELATIVE_ORGAN.match(simplify(organ).strip())
    return found.group(1) if found else None


def placed_organ(organ: str, place: str) -> tuple[str, str | None]:
    """A header's ``organ:`` named by its level's word alone (县人大常委会) placed in its ``jurisdiction:`` (平利县), as
    the README's header table says (``jurisdiction``: the organ's place; relative names resolve against it): the name
    with the place before its body (平利县人大常委会), and None; or ``organ`` unchanged with the one warning saying why it
    is not placed (the place is of another level: 县人大常委会 with 安康市). A short place name (平利) takes the word's
    unit when the gazetteer holds that name (平利县). ``organ`` unchanged and None when either is empty or the organ
    names its place (a first-time analyst, round 42, finding 8: 平利's inspection lay in no area, with no warning).

    >>> placed_organ("县人大常委会", "平利县"), placed_organ("市政府", "安康"), placed_organ("市中区人大常委会", "济南市")
    (('平利县人大常委会', None), ('安康市政府', None), ('市中区人大常委会', None))
    """
    written, place = organ, simplify(place).strip()
    organ = simplify(organ).strip()
    relative = _RELATIVE_ORGAN.match(organ)
    if not organ or not place or relative is None:
        return written, None
    word, body = relative.group(1), organ[relative.end():]
    if place.endswith(word[-1]):
        return place + body, None
    if level_of_area(place) is None and areas.named(place + word):
        return place + word + body, None
    level = LEVEL_NAMES.get(level_of_area(place) or "", "")
    return written, (f"organ: {organ!r} names a {LEVEL_NAMES.get(LEVEL_OF_CHAR.get(word, ''), word)}'s organ by its "
                   f"level word and jurisdiction: {place!r} is {'a ' + level if level else 'of another level'}, so the "
                   f"organ is not placed there: its work lies in no area and drops out of jurisdiction filters and "
                   f"/areas; write the organ with its place (organ: {place}{body} if it is {place}'s)")


def _infer_organ(context: str) -> str | None:
    """The reporting organ: the congress whose session the opening sentence is news of, else the one that
    entrusted the speaker, else the congress whose session heads the text, else the title's, else the most
    named, else the congress committee that holds the opening meeting or that the byline names as the source.

    Counting guards against a verb glued to an area (推动区人大常委会) at one place.
    """
    head = context[:3000]
    entrusted = _ENTRUSTED.search(head)
    candidates = _candidates(head)
    first_line = _candidates(head.split("\n", 1)[0])
    opening = next((line for line in head.split("\n") if line.strip()), "")
    session = _SESSION.match(opening)
    news = _SESSION_NEWS.match(opening)
    committee = _HOLDER.match(opening) or _BYLINE.search(context)
    if news and news.group("area") and not _is_relative(news.group("area")):
        return _known_part(news.group("area")) + "人民代表大会"
    if entrusted:
        area, body = _known_part(entrusted.group("area") or ""), entrusted.group("body")
    elif session and session.group("area") and not _is_relative(session.group("area")):
        return session.group("area") + "人民代表大会"
    elif first_line:
        area, body = first_line[0]
    elif any(not _is_relative(a) for a, _ in candidates):
        area, body = Counter(c for c in candidates if not _is_relative(c[0])).most_common(1)[0][0]
    elif committee and not _is_relative(_known_part(committee.group("area"))):
        return _known_part(committee.group("area")) + committee.string[committee.end("area") : committee.end("committee")]
    else:
        return None  # no body, or only relative ones (区人大常委会) whose place nothing names
    if not area or _is_relative(area):
        named_areas = [a for a, _ in candidates if not _is_relative(a) and a.endswith(area)]
        if not named_areas:
            return None
        area = Counter(named_areas).most_common(1)[0][0]
    return area + _FULL_BODY.get(body, body)


#: A page's source label naming a congress alone (来源：通山县人大, 湖州市人民代表大会常务委员会): its news is that congress's.
_SOURCE_CONGRESS = re.compile(rf"(?P<area>{_AREA}){_TERM}(?:人大|人民代表大会)(?:常委会|常务委员会)?")


def _source_congress(source: str) -> str | None:
    """The organ a page's source label names when the text names none (a fresh user, round 32, class 3: a page with
    ``来源：通山县人大`` and no header placed in the joint partner's county): a congress of a named area, its standing
    committee above the townships (县人大 in a county's news is its standing committee's), a township's congress."""
    m = _SOURCE_CONGRESS.fullmatch(source)
    area = _known_part(m.group("area")) if m else ""
    if not area or _is_relative(area) or not areas.leading(area):
        return None
    return area + ("人民代表大会" if area.endswith(("镇", "乡", "街道")) else "人民代表大会常务委员会")


def _candidates(text: str) -> list[tuple[str, str]]:
    """(area, body) of each organ :data:`_ORGAN` finds in ``text`` whose area is no other body's the report's organ works
    with or helps, glued after a partner's word (与崇阳县人大常委会联合开展…, 配合咸宁市人大常委会…: :data:`partners.BEFORE_PARTNER`):
    a page with no header took its place from the joint partner it named (a fresh user, round 32, class 3: 通山县's
    news placed in 崇阳县, its 县人大常委会 resolved to 崇阳's)."""
    found = []
    for m in _ORGAN.finditer(text):
        area = m.group("area")
        known = _known_part(area)
        if not partners.BEFORE_PARTNER.search(area[: len(area) - len(known)]):
            found.append((known, m.group("body")))
    return found


def _known_part(area: str) -> str:
    """``area`` from where the gazetteer knows it (a full name of any level down to townships,
    starting a chain): a chain of real names (湖北省武汉市新洲区) stays whole; words glued before a name or a
    unit (配合省, 协助市, 推动新洲区) and the party's name (中共通山县人大常委会党组: the congress's is 通山县's, round 33)
    are cut off, leaving the name or the bare unit, a relative reference. An area the gazetteer lacks is therefore never a report's organ by itself."""
    if not area or area == "全国":
        return area
    for cut in range(len(area)):
        rest = area[cut:]
        if _is_relative(rest) or areas.leading(rest) and not rest.startswith(areas.BEFORE_AREA):
            return rest
    return area


def _is_relative(area: str) -> bool:
    """区, 市 or a generic 乡镇: a unit that names no particular area."""
    return re.fullmatch(f"{AREA_UNIT}+", area) is not None


def _jurisdiction(organ: str, context: str) -> str | None:
    """The organ's area, extended by the longest chain (湖北省武汉市…) that the text puts before it."""
    if organ.startswith("全国"):
        return "中华人民共和国"
    area = _area_of(organ)
    if not area:
        return None
    best = area
    if area not in context:
        return best
    for found in _chains_to(area, context):
        chain = _from_known_area(found.group(0), len(area))
        if len(chain) > len(best) and chain.endswith(area):
            best = chain
    return best


@lru_cache(maxsize=256)
def _chain_to(area: str) -> re.Pattern[str]:
    """One or two prefecture-level names (:data:`_PREFECTURE`) right before ``area``: the chain a text puts before an
    organ's area; compiled once per area."""
    return re.compile(rf"((?:{_PREFECTURE.pattern}){{1,2}}){re.escape(area)}")


# The longest chain :func:`_chain_to` puts before an area: two prefecture names (:data:`_PREFECTURE`) at their longest.
_CHAIN_REACH = 2 * (_LONGEST_NAME + len("自治区"))


def _chains_to(area: str, context: str) -> Iterator[re.Match[str]]:
    """The matches of ``_chain_to(area).finditer(context)``, tried only at the :data:`_CHAIN_REACH` characters before
    each place ``area`` is written: a match ends with ``area``, so none starts farther before it, and the pattern reads
    nothing before its start. A search of the whole text tried the pattern's lazy names at every character (a fiftieth of
    extracting the dev files)."""
    pattern = _chain_to(area)
    position = 0  # where the next match may start: past the last, and past every start tried
    written = context.find(area)
    while written >= 0:
        found = next(filter(None, (pattern.match(context, start)
                                   for start in range(max(position, written - _CHAIN_REACH), written))), None)
        if found:
            yield found
        position = found.end() if found else max(position, written)
        written = context.find(area, max(position, written + 1))


def _from_known_area(chain: str, own: int) -> str:
    """``chain`` (湖北省武汉市新洲区) from its first place the gazetteer names, the words before it dropped (日在武汉市
    武昌区, a work report's 2021年12月15日在武汉市武昌区… occasion line, is 武汉市武昌区); its last ``own`` characters
    (the organ's own area) alone when no place before them is named."""
    for start in range(len(chain) - own):
        first = _PREFECTURE.match(chain, start)
        if first and areas.named(first.group(0)):
            return chain[start:]
    return chain[len(chain) - own :]


def _area_of(organ: str) -> str | None:
    """The named area an organ's name starts with (新洲区 of 新洲区人民代表大会…), if any; a party group's name opens
    with the party's (中共通山县人大常委会党组: 通山县, a first-time analyst, round 32)."""
    match = re.match(rf"(?:中共|中国共产党)?({_AREA}){_TERM}(?:人民代表大会|人大)", organ)
    if not match or match.group(1) == "全国" or _is_relative(match.group(1)):
        return None
    return match.group(1)


def _infer_issued(text: str) -> str | None:
    """The issue date: a labelled date (发布日期: …), else a date alone on a line near the top."""
    head = text[:2000]
    labelled = _LABELLED_DATE.search(head)
    if labelled:
        return _iso(*labelled.groups())
    for line in head.split("\n")[:12]:
        found = _DATE.search(line)
        if found and len(line.strip()) <= 40:
            iso = _iso(*found.groups())
            if iso:
                return iso
    return None


def _iso(year: str, month: str, day: str) -> str | None:
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def look_back_years(sentence: str) -> int | None:
    """How many years ``sentence`` looks back over ending now (五年来, 过去五年, 本届以来, 任期以来: 5; 四年来: 4),
    a congress's term (Constitution, Article 98); None when it looks back over none."""
    if _FIVE_YEARS.search(sentence):
        return 5
    term = _TERM_LOOKBACK.search(sentence)
    return int(to_number(term.group(1) or term.group(2)) or 0) or None if term else None


#: A congress's term in years (Constitution, Article 98): how far back a former term named as a time reaches.
TERM_YEARS = 5
# A sentence opening with the congress's former term as the time of its work (上一届常委会曾对…开展执法检查, 上届市人大
# 常委会…, 在上一届任期内，…): the term words of ``look-backs.csv``, then the body or the term itself.
_FORMER_TERM = re.compile(r"^[\s“\"]*(?:在|于)?(?:" + words_of("look-backs", "term")
                          + rf")[{HAN_CHARS}]{{0,12}}?(?:人大常委会|常委会|常务委员会|人大|任期|期间)")


def former_term(sentence: str, year: int) -> tuple[int, int] | None:
    """The years ``sentence`` dates its work by when it opens with the congress's former term (上一届常委会曾对…开展执法
    检查): the :data:`TERM_YEARS` years before the report's ``year``, the nearest the report's own words place that
    term, never the report's year itself; None for any other opening. Source: a fresh user's (round 32, class 2: 上一届
    常委会曾对《草原法》开展执法检查 was dated by the header's year)."""
    return (year - TERM_YEARS, year - 1) if _FORMER_TERM.match(sentence) else None


# A running total's start (自2010年6月首次开展专题询问以来, 2018年以来, 2019年至今), or the start of work done each
# year since (自2021年起，常委会每年都对…; 从2019年开始，每年听取…: not a law's 自2024年起施行): the year it counts from.
# (Behind a lookahead of its first characters, first_chars.quick: two branches open with a lookbehind, so re tried all
# three at every position of every sentence asked about.)
_COUNTED_SINCE = quick(r"自\s?(\d{4})\s?年[^。；;]{0,40}?以来|(?<!\d)(\d{4})\s?年(?:\d{1,2}月份?)?(?:以来|至今)"
                       r"|(?<!\d)(\d{4})\s?年(?:\d{1,2}月份?)?(?:起|开始)(?=[^。；;]*?(?:每年|年年|每一年))")


@lru_cache(maxsize=1)
def _milestones() -> tuple[re.Pattern[str], dict[str, int]]:
    """The party congresses a total is counted from (``milestones.csv``: 党的十八大以来), ``党的`` optional, and the year
    of each by its name without ``党的``."""
    years = {row["word"].removeprefix("党的"): int(row["year"]) for row in rows("milestones")}
    return quick(r"(?:党的)?(" + "|".join(years) + r")(?:召开)?以来"), years


def since_year(sentence: str) -> int | None:
    """The year ``sentence`` counts from up to now (自2010年6月…以来, 2018年以来, 2019年至今, 党的十八大以来: the year of
    that congress, ``milestones.csv``), or None. A figure or an activity told so is a running total over the years
    since, not the report year's (a new user's study of figures, round 18: 自2010年6月…已开展了18次 was filed under the
    report's year; newuser21 §9: 党的十八大以来…共对73部法律法规开展执法检查 under 2017)."""
    if found := _COUNTED_SINCE.search(sentence):
        return int(found.group(1) or found.group(2) or found.group(3))
    milestone, years = _milestones()
    named = milestone.search(sentence)
    return years[named.group(1)] if named else None


def _infer_year(text: str, issued: str | None) -> tuple[str | None, int | None]:
    """The year (or range, 2017-2021) the reported work covers, and the year the text was written in when the
    covered year is inferred from that date (its byline's, its issue date's): the text then speaks from that date, and
    its 今年, 去年 count from it (:data:`WRITTEN`); None for a year the text states (2023年，…; 2024年工作要点)."""
    head = text[:4000]
    issued_year = int(issued[:4]) if issued else None
    since = _SINCE.search(head)
    if since and _FIVE_YEARS.search(head):
        start = int(since.group(1))
        end = issued_year - 1 if issued_year and issued_year - 1 > start else start + 4
        return f"{start}-{end}", issued_year
    # the date its opening lines give: of the session a work report was delivered at (——2020年4月22日在…会议上), or
    # of the meeting or event a short report opens with (于2024年9月25日召开, 2024年3月，…)
    dated = _DATE.search(head, 0, _OPENING_DATE) or _YEAR_MONTH.search(head, 0, _OPENING_DATE)
    if dated and _delivered(head, dated):  # before the years the text opens its parts with: its plan's (2024年，…) too
        return _reported_year(int(dated.group(1)), int(dated.group(2)), head), int(dated.group(1))
    opening = _OPENING_YEAR.search(head)
    if opening:
        return opening.group(1), None
    plan = _PLAN_YEAR.search(head)
    if plan:
        return plan.group(1), None
    term = _TERM_LOOKBACK.search(head)
    if term and issued and issued_year:  # a term's report: delivered in its first half-year, it ends the year before
        last = issued_year - 1 if int(issued[5:7]) <= 6 else issued_year
        return f"{last - int(to_number(term.group(1) or term.group(2)) or 0) + 1}-{last}", issued_year
    if issued and issued_year:
        return _reported_year(issued_year, int(issued[5:7]), head), issued_year
    if dated:  # a meeting's or an event's date
        return dated.group(1), None
    # the year its first lines date the work by (广东省人大常委会2023年对…开展执法检查)
    action = ACTION_YEAR.search(head, 0, _OPENING_DATE)
    return (action.group(1) if action else None), None


def year_from_date(text: str, given: dict[str, str], inferred: dict[str, str]) -> str | None:
    """The date a report's inferred year was guessed from, when nothing else gave it: no ``year:`` in ``given`` (the
    header), and ``text`` (simplified) states no year of its own (:func:`_infer_year` finds none without a date) while
    the year ``inferred`` (:func:`infer_metadata`) holds came from its issue or posting date (时间:2022-03-12, a header's
    ``issued:``, a page's date); None otherwise. A report with no year is warned about, and so is this guess (newuser28
    §15: a page dated by its aggregator in 2022 gave a 2008–2011 report's work the year 2021, with no warning)."""
    issued = inferred.get("issued")
    posted = issued or (f"{found} in its address" if (found := address_date(given.get("url"))) else None)
    if given.get("year") or not posted or not inferred.get("year"):
        return None
    if _infer_year(_LABELLED_DATE.sub("", arabic_dates(text)), None)[0] is not None:
        return None  # its own words date it: a year it states, its byline's or its meeting's date (not a page's label)
    return posted


#: A date in a web address's path, as sites file their pages by it: /202409/t20240926_…, /2024-09/26/content_…,
#: /Html/2022-08-02/…, /2024/0926/…, /20240926/…: a year, its month, maybe its day, each run of digits whole.
_ADDRESS_DATE = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})[-/_]?(0[1-9]|1[0-2])(?:[-/_]?(0[1-9]|[12][0-9]|3[01]))?(?![0-9])")


def address_date(url: str | None) -> str | None:
    """The date a page's address files it under (:data:`_ADDRESS_DATE`, in its path), ISO 8601 to the precision it
    gives (``2024-09``, ``2024-09-26``); None when it gives none. The page's posting date, read as an ``issued:`` line
    or a page's own date is: a guess of the report's year when neither its header nor its text's own words give one
    (:func:`infer_metadata`, warned about by :func:`year_from_date`), never its ``issued`` (newuser36 A7, round 51: a
    saved page filed under /202409/ had no year while a page with ``issued:`` had its guess).

    >>> address_date("http://www.jy.gov.cn/rd/202409/t20240926_1.html"), address_date("http://x.cn/2024-09/26/c_1.htm")
    ('2024-09', '2024-09-26')
    >>> address_date("http://x.cn/content_143892_1555566.htm"), address_date(None), address_date("http://x.cn/a/201913/")
    (None, None, None)
    """
    found = _ADDRESS_DATE.search(urlsplit(url).path) if url else None
    return "-".join(part for part in found.groups() if part) if found else None


def _delivered(head: str, dated: re.Match[str]) -> bool:
    """Whether the date ``dated`` is a work report's byline: its line says at which session it was delivered
    (——2020年4月22日在温州市第十三届人民代表大会第五次会议上)."""
    line_end = head.find("\n", dated.end())
    return bool(_DELIVERED.search(head[head.rfind("\n", 0, dated.start()) + 1 : line_end if line_end != -1 else len(head)]))


def _reported_year(year: int, month: int, head: str) -> str:
    """The year of the work a text dated ``year``-``month`` reports: the year before when the date falls in
    the first half of the year and the text looks back on a past year (过去一年, 一年来, 去年), as the annual
    work reports delivered at a congress's session (January to April) do; else ``year``."""
    return str(year - 1) if month <= 6 and _PAST_YEAR.search(head) else str(year)
