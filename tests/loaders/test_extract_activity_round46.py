"""Round 46: activity classes of the newest readable files (`av` odd) that recur across collection rounds, told in
phrasings written for these tests (no dev file's sentence)."""
from __future__ import annotations

import pytest

from tests.loaders.extract_helpers import kinds_and_statuses

COUNTY = "平阳县人民代表大会常务委员会"


# 跟踪问效 with what is followed up named by 对 is an `other` (round 42 ruling 4: a 跟踪监督/督查/问效 an other); told
# bare, as a manner or an exhortation, it names no work followed and tells no event.
@pytest.mark.parametrize("text, expected", [
    ("县人大常委会对民生实事项目推进情况跟踪问效，推动项目按期完工。", [("other", "reported")]),
    ("今年以来，县人大常委会对去年审议意见落实情况持续跟踪问效。", [("other", "reported")]),
    ("县人大常委会对农村人居环境整治和垃圾分类工作继续跟踪问效，督促政府抓好整改。", [("other", "reported")]),
    ("縣人大常委會對重點建議辦理情況跟蹤問效，確保件件有落實。", [("other", "reported")]),
    # near-misses
    ("县人大常委会通过座谈、走访等多种方式，持续跟踪问效，成效明显。", []),
    ("各承办单位要强化跟踪问效，推动承诺落实。", []),
    ("要注重跟踪问效，使办理结果让代表满意。", []),
])
def test_a_follow_up_is_an_other_where_it_names_what_it_follows(facts_of, text: str, expected: list) -> None:
    assert kinds_and_statuses(facts_of(text, COUNTY)) == expected


# Ruling 5: a launch meeting held begins its inspection (reported), its field work fixed for later or not; an inspection
# told only as arranged (定于, 决定于 a time to come), however long its laws' names, is planned.
@pytest.mark.parametrize("text, status", [
    ("7月10日，县人大常委会召开《中华人民共和国食品安全法》执法检查动员会，执法检查定于8月开展。", "reported"),
    ("7月10日，县人大常委会召开执法检查动员会，定于8月至9月对全县贯彻实施《中华人民共和国食品安全法》情况开展执法检查。", "reported"),
    ("市人大常委会召开《中华人民共和国水法》执法检查启动会。根据安排，检查组定于下月分赴各区县开展实地检查。", "reported"),
    ("按照年度监督工作计划安排，县人大常委会定于2024年9月至10月对全县贯彻实施“一法一条例”（《中华人民共和国水法》"
     "《浙江省河道管理条例》）情况开展执法检查。", "planned"),
    ("市人大常委会决定于今年下半年对《中华人民共和国食品安全法》实施情况开展执法检查。", "planned"),
    ("縣人大常委會定於今年10月至11月對全縣貫徹實施《中華人民共和國水法》情況開展執法檢查。", "planned"),
])
def test_an_inspection_is_begun_by_its_launch_meeting_and_planned_when_only_arranged(facts_of, text: str, status: str) -> None:
    assert kinds_and_statuses(facts_of(text, COUNTY)) == [("law_enforcement_inspection", status)]
