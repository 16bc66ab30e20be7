"""Organ classes a first-time analyst found in round 28 (newuser12, classes 7 and 10), several phrasings each.

Class 7: a department named by its level word alone (市林业局, 县水利局) in a report above that level is the
department of the area of that level its sentence names last before it (荆州市人民政府及市林业局 → 荆州市林业局),
within the report's area; named in another sentence, or an area outside the report's, it stays unnamed.

Every sentence is written for this test in the genre's style, simplified and traditional where the genre uses both.
"""
from __future__ import annotations

import pytest
from extract_helpers import organs

HUBEI = "湖北省人民代表大会常务委员会"
ZHEJIANG = "浙江省人民代表大会常务委员会"


@pytest.mark.parametrize(
    ("text", "organ", "expected"),
    [
        ("检查组听取了孝感市人民政府及市林业局、市自然资源和规划局的汇报。", HUBEI,
         {("市林业局", "孝感市林业局"), ("市自然资源和规划局", "孝感市自然资源和规划局")}),
        ("執法檢查組赴十堰市檢查，聽取了市政府和市農業農村局工作匯報。", HUBEI,
         {("市農業農村局", "十堰市农业农村局")}),
        ("检查组先后到黄冈市、咸宁市，听取了咸宁市人民政府和市应急管理局汇报。", HUBEI,
         {("市应急管理局", "咸宁市应急管理局")}),
        ("座谈会上，鄂州市人民政府及市法制办分别作了汇报。", HUBEI, {("市法制办", "鄂州市人民政府法制办公室")}),
        ("调研组来到嘉兴市海盐县，听取了县政府及县林业局、县科工贸和信息化局的汇报。", ZHEJIANG,
         {("县林业局", "海盐县林业局"), ("县科工贸和信息化局", "海盐县科工贸和信息化局")}),
    ],
)
def test_a_level_words_department_is_the_area_its_sentence_names_before_it(facts_of, text, organ, expected):
    assert expected <= organs(facts_of(text, organ))


@pytest.mark.parametrize(
    ("text", "organ"),
    [
        ("检查组赴孝感市检查。听取了市林业局的汇报。", HUBEI),  # named in the sentence before
        ("学习借鉴了湖州市的做法，市林业局介绍了经验。", HUBEI),  # a city of another province
        ("督促市林业局加强监管，并在孝感市召开推进会。", HUBEI),  # named after it
    ],
)
def test_a_level_words_department_stays_unnamed_without_its_area_before_it(facts_of, text, organ):
    assert ("市林业局", "市林业局") in organs(facts_of(text, organ))
