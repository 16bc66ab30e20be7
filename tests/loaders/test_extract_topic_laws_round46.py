"""Round 46 (newuser32 §6): a count of units or projects an inspection or a visit checked after its
verb of checking is the sites it checked, neither units overseen nor visits. Phrasings composed in the genre's style,
in either script."""
from __future__ import annotations

import pytest

PROVINCE = "安徽省人民代表大会常务委员会"


@pytest.mark.parametrize(("text", "value"), [
    ("检查组实地检查抽查了88个单位和项目。", 88),
    ("檢查組實地檢查抽查了88個單位和項目。", 88),
    ("调研组深入基层，实地查看了46个单位和项目。", 46),
    ("执法检查组走访了12家单位，听取意见建议。", 12),
    ("视察组察看了30余个建设项目。", 30),
])
def test_units_or_projects_counted_after_a_verb_of_checking_are_sites_checked(facts_of, text: str, value: int) -> None:
    assert {stat.value: stat.measure_class for stat in facts_of(text, PROVINCE).statistics}.get(value) == "sites_checked"


@pytest.mark.parametrize("text", [  # the units a piece of work concerned, with no verb of checking before their count
    "常委会组织对12个部门开展工作评议。",
    "縣人大常委會聽取了12個部門負責人的匯報。",
    "常委会对12个单位开展满意度测评。",
])
def test_units_counted_without_a_verb_of_checking_stay_units_overseen(facts_of, text: str) -> None:
    assert [(stat.value, stat.measure_class) for stat in facts_of(text, PROVINCE).statistics] == [(12, "units_overseen")]
