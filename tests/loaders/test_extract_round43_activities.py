"""Round 43, activities on reports nobody tuned to: classes found in the newest readable files and in several collection
rounds (docs/design.md, "Round 43, activities on reports nobody tuned to"); phrasings written for them."""
from __future__ import annotations

import pytest

from loaders.document import Document
from loaders.extract import extract

HEADER = {"organ": "某县人民代表大会常务委员会", "level": "county", "year": "2024"}


def kinds(text: str) -> list[str]:
    return [a.type for a in extract(Document(text=text, source="news.txt", metadata=HEADER)).activities]


@pytest.mark.parametrize("text", [
    "代表们对镇十七届人大八次会议上表决通过的5项民生实事项目落实情况进行了视察。",
    "县人大常委会组织代表对人代会表决通过的民生实事项目推进情况开展视察。",
])
def test_projects_named_by_the_vote_that_chose_them_are_no_vote(text: str) -> None:
    """表决通过的…民生实事项目 names the projects a vote chose, the object of the visit: no vote of its own."""
    assert kinds(text) == ["site_visit"]


@pytest.mark.parametrize("text", [
    "镇党委会专题研究拟提交表决的民生实事项目。",
    "县政府将按照代表表决通过的民生实事项目清单抓好落实。",
])
def test_projects_named_by_a_vote_to_come_or_past_state_no_vote(text: str) -> None:
    assert "other" not in kinds(text)


@pytest.mark.parametrize("text", [
    "会议表决通过了2024年民生实事项目。",
    "大会表决了本镇2025年度民生实事项目。",
])
def test_a_vote_on_livelihood_projects_stays_one(text: str) -> None:
    assert kinds(text) == ["other"]
