"""The report node: its title, as a page's opening lines state it."""
from __future__ import annotations

import pytest
from rdflib import DCTERMS

from loaders.build import build
from loaders.document import Document
from loaders.extract import extract

BODY = "常委会听取和审议了区政府关于老旧小区改造情况的报告。"


def title_of(text: str, metadata: dict[str, str] | None = None) -> str:
    doc = Document(text=text, source="r.txt", metadata=metadata or {})
    report = build(doc, extract(doc))
    return str(report.graph.value(report.iri, DCTERMS.title))


@pytest.mark.parametrize(("opening", "title"), [
    ("2023年1月8日\n在某区第六届人民代表大会第二次会议上\n", "在某区第六届人民代表大会第二次会议上"),
    ("范文之家\n区人大常委会工作报告\n", "区人大常委会工作报告"),
    ("作者:佚名  时间:2020-06-12  来源:本站\n市人大常委会开展执法检查\n", "市人大常委会开展执法检查"),
    ("2023-01-08\n區人大常委會工作報告\n", "區人大常委會工作報告"),
    # a term report's occasion under its date, broken over two lines, then its speaker (武昌区, 2021)
    ("——2021年12月15日在武汉市武昌区第十六届人民代表大会\n第一次会议上\n武昌区人大常委会主任 曾 崎\n各位代表:\n",
     "在武汉市武昌区第十六届人民代表大会第一次会议上"),
    ("——2022年1月10日在某县第十八届人民代表大会第一次会议上\n某县人大常委会主任 张三\n", "在某县第十八届人民代表大会第一次会议上"),
])
def test_the_title_is_the_opening_line_that_names_the_document(opening: str, title: str) -> None:
    assert title_of(opening + BODY) == title


def test_a_text_without_a_title_line_keeps_its_first_line_and_a_stated_title_wins() -> None:
    assert title_of("一年来，我们坚持依法履职。\n" + BODY) == "一年来，我们坚持依法履职。"
    assert title_of("范文之家\n区人大常委会工作报告\n" + BODY, {"title": "某区工作报告"}) == "某区工作报告"


@pytest.mark.parametrize(("opening", "title"), [
    ("全国人民代表大会常务委员会：\n", "一年来，我们坚持依法履职。"),  # the addressee of a report
    ("各位代表:\n", "一年来，我们坚持依法履职。"),
    ("2023年5月6日\n湖北省人民代表大会常务委员会：\n", "一年来，我们坚持依法履职。"),
])
def test_a_salutation_is_no_title(opening: str, title: str) -> None:
    assert title_of(opening + "一年来，我们坚持依法履职。\n" + BODY) == title


def test_a_long_opening_sentence_is_clipped_to_a_headline() -> None:
    """A text that states no title is known by its first sentence, cut short: never a paragraph."""
    opening = ("2024年,在市人大的有力指导和区委的坚强领导下,区人大常委会紧紧围绕区委中心工作和全区发展大局,"
               "凝心聚力,务实创新,积极践行全过程人民民主。常委会全年召开会议12次。\n")
    title = title_of(opening + BODY)
    assert title.endswith("…") and len(title) <= 41 and opening.startswith(title[:-1])
    assert title_of("8月26日,县第十七届人大常委会举行第二十次会议。县人大常委会主任主持会议。\n" + BODY) == \
        "8月26日,县第十七届人大常委会举行第二十次会议。"


@pytest.mark.parametrize(("opening", "title"), [
    # tongguan.gov.cn (2023): the site's breadcrumb above the title
    ("首页/ 政府信息公开 / 法定主动公开内容 / 政府工作报告 / 正文\n2023年潼关县人民代表大会常务委员会工作报告\n",
     "2023年潼关县人民代表大会常务委员会工作报告"),
    # yxrd.yixian.gov.cn (2025) and zljsteel.com (2026): breadcrumbs with > and a position label
    ("首页 > 人大新闻 > 人大要闻\n县十八届人大五次会议主席团举行第三次会议\n", "县十八届人大五次会议主席团举行第三次会议"),
    ("您所在的位置是:首页 > 宏观新闻\n全国人代会举行第二次全体会议 听取常委会、“两高”工作报告\n",
     "全国人代会举行第二次全体会议 听取常委会、“两高”工作报告"),
    # a position label with 当前的, and a section name past the breadcrumb's 24 characters
    ("您当前的位置: 首页 > 法规草案征求意见 > 关于公开征求《周口市电梯安全管理条例（草案）》修改意见的公告\n"
     "周口市人大常委会关于公开征求意见的公告\n", "周口市人大常委会关于公开征求意见的公告"),
    ("當前位置：首頁 > 人大要聞\n市人大常委會開展執法檢查\n", "市人大常委會開展執法檢查"),
])
def test_a_breadcrumb_is_no_title(opening: str, title: str) -> None:
    assert title_of(opening + BODY) == title


@pytest.mark.parametrize(("opening", "title"), [
    # zyrb.com (2024): a reporter's byline on its own line
    ("本报记者 康 宁\n岁序更新，观往知来。\n", "岁序更新，观往知来。"),
    ("记者 王淼 通讯员 李华\n市人大常委会开展执法检查\n", "市人大常委会开展执法检查"),
    # bswxw.com (2023): a dateline and byline before the first sentence
    ("本报讯 （记者 王淼 林光耀）3月14日，区十八届人大常委会召开第二十二次主任会议。区人大常委会主任主持会议。\n",
     "3月14日，区十八届人大常委会召开第二十二次主任会议。"),
])
def test_a_byline_is_no_title(opening: str, title: str) -> None:
    assert title_of(opening + BODY) == title


def test_a_title_naming_a_reporter_s_work_stays() -> None:
    assert title_of("记者走进人大代表联络站\n" + BODY) == "记者走进人大代表联络站"
