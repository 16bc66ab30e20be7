"""A law mention names a draft when a draft's note (草案, 修订草案, 审议稿, 修改稿, 征求意见稿, 送审稿) stands in
or right after its title: sentences of the genre's public pages (real or paraphrased, their sources
named), and near misses whose law is named as the law in force."""
from __future__ import annotations

import json

import pytest

from loaders.facts import Facts
from loaders.lexicon.tables import column


def marks(facts: Facts) -> dict[str, bool]:
    """Each law's canonical title → whether every mention of it names a draft."""
    found: dict[str, bool] = {}
    for law in facts.laws:
        found[law.canonical] = found.get(law.canonical, True) and law.draft
    return found


@pytest.mark.parametrize("text, organ, drafts", [
    # 沈阳 (www.shenyang.gov.cn/zwgk/qtzfxx/zfgg/202212/t20221206_4342086.html)
    ("市十七届人大常委会第六次会议于2022年12月1日对市人民政府提报的《沈阳市社会信用条例(草案)》进行了初次审议。",
     "沈阳市人民代表大会常务委员会", {"沈阳市社会信用条例"}),
    # 遵义 (renda.zunyi.gov.cn/zyfb/tzgg/202409/t20240911_85685907.html)
    ("2024年8月29日，市六届人大常委会第二十七次会议对《遵义市地方立法条例（修订草案）》进行了第一次审议。",
     "遵义市人民代表大会常务委员会", {"遵义市地方立法条例"}),
    # 厦门 (www.xmrd.gov.cn/online/index.php?m=home&c=article&a=detail&id=46)
    ("关于《厦门经济特区社会信用条例(草案修改二稿 征求意见稿)》公开征求意见的公告", "厦门市人民代表大会常务委员会",
     {"厦门经济特区社会信用条例"}),
    # 全国 (m.jizihe.com/page/2021/0324/7918237.shtml), traditional there
    ("第十三屆全國人大常委會第二十一次會議初次審議了《中華人民共和國全國人民代表大會組織法(修正草案)》和"
     "《中華人民共和國全國人民代表大會議事規則(修正草案)》。", "全国人民代表大会常务委员会",
     {"中华人民共和国全国人民代表大会组织法", "全国人民代表大会议事规则"}),
    # 常州 (xiuzhiben.com/ns_news/382145282067763)
    ("1日上午，各代表团审议了《常州市制定地方性法规条例(草案)》。", "常州市人民代表大会常务委员会",
     {"常州市制定地方性法规条例"}),
    # 山东 (paper.dzwww.com/dzrb/content/20230513/Articel01005MT.htm): bare titles listed before one note
    ("审议省政府关于提请审议生物多样性保护条例、未成年人保护条例修订草案的议案。", "山东省人民代表大会常务委员会",
     {"山东省生物多样性保护条例", "山东省未成年人保护条例"}),
    # 山东 (chinaznjg.com/art/2020/10/9/art_310727_123.html), traditional there: a government's draft for comment
    ("省司法厅组织起草了《山东省政府规章制定程序规定(修订草案征求意见稿)》，现面向社会征求意见。",
     "山东省人民代表大会常务委员会", {"山东省政府规章制定程序规定"}),
    # a bill's note written inside 《》 without brackets names the local draft, not a national title it holds
    # (paraphrased: www.nopss.gov.cn/BIG5/n1/2023/0427/c432288-32674724.html, 反间谍法修订草案修改稿;
    # app.bjtitle.com … newsid=6177276, 议事规则修正草案)
    ("市人大常委会审议了《武汉市物业管理条例修订草案》。", "武汉市人民代表大会常务委员会", {"武汉市物业管理条例"}),
    ("会议审议了《中华人民共和国反间谍法修订草案修改稿》。", "全国人民代表大会常务委员会", {"中华人民共和国反间谍法"}),
    ("常委会组成人员审议了《全国人民代表大会常务委员会议事规则修正草案》。", "全国人民代表大会常务委员会",
     {"全国人民代表大会常务委员会议事规则"}),
])
def test_a_title_with_a_drafts_note_names_a_draft(facts_of, text: str, organ: str, drafts: set[str]) -> None:
    found = marks(facts_of(text, organ=organ))
    assert {title for title, draft in found.items() if draft} == drafts, found


@pytest.mark.parametrize("text, organ, laws", [
    # 沈阳 (as above): the laws the draft rests on are in force
    ("根据《辽宁省社会信用条例》等有关法律、法规规定，结合本市实际，制定本条例。依照国家《征信业管理条例》执行。",
     "沈阳市人民代表大会常务委员会", {"辽宁省社会信用条例", "征信业管理条例"}),
    # 遵义 (as above): the laws a draft is made under
    ("根据宪法和《中华人民共和国立法法》等法律、法规的规定，起草了条例修订草案。", "遵义市人民代表大会常务委员会",
     {"中华人民共和国立法法"}),
    # a decision's draft amends a law in force: the decision is the draft, the law it names is not
    ("会议审议了《关于修改〈杭州市城乡规划条例〉的决定(草案)》。", "杭州市人民代表大会常务委员会",
     {"杭州市城乡规划条例"}),
    # a title in 《》 keeps its own note: the law before the listed draft is the law in force
    ("常委会审议通过了《湖北省湖泊保护条例》、《湖北省物业服务和管理条例（草案）》。", "湖北省人民代表大会常务委员会",
     {"湖北省湖泊保护条例"}),
])
def test_a_law_named_beside_a_draft_is_no_draft(facts_of, text: str, organ: str, laws: set[str]) -> None:
    found = marks(facts_of(text, organ=organ))
    assert laws <= set(found) and not any(found[title] for title in laws), found


