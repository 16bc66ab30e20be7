"""Regular-expression pieces of the genre, defined once: Han characters, numerals, levels, dates.

Every finder builds its patterns from these strings (character classes without
brackets end in ``_CHARS``; complete sub-patterns are upper-case names).
"""
from __future__ import annotations

import re

from loaders.lexicon.first_chars import quick
from loaders.lexicon.tables import rows

#: The CJK Unified Ideographs block: one Han character of running text.
HAN_CHARS = "\u4e00-\u9fff"
# The act of making a law, between its maker and its title (国务院颁布的《…》, 省人大常委会通过的《…》).
MAKING = "(?:制定|颁布|发布|出台|通过|公布|印发|作出)(?:实施)?"
HAN = f"[{HAN_CHARS}]"
#: A zone's 区 (开发区, 经济开发区, 保税区, 示范区, 试验区, 自贸区, 工业区), which is no district: put where a
#: level word may start, it refuses a 区 after the characters a zone's name puts before it (经开区, but not 开
#: alone: 召开区人大会议). :data:`AFTER_A_ZONE` refuses a start right after such a 区.
NOT_A_ZONE = "(?!(?<=[发税范验贸业])区)(?!(?<=经开)区)"
AFTER_A_ZONE = "(?<![发税范验贸业]区)(?<!经开区)"
#: Han characters including extension A and the compatibility block (for decoding and conversion).
HAN_WIDE = "[\u3400-\u9fff\uf900-\ufaff]"

#: Chinese numerals one to ten: ordinals of headings (一、, （二）), groups (“一法一条例”).
SMALL_NUMERAL_CHARS = "一二两三四五六七八九十"
#: Numerals of counts up to the hundreds (检查九次, 一百二十项).
COUNT_NUMERAL_CHARS = SMALL_NUMERAL_CHARS + "百"
#: Every numeral character a count may use (two thousand and more, zero: 零, 〇 and the ○ typed for it).
NUMERAL_CHARS = "零〇○" + COUNT_NUMERAL_CHARS + "千万"
#: A count written in digits or Chinese numerals; its value is ``numerals.to_number`` of the group.
COUNT = rf"(?P<n>\d+|[{COUNT_NUMERAL_CHARS}]+)"
#: A small ordinal (第三, 三、).
ORDINAL = f"[{SMALL_NUMERAL_CHARS}]+"
#: What joins the items of a list: 、 between any two, 和, 及 or 与 before the last (赤峰市、乌海市和呼和浩特市人民政府,
#: 与市人大常委会、市政府联合开展…, 对县公安局、县市场监督管理局开展工作评议).
LIST_JOINERS = "、和及与"
#: The term of a congress (第十四届).
TERM = rf"(?:第?[{NUMERAL_CHARS}\d]+届)"
#: Work said not to have been done (没有开展《森林法》执法检查, 尚未听取…报告, 但未就该法开展执法检查, 并未对…进行视察,
#: 不再单独开展执法检查, 原定的执法检查未能开展, 取消今年的执法检查, 决定暂缓开展…执法检查): it states no activity and ties
#: no law to an inspection; the ``clause`` rows of ``not-done.csv``. Work put off to a time (推迟到明年, 暂缓至下半年) is
#: planned instead (an ``intentions.csv`` row). Source: a first-time analyst, round 26 (未就…开展执法检查 stored as an
#: inspection held); round 30 (暂缓 with no time planned nothing).
NOT_DONE = quick("|".join(row["pattern"] for row in rows("not-done") if row["scope"] == "clause"))
#: A whole clause telling that the work its sentence's clause before it states was called off or could not be held
#: (…执法检查，因故取消; …的报告，因疫情原因未能如期进行): the ``called_off`` rows of ``not-done.csv``.
CALLED_OFF = re.compile("|".join(f"(?:{row['pattern']})" for row in rows("not-done") if row["scope"] == "called_off"))
#: A whole clause putting that work off to a time to come (…执法检查，推迟到明年开展): the ``put_off`` rows.
PUT_OFF = re.compile("|".join(f"(?:{row['pattern']})" for row in rows("not-done") if row["scope"] == "put_off"))
#: Approximate counts: 近/约 before the number, 余/多 after it.
ABOUT_BEFORE = "(?:近|约)"
ABOUT_AFTER = "(?:余|多)"

