"""The Context: everything about one report that several finders need, computed once.

A finder reads what it needs from the context (the normalised text, sentences,
clauses, metadata, jurisdiction, plan stretches, law and organ hits, activity
hits) and returns its facts; the first finder that asks computes a value, the
others reuse it. Offsets in hits are offsets into ``text`` (the normalised
view); :meth:`Context.span` maps them back to the original.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cached_property

from loaders.document import HEADER_FIELDS, READER_FIELDS, UNCERTAIN, Document, states_unknown, unmarked, unread_fields
from loaders.extract import activities, assignments, dating, event_mentions, laws, laws_inspected, organs, plan_items, plans, publishers
from loaders.extract.jurisdiction import jurisdiction, placeholder_area, spoken_congress, unknown_area, working_committee_township
from loaders.extract.metadata import (former_term, infer_metadata, look_back_years, placed_organ, relative_organ, since_year,
                                      year_from_date)
from loaders.extract.spans import Span, Stretches, clauses, sentences
from loaders.lexicon import areas
from loaders.lexicon.areas import Jurisdiction
from loaders.facts import PUBLISHER_SEPARATOR
from loaders.lexicon.normalise import View, normalise, simplify

_NEWLINE = re.compile("\n")
_SPACE = re.compile(r"\s+")
#: A page's label before its summary of the item (导读：, 内容提要:), no word of the sentence it opens.
_SUMMARY_LABEL = re.compile(r"^(?:导读|摘要|内容提要|提要|核心提示)[：:]")
#: How many characters (white space aside) a sentence needs for its repeat to be one telling told again (:attr:`Context.
#: repeats`): a short one (会议强调。, 一是) may stand twice as two statements.
REPEAT_MIN = 12
#: A sentence's end, which a page's title does not hold (:meth:`Context._headline_again`).
_SENTENCE_END = re.compile("[。！？!?]")
#: A note in brackets after a header's organ (县人民代表大会常务委员会（文中未写明所属县）): its writer knows the place is
#: unnamed, so no warning says so.
_NOTE = re.compile(r"[（(].+[)）]")
#: Where a sentence ends whatever its semicolons: a full stop or a line's end.
_FULL_STOP = re.compile(r"[。！？!?\n]")


class Context:
    """One report being extracted: ``doc`` plus derived views, each computed on first use."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._scans: dict[re.Pattern[str], tuple[list[re.Match[str]], list[int]]] = {}

    @cached_property
    def view(self) -> View:
        return normalise(self.doc.text)

    @cached_property
    def text(self) -> str:
        """The normalised text every rule matches on (simplified, glosses dropped); an attribute once read
        (finders read it thousands of times a report)."""
        return self.view.text

    def span(self, start: int, end: int) -> tuple[int, int, str]:
        """Original offsets and original text of the view range ``start:end``."""
        first, last = self.view.span(start, end)
        return first, last, self.doc.text[first:last]

    @cached_property
    def publishers(self) -> list[str]:
        """The full names of the several organs the header's ``organ:`` lists (:func:`publishers.names`: 遂溪县洋青镇、
        北坡镇人民代表大会); [] when it names one organ or none."""
        return publishers.names(unmarked(self.doc.metadata).get("organ", ""))

    @cached_property
    def _placed(self) -> tuple[str, str | None]:
        """The header's ``organ:`` placed in its ``jurisdiction:`` when it names its place by a level word alone
        (县人大常委会 with 平利县 → 平利县人大常委会), and the warning when it cannot be
        (:func:`loaders.extract.metadata.placed_organ`); the ``organ:`` as written otherwise."""
        header = unmarked(self.doc.metadata)
        if self.publishers or not header.get("organ"):
            return header.get("organ", ""), None
        return placed_organ(header["organ"], header.get("jurisdiction", ""))

    @cached_property
    def _inferred(self) -> dict[str, str]:
        header = unmarked(self.doc.metadata)
        if header.get("organ"):
            header = {**header, "organ": self._placed[0]}
        if self.publishers:  # the text speaks from the first publisher's place; the report's area is all of theirs
            header = {**header, "organ": self.publishers[0]}
        return infer_metadata(self.text, header, simplified=True)

    @cached_property
    def jurisdiction(self) -> Jurisdiction:
        """Where the reporting organ sits, resolved through the gazetteer."""
        organ = self._inferred.get("organ", "")
        return jurisdiction(simplify(organ), self._inferred.get("level"), self.text)

    @cached_property
    def metadata(self) -> dict[str, str]:
        """The report's metadata: the reader's, completed by inference (organ, jurisdiction, level, year, issued),
        without the header's keys okg does not read (作者:, source:: a first-time analyst of round 31 saw them kept in
        the Facts after the warning said they were ignored).

        An inferred ``level`` is the resolved :attr:`jurisdiction`'s, so the two never disagree; the
        ``organ`` is resolved as the text's organs are (:func:`organs.publisher`); ``jurisdiction`` is
        simplified, and is the resolved area's gazetteer name unless it names that area already
        (新鄉市 → 新乡市, 南京市鼓楼区 stays, an organ 武城縣人大常委會 gives 武城县).
        """
        # a header key okg does not read is warned about (:attr:`warnings`) and, as the warning says, ignored
        meta = {key: value for key, value in self._inferred.items()
                if key in HEADER_FIELDS or key in READER_FIELDS or key not in self.doc.metadata}
        if "level" not in self.doc.metadata and "level" in meta:
            meta["level"] = self.jurisdiction.level
        named = simplify(meta.get("jurisdiction", ""))
        area = areas.by_code(self.jurisdiction.code) if self.jurisdiction.code else None
        if area is not None and not named.endswith(area.name):
            named = area.name
        if named:
            meta["jurisdiction"] = named
        if not meta.get("organ") and area is not None and (body := spoken_congress(self.text, self.jurisdiction.level)):
            # a headerless page speaking of its congress by a level word (市人大常委会开展…) is that area's (round 40,
            # newuser24 §10: a city's page about its inspection in a county, its area now the city's, had no organ)
            meta["organ"] = area.name + body
        if meta.get("organ"):
            meta.update(organs.publisher(meta["organ"], self.jurisdiction))
        if self.jurisdiction.code:
            meta["division_code"] = self.jurisdiction.code
        if self.publishers:
            meta.update(self._several_publishers())
        if self.jurisdiction.candidates:
            meta["division_candidates"] = " ".join(self.jurisdiction.candidates)
        return meta

    def _several_publishers(self) -> dict[str, str]:
        """The metadata of a report several organs publish: ``publishers`` (their canonical names, header order,
        :data:`loaders.facts.PUBLISHER_SEPARATOR` between), ``organ`` the first of them, and the report's area the nearest
        holding all of theirs (:func:`publishers.common_area`: 遂溪县 for two of its towns)."""
        names = [organs.publisher(name, areas.jurisdiction_of(area) if (area := publishers.area_of(name))
                                  else self.jurisdiction)["organ"] for name in self.publishers]
        found = {"publishers": PUBLISHER_SEPARATOR.join(names)}
        if (common := publishers.common_area(self.publishers)) is not None:
            found |= {"jurisdiction": common.name, "division_code": common.code}
        return found

    @cached_property
    def year_guessed_from(self) -> str | None:
        """The date the report's year was guessed from (:func:`loaders.extract.metadata.year_from_date`: an ``issued:``,
        a page's date, the date in its address), None when its header or its text's own words gave the year: what the
        year's warning names and its activities' ``dated.from`` says (``page date``; newuser36 A7, round 51: it said
        ``report text`` beside the warning naming the page's date)."""
        return year_from_date(self.text, unmarked(self.doc.metadata), self._inferred)

    @cached_property
    def warnings(self) -> list[str]:
        """What the report's header leaves in doubt, one line each naming the field: a key okg does not
        read (a misspelt ``orgn:``), a ``url:`` that is no web address (one saying it is unknown is
        none: :func:`loaders.document.states_unknown`), an ``organ:`` no
        rule reads as an organ (stored under its own words, apart from the organ it may mean), an area
        name several areas bear that nothing in the report decides (its organs keep the bare name), a header value
        the annotator marked uncertain with a question mark (:data:`loaders.document.UNCERTAIN`), a township the
        gazetteer does not hold where no area above it is named either, or a street's working committee whose district
        the header does not name (either report lies in no area), a county, city or province name the gazetteer does not
        hold (:meth:`_unknown_area`: 铜城市, 桐城县 for 桐城市) or a placeholder for one (某市:
        :func:`loaders.extract.jurisdiction.placeholder_area`; a new user's round 38, finding 10), a report whose organ and place, or whose year, neither the header nor the text gives (:func:`loaders.extract.metadata.infer_metadata`)."""
        found = unread_fields(self.doc.metadata)
        url = self.doc.metadata.get("url", "")
        if url and not url.startswith(("http://", "https://")) and not states_unknown(url):
            found.append(f"url: {url!r} is not a web address (http:// or https://); the report is known by its text "
                         "instead, so a second copy under another url would not be recognised as the same report")
        for key, mark in UNCERTAIN.items():
            if mark.search(value := self.doc.metadata.get(key, "")):
                read = f"read as {self.metadata[key]!r}" if self.metadata.get(key) else "read as if not given"
                found.append(f"{key}: {value!r} is marked uncertain (?) in the header and {read}: check it and remove the mark")
        given, unplaced = self._placed
        if unplaced:
            found.append(unplaced)
        if given and (unread := [name for name in self.publishers or [given]
                                 if not organs.recognised(name, self.jurisdiction)]):
            near = organs.nearest_recognised(unread[0], self.jurisdiction)
            found.append(f"organ: {given!r} is not a name the extractor reads as an organ (…人民代表大会常务委员会, "
                         "…人民政府, …人大常委会); it is kept as written, an organ of its own: check its spelling"
                         + (f" ({near!r} is a name it reads)" if near else ""))
        if codes := self.jurisdiction.candidates:
            listed = ", ".join(codes[:4]) + (", …" if len(codes) > 4 else "")
            found.append(f"organ: {self.metadata.get('organ') or given!r}: its area is one of {len(codes)} of that "
                         f"name (division codes {listed}) and the report does not say which; name the city or "
                         "province in the organ: header")
        if given and not self.publishers and (unknown := self._unknown_area(given)):
            found.append(unknown)
        if (former := self.jurisdiction.county) and (now := areas.successor(former)) and now.code == self.jurisdiction.code:
            found.append(f"organ: {self.metadata.get('organ') or given!r}: {former} is a former county, now {now.name} "
                         f"({''.join(a.name for a in reversed(areas.ancestors(now)))} {now.code}), so the report is "
                         f"placed there (its province and city too); its organs keep the name {former}")
        if given and (placeholder := placeholder_area(simplify(given))):
            placed = areas.by_code(self.jurisdiction.code) if self.jurisdiction.code else None
            lies = (f"is placed in {placed.name} only" if placed
                    else "lies in no area and drops out of jurisdiction filters and /areas")
            found.append(f"organ: {given!r}: {placeholder!r} stands for a place left unnamed, so the report {lies}; "
                         "write the organ's name with its place when you know it")
        if (township := self.jurisdiction.township) and not self.jurisdiction.code and not codes:
            found.append(f"organ: {self.metadata.get('organ') or given!r}: the gazetteer holds no township {township!r} in "
                         "the areas its header or opening names (renamed, merged, or written otherwise), so the report lies in no area "
                         "and /areas does not count it; name its county or city in the organ: header")
        if (not self.jurisdiction.code and not codes and self.jurisdiction.level != "national"
                and (street := working_committee_township(simplify(given)))):
            name, known = street
            where = (f"the gazetteer has {len(known)} of that name ({', '.join(a.code for a in known[:4])}"
                     f"{', …' if len(known) > 4 else ''})" if known else "the gazetteer has none of that name")
            found.append(f"organ: {given!r}: the working committee of {name} is its district's, which the header does not "
                         f"name, so the report lies in no area and /areas does not count it ({where}); name the district "
                         "in the organ: header")
        if (given and not unplaced and not self.jurisdiction.code and not codes and (word := relative_organ(given))
                and not unmarked(self.doc.metadata).get("jurisdiction") and not _NOTE.search(given)):
            found.append(f"organ: {given!r} names its organ by the level word {word} alone and neither a jurisdiction: "
                         "line nor the text's opening names its place, so its activities lie in no area: they count in "
                         "a law's total but drop out of jurisdiction filters and /areas; add a jurisdiction: line "
                         f"naming its place ({self._example('jurisdiction', word)})")
        if not given and not self.metadata.get("jurisdiction"):
            word = self.jurisdiction.word or "县"
            found.append("organ: neither the header nor the text's opening names the report's organ or place, so its "
                         "activities lie in no area: they count in a law's total but drop out of jurisdiction filters "
                         f"and /areas; add an organ: line to the header naming its place "
                         f"({self._example('organ', word, '人民代表大会常务委员会')})")
        if not self.metadata.get("year"):
            found.append("year: neither the header nor the text's opening says which year the report covers, so its "
                         "activities have no year and drop out of year filters; add a year: line to the header")
        elif dated := self.year_guessed_from:
            found.append(f"year: {self.metadata['year']} is guessed from the page's date {dated}, as neither the header nor "
                         "the text's own words say which year the report covers (a page may be posted years after it was "
                         "written); its activities and statistics are dated by that guess: check it and add a year: line "
                         "to the header")
        if told_again := self._told_again():
            found.append(told_again)
        return found

    def _told_again(self) -> str | None:
        """The warning for the passages read once as told twice (:attr:`repeats`), one line: how many characters and
        where (original offsets, the first passage's start to the last one's end); None for none. Source: round 47,
        newuser33 A11 (a text pasted twice gave the first copy's facts and no word of the second). A page's headline
        shown twice at its top (its title, then its heading: :meth:`_headline_again`) is page furniture, not warned of."""
        again = self._headline_again()
        ranges = [self.span(start, end)[:2] for start, end in self.repeats.ranges if not (again and again[0] <= start < again[1])]
        if not ranges:
            return None
        passages = f"{len(ranges)} passages" if len(ranges) > 1 else "1 passage"
        return (f"text: {sum(end - start for start, end in ranges):,} characters ({passages}, offsets {ranges[0][0]}–"
                f"{ranges[-1][1]}) tell word for word what the text told before them, so they were read once, at their "
                "first telling: nothing in them is found again; if they are other events, say how they differ")

    def _headline_again(self) -> tuple[int, int] | None:
        """The view range of the text's second non-blank line when it is its first again and a title, no sentence
        (新洲人大:打造…新高地 twice: a page's title and heading), else None."""
        lines = [(m.start(), m.end(), m.group().strip()) for m in re.finditer(r"[^\n]+", self.text) if m.group().strip()][:2]
        titled = len(lines) == 2 and lines[0][2] == lines[1][2] and not _SENTENCE_END.search(lines[0][2])
        return lines[1][:2] if titled else None

    def _example(self, key: str, word: str, body: str = "") -> str:
        """What to write in the header's ``key`` for a report speaking from the level ``word`` (县), as a warning shows it:
        an area the text names whose name ends in that word (e.g. jurisdiction: 平利县, if the report is its), else a
        placeholder no reader takes for a real place (○○县): never an unrelated real area, which a hurried user may paste
        (a new user's round 42, finding 13: 岳西县, in 安徽, suggested for a 河北 county's page)."""
        unit = word[-1]
        named = next((name for _, _, name in self.area_hits if name.endswith(unit) and len(name) > len(word)), None)
        if named:
            return f"e.g. {key}: {named}{body}, if the report is {named}'s"
        return f"{key}: ○○{word}{body}, its name in place of ○○"

    def _unknown_area(self, given: str) -> str | None:
        """The warning for a header's ``organ:`` naming an area the gazetteer does not hold
        (:func:`loaders.extract.jurisdiction.unknown_area`; an abbreviation the resolver reads is none), naming the
        nearest gazetteer names (:func:`loaders.lexicon.areas.closest`) and what to write; None when there is none."""
        written = simplify(given)
        name = unknown_area(written)
        if name is None or any(area.code == self.jurisdiction.code for area in areas.named(name)):
            return None
        placed = areas.by_code(self.jurisdiction.code) if self.jurisdiction.code else None
        near = areas.closest(name, placed, [a for _, _, n in self.area_hits for a in areas.gazetteer()[n]])
        lies = (f"is placed in {placed.name} only, not in the area it names" if placed
                else "lies in no area and drops out of jurisdiction filters and /areas")
        if not near or len(near) > 3:
            hint = (f"{len(near)} names are as near to it" if near else "no name is near it") + (
                "; write the name as the gazetteer has it (GET /areas?q=… finds one)")
        else:
            places = ", ".join(f"{a.name} ({''.join(p.name for p in reversed(areas.ancestors(a)))}{' ' if areas.ancestors(a) else ''}"
                               f"{a.code})" for a in near)
            hint = (f"nearest: {places}; write {'e.g. ' if len(near) > 1 else ''}organ: "
                    f"{written.replace(name, near[0].name, 1)}")
        return (f"organ: {given!r}: {name!r} is no area name the gazetteer holds, so the report {lies}; {hint}")

    @cached_property
    def sentences(self) -> list[Span]:
        """Sentences (split at 。！？；and line breaks), in text order."""
        return sentences(self.text)

    def sentence_holding(self, offset: int) -> Span | None:
        """The last sentence of :attr:`sentences` that starts at or before view offset ``offset``, if any."""
        index = bisect_right(self._sentence_starts, offset) - 1
        return self.sentences[index] if index >= 0 else None

    def sentences_within(self, start: int, end: int) -> list[Span]:
        """The sentences of :attr:`sentences` sharing a character with view offsets ``start:end``, in text order."""
        first = max(bisect_right(self._sentence_starts, start) - 1, 0)
        return [s for s in self.sentences[first : bisect_left(self._sentence_starts, end)] if s.end > start]

    @cached_property
    def repeats(self) -> Stretches:
        """The sentences that tell again, word for word (white space and a summary's label aside), an earlier sentence
        of the report holding at least :data:`REPEAT_MIN` characters, right after it or with the sentence before or
        after it repeated too (a passage pasted twice: a page's 导读 repeating its lead): one statement told again is one
        telling, so nothing in a repeat is found again: no activity, and the Facts' organ mentions, statistics and
        deputies leave it out (:func:`loaders.extract.extract`). A sentence alike after other sentences is another
        statement (甲镇召开…会议。会议听取和审议了政府工作报告和人大工作报告。乙镇召开…。会议听取和审议了…: each town's
        session, dev p37). A first-time analyst (round 40, newuser24 §17) fed one sentence 20,000 times: 4 reviews of
        it came out, neither 1 nor 20,000, and a 4 MB list of its organs."""
        keys = [_SUMMARY_LABEL.sub("", _SPACE.sub("", sentence.text)) for sentence in self.sentences]
        last: dict[str, int] = {}  # a sentence's words → the index of its last telling so far
        ranges: list[tuple[int, int]] = []
        for index, key in enumerate(keys):
            before = last.get(key) if len(key) >= REPEAT_MIN else None
            if before is not None and (
                    before == index - 1  # told twice in a row
                    or (before and keys[index - 1] == keys[before - 1])
                    or (index + 1 < len(keys) and keys[index + 1] == keys[before + 1])):
                sentence = self.sentences[index]
                ranges.append((sentence.start, sentence.end))
            last[key] = index
        return Stretches(ranges)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        """The start of every sentence, for bisection (a key function called per step cost as much as the rest)."""
        return [s.start for s in self.sentences]

    @cached_property
    def clauses(self) -> list[Span]:
        """Every comma-delimited clause of every sentence, in text order."""
        return [c for s in self.sentences for c in clauses(self.text, s)]

    @cached_property
    def _clause_starts(self) -> list[int]:
        return [c.start for c in self.clauses]

    def clauses_of(self, sentence: Span) -> list[Span]:
        """The clauses of one sentence of :attr:`sentences`."""
        return self.clauses[bisect_left(self._clause_starts, sentence.start) : bisect_left(self._clause_starts, sentence.end)]

    def clause_at(self, offset: int) -> Span | None:
        """The clause holding ``offset``, if any."""
        index = bisect_right(self._clause_starts, offset) - 1
        if index >= 0 and self.clauses[index].start <= offset < self.clauses[index].end:
            return self.clauses[index]
        return None

    @cached_property
    def _line_starts(self) -> list[int]:
        return [0] + [m.end() for m in _NEWLINE.finditer(self.text)]

    def line_at(self, offset: int) -> str:
        """The whole line (paragraph) that holds ``offset``."""
        index = bisect_right(self._line_starts, offset) - 1
        start = self._line_starts[index]
        end = self._line_starts[index + 1] - 1 if index + 1 < len(self._line_starts) else len(self.text)
        return self.text[start:end]

    def lines_with(self, word: str) -> list[tuple[int, int]]:
        """The (start, end) of every line that holds ``word``, in text order: where a finder
        whose every pattern needs ``word`` has to look."""
        found: list[tuple[int, int]] = []
        at = self.text.find(word)
        while at != -1:
            index = bisect_right(self._line_starts, at) - 1
            start = self._line_starts[index]
            end = self._line_starts[index + 1] - 1 if index + 1 < len(self._line_starts) else len(self.text)
            found.append((start, end))
            at = self.text.find(word, end)
        return found

    def matches(self, pattern: re.Pattern[str], start: int, end: int) -> list[re.Match[str]]:
        """``list(pattern.finditer(self.text, start, end))`` from one scan of the whole text per pattern (a finder
        asking once per hit for the matches before it scanned the text once per hit), for a pattern whose matches are
        never empty and read nothing past their end (no lookahead, ``$`` or ``\\b``), so that a match of the whole
        text inside the stretch is one of the stretch's. Where a match of the whole text runs over ``start`` the
        stretch is scanned as it is, and over ``end`` it is scanned from the match before it."""
        if pattern not in self._scans:
            whole = list(pattern.finditer(self.text))
            self._scans[pattern] = (whole, [m.start() for m in whole])
        whole, starts = self._scans[pattern]
        first = bisect_left(starts, start)
        if first and whole[first - 1].end() > start:
            return list(pattern.finditer(self.text, start, end))
        found = whole[first : bisect_left(starts, end, lo=first)]
        if found and found[-1].end() > end:
            found.pop()
            found += pattern.finditer(self.text, found[-1].end() if found else start, end)
        return found

    @cached_property
    def plan_sections(self) -> list[tuple[int, int, str]]:
        """The plan sections and documents, with the words opening each (:func:`plans.plan_sections`)."""
        return plans.plan_sections(self.text, self.doc.metadata.get("title", ""))

    @cached_property
    def plan_years(self) -> list[tuple[int, int, int]]:
        """``(start, end, year)`` of each plan section or list of the coming year's work whose opening words name the
        year it plans (:func:`dating.plan_year`: 三、2024年工作安排, 明年工作打算), in text order (an outer one first)."""
        openings = self.plan_sections + [(start, end, self.text[start:end].split("\n", 1)[0]) for start, end in self.year_task_lists]
        return [(start, end, year) for start, end, words in openings if (year := dating.plan_year(words, self.metadata)) is not None]

    def plan_year_at(self, offset: int) -> int | None:
        """The year the innermost dated plan holding ``offset`` (view text) plans (:attr:`plan_years`); None for none."""
        return next((year for first, end, year in reversed(self.plan_years) if first <= offset < end), None)

    @cached_property
    def plans(self) -> Stretches:
        """Stretches that describe future work (plan sections and documents: :func:`plans.plan_spans`)."""
        return Stretches(plans.plan_spans(self.text, self.plan_sections))

    @cached_property
    def year_task_lists(self) -> list[tuple[int, int]]:
        """The lists of the coming year's work, each apart (:func:`plans.year_tasks`: 新的一年，县人大主要开展12项工作，
        包括1、…。2、…。), each item planned work though no plan section."""
        return plans.year_tasks(self.text) + plans.adopted_plan_contents(self.text)

    @cached_property
    def year_tasks(self) -> Stretches:
        """:attr:`year_task_lists` asked whether they hold an offset."""
        return Stretches(self.year_task_lists)

    @cached_property
    def plan_items(self) -> list[plan_items.Item]:
        """The numbered items of the text's lists (:mod:`plan_items`), in text order."""
        return plan_items.items(self.text)

    @cached_property
    def plan_item_lines(self) -> Stretches:
        """The lines of those items: statements, though short and without a full stop."""
        return Stretches([item.line for item in self.plan_items])

    @cached_property
    def titles(self) -> Stretches:
        """The outermost 《》 titles (:func:`organs.titles`): their words name no organ and no deputies."""
        return Stretches(organs.titles(self.text))

    @cached_property
    def area_hits(self) -> list[tuple[int, int, str]]:
        """Every area name of the gazetteer in the text (longest match), as (start, end, name)."""
        return areas.names_in(self.text)

    @cached_property
    def law_hits(self) -> list[laws.LawHit]:
        return laws.hits(self)

    @cached_property
    def law_ties(self) -> list[Span | None]:
        """For each of :attr:`law_hits`, the stretch that ties it to an inspection, or None
        (:func:`laws_inspected.evidence`)."""
        return laws_inspected.evidence(self)

    @cached_property
    def law_starts(self) -> list[int]:
        """The start of every law hit, for bisection."""
        return [h.start for h in self.law_hits]

    @cached_property
    def organ_hits(self) -> list[organs.OrganHit]:
        return organs.hits(self)

    @cached_property
    def organ_starts(self) -> list[int]:
        """The start of every organ hit, for bisection."""
        return [h.start for h in self.organ_hits]

    @cached_property
    def _look_backs(self) -> list[tuple[int, int, str]]:
        """``(start, end, "first-last")`` in the original text of each sentence looking back over years
        (:func:`look_back_years`) or counting since a year (:func:`since_year`) that end with the report's year, or opening
        with the congress's former term (:func:`former_term`: the five years before the report's), up to
        its full stop (五年来，…制定法律47件；…检查30件法律…；…), when the report states one year."""
        year = self.metadata.get("year", "")
        if not year.isdigit():
            return []  # a range (a term's report) already covers what its sentences look back over
        last, found = int(year), []
        for sentence in self.sentences:
            span = look_back_years(sentence.text)
            first = last - span + 1 if span else since_year(sentence.text)
            years = (first, last) if first is not None and first < last else former_term(sentence.text, last)
            if years is not None:
                stop = _FULL_STOP.search(self.text, sentence.start)  # on past ；: one look-back, its items listed
                start, end = self.view.span(sentence.start, stop.start() if stop else len(self.text))
                found.append((start, end, "{}-{}".format(*years)))
        return found

    @cached_property
    def _look_back_ends(self) -> list[int]:
        """The end of each of :attr:`_look_backs`, for bisection: nondecreasing, as their starts increase (each
        ends at the first full stop from its sentence's start)."""
        return [end for _, end, _ in self._look_backs]

    def look_back(self, start: int) -> str | None:
        """The years (``"2018-2022"``) the sentence holding original offset ``start`` looks back over, or None;
        of several (sentences cut at ；, up to one full stop), the first: the first that ends after ``start``."""
        index = bisect_right(self._look_back_ends, start)
        if index < len(self._look_backs) and self._look_backs[index][0] <= start:
            return self._look_backs[index][2]
        return None

    @cached_property
    def agency_sentences(self) -> Stretches:
        """Sentences whose subject is a government department (their work is not the congress's)."""
        return organs.agency_sentences(self)

    @cached_property
    def assignments(self) -> list[assignments.Assignment]:
        """The shares of divided inspections (其中，某区负责《X条例》), in text order."""
        return assignments.find(self)

    @cached_property
    def activity_hits(self) -> list[activities.Found]:
        return event_mentions.once_each(self, activities.hits(self))
