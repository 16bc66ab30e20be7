"""A page's masthead: the publishing congress's (or its site's) name standing alone at the top of a page, which names
whose page it is, not what the report is called.

A first-time analyst (newuser23, round 39) saw reports titled 武汉市新洲区人民代表大会常务委员会: the site's masthead
(its ``<h1>``, or the first line of a text copied from the page) was taken for the report's heading. A masthead is
the organ's name alone (…人民代表大会常务委员会, …人大常委会, …人民代表大会, …人大), maybe followed by its site's word
(网, 网站, 门户网站, 官网) or in the site's welcome; a line naming a document or work as well
(…常务委员会工作报告, …人大常委会开展执法检查) is a title, never a masthead.
"""
from __future__ import annotations

import re

from loaders.lexicon.patterns import HAN_CHARS

#: The name of a people's congress or its standing committee, in either script, ending the line (maybe before its
#: site's word): 武汉市新洲区人民代表大会常务委员会, 新洲区人大常委会, 北京人大网, 湖北省人民代表大會.
_ORGAN_END = (r"(?:人民代表大会常务委员会|人民代表大會常務委員會|人民代表大会|人民代表大會|人大常委会|人大常委會"
              r"|常务委员会|常務委員會|人大)")
_MASTHEAD = re.compile(rf"^\s*[{HAN_CHARS}（）()]{{0,30}}?{_ORGAN_END}\s*(?:门户网站|門戶網站|官方网站|官方網站|网站|網站|官网|官網|网|網)?\s*$")
#: An organ's name alone, no site's word after it: the only masthead a title may start with.
_NAME_ALONE = re.compile(rf"^\s*[{HAN_CHARS}（）()]{{0,30}}?{_ORGAN_END}\s*$")
#: The rest of a title whose first line is the organ's name alone, maybe over two lines, a typeset title's spaces
#: aside (琼中黎族苗族自治县人民代表大会 / 常务委员会工作报告; 枞阳县人民代表大会常务委员会 / 工 作 报 告; 昆明市人大常委会 /
#: 关于对…实施意见 / 执法检查报告的审议意见): a line ending in a document's word that names no organ itself.
_CONTINUES = re.compile(r"^[^。，,]{0,60}?(?:报告|報告|公报|公報|会报|會報|决议|決議|计划|計劃|要点|要點|意见|意見)$")
_NAMES_ORGAN = re.compile(r"人大|人民代表|常委会|常委會")
_TYPESET_SPACE = re.compile(rf"(?<=[{HAN_CHARS}])\s+(?=[{HAN_CHARS}])")


#: Words of a document's or its work's name (…工作报告, …会议公报, …开展执法检查): what a heading under a masthead names.
_DOCUMENT = re.compile(r"报告|報告|公报|公報|决议|決議|计划|計劃|要点|要點|会议|會議|检查|檢查|视察|視察|询问|詢問|调研|調研|监督|監督")
_HEADING_MAX = 80  # characters: a longer heading is a paragraph


#: A headline's verbs: a line holding one tells news (遂溪縣各鎮勝利召開新一屆人民代表大會), whatever organ it ends on.
_NEWS = re.compile(r"召开|召開|举行|舉行|开展|開展|胜利|勝利|闭幕|閉幕|开幕|開幕|选举|選舉|审议|審議|会议|會議|各[县镇乡区市縣鎮鄉區]|新一[届屆]")


def is_masthead(line: str) -> bool:
    """Whether ``line`` is a congress's (or its site's) name alone, as a page's masthead shows it.

    >>> is_masthead("武汉市新洲区人民代表大会常务委员会"), is_masthead("新洲人大网"), is_masthead("湖北省人大常委会 ")
    (True, True, True)
    >>> is_masthead("新洲区人大常委会2023年工作报告"), is_masthead("区人大常委会开展执法检查")
    (False, False)
    """
    return bool(_MASTHEAD.match(line)) and not _NEWS.search(line)


#: An organ's name with its place opening a page's title or masthead: two characters or more before the organ's word
#: (修水县人大常委会开展执法检查, 修水县人大常委会_修水新闻网), so a placeless name (县人大常委会) is none.
_PLACED_ORGAN = re.compile(rf"^\s*([{HAN_CHARS}（）()]{{2,30}}?{_ORGAN_END})")
_SITE_SPLIT = re.compile(r"\s*[_|｜]\s*|\s+-\s+")


def page_organ(*lines: str) -> str | None:
    """The organ whose page it is, as its ``<title>`` or a masthead opens with it: the first of ``lines`` (a title's
    parts split at ``_``, ``|``, `` - ``) that starts with a congress organ's name and its place, that name; None
    when none does. A new user's round 40, §6: a page titled 修水县人大常委会开展执法检查_修水新闻网 whose text says only
    县人大常委会 had no organ and no area, as a text file's masthead line would have given it.

    >>> page_organ("修水县人大常委会开展执法检查_修水新闻网"), page_organ("县人大常委会开展执法检查", "新洲人大网")
    ('修水县人大常委会', '新洲人大')
    >>> page_organ("县人大常委会开展执法检查"), page_organ("关于2023年工作的报告_某某网")
    (None, None)
    """
    for line in lines:
        for part in _SITE_SPLIT.split(line):
            if found := _PLACED_ORGAN.match(part):
                return found[1]
    return None


def is_name_alone(line: str) -> bool:
    """Whether ``line`` is a masthead that is an organ's name alone (no 网, 网站): a title's first line may be one."""
    return is_masthead(line) and bool(_NAME_ALONE.match(line))


def continues_title(line: str) -> str | None:
    """``line`` as the rest of the title under an organ's name alone (:data:`_CONTINUES`: 常务委员会工作报告, 工 作 报 告
    read 工作报告), or None when it is no such rest: the name is then a masthead."""
    line = _TYPESET_SPACE.sub("", line.strip())
    rest = line.removeprefix("常务委员会").removeprefix("常務委員會")
    return line if _CONTINUES.match(line) and not _NAMES_ORGAN.search(rest) else None


def names_document(line: str) -> bool:
    """Whether a heading other than the masthead names a document or its work, short as a heading is: a page's
    ``<h2>`` under its masthead ``<h1>`` (武汉市新洲区人大常委会2023年工作报告), not a column's name (工作动态)."""
    return len(line) <= _HEADING_MAX and bool(_DOCUMENT.search(line)) and not is_masthead(line)
