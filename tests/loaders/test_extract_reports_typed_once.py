"""A report heard is typed by what it reports, once (round 32's ruling 2): a visit's report a ``site_visit``, a study's or
survey's an ``investigation``, a filing review's a ``filing_review``, with no ``report_review`` beside; only an
inspection's report heard is both the inspection and its review."""
from __future__ import annotations

import pytest

CITY = "苏州市人民代表大会常务委员会"


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("会议听取了市人大常委会视察组关于全市农村饮水安全工作的视察报告。", ["site_visit"]),
        ("会议听取了城建环保工委关于全市老旧小区改造情况的调研报告。", ["investigation"]),
        ("会议听取了关于全市优化营商环境情况的调查报告。", ["investigation"]),
        ("会议书面听取了法工委关于2023年规范性文件备案审查工作情况的报告。", ["filing_review"]),
        ("会议讨论了关于全市养老服务工作的调研报告（讨论稿）。", ["investigation"]),
        ("会议听取了关于组织部分省人大代表视察全市酒驾醉驾查处工作情况的报告。", ["site_visit"]),
        ("会议听取了市人大常委会视察组关于农村公路建设的视察报告、教科文卫工委关于义务教育的调研报告和法工委关于备案审查工作情况的报告。",
         ["site_visit", "investigation", "filing_review"]),
    ],
)
def test_a_report_heard_is_typed_once_by_what_it_reports(facts_of, text, kinds):
    assert [a.type for a in facts_of(text, CITY).activities] == kinds


def test_an_inspections_report_heard_is_the_inspection_and_its_review(facts_of):
    found = facts_of("会议听取了执法检查组关于检查《中华人民共和国食品安全法》实施情况的报告。", CITY).activities
    assert sorted(a.type for a in found) == ["law_enforcement_inspection", "report_review"]
