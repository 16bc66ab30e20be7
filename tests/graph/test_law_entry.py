"""One law's entry of the laws table: how many inspections its activities are."""
from __future__ import annotations

from graph.backends import LawRow
from graph.tables import law_entry

LAW, TITLE = "https://w3id.org/oversight-kg/id/law/x", "中华人民共和国长江保护法"
HUBEI, YICHANG = "https://example.org/organ/hubei", "https://example.org/organ/yichang"


def row(activity: str, report: str, year: int | None, organ: str | None, follow_up: bool = False) -> LawRow:
    return LawRow(LAW, TITLE, "法律", activity=activity, evidence="…", start=0, end=1, year=year,
                  organ=organ and organ.rsplit("/", 1)[1], report=report, organ_iri=organ, follow_up=follow_up)


def test_one_inspection_stated_by_two_reports_counts_once_with_both_sentences() -> None:
    entry = law_entry([row("a1", "work-report", 2023, HUBEI), row("a2", "communique", 2023, HUBEI)])
    assert entry["times_inspected"] == 1 and len(entry["evidence"]) == 2 and entry["reports"] == ["communique", "work-report"]
    assert [e["inspection"] for e in entry["evidence"]] == [0, 0]


def test_other_years_or_other_organs_are_other_inspections() -> None:
    assert law_entry([row("a1", "r1", 2022, HUBEI), row("a2", "r2", 2023, HUBEI)])["times_inspected"] == 2
    assert law_entry([row("a1", "r1", 2023, HUBEI), row("a2", "r2", 2023, YICHANG)])["times_inspected"] == 2


def test_an_activity_without_organ_or_year_is_its_own_inspection() -> None:
    assert law_entry([row("a1", "r1", None, HUBEI), row("a2", "r2", None, HUBEI)])["times_inspected"] == 2
    assert law_entry([row("a1", "r1", 2023, None), row("a2", "r2", 2023, None)])["times_inspected"] == 2


def test_a_follow_up_joins_the_inspection_it_follows_up_a_year_later() -> None:
    entry = law_entry([row("a1", "r2022", 2022, HUBEI), row("f1", "r2023", 2023, HUBEI, follow_up=True)])
    assert entry["times_inspected"] == 1 and entry["years"] == [2022] and entry["follow_up_years"] == [2023]
    assert [(e["activity"], e["inspection"], e["follow_up"]) for e in entry["evidence"]] == [
        ("a1", 0, False), ("f1", 0, True)]


def test_a_follow_up_joins_the_latest_earlier_inspection_of_its_own_organ() -> None:
    entry = law_entry([row("a1", "r2019", 2019, HUBEI), row("a2", "r2021", 2021, HUBEI),
                       row("a3", "r2022", 2022, YICHANG), row("f1", "r2022f", 2022, HUBEI, follow_up=True)])
    assert entry["times_inspected"] == 3
    inspection = {e["activity"]: e["inspection"] for e in entry["evidence"]}
    assert inspection["f1"] == inspection["a2"] != inspection["a1"]


def test_a_follow_up_of_an_inspection_no_report_states_is_counted_apart() -> None:
    """Round 30 (a first-time analyst's): its inspection was reported before the stored reports; the follow-up is
    no inspection of its year, counted in followed_up_only, its year a follow-up's."""
    alone = law_entry([row("f1", "r2023", 2023, HUBEI, follow_up=True)])
    assert (alone["times_inspected"], alone["followed_up_only"], alone["years"], alone["follow_up_years"]) == (0, 1, [], [2023])
    later_only = law_entry([row("a1", "r2024", 2024, HUBEI), row("f1", "r2023", 2023, HUBEI, follow_up=True)])
    assert (later_only["times_inspected"], later_only["followed_up_only"]) == (1, 1)  # a later inspection is not the one it follows


def test_an_inspection_dated_by_a_range_alone_gives_its_period_not_a_year() -> None:
    ranged = LawRow(LAW, TITLE, "法律", activity="a2", evidence="…", start=0, end=1, year=None, year_from=2017,
                    year_to=2021, organ="hubei", report="r2017-2021", organ_iri=HUBEI)
    entry = law_entry([row("a1", "r2023", 2023, HUBEI), ranged])
    assert entry["years"] == [2023] and entry["periods"] == ["2017-2021"]
    assert law_entry([row("a1", "r2023", 2023, HUBEI)])["periods"] == []
