"""Round 47: activity classes of the newest readable files (`aw` odd) that recur across collection rounds, told in
phrasings written for these tests (no dev file's sentence)."""
from __future__ import annotations

import pytest

from tests.loaders.extract_helpers import kinds_and_statuses

COUNTY = "平阳县人民代表大会常务委员会"


# Work already told named as the basis of what follows (根据/依据/结合/基于 + kinds + 情况) is its result used, not a new
# event: the clause holds no activity. The work of the clause after it stays, and so does work done on the state of
# an inspection (对…执法检查情况开展视察), 对 making the kind the object, not the basis.
@pytest.mark.parametrize("text, expected", [
    ("县人大常委会组织代表视察了县法院。最后根据视察、汇报、评议情况，代表们对法院工作进行了满意度测评。",
     [("site_visit", "reported"), ("satisfaction_evaluation", "reported")]),
    ("县人大常委会组织代表视察了县法院。最後根據視察、匯報、評議情況，代表們對法院工作進行了滿意度測評。",
     [("site_visit", "reported"), ("satisfaction_evaluation", "reported")]),
    ("县人大常委会开展了《安全生产法》执法检查。检查组依据前期调研情况，梳理出五个方面的问题。",
     [("law_enforcement_inspection", "reported")]),
    ("县人大常委会开展了《安全生产法》执法检查。代表们结合执法检查情况，提出了意见建议。",
     [("law_enforcement_inspection", "reported")]),
    ("县人大常委会组织代表视察了县法院。评议组要根据此次会议评议情况形成书面评议意见。",
     [("site_visit", "reported")]),
    ("县人大常委会组织代表视察了县法院。代表们根据前期实地走访调研情况，就老旧小区改造提出建议。",
     [("site_visit", "reported")]),
])
def test_work_named_as_the_basis_of_what_follows_is_no_event(facts_of, text: str, expected: list) -> None:
    assert kinds_and_statuses(facts_of(text, COUNTY)) == expected


@pytest.mark.parametrize("text", [
    "根据年度工作计划，县人大常委会对《安全生产法》执法检查情况开展视察。",
    "依据监督工作计划，县人大常委会组织代表对审议意见落实情况开展视察。",
])
def test_a_kind_that_is_the_object_of_the_work_is_no_basis(facts_of, text: str) -> None:
    assert ("site_visit", "reported") in kinds_and_statuses(facts_of(text, COUNTY))
