"""Organs not recognised (round 35, a first-time analyst's finding 4 of round 18): merged departments named by several
fields, a township's stations and centres. Sentences are the analyst's probes and variants written in the genre's style
(work reports, session communiqués, inquiry news)."""
from __future__ import annotations

import pytest
from extract_helpers import organs

JIAN = "吉安市人民代表大会常务委员会"
DUCHANG = "都昌县人民代表大会常务委员会"
LIDU = "进贤县李渡镇人民代表大会"


@pytest.mark.parametrize(
    ("text", "organ", "canonical"),
    [
        # the analyst's probe (a10), in traditional script and simplified
        ("並結合審議開展專題詢問，市文化廣電新聞出版旅遊局、市發展和改革委員會負責同志到會應詢。", JIAN,
         "吉安市文化广电新闻出版旅游局"),
        ("市文化广电新闻出版旅游局、市发展和改革委员会负责同志到会应询。", JIAN, "吉安市文化广电新闻出版旅游局"),
        # fields joined with and without 和, before and after a list's 、
        ("常委会对县文化广电体育和旅游局开展工作评议。", DUCHANG, "都昌县文化广电体育和旅游局"),
        ("县卫生健康体育局、县农业农村水利局负责同志到会应询。", DUCHANG, "都昌县卫生健康体育局"),
        ("县卫生健康体育局、县农业农村水利局负责同志到会应询。", DUCHANG, "都昌县农业农村水利局"),
        ("听取了县城市管理综合执法局关于市容整治工作情况的报告。", DUCHANG, "都昌县城市管理综合执法局"),
        ("区园林绿化局、农业农村局、城市管理综合行政执法局等相关部门负责人参加。", "北京市海淀区人民代表大会常务委员会",
         "北京市海淀区城市管理综合行政执法局"),
        # fields that are merged names themselves (文体, 新闻出版, 农牧)
        ("请问县文体旅游广电局针对旅游发展方面存在的问题有何举措？", DUCHANG, "都昌县文体旅游广电局"),
        ("副省长带领省政府办公厅和省农牧厅、省教育厅负责同志到会应询。", "青海省人民代表大会常务委员会", "青海省农牧厅"),
    ],
)
def test_a_department_joining_several_fields_is_an_organ(facts_of, text, organ, canonical):
    """A merged bureau's name is read from the fields it joins, not looked up whole (round 18: 市文化广电新闻出版旅游局
    was no organ); it is named as written."""
    assert canonical in {c for _, c in organs(facts_of(text, organ))}


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("市发展和改革委员会负责同志到会应询。", "吉安市发展和改革委员会"),
        ("市文化广电旅游局负责同志到会应询。", "吉安市文化广电旅游局"),
        ("市住房和城乡建设局负责同志到会应询。", "吉安市住房和城乡建设局"),
        ("市文化广电新闻出版局负责同志到会应询。", "吉安市文化广播电视和新闻出版局"),
    ],
)
def test_single_and_listed_department_names_keep_their_official_forms(facts_of, text, canonical):
    assert canonical in {c for _, c in organs(facts_of(text, JIAN))}


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("镇人大主席团组织代表对镇农业综合服务站、镇财政所开展工作评议。", "进贤县李渡镇财政所"),
        ("主席团听取了镇便民服务中心关于政务服务工作情况的报告。", "进贤县李渡镇便民服务中心"),
        ("镇人大主席团对镇民政站、镇农业农村服务中心、镇退役军人服务站开展工作评议。", "进贤县李渡镇民政站"),
        ("镇人大主席团对镇民政站、镇农业农村服务中心、镇退役军人服务站开展工作评议。", "进贤县李渡镇农业农村服务中心"),
        ("镇人大主席团对镇民政站、镇农业农村服务中心、镇退役军人服务站开展工作评议。", "进贤县李渡镇退役军人服务站"),
        ("代表们视察了镇综合文化站和镇社会事务服务中心。", "进贤县李渡镇社会事务服务中心"),
    ],
)
def test_a_townships_stations_and_centres_are_organs(facts_of, text, canonical):
    assert canonical in {c for _, c in organs(facts_of(text, LIDU))}


@pytest.mark.parametrize(
    "text",
    [
        "镇党委、政府为全镇经济发展、镇建设所作出的成绩表示肯定。",  # 所 a particle
        "镇第五届人民代表大会第一次会议在镇文化中心三楼会议室召开。",  # a building
        "要坚持以镇农业中心工作为重点。",
    ],
)
def test_township_words_that_name_no_unit(facts_of, text):
    assert not {c for _, c in organs(facts_of(text, LIDU)) if c and c.endswith(("所", "站", "中心"))}
