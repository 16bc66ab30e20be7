"""Organs' canonical names: the kind each written ending names, the name of each kind of organ at each level of
the report's area, and the hit an organ rule finds (``OrganHit``). The rules that find mentions (:mod:`organs`,
:mod:`organs_townships`) name what they find through :func:`organ_name`, so one organ gets one name whichever
phrasing it is found by (县政府, 县人民政府, 某县人民政府 → 某县人民政府).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.lexicon.areas import Jurisdiction
from loaders.lexicon.organ_names import UNNAMED, WORD_OF_LEVEL
from loaders.lexicon.patterns import LEVEL_OF_CHAR, LEVELS
from loaders.lexicon.tables import rows

# How an organ's name ends, as written (人大常委会, 区委), → its kind: data/organ-suffixes.csv;
# ``relative`` rows also follow a bare level word (区人大常委会, 县政府), where ``guard`` must hold after them.
SUFFIXES = rows("organ-suffixes")
KIND_OF_SUFFIX = {row["suffix"]: row["kind"] for row in SUFFIXES}
SUFFIX_RE = "|".join(re.escape(row["suffix"]) for row in SUFFIXES)
# The canonical name of each kind of organ at each level: data/organ-names.csv (a blank level: any).
TEMPLATES = {(row["kind"], row["level"]): row["template"] for row in rows("organ-names")}
# what follows an organ's name in a word that names something else: its deputies, staff, a meeting, its
# rules of procedure (人民代表大会议事规则) or the page furniture of its website and media accounts
# (沛县人大网, 县政府网站, 湖南人大微信, 瑞安人大 版权所有)
NOT_ORGAN_AFTER = re.compile(r"(?:主席团|代表(?!名额|资格(?!审查委员会))|培训|机关|干部|制度|工作会议|书记处|网(?![格络])|议事规则"
                             r"|微信|微博|公众号|\s*版权)")


@dataclass(frozen=True)
class OrganHit:
    start: int
    end: int
    canonical: str  # UNNAMED + the bare full name when the text does not name the organ's place
    kind: str  # collective when the words name a set of organs

    @property
    def is_organ(self) -> bool:
        """One organ with a known name: what the graph holds and an activity may name."""
        return not self.canonical.startswith(UNNAMED) and self.kind != "collective"


def extend(canonical: str, before: str = "", after: str = "") -> str:
    """``canonical`` with words around it (中共…党组, …执法检查组), an unnamed place's mark kept first."""
    unnamed = canonical.startswith(UNNAMED)
    return UNNAMED * unnamed + before + canonical.removeprefix(UNNAMED) + after


# A prefecture (地区) or league (盟): a city-level area whose government is an administrative office (行政公署).
_PREFECTURES = ("地区", "盟")


def organ_name(kind: str, level: str, jur: Jurisdiction, word: str | None = None) -> str | None:
    """Canonical name of the organ of ``kind`` at ``level`` of ``jur``; when ``jur`` does not name
    that level's area, UNNAMED + the bare name with the level ``word`` as written (区人民政府);
    None when no organ of ``kind`` exists there."""
    if level == "national":
        return TEMPLATES.get((kind, "national")) if jur.level == "national" else None
    area = jur.name(level)  # a town's party bodies too carry the county its header names (round 44 ruling 1)
    if area is None:
        bare = next((TEMPLATES[key] for key in ((kind, level), (kind, "")) if key in TEMPLATES), None)
        word = word or (jur.word if level == jur.level else None) or WORD_OF_LEVEL[level]
        return UNNAMED + bare.format(area=word, city="", county="") if bare else None
    if kind == "court" and level == "city" and jur.city == jur.province:
        level = "provincial"  # a municipality's own court is its 高级人民法院 (its 中级 courts are branches)
    district = level == "county" and bool(jur.county and jur.county.endswith("区") and jur.city)
    prefecture = level == "city" and area.endswith(_PREFECTURES)
    keys = [(kind, "district")] * district + [(kind, "prefecture")] * prefecture + [(kind, level), (kind, "")]
    template = next((TEMPLATES[key] for key in keys if key in TEMPLATES), None)
    return template.format(area=area, city=jur.city, county=jur.county) if template else None


def level_of_word(char: str, jur: Jurisdiction) -> str:
    """The level a relative word names; 市 in a county-level city's report is that city."""
    if char == "市" and jur.county and jur.county.endswith("市"):
        return "county"
    return LEVEL_OF_CHAR[char]


# 人大 before its standing committee (区人大及其常委会, 省人大和省人大常委会) is the congress itself.
_AND_STANDING = re.compile(r"(?:及其|和|与)(?:[省市州区县]?人大)?(?:常委会|常务委员会)")


def kind_of_suffix(suffix: str, level: str, text: str = "", end: int = 0) -> str:
    """The kind of organ ``suffix`` (ending at ``end`` of ``text``) names at ``level``: a township's 人大
    is its congress itself (a township has no standing committee), as is any 人大 named before its
    standing committee (:data:`_AND_STANDING`); elsewhere 人大 is the standing committee."""
    if suffix == "人大" and (level == "township" or _AND_STANDING.match(text, end)):
        return "assembly"
    return KIND_OF_SUFFIX[suffix]


def reporting_body(jur: Jurisdiction) -> str:
    """The reporting congress body's canonical name."""
    return organ_name("congress", jur.level, jur) or ""


def level_in_report(canonical: str, jur: Jurisdiction) -> str | None:
    """The level of the report's area whose organ ``canonical`` names (中共安吉县委员会 → county), the most
    specific first; None for another area's organ or an unnamed place's."""
    name = canonical.removeprefix("中共")
    return next((level for level in reversed(LEVELS[1:]) if jur.name(level) and name.startswith(jur.name(level) or "")), None)
