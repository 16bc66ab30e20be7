"""A deputy's panel in the explorer (a first-time analyst's round 43, finding 8): what the deputy did, the activities
involving them, each with its sentence; on the samples (d04: 王瑛等12名代表提出的第5号议案, whose handling and the
inspection it led to the sentence tells)."""
from __future__ import annotations

from typing import Any

import pytest

from api_helpers import shot

pytestmark = pytest.mark.browser
WANG_YING = "https://w3id.org/oversight-kg/id/deputy/王瑛@510000"


def test_a_deputys_panel_lists_what_they_did_with_its_sentence(page: Any) -> None:
    page.evaluate("(iri) => okg.showDetails(iri)", WANG_YING)
    page.wait_for_selector("#details .deputy-activities li")
    kinds = page.eval_on_selector_all("#details .deputy-activities li", "(lis) => lis.map((li) => li.dataset.kind)")
    assert "LawEnforcementInspection" in kinds
    assert "代表参与的监督活动" in page.inner_text("#details .summary")
    sentences = page.inner_text("#details .evidence")
    assert "第5号议案办理工作" in sentences and "执法检查" in sentences
    shot(page, "view-deputy-panel")
