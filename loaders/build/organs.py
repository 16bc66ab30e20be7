"""Organ nodes of a report graph: one node per canonical name, typed by kind, with the
names the report calls it by.

An organ's IRI comes from its canonical name (:func:`ontology.iri.entity`), so the
header's organ and the text's mentions, resolved alike by the extractor, are one node.
Its class comes from the kind the extractor found, refined for congress bodies by the
name (``lexicon/data/organ-bodies.csv``); a unit of an organ (an inspection group, a
working or special committee) is linked to it by ``okg:subOrganOf``. Unresolved and
collective mentions (``OrganMention.unnamed_place``, kind ``collective``) are no node; a header's organ whose
place the report leaves unnamed (县人民代表大会常务委员会) or undecided (城关镇人民代表大会) is a node of the report's own
(:func:`placeless`).
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable

from rdflib import RDFS, SKOS, Graph, Literal, URIRef

from loaders.facts import OrganMention
from loaders.lexicon import areas, organ_names
from loaders.lexicon.areas import Area
from loaders.lexicon.normalise import simplify
from loaders.lexicon.patterns import NUMERAL_CHARS
from ontology import OKG, iri

#: A name that opens with two level words or counts its tiers (省市人大, 市、县两级人大, 省市县三级人大): the bodies of
#: several levels (a fresh user's round 21: 省市人大 was an alias of 广东省人大常委会, first in a search for it).
_SEVERAL_LEVELS = re.compile(r"(?:省、?市(?:、?县)?|市、?县|县、?[乡镇区市]|区、?[县镇]|市、?州|州、?县)(?!场)|[^，,。]*[两二三]级")

#: The extractor's organ kinds (``OrganMention.kind``) → the ontology's classes.
KIND_CLASSES: dict[str, URIRef] = {
    "assembly": OKG.PeoplesCongress,
    "congress": OKG.CongressCommittee,
    "government": OKG.Government,
    "department": OKG.GovernmentDepartment,
    "police": OKG.GovernmentDepartment,
    "traffic_police": OKG.GovernmentDepartment,  # 县交警大队: a unit of the county's police
    "fire_rescue": OKG.GovernmentDepartment,  # 县消防救援大队
    "presidium": OKG.CongressCommittee,  # 大圩镇主席团: a township congress's presidium
    "court": OKG.Court,
    "procuratorate": OKG.Procuratorate,
    "supervision": OKG.SupervisoryCommission,
    "party": OKG.PartyOrgan,
    "party_standing": OKG.PartyOrgan,  # 省委常委会: a party committee's standing committee
    "discipline": OKG.PartyOrgan,  # 纪律检查委员会: the party's commission for discipline inspection
    "other": OKG.OtherOrgan,  # 中央军事委员会, a township's 选举委员会: a state body of no other kind
}
#: Bodies of an organ (:func:`organ_names.body`: a congress's, a government's, a township's) → their classes, whatever
#: kind the mention had: an office is never typed as the organ it belongs to.
BODY_CLASSES: dict[str, URIRef] = {
    "standing_committee": OKG.StandingCommittee,
    "special_committee": OKG.SpecialCommittee,
    "working_body": OKG.WorkingBody,
    "inspection_group": OKG.InspectionGroup,
    "presidium": OKG.CongressCommittee,
    "government_unit": OKG.GovernmentDepartment,  # 县人民政府办公室, 县人民政府督查室: a department of the government
    "township_office": OKG.GovernmentDepartment,  # 刘岗镇卫生健康办公室: an office of the township's government
    "street_office": OKG.Government,  # 区人民政府联盟街道办事处: the government's agency in a street, a unit of it
}
# Endings that tell a kind when no mention in the report did (a header's organ named nowhere else).
_ENDINGS = (("人民代表大会", "assembly"), ("人民政府", "government"), ("国务院", "government"),
            ("人民法院", "court"), ("人民检察院", "procuratorate"), ("监察委员会", "supervision"))


#: The classes of the congress and its bodies: the organs whose reports' activities are their own oversight.
CONGRESS_CLASSES = frozenset({OKG.PeoplesCongress, OKG.StandingCommittee, OKG.CongressCommittee, OKG.SpecialCommittee,
                              OKG.WorkingBody, OKG.InspectionGroup})


def organ_class(name: str, kind: str | None) -> URIRef:
    """The class of the organ named ``name`` (canonical) that a mention of ``kind`` found."""
    found = organ_names.body(name)
    if found:
        return BODY_CLASSES[found.kind]
    if name.startswith("中共"):
        return OKG.PartyOrgan
    kind = kind or next((k for ending, k in _ENDINGS if name.endswith(ending)), None)
    return KIND_CLASSES.get(kind or "", OKG.OtherOrgan)


#: An organ's name that starts with its level's word alone (县人民代表大会常务委员会, 区人民政府, 自治县人民代表大会常务委员会,
#: 民族乡人民代表大会): every canonical name of an organ whose place is known starts with that place (武汉市新洲区…,
#: 秀山土家族苗族自治县…) or is national (全国…, 国务院).
_UNPLACED = re.compile(r"(?:自治[区州县旗]|民族[乡镇]|[省市州县区旗乡镇])(?:人民|人大|政府|委员会)")


def placeless(name: str, near: Area | None = None) -> bool:
    """Whether the canonical ``name`` leaves its organ's place undecided: it starts with its level's word alone
    (:data:`_UNPLACED`), or with an area many areas are named (城关镇人民代表大会: 88 towns; 鼓楼区人民政府: four
    districts) and neither an area above it (寿县刘岗镇…, 南京市鼓楼区…) nor the report's own area ``near`` (its
    division code: 崔家桥镇 of a header naming 河南省) decides which (:func:`areas.leading`, as the organ's area is
    read in :func:`loaders.build.areas.add_jurisdictions`)."""
    return _UNPLACED.match(name) is not None or len(areas.leading(name, near)) > 1


def full_place_name(name: str, near: Area | None) -> str:
    """The canonical ``name`` of a party body of the report's own town (``near``, a township) named with the town alone
    (中共安丰镇委员会: a party body, as the extractor names it where the header names the town alone, round 29) under the
    town's full place (中共兴化市安丰镇委员会), the name any other report gives it (a county's report on the town's party
    committee, a town's report whose header names its county first); ``name`` itself otherwise. One organ, one node,
    whichever way its report's header named the town."""
    if near is None or near.level != "township":
        return name
    jur = areas.jurisdiction_of(near)
    town, full = jur.township, jur.name("township")
    if not town or not full or full == town:
        return name
    party = "中共" + town
    return "中共" + full + name[len(party):] if name.startswith(party) else name


