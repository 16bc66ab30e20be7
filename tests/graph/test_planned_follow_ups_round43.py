"""A planned follow-up of an inspection's recommendations is no planned inspection on ``/laws`` (newuser28 §13): a law's
``planned_inspections`` counts its planned inspections only, the follow-up staying among its mentions."""
from __future__ import annotations

import pytest

from graph.tables import planned_inspection


@pytest.mark.parametrize(("mention", "counted"), [
    ({"status": "planned", "types": ["LawEnforcementInspection"]}, True),
    ({"status": "planned", "types": ["LawEnforcementInspection", "FollowUpOversight"]}, False),
    ({"status": "planned", "types": ["FollowUpOversight"]}, False),
    ({"status": None, "types": ["Mention"]}, False),
    ({"status": None, "types": ["LawEnforcementInspection"]}, False),
    ({"status": "planned"}, True),
])
def test_only_a_planned_inspection_counts_as_one(mention: dict, counted: bool) -> None:
    assert planned_inspection(mention) is counted
