"""The report node: its title, as a page's opening lines state it."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import DCTERMS

from loaders.build import build
from loaders.build.report import source_location
from loaders.document import Document
from loaders.extract import extract
from ontology import OKG

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
        "县第十七届人大常委会举行第二十次会议。"  # the date opening it is no headline's word (newuser22 §13)


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
     "区十八届人大常委会召开第二十二次主任会议。"),
    # newuser22 §13: a site's 报道 before the reporter in brackets, then the day (云上嘉鱼报道(记者熊琦)5月23日,…)
    ("云上某县报道(记者李明)5月23日,县人大常委会副主任一行对我县《农业法》贯彻执行情况进行检查。\n",
     "县人大常委会副主任一行对我县《农业法》贯彻执行情况进行检查。"),
    ("某某日报讯（通讯员 张华）11月2日上午，县人大常委会组织代表视察重点项目。\n", "县人大常委会组织代表视察重点项目。"),
    # no byline: a span of days or a morning opening the first sentence
    ("9月9日至17日,县人大常委会先后开展了两部法律的执法检查。\n", "县人大常委会先后开展了两部法律的执法检查。"),
    ("4月20日上午，市人大常委会副主任率执法检查组来我区检查。\n", "市人大常委会副主任率执法检查组来我区检查。"),
    ("2023年6月5日，区人大常委会召开第十次主任会议。\n", "区人大常委会召开第十次主任会议。"),
    ("法治报道讯(通讯员 郭某)自7月4—14日,某镇人大代表小组开展了代表接待选民活动。\n", "某镇人大代表小组开展了代表接待选民活动。"),
    # a reposted item's label before its headline
    ("原标题:市人大常委会启动委托区县人大常委会执法检查工作\n", "市人大常委会启动委托区县人大常委会执法检查工作"),
])
def test_a_byline_is_no_title(opening: str, title: str) -> None:
    assert title_of(opening + BODY) == title


def test_a_title_naming_a_reporter_s_work_stays() -> None:
    assert title_of("记者走进人大代表联络站\n" + BODY) == "记者走进人大代表联络站"


@pytest.mark.parametrize(("opening", "title"), [
    # site names: tcwmw.gov.cn (2020): the site's name, its owner's credit and a section above the headline
    ("桐城文明网\n桐城市精神文明建设指导委员会   桐城市文明办  主办\n文明播报\n市人大常委会检查《道路交通安全法》在桐实施成效\n",
     "市人大常委会检查《道路交通安全法》在桐实施成效"),
    ("某某新闻网\n区人大常委会开展执法检查\n", "区人大常委会开展执法检查"),
    ("川南在線 發布時間:2020-05-18\n縣人大常委會視察農村公路建設\n", "縣人大常委會視察農村公路建設"),
    ("中国访谈网 中国经济报刊协会\n滚动新闻\n0\n市人大常委会开展执法检查\n", "市人大常委会开展执法检查"),
    ("您好,欢迎来到某某分类信息网\n免费发信息\n某某信息网 > 某某新闻网\n街道人大工委组织代表集中联系社区\n",
     "街道人大工委组织代表集中联系社区"),
    ("• 欢迎访问某某办事处官网!\n市十四届人大二次会议举行预备会议\n", "市十四届人大二次会议举行预备会议"),
    ("欢迎访问某某县人民代表大会常务委员会!\n县人大常委会赴邻县考察学习代表联络站建设\n", "县人大常委会赴邻县考察学习代表联络站建设"),
    ("主辦單位: 某某市融媒體中心\n某某市人大代表視察農村公路\n", "某某市人大代表視察農村公路"),
    ("某某门户网站\n镇人大主席团召开会议\n", "镇人大主席团召开会议"),
    # navigation:
    # szb.jrhcw.com (2023): a newspaper page's links, its date and page above the headline, a few lines down
    ("往期回顾\n2023年04月05日\n新闻内容\n第A2版: 要闻\n严格执法检查促进畜牧业持续健康和高质量发展\n",
     "严格执法检查促进畜牧业持续健康和高质量发展"),
    ("往期回顧\n區人大常委會開展執法檢查\n", "區人大常委會開展執法檢查"),
    ("上一篇：区人大常委会召开主任会议\n下一篇：区人大常委会开展视察\n区人大常委会审议工作报告\n", "区人大常委会审议工作报告"),
    ("【打印本页】【关闭窗口】\n返回顶部\n市人大常委会开展专题询问\n", "市人大常委会开展专题询问"),
    ("相关阅读\n推荐阅读\n县人大常委会听取审议专项工作报告\n", "县人大常委会听取审议专项工作报告"),
    ("字号：大 中 小\n打印 关闭\n镇人大主席团视察民生实事项目\n", "镇人大主席团视察民生实事项目"),
    ("登录/注册 搜索\n区人大常委会召开主任会议\n", "区人大常委会召开主任会议"),
    ("您现在的位置:首页 >> 综合要闻 >> 正文\n县人大常委会开展执法检查\n", "县人大常委会开展执法检查"),
    ("您所处的位置: 首页>>镇人大>>内容\n竹箦镇:积极谋划部署2021年人大工作\n", "竹箦镇:积极谋划部署2021年人大工作"),
    # adverts and contact lines:
    # zzkailai.com (2023): an advert's phone line and number, then photographs' captions, above a text stating no title
    ("洽談電話\n400-6060-805\n圖 1會場全景\n會前,鎮人大主席組織代表集中學習。\n", "會前,鎮人大主席組織代表集中學習。"),
    ("洽谈电话\n0571-88886666\n图1 会场全景\n镇人大主席团召开会议\n", "镇人大主席团召开会议"),
    ("新闻热线:028-86696397 商务合作:028-86642864\n当前位置: 某某网 > 市州 >新闻详情\n成都市两会建议议程、日程安排来了!\n",
     "成都市两会建议议程、日程安排来了!"),
    ("联系我们\n广告服务\n县人大常委会开展执法检查\n", "县人大常委会开展执法检查"),
    ("投稿郵箱: someone@163.com\n市人大常委會視察農村公路\n", "市人大常委會視察農村公路"),
    # a site named by its congress, a menu item naming it, a one-step breadcrumb (l28, n28, n35; a journalist's files)
    ("麻章人大\n麻章区人大常委会关于开展执法检查工作\n", "麻章区人大常委会关于开展执法检查工作"),
    ("• 开平市人民代表大会常务委员会\n开平市人大常委会检查《中华人民共和国安全生产法》实施情况\n",
     "开平市人大常委会检查《中华人民共和国安全生产法》实施情况"),
    ("基层人大\n首页>基层人大\n璜泾镇人大视察政府民生实事项目\n", "璜泾镇人大视察政府民生实事项目"),
])
def test_a_page_s_furniture_is_no_title(opening: str, title: str) -> None:
    """A site's name, welcome or owner, the page's links and buttons, an advert's or the site's contact lines and a
    photograph's caption are the page around a report: its title is the line below them that names its work."""
    assert title_of(opening + BODY) == title


