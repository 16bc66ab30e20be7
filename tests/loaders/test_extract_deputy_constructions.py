"""Deputies by construction (issue 10): a deputy named after role words and a long job, or before 是;
a session's present count equal to its expected one; a count after a verb of having; a personnel item's
verb is no name. Sentences follow pages of the genre found with the search tool (urls beside each
group), none from benchmarks/genre or ../shared/corpus.
"""
from __future__ import annotations

import pytest

COUNTY = "德清县人民代表大会常务委员会"


def _names(facts) -> set[str]:
    return {d.name for d in facts.deputies if d.name}


def _counts(facts) -> list[int]:
    return sorted(d.count for d in facts.deputies if d.count is not None and d.name is None)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # (big5.china.com.cn/gate/big5/photo.china.com.cn/news/2017-03/16/content_40463468_11.htm)
        ("3月10日，全国人大代表、宁夏回族自治区吴忠市同心县王团镇罗家河湾村村医马玉花在宁夏代表团小组讨论上发言。", "马玉花"),
        # (fpgoad.khnnss.vip/news/03c6599931.html)
        ("2月21日，第十四届全国人大代表、太仓鑫海港口开发有限公司件杂货操作部门机班大班长褚锋在码头前沿调研。", "褚锋"),
        # (zhld.com/szb/wbpc/col/202402/03/content_226307.html)
        ("市人大代表邱守先是商水县枫未种植养殖农民专业合作社理事长。", "邱守先"),
        ("市人大代表李宗丽是项城市第一初级中学校长，她带来了关于青少年身心健康的建议。", "李宗丽"),
        # a page setting two marks between role and job (paraphrase of the same kind of news item)
        ("驻区省人大代表，、区委书记唐明向各位代表介绍乡村旅游环线。", "唐明"),
    ],
)
def test_a_deputy_named_after_role_and_job(facts_of, text, name):
    assert name in _names(facts_of(text, COUNTY))


@pytest.mark.parametrize(
    "text",
    [
        "人大代表是国家权力机关的组成人员。",
        "全国人大代表、政协委员和专家学者参加座谈。",
        "听取选举任命的国家机关工作人员述职评议、人大代表履职情况的报告。",
    ],
)
def test_no_name_where_none_is_written(facts_of, text):
    assert not _names(facts_of(text, COUNTY))


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        # a session's roll call (esk365.com/fanwen/fwshow.asp?key=dwb1atmm), everyone present: no group (the expected
        # count is the seats, round 34 ruling 2; the present count a statistic only, round 46 ruling 1)
        ("下仓镇第一届人民代表大会第四次会议，应到代表72名，实到72名，符合开会法定人数。", []),
        ("会议应出席代表52名，实到52名，符合法定人数。", []),
        ("会议应出席代表52名,,实到52名,符合法定人数。", []),
        # some absent (the same page as written)
        ("应到代表72名，因事、因病缺席2名，实到代表70名，符合开会法定人数。", []),
        # the count after a verb of having (zgtyzp.com/art/2015/8/20/art_1340112_7816157.html,
        # news.sina.com.cn/c/2003-03-04/101063736s.shtml)
        ("据了解，参加本次人大会议人大代表共有307名，列席人员167名。", [307]),
    ],
)
def test_counted_groups(facts_of, text, counts):
    assert _counts(facts_of(text, COUNTY)) == counts


def test_members_present_are_no_deputies(facts_of):
    """Near miss: a standing committee's members present, however equal, count no deputies."""
    assert _counts(facts_of("常委会组成人员应到25人，实到25人，符合法定人数。", COUNTY)) == []