def test_a_law_inspected_and_also_named_as_a_draft_keeps_both_marks(facts_of) -> None:
    facts = facts_of("常委会对《湖北省水资源保护条例》开展执法检查。会议审议了《湖北省水资源保护条例（修订草案）》。",
                     organ="湖北省人民代表大会常务委员会")
    mentions = [(law.canonical, law.inspected, law.draft) for law in facts.laws]
    assert mentions == [("湖北省水资源保护条例", True, False), ("湖北省水资源保护条例", True, True)]


def test_the_facts_json_says_draft_only_where_true(facts_of) -> None:
    laws = facts_of("常委会对《湖北省水资源保护条例》开展执法检查，审议了《湖北省物业服务和管理条例（草案）》。",
                    organ="湖北省人民代表大会常务委员会").to_json()["laws"]
    assert [law.get("draft") for law in json.loads(json.dumps(laws))] == [None, True]


@pytest.mark.parametrize("form", ["《武汉市物业管理条例{}》", "《武汉市物业管理条例（{}）》"], ids=["bare", "bracketed"])
@pytest.mark.parametrize("word", column("draft-notes", "word"))
def test_each_word_of_the_table_inside_the_title_is_cut_as_a_note(facts_of, word: str, form: str) -> None:
    # the note's words are the table's (lexicon/data/draft-notes.csv), in 《》 as after it: none is written twice
    found = marks(facts_of(f"市人大常委会审议了{form.format(word)}。", organ="武汉市人民代表大会常务委员会"))
    assert found == {"武汉市物业管理条例": True}


@pytest.mark.parametrize("text, organ, drafts", [
    # a draft published for comment, its note written into the title (paraphrased, bracketed there:
    # www.xmrd.gov.cn/online/index.php?m=home&c=article&a=detail&id=46, 草案修改二稿征求意见稿)
    ("市人大常委会办公厅将《厦门经济特区社会信用条例征求意见稿》向社会公开征求意见。", "厦门市人民代表大会常务委员会",
     {"厦门经济特区社会信用条例"}),
    # a revision's draft for comment (paraphrased: renda.zunyi.gov.cn/zyfb/tzgg/202409/t20240911_85685907.html,
    # 修改形成了条例(修订草案)征求意见稿)
    ("市人大常委会法工委修改形成了《遵义市地方立法条例修订草案征求意见稿》。", "遵义市人民代表大会常务委员会",
     {"遵义市地方立法条例"}),
    # a government's rule for comment (paraphrased: liangbaoyong.com/content/2005-10/26/content_5537192.htm,
    # 《青島市水資源費征收使用管理辦法(修改草案)》)
    ("市政府常务会议讨论了《青岛市水资源费征收使用管理办法征求意见稿》。", "青岛市人民代表大会常务委员会",
     {"青岛市水资源费征收使用管理办法"}),
    # a government's draft sent on (paraphrased: lawfaq.cn/law/17-1584-2.html, 报送规章草案送审稿): the local
    # regulation, not the national 物业管理条例 inside its title
    ("市司法局对《武汉市物业管理条例送审稿》进行了审查，提请市人大常委会审议。", "武汉市人民代表大会常务委员会",
     {"武汉市物业管理条例"}),
    # a bill revised after a reading (paraphrased: xiuzhiben.com/ns_news/382145282067763, (草案修改稿))
    ("各代表团审议了《常州市制定地方性法规条例草案修改稿》。", "常州市人民代表大会常务委员会", {"常州市制定地方性法规条例"}),
])
def test_a_note_written_bare_inside_the_title_names_the_law_drafted(facts_of, text: str, organ: str,
                                                                     drafts: set[str]) -> None:
    found = marks(facts_of(text, organ=organ))
    assert {title for title, draft in found.items() if draft} == drafts, found


@pytest.mark.parametrize("text, organ, laws", [
    # a congress's report for comment is no law (paraphrased: tcrd.cn/news/3708.html, 工作报告(稿)征求意见座谈会)
    ("近日，《铜仁市人大常委会工作报告征求意见稿》征求意见座谈会先后召开。", "铜仁市人民代表大会常务委员会", set()),
    # nor a plan sent on (paraphrased: www.planning.org.cn/news/view?id=10437, 国土空间总体规划)
    ("市人大常委会听取了《武汉市国土空间总体规划送审稿》编制情况的汇报。", "武汉市人民代表大会常务委员会", set()),
    # comment asked on a law in force, no draft's note after its title (paraphrased: as 遵义 above)
    ("市人大常委会法工委就《遵义市地方立法条例》的修改向社会公开征求意见。", "遵义市人民代表大会常务委员会",
     {"遵义市地方立法条例"}),
])
def test_a_title_that_names_no_draft_of_a_law_is_no_draft(facts_of, text: str, organ: str, laws: set[str]) -> None:
    found = marks(facts_of(text, organ=organ))
    assert set(found) == laws and not any(found.values()), found