@pytest.mark.parametrize("title", [
    "关于检查《广告法》实施情况的报告",  # a line naming the work stays, whatever its words
    "县人大常委会视察城区供水管网",
    "市人大常委会视察12345政务服务热线工作",
    "区人大常委会举行第87次主任会议",  # a 主任会议 is no speaker's name
    "张某主持召开全国人大常委会第七十三次委员长会议",
    "县人代会主席团举行第二次会议",
    "镇人大主席团会议",
])
def test_a_title_naming_its_work_stays_whatever_page_words_it_holds(title: str) -> None:
    assert title_of(title + "\n" + BODY) == title


def test_a_congress_s_full_name_opening_a_title_broken_over_two_lines_is_no_furniture() -> None:
    """琼中黎族苗族自治县人民代表大会 / 常务委员会工作报告 (g24): the full name is the title's first line, not a site's,
    and the line ending the title is joined to it (round 39: the title was the name alone)."""
    assert title_of("琼中黎族苗族自治县人民代表大会\n常务委员会工作报告\n" + BODY) == "琼中黎族苗族自治县人民代表大会常务委员会工作报告"


def test_a_file_reached_by_two_paths_is_one_source(tmp_path: Path) -> None:
    """../in/d04.txt, in/d04.txt and a symbolic link to it are one source: `okg delete in/d04.txt` finds it."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "d04.txt").write_text("x", encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(tmp_path / "in" / "d04.txt")
    paths = (tmp_path / "in" / ".." / "in" / "d04.txt", tmp_path / "in" / "d04.txt", tmp_path / "link.txt")
    assert len({source_location(Document(text="x", source=str(p))) for p in paths}) == 1


@pytest.mark.parametrize(("organ", "area"), [
    # a banner's township congress named by the header alone (a new user's s35, round 17; the text paraphrased)
    ("道老杜苏木人民代表大会", "150526202"),
    ("廣東省遂溪縣洋青鎮人民代表大會", "440823102"),
])
def test_a_report_the_text_places_nowhere_is_where_its_publisher_is(organ: str, area: str) -> None:
    doc = Document(text="会议应到代表52人，实到47人，符合法定人数。", source="r.txt", metadata={"organ": organ, "year": "2024"})
    built = build(doc, extract(doc))
    place = built.graph.value(built.iri, OKG.jurisdiction)
    assert place is not None and str(built.graph.value(place, OKG.divisionCode)) == area


def test_a_report_whose_publisher_has_no_place_stays_unplaced() -> None:
    doc = Document(text="会议应到代表52人，实到47人。", source="r.txt",
                   metadata={"organ": "县人民代表大会常务委员会（县名未载）", "year": "2024"})
    built = build(doc, extract(doc))
    assert built.graph.value(built.iri, OKG.jurisdiction) is None