#: A government's head or deputy by title (副县长, 常务副市长, 镇长): the mention the extractor resolves to that level's
#: government (``organs._GOVERNMENT_LEADER``), a post, never a name of the organ (a new user, round 36, finding 5:
#: a search for 副县长 found 岚皋县人民政府 by its alias).
_POST = re.compile(r"(?:常务)?副?[省市州区县旗乡镇]长")

# A group's name after its committee's (咸宁市人大常委会|执法检查组, 全国人大常委会|森林法执法检查组): the head ends with a congress
# body's word.
_GROUP_HEAD = re.compile(r"(?P<head>.+(?:人大常委会|常务委员会|人大常务委员会|人民代表大会常委会))[^，。、]{0,12}?组")


def _group_head(mention: str, canonical: str) -> tuple[str, str] | None:
    """``(the committee's name as the group's mention writes it, the committee's canonical name)`` when ``mention``
    names an inspection group after its committee (咸宁市人大常委会执法检查组 → 咸宁市人大常委会 of 咸宁市人民代表大会常务委员会):
    a name the report calls the committee by, so that a search for it finds the committee before its group (a
    first-time analyst, round 32: the group first, the committee second); None otherwise."""
    body = organ_names.body(canonical)
    found = _GROUP_HEAD.fullmatch(mention) if body and body.kind == "inspection_group" else None
    return (organ_names.split(found.group("head")).name, body.parent) if found and body else None


#: A mention naming a list of organs (九龙坡等5个区县人大常委会, 三个区人大常委会): 等 or a count of them.
_LISTED = re.compile(rf"等|[{NUMERAL_CHARS}\d]+个")
#: How a relative name says which organ of the report's context it is: its level (区人大常委会, 县政府, 市委, 省人大常委会,
#: 街道人大工委, 全国人大常委会, 自治区…).
_LEVEL = re.compile(r"全国|[省市县区乡镇州盟旗]|街道|自治")
#: A national organ's canonical name: its customary name without a place is its own (国务院, 党中央, 最高人民检察院).
_NATIONAL = re.compile(r"中华人民共和国|全国|中共中央|中国共产党中央")
#: A congress's bodies by their generic names: those of every congress (人大常委会, 常委会, 主任会议, 常委会党组).
_CONGRESS_BODY = re.compile(r"人大|常委会|主任会议")


