"""Deputies of round 51 (brief dep51, issue 10 §2.7: precision on the files nobody tuned to; readable false deputies classed
by cause, the newest readable sets first). People named as not deputies (不是本届人大代表的村社书记) are no group; deputies
joined to the masses (镇人大代表和人民群众) are the deputies and the people in general, no group; a session's present count
may set the attendees' count off by a comma (51名人大代表，16名列席人员参加了此次会议) and stays a statistic only; the
citizens' representatives an inquiry invites (4名公民代表) are no deputies; the deputies' key suggestions
(旗人大代表重点建议) are suggestions. Phrasings written for these tests, in both scripts, with near misses that must keep
firing."""
from __future__ import annotations

import pytest

TOWN = "某镇人民代表大会"
COUNTY = "某县人民代表大会常务委员会"


def _deputies(facts_of, text: str, organ: str = COUNTY) -> list[tuple[str, int | None]]:
    return [(d.mention, d.count) for d in facts_of(text, organ).deputies]


@pytest.mark.parametrize(
    "text",
    [
        "某镇召开第八届人民代表大会第二次会议，来自各条战线的51名人大代表参加了此次会议，部分不是本届人大代表的村社书记、副书记列席会议。",
        "大会主席团成员，不是州第十三届人大代表的州委领导、州人民政府副州长列席会议。",
        "經市人大常委會決定的不是市十五屆人大代表的市人民政府組成人員列席會議。",
        "实到代表45人，非镇人大代表的党政领导和各村党组织书记列席会议。",
        "不是縣人大代表的鄉鎮長列席會議。",
    ],
)
def test_people_named_as_not_deputies_are_no_group(facts_of, text: str) -> None:
    assert _deputies(facts_of, text, TOWN) == []


@pytest.mark.parametrize(
    ("text", "group"),
    [
        # near misses: deputies named beside others who are not deputies, no 不是 before them
        ("会议邀请驻镇市县人大代表、政协委员列席。", "驻镇市县人大代表"),
        ("部分县人大代表列席会议，不是代表的镇领导也参加了会议。", "部分县人大代表"),
        ("列席會議的有部分省人大代表。", "部分省人大代表"),
    ],
)
def test_deputies_beside_people_who_are_not_stay_a_group(facts_of, text: str, group: str) -> None:
    assert (group, None) in _deputies(facts_of, text, TOWN)


@pytest.mark.parametrize(
    "text",
    [
        "项目交由镇人民政府组织实施，受镇人大代表和人民群众监督。",
        "努力给全旗人大代表和广大人民群众一个满意的答复。",
        "会议要求，全镇广大干部群众和各级人大代表要进一步解放思想。",
        "以實實在在的成效向縣人大代表和人民群眾交出滿意答卷。",
        "得到了全县人大代表与群众的一致认可。",
        "全縣各級人大代表和人民群眾積極參與。",  # round 34's near miss, now the deputies and the people in general
    ],
)
def test_deputies_joined_to_the_masses_are_no_group(facts_of, text: str) -> None:
    assert _deputies(facts_of, text) == []


@pytest.mark.parametrize(
    ("text", "group"),
    [
        # near misses: the public's representatives beside the deputies are other people, the deputies a group
        ("座谈会邀请部分人大代表、群众代表参加。", "部分人大代表"),
        ("調研組同縣人大代表和群眾代表進行座談交流。", "县人大代表"),
        ("部分县人大代表深入群众开展走访。", "部分县人大代表"),
    ],
)
def test_deputies_beside_the_publics_representatives_stay_a_group(facts_of, text: str, group: str) -> None:
    assert group in [mention.replace("縣", "县") for mention, _ in _deputies(facts_of, text)]


@pytest.mark.parametrize(
    "text",
    [
        "太峪镇第二届人民代表大会第三次会议召开，51名人大代表，16名列席人员参加了此次会议。",
        "三和镇第十三届人民代表大会第三次会议召开。共53名代表，24名列席人员参加了本次会议。",
        "某鎮第五屆人民代表大會第二次會議召開，62名人大代表，20名列席人員出席會議。",
    ],
)
def test_a_present_count_with_the_attendees_after_a_comma_is_no_group(facts_of, text: str) -> None:
    assert [count for _, count in _deputies(facts_of, text, TOWN) if count is not None] == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # near misses: a count taking part in other work, or no attendees' count after the comma
        ("20名代表，10名列席人员参加座谈会。", 20),
        ("12名县人大代表，分三组开展视察。", 12),
    ],
)
def test_a_count_at_other_work_stays_a_group(facts_of, text: str, count: int) -> None:
    assert count in [found for _, found in _deputies(facts_of, text, TOWN)]


