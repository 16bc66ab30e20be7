"""Round 12: activity classes that did not transfer from the files their rules were written from to round
11's blind set (dev n01–n39, odd): an intention's words inside a report's title, a news item's summary of
the reports it then lists, a report made to 述职, the environmental inspection a government rectifies
after, and a study visit to another place.

Sentences follow public pages of the genre (paraphrased where noted; none from benchmarks/genre or the
shared corpus): vtrackmedia.com/news/view/724194.html, hainanpc.gov.cn (2018 press conference),
m.voc.com.cn/rmt/article/12281475.html, wzpy.cn/system/2025/12/15/015387112.shtml,
moligc.com/content/2017/12/27/7249886.html, big5.www.gov.cn/…/2016-10/28/content_5125378.htm,
fx361.cc/page/2021/1028/18060037.shtml, lysrd.henanrd.gov.cn/2019/04-29/175071.html,
pyxrenda.henanrd.gov.cn/2021/09-15/131598.html, scdyrd.gov.cn/contents/38/4664.html,
xamrd.gov.cn/rd/2023-06/26/article_2024041411572192384.html, jingbianrenda.gov.cn (2020-08-19),
jindazhongye.com/News/show/666149.html, m.wzxrmtzx.cn/p/1178.html.
"""
from __future__ import annotations

import pytest

from tests.loaders.extract_helpers import kinds

NPC = "全国人民代表大会常务委员会"
CITY = "滁州市人民代表大会常务委员会"
COUNTY = "平阳县人民代表大会常务委员会"


@pytest.mark.parametrize("text", [
    # the session's date and proposed agenda are what a report heard is about (vtrackmedia.com, paraphrased)
    "会议听取了关于召开市十六届人大二次会议的时间及建议议程等有关事项的报告、市政府关于养老服务工作情况的报告。",
    # hainanpc.gov.cn (paraphrased to a city's standing committee)
    "會議聽取了關於市七屆人大五次會議召開時間和建議議程的報告，聽取和審議了市政府關於食品安全工作情況的報告。",
    # a report on next year's work plan heard (voc.com.cn, paraphrased)
    "会议听取和审议了县人民政府关于明年民生实事候选项目征集情况的报告。",
])
def test_an_intention_inside_a_title_heard_plans_nothing(facts_of, text: str) -> None:
    facts = facts_of(text, CITY)
    assert facts.activities and {a.status for a in facts.activities} == {"reported"}, facts.activities


@pytest.mark.parametrize("text", [
    # near-misses: the agenda proposed outside any title, the intention before the title
    "主任会议建议，市人大常委会第十次会议的议程为：听取和审议市政府关于养老服务工作情况的报告。",
    "市人大常委会将于下月听取市政府关于食品安全工作情况的报告。",
])
def test_an_intention_outside_the_title_still_plans(facts_of, text: str) -> None:
    facts = facts_of(text, CITY)
    assert facts.activities and {a.status for a in facts.activities} == {"planned"}, facts.activities


@pytest.mark.parametrize("text", [
    # a news item's lead, then the reports it heard (hainanpc.gov.cn; moligc.com; wzpy.cn; paraphrased)
    "10月24日，市人大常委会举行第二十一次会议，听取多项工作报告等。会议先后听取了关于食品安全工作情况的报告、"
    "关于学前教育普及普惠工作情况的报告。",
    "12月15日，县人大常委会召开第三十次会议，听取和审议多项报告等。会议听取和审议了县文化和广电旅游体育局关于公共文化服务工作情况的报告、"
    "县交通运输局关于农村公路建设情况的报告。",
    "12月25日，縣人大常委會召開第八次會議，聽取多項報告等。會議聽取和審議了縣民政局關於養老服務工作情況的報告、"
    "縣水利局關於河道整治工作情況的報告。",
])
def test_a_summary_of_reports_named_after_it_is_no_review_of_its_own(facts_of, text: str) -> None:
    assert kinds(facts_of(text, COUNTY)) == ["report_review", "report_review"]


def test_a_summary_with_no_report_named_stays_a_review(facts_of) -> None:
    # near-miss: nothing else names the reports the summary points at
    assert kinds(facts_of("12月15日，县人大常委会召开第三十次会议，听取多项工作报告等。", COUNTY)) == ["report_review"]