def names_alone(mention: str, canonical: str) -> bool:
    """Whether ``mention``, which the report resolves to the organ ``canonical`` alone, is a name of that organ alone,
    so one of its aliases (a new user's round 36, finding 12: search for 丰都县 answered with its committee, and
    人大常委会, 常委会 were aliases of every committee): never a place's name (丰都县, 石柱土家族自治县, 新洲), a list
    (九龙坡等5个区县人大常委会), a set (各区县人大常委会, :func:`loaders.lexicon.organ_names.is_collective`), the bodies of
    several levels (省市人大, :data:`_SEVERAL_LEVELS`), a leader's post (县长, 常务副市长, :data:`_POST`) or a name saying
    neither place nor level (人大常委会, 常委会, 主任会议) but a national organ's own (国务院, 党中央, not 全国人大常委会's 常委会). A relative name saying its level
    (区人大常委会, 县政府) names the report's organ of that level, as the report calls it.

    >>> [names_alone(m, "重庆市九龙坡区人民代表大会常务委员会") for m in ("九龙坡区", "九龙坡等5个区县人大常委会", "区人大常委会")]
    [False, False, True]
    >>> [names_alone(m, "全国人民代表大会常务委员会") for m in ("常委会", "人大常委会", "全国人大常委会")]
    [False, False, True]
    >>> names_alone("国务院", "中华人民共和国国务院"), names_alone("副县长", "岚皋县人民政府")
    (True, False)
    """
    if (_POST.fullmatch(mention) or _SEVERAL_LEVELS.match(mention) or organ_names.is_collective(mention)
            or _LISTED.search(mention)):
        return False
    if areas.named(mention):
        return False
    if _LEVEL.match(mention) or areas.names_in(mention):
        return True
    return bool(_NATIONAL.match(canonical)) and not _CONGRESS_BODY.search(mention)


class Organs:
    """Makes the organ nodes of one report graph ``g``; ``typed`` adds a node's class and superclasses."""

    def __init__(self, g: Graph, typed: Callable[[URIRef, URIRef], None], mentions: Iterable[OrganMention],
                 report: URIRef, near: Area | None = None) -> None:
        self.g = g
        self.typed = typed
        self.report = report
        self.near = near  # the report's own area, when its division code is decided
        self.kinds: dict[str, str | None] = {}
        names_by_mention: dict[str, set[str]] = defaultdict(set)
        for m in mentions:
            if m.is_organ:
                self.kinds.setdefault(m.canonical, m.kind)
                names_by_mention[organ_names.split(simplify(m.mention)).name].add(m.canonical)
                if committee := _group_head(simplify(m.mention), m.canonical):
                    names_by_mention[committee[0]].add(committee[1])
        # A mention naming one organ is one of its names (全国人大常委会, 新洲区人大常委会, 县政府);
        # one naming several (公检法三机关, and 省市人大, 市县两级人大 even where only the report's own level is one
        # organ of the text) is nobody's name.
        self.aliases: dict[str, set[str]] = defaultdict(set)
        for mention, canonicals in names_by_mention.items():
            if len(canonicals) == 1 and mention not in canonicals and names_alone(mention, next(iter(canonicals))):
                self.aliases[next(iter(canonicals))].add(mention)

    def mentioned(self) -> list[str]:
        """The canonical names of the organs the report mentions, sorted."""
        return sorted(self.kinds)

    def node(self, name: str) -> URIRef:
        """The organ's node (typed, labelled, with its aliases and the organ it is a unit of). A name whose place
        the report leaves unnamed or undecided (:func:`placeless`: 县人民代表大会常务委员会, a header's organ whose county
        is not given; 城关镇人民代表大会, one of 88 towns) names no one organ: its node is the report's own, so ten
        unnamed counties or ten 城关镇 stay ten organs, as unplaced deputies do (README: never shared with another
        report's)."""
        full = full_place_name(name, self.near)
        node = iri.fact(self.report, "organ", 0, 0, name) if placeless(name, self.near) else iri.entity("organ", full)
        self.typed(node, organ_class(name, self.kinds.get(name)))
        self.g.add((node, RDFS.label, Literal(full, lang="zh")))
        for alias in sorted(self.aliases.get(name, set()) | ({name} - {full})):
            self.g.add((node, SKOS.altLabel, Literal(alias, lang="zh")))
        body = organ_names.body(name)
        if body and body.unit:
            self.g.add((node, OKG.subOrganOf, self.node(body.parent)))
        return node

    def publisher_conducts(self, name: str) -> bool:
        """Whether the publisher ``name`` conducts the oversight its report states: a congress or one of its
        bodies does; a government or a department publishing its report to the congress (广东省人民政府关于…审计
        查出问题整改情况的报告, 北京市审计局) does not: the congress heard it."""
        return (organ_class(name, self.kinds.get(name)) in CONGRESS_CLASSES
                or organ_names.party_group_of(name) is not None)

    def conductor(self, name: str) -> URIRef:
        """Who conducts the work a report of ``name`` states: an inspection group reports the
        inspection its committee conducts (全国人大常委会执法检查组 → 全国人大常委会), a congress body's party group
        the work of that body (中共通山县人民代表大会常务委员会党组 → 通山县人民代表大会常务委员会)."""
        body = organ_names.body(name)
        conducting = body.parent if body and body.kind == "inspection_group" else organ_names.party_group_of(name)
        if conducting:
            self.node(name)
            return self.node(conducting)
        return self.node(name)