@pytest.mark.parametrize("text", ["同时邀请4名公民代表旁听询问。", "會議邀請5名市民代表旁聽。", "部分市民代表参加座谈。"])
def test_citizens_representatives_are_no_deputies(facts_of, text: str) -> None:
    assert _deputies(facts_of, text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [("同时邀请4名市人大代表旁听询问。", 4), ("會議邀請5名人大代表旁聽。", 5)],
)
def test_deputies_invited_to_an_inquiry_stay_a_group(facts_of, text: str, count: int) -> None:
    assert count in [found for _, found in _deputies(facts_of, text)]


@pytest.mark.parametrize(
    "text",
    ["2025年旗人大代表重点建议办理成果座谈会召开。", "縣人大代表重點建議督辦工作會議召開。"],
)
def test_deputies_key_suggestions_are_no_group(facts_of, text: str) -> None:
    assert _deputies(facts_of, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("会议通过了《关于接受洪庆梅同志辞去衡阳县第十八届人民代表大会代表职务的决定》。", "洪庆梅"),  # 洪, a surname
        ("会议通过关于接受石小兵等3名同志辞去新庄镇第四届人民代表大会代表职务请求的决定。", "石小兵"),
        ("接受杨鼎忠同志辞去虹口区第十五届人大代表、人事工作委员会委员职务的请求。", "杨鼎忠"),
        ("接受王明等兩名同志辭去縣第十屆人大代表職務的請求。", "王明"),
        ("會議接受李紅同志辭去市人大代表、市人大常委會委員職務。", "李红"),
    ],
)
def test_a_deputy_resigning_is_named(facts_of, text: str, name: str) -> None:
    assert name in [d.name for d in facts_of(text, COUNTY).deputies]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: no one named, or no deputy's seat among the posts resigned
        "会议听取了关于提请接受有关人员辞去山东省第十三届人民代表大会代表职务请求的议案。",
        "决定接受孙敬杰同志辞去县人民政府副县长职务。",
        "接受王明同志辭去縣人民政府辦公室主任、縣發改委主任職務。",
    ],
)
def test_no_deputy_without_a_name_or_a_seat(facts_of, text: str) -> None:
    assert [d.name for d in facts_of(text, COUNTY).deputies if d.name] == []


@pytest.mark.parametrize(
    "text",
    [
        "省十三屆人大代表名額552名，現實有代表551名。",
        "王晨作关于第十三届全国人大代表名额和选举问题的决定草案的说明。",
        "重新确定县乡人大代表名额。",
    ],
)
def test_a_quota_of_deputies_is_no_group(facts_of, text: str) -> None:
    assert [mention for mention, _ in _deputies(facts_of, text)] == []


@pytest.mark.parametrize(
    ("text", "group"),
    [("省十三届人大代表积极建言献策。", "省十三届人大代表"), ("縣人大代表參加視察。", "縣人大代表")],
)
def test_a_level_group_acting_stays(facts_of, text: str, group: str) -> None:
    assert group in [mention for mention, _ in _deputies(facts_of, text)]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("市五届人大代表、县委副书记、县纪委书记、县监委主任赵向阳参加视察。", "市五届人大代表、县委副书记、县纪委书记、县监委主任赵向阳"),
        ("省十四屆人大代表、某公司董事長李華參加調研。", "省十四屆人大代表、某公司董事長李華"),
        ("市人大代表、市中心医院院长王明参加视察。", "市人大代表、市中心医院院长王明"),  # near miss: no term, as before
    ],
)
def test_a_deputy_by_role_with_its_term_is_read_whole(facts_of, text: str, mention: str) -> None:
    found = facts_of(text, COUNTY).deputies
    assert [d.mention for d in found if d.name] == [mention] and not [d for d in found if not d.name]
