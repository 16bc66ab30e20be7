"""Where a briefing is heard: at a sitting, or during a visit, an inspection or a study.

Round 33 ruling 4 (round 16 part b 10): a briefing an organ gives during a visit, an inspection or a
study (座谈会上，区政府汇报了…; 实地查看…，听取了…的汇报; 座谈会上，站长对…作了详细的介绍, 镇长简要总结了…) is a
step of that work, no ``report_review``; a briefing heard at a sitting of the standing committee, its council of
chairpersons, a presidium or a committee (会议听取了…的汇报; 视察结束后，召开了主席团会议。会上，听取了…) stays one. The setting is the
last one a text names before the briefing (``lexicon/data/briefing-settings.csv``), in the briefing's line or,
where that names none, in the lines before it; the titles of reports heard (听取了…调研情况的汇报) name none.
"""
from __future__ import annotations

import re
from functools import lru_cache

from loaders.lexicon.tables import rows

#: How many lines before the briefing's own a setting is looked for (a visit told, then 座谈会上，…汇报了…).
LINES_BEFORE = 3
#: Words naming no setting: what a report heard is called, from its verb or 关于 to its last word (听取了…调研情况的
#: 汇报), and the meetings whose spirit a sitting studies (传达学习…座谈会精神, dev ai09).
_TITLE = re.compile(r"(?:听取|审议|审阅|关于)[^，,。；;\n]*?(?:报告|汇报|说明)|(?:传达|学习)[^。；;\n]*?精神")
_VERB = re.compile(r"听取|(?<!的)汇报|介绍|通报|总结")
#: The words that make a clause a briefing: an organ's 汇报, or its 介绍, 通报 or 总结 to visitors (round 43: 座谈会上，副县长对…
#: 有关情况作了简要介绍; 代表们听取项目建设进展介绍后; 随后召开座谈会，镇长简要总结了…完成情况; 区政府通报了…情况, after a
#: visit told: the ruling's briefings, told by their other words); a 报告 told without them is a report, whatever its setting.
_BRIEFED = re.compile(r"汇报|介绍|通报|总结")


def briefed(words: str) -> bool:
    """Whether ``words`` (a clause read as a report heard) tell a briefing (汇报, 介绍, 通报, 总结) rather than a report (报告)."""
    return _BRIEFED.search(words) is not None


@lru_cache(maxsize=1)
def _settings() -> re.Pattern[str]:
    """The settings' words, one named group per setting, longest words first within a group's alternatives."""
    groups: dict[str, list[str]] = {}
    for row in rows("briefing-settings"):
        groups.setdefault(row["setting"], []).append(f"(?:{row['pattern']})")
    return re.compile("|".join(f"(?P<{name}>{'|'.join(words)})" for name, words in groups.items()))


def _last_setting(words: str) -> str | None:
    """The setting ``words`` name last (``field`` or ``sitting``), if any."""
    last = None
    for match in _settings().finditer(_TITLE.sub(lambda m: "\u3000" * len(m.group()), words)):
        if match.lastgroup != "neutral":
            last = match.lastgroup
    return last


def in_the_field(text: str, start: int, words: str) -> bool:
    """Whether the briefing ``words`` told at ``start`` of ``text`` is heard during a visit, an inspection or a study
    rather than at a sitting: the setting named last before its verb (听取, 汇报) in its line, else in one of the
    :data:`LINES_BEFORE` non-blank lines before it that names one."""
    verb = _VERB.search(words)
    line_start = text.rfind("\n", 0, start) + 1
    setting = _last_setting(text[line_start : start + (verb.start() if verb else 0)])
    lines = 0
    while setting is None and line_start > 0 and lines < LINES_BEFORE:
        end = line_start - 1
        line_start = text.rfind("\n", 0, end) + 1
        lines += bool(text[line_start:end].strip())  # blank lines count for nothing
        setting = _last_setting(text[line_start:end])
    return setting == "field"