#: A year that dates an action, right before it (将于2024年对…开展, 2025年将开展…, 2022年开展的…检查, 于2023年9月组织,
#: 广东省人大常委会2023年对…开展): not a year that qualifies a noun (2019年颁布的《X法》, 2023年度预算).
ACTION_YEAR = re.compile(r"(?<!\d)(\d{4})年(?:[上下]半年|年?[初中底内]|[一二三四]季度|\d{1,2}月(?:\d{1,2}日)?(?:至\d{1,2}月)?|[春夏秋冬]季?)?"
                         r"(?:起|期间)?[,，]?(?:将|拟|计划)?(?:对|就|开展|组织|听取|进行|召开|视察|检查|启动)")
#: A calendar date as reports write it: 2024年2月9日, 2024-02-09, 2024/2/9 (groups: year, month, day).
DATE = r"(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})"
DATE_RE = re.compile(rf"(?<!\d){DATE}(?!\d)")

#: The levels of the state, top down; a report's ``level`` metadata takes these values.
LEVELS = ("national", "provincial", "city", "county", "township")
#: The level word of a relative organ name (区人大常委会, 县政府, 自治区人民政府, 市中级人民法院).
LEVEL_OF_CHAR = {"自治区": "provincial", "自治州": "city", "自治县": "county", "自治旗": "county", "省": "provincial", "市": "city", "州": "city",
                 "区": "county", "县": "county", "旗": "county", "镇": "township", "乡": "township"}
#: The last unit of an area's name (武汉市, 恩施土家族苗族自治州, 崔家桥镇), longest first.
AREA_UNIT = r"(?:特别行政区|自治区|自治州|自治县|地区|街道|省|市|州|盟|区|县|旗|镇|乡)"
#: An area's own reference to itself (检查我省…条例实施情况): the word → its level.
OWN_AREA = {"我省": "provincial", "本省": "provincial", "我区": "county", "本区": "county",
            "我市": "city", "本市": "city", "我县": "county", "本县": "county"}


#: The municipalities directly under the central government: cities at the provincial level.
MUNICIPALITIES = frozenset({"北京市", "天津市", "上海市", "重庆市"})

#: What ends a clause: a comma, a colon, a sentence's end or a line's.
CLAUSE_MARK = re.compile(r"[，,。；;：:\n]")


def clause_start(text: str, floor: int, pos: int) -> int:
    """Where the clause holding ``pos`` starts in ``text``, looking back no further than ``floor`` (then ``floor``)."""
    return max((mark.end() for mark in CLAUSE_MARK.finditer(text, floor, pos)), default=floor)


def level_of_area(name: str) -> str | None:
    """The level an area's name implies by its last unit (湖北省 → provincial), if any.

    A city inside a city (德阳市广汉市) is county-level.

    >>> level_of_area("德阳市广汉市"), level_of_area("恩施土家族苗族自治州")
    ('county', 'city')
    """
    if name in ("中华人民共和国", "全国"):
        return "national"
    if name in MUNICIPALITIES or name.endswith(("省", "自治区", "特别行政区")):
        return "provincial"
    if name.endswith(("镇", "乡", "街道")):
        return "township"
    if name.endswith(("区", "县", "旗")):
        return "county"
    if name.endswith(("自治州", "州", "盟", "地区")):
        return "city"
    if name.endswith("市"):
        units = re.findall(rf"{HAN}+?(?:自治州|市|州|盟|地区)", name)
        return "county" if len(units) > 1 else "city"
    return None
