"""The report node: its identity, its sources and the years it covers.

A report is named by its URL when it has one (the ``url:`` header or the URL it was read
from), else by the hash of its normalised text: never by a file name, so two different files
called ``report.txt`` are two reports and one text read under two names is one
(DESIGN.md, Identity). Where it was read from is a property, ``okg:sourceLocation``: the URL
read, or the file's name relative to what was ingested (:func:`source_name`), the same on every
machine; the URL it was published at (its ``url:`` header) is ``okg:sourceUrl`` (:func:`report_url`); the file's absolute path (:func:`source_location`), which tells an edited file's new reading
from another file's, stays in the store's bookkeeping (:func:`graph.identity.copy_hash`).
"""
from __future__ import annotations

import re
from pathlib import Path

from rdflib import RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS

from loaders.document import Document, unmarked
from loaders.extract.metadata import report_level
from loaders.lexicon.patterns import DATE, HAN_CHARS
from loaders.read.masthead import continues_title, is_masthead, is_name_alone
from ontology import OKG, iri

#: A year (2023) or a range (2017-2021), as the readers leave ``metadata["year"]``.


def report_iri(doc: Document) -> URIRef:
    """``…/report/<host/path>`` for a report with a URL (:func:`report_url`), else ``…/report/sha256/<16 hex>``."""
    url = report_url(doc)
    return iri.report_for_url(url) if url else iri.report_for_text(doc.text_hash)


def report_url(doc: Document) -> str | None:
    """The URL the report was published at, as written: its ``url:`` header, else the URL it was read from; None
    when neither is one (no header, ``url: unknown (…)``, a file). Its graph states it (``okg:sourceUrl``) and
    names the report by it (:func:`report_iri`), so an export says which page to open, scheme and all.

    >>> report_url(Document("", "d01.txt", {"url": " http://www.example.gov.cn/rd/1.html"})), report_url(Document("", "d01.txt"))
    ('http://www.example.gov.cn/rd/1.html', None)
    """
    for url in (doc.metadata.get("url", ""), doc.source):
        if _is_url(url.strip()):
            return url.strip()
    return None


def source_location(doc: Document) -> str:
    """Where the report was read from on this machine (:func:`location_of` its source): what identity tells
    sources apart by, never stated in the graph."""
    return location_of(doc.source)


def source_name(doc: Document) -> str:
    """The report's source as its graph states it (``okg:sourceLocation``): the URL read, else the name the
    ingest gave it (:attr:`loaders.document.Document.name`: its path relative to the folder ingested), else
    the file's name: no path of the machine that read it (round 19: exports and listings carried
    ``/home/…`` paths, which name nothing on another machine).

    >>> source_name(Document("", "/home/ann/corpus/2023/d01.txt")), source_name(Document("", "/x/d01.txt", name="2023/d01.txt"))
    ('d01.txt', '2023/d01.txt')
    """
    if _is_url(doc.source):
        return doc.source
    return doc.name or Path(doc.source).name


def _is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def location_of(source: str) -> str:
    """A source as stored: the URL, or the file's path resolved (absolute, without ``..`` or symbolic links), so
    one file reached by two paths is one source (``okg delete`` names sources so too)."""
    if _is_url(source):
        return source
    return str(Path(source).resolve())


def add_period(g: Graph, node: URIRef, years: tuple[int, int] | None, single: URIRef) -> None:
    """State the years of ``node``: ``single`` (okg:coversYear, okg:year) for one year,
    ``okg:yearFrom`` and ``okg:yearTo`` for a range."""
    if years is None:
        return
    first, last = years
    if first == last:
        g.add((node, single, Literal(first, datatype=XSD.integer)))
        return
    g.add((node, OKG.yearFrom, Literal(first, datatype=XSD.integer)))
    g.add((node, OKG.yearTo, Literal(last, datatype=XSD.integer)))


def describe_report(g: Graph, node: URIRef, doc: Document, metadata: dict[str, str],
                    years: tuple[int, int] | None) -> None:
    """The report's own triples (its type is the builder's): title, source, URL (:func:`report_url`), text hash,
    full text, years, date of issue and level (:func:`report_level`)."""
    title = metadata.get("title") or _first_line(doc.text)
    g.add((node, DCTERMS.title, Literal(title, lang="zh")))
    g.add((node, RDFS.label, Literal(title, lang="zh")))
    g.add((node, OKG.sourceLocation, Literal(source_name(doc))))
    if url := report_url(doc):
        g.add((node, OKG.sourceUrl, Literal(url)))
    g.add((node, OKG.contentHash, Literal(doc.text_hash)))
    g.add((node, OKG.fullText, Literal(doc.text)))
    add_period(g, node, years, OKG.coversYear)
    if issued := metadata.get("issued"):
        g.add((node, DCTERMS.issued, Literal(issued, datatype=XSD.date)))
    if level := report_level(unmarked(doc.metadata), metadata):
        g.add((node, OKG.level, Literal(level)))


#: What a title names: a kind of document or of the work it reports (the genre's headlines: …工作报告,
#: …会议公报, …监督工作计划, …开展执法检查, 视察…).
_TITLE_WORDS = re.compile(r"报告|報告|公报|公報|决议|決議|计划|計劃|要点|要點|会议|會議|检查|檢查|视察|視察|询问|詢問|调研|調研|监督|監督|人大|代表")
#: Lines that open a page without being its title: a date alone, a byline, a page's furniture, the
#: salutation a report opens with (全国人民代表大会常务委员会：, 各位代表：), or a speech's speaker (武昌区人大
#:常委会主任 曾 崎).
#: Bylines are a reporter's name alone on its line (本报记者 康 宁, 记者 王淼 通讯员 李华); breadcrumbs a path of
#: the site's sections (首页/ 政府信息公开 / … / 正文, 首页 > 人大新闻 > 人大要闻, 您所在的位置：…, 您当前的位置: …).
_NOT_TITLE = re.compile(rf"^{DATE}日?\s*$|作者|来源|來源|发布|發布|浏览|瀏覽|编辑|編輯|[:：]\s*$"
                        rf"|^\s*(?:本报|本台|本网|本報|本臺|本網)?(?:特约)?(?:记者|通讯员|記者|通訊員)\s*[{HAN_CHARS}·]{{1,4}}(?:\s+[{HAN_CHARS}·]{{1,4}})*\s*$"
                        r"|(?:当前|當前)位置|(?:当前|當前|所在|您|你)的位置|(?:您|你)(?:现在|現在|所处|所處|当前所在|當前所在)的?位置"
                        r"|^[^。，,]{0,24}?(?:\s*(?:>>|[/>»›＞])\s*[^/>»›＞。，,]{1,24}){2,}\s*$"
                        rf"|(?:主任|主席|委员长|委員長|秘书长|秘書長|[省市县区镇乡縣區鎮鄉]长|[省市县区镇乡縣區鎮鄉]長)\s*(?![会會团團])[{HAN_CHARS}](?:\s*[{HAN_CHARS}]){{1,3}}\s*$")
#: Words of a report's own work: a line holding one is never a page's furniture, whatever else it says (视察城区供水管网,
#: 检查《广告法》实施情况, 视察12345热线).
_WORK = re.compile(r"《|报告|報告|公报|公報|决议|決議|检查|檢查|视察|視察|调研|調研|监督|監督|审议|審議|执法|執法|会议|會議|条例|條例"
                   r"|召开|召開|开展|開展|举行|舉行|询问|詢問|座谈|座談")
#: A site's name opening its line, alone or before its owner or a date (桐城文明网, 川南在線 發布時間…, 中国访谈网 中国经济报刊协会,
#: 上海分类信息网 > 上海新闻网), a welcome to it (您好,欢迎来到…网, 欢迎访问…官网!) or its owner's credit (…文明办  主办).
_SITE = re.compile(rf"^[{HAN_CHARS}A-Za-z0-9]{{1,16}}(?:网|網|在线|在線|门户|門戶|网站|網站)(?=\s|$|[>»›＞|｜])"
                   r"|^[\s•·]*(?:您好|你好)?[\s,，!！]*(?:欢迎|歡迎)您?(?:来到|訪問|访问|光临|光臨|登录|登錄|來到)"
                   r"|(?:主办|主辦|承办|承辦|版权所有|版權所有)\s*$|^(?:主办|主辦)(?:单位|單位)"
                   # a site named by its congress's short name alone on the line (麻章人大), or the congress's name as a
                   # menu item (• 开平市人民代表大会常务委员会): whose page it is, not what it says (a full name alone may
                   # be a title's first line: 琼中黎族苗族自治县人民代表大会 / 常务委员会工作报告)
                   rf"|^\s*[{HAN_CHARS}]{{2,4}}人大\s*$"
                   rf"|^\s*[•·]\s*[{HAN_CHARS}]{{2,20}}(?:人民代表大会常务委员会|人民代表大會常務委員會|人大常委会|人大常委會|人民代表大会|人民代表大會|人大)\s*$")
#: Links and buttons around an article: the lines of them alone (往期回顾, 【打印】【关闭】, 相关阅读, 返回顶部, 字号：大 中 小,
#: 登录/注册 搜索),
#: and a link to another article (上一篇：…, 下一篇：…).
_NAV_WORD = (r"往期回顾|往期回顧|上一篇|下一篇|上一条|下一条|上一條|下一條|返回(?:首页|首頁|顶部|頂部|列表|上一?页|上一?頁)?"
             r"|相关(?:阅读|新闻|链接|文章|推荐)|相關(?:閱讀|新聞|鏈接|文章|推薦)|推荐阅读|推薦閱讀|延伸阅读|延伸閱讀|热点新闻|熱點新聞"
             r"|打印(?:本页|本頁|此页|此頁|本文|文章|页面|頁面)?|关闭(?:窗口|本页|此页)?|關閉(?:窗口|本頁|此頁)?|分享到?|收藏(?:本页|本頁)?"
             r"|字[体號号體]|[大中小]|新闻内容|新聞內容|正文|默认|默認|放大|缩小|縮小|首页|首頁|登录|登錄|注册|註冊|搜索")
_NAV_SEP = r"[\s\[\]【】〖〗()（）|｜:：•·>»/、,，\-]*"
_NAVIGATION = re.compile(rf"^{_NAV_SEP}(?:(?:{_NAV_WORD}){_NAV_SEP})+$"
                         r"|^[\s\[【〖]*(?:上一篇|下一篇|上一条|下一条|上一條|下一條|往期回顾|往期回顧|相关阅读|相關閱讀|相关新闻|相關新聞|推荐阅读|推薦閱讀)"
                         r"|^\s*(?:首页|首頁)\s*[>»›＞/]")  # a breadcrumb of one step (首页>基层人大)
#: An advert's or the site's contact line (洽談電話, 联系我们, 广告服务, 投稿邮箱：…) and a telephone number alone (400-6060-805).
_CONTACT = re.compile(r"电话|電話|洽谈|洽談|联系我们|聯繫我們|聯系我們|联系方式|聯繫方式|聯系方式|广告|廣告|热线|熱線|客服|传真|傳真"
                      r"|邮箱|郵箱|邮编|郵編|投稿|招商")
_TELEPHONE = re.compile(r"^[\s\d\-－—()（）+转轉]{7,}$")
#: A photograph's caption (图1 会场全景, 圖 2城廂鎮人大主席…), or a line ending with its photographer's credit (…举行大会第二次
#: 全体会议本报记者马昭赵晨摄, 会议现场。王 欢 摄, （本报记者 李华 攝）: round 42, newuser27 §6, where the caption above a news
#: item's lead was its title): what a picture shows, not what the page is; not 拍摄, a verb of the line's own.
_CAPTION = re.compile(r"^[图圖]\s*\d+\s*\D"
                      r"|(?:记者|通讯员|記者|通訊員)[^。，,；]{0,12}?(?<!拍)[摄攝]\s*[)）]?\s*$"
                      rf"|(?:^|[。\s(（])[{HAN_CHARS}·](?:[ \u3000]?[{HAN_CHARS}·]){{1,5}}\s*(?<!拍)[摄攝]\s*[)）]?\s*$")


def _furniture(line: str) -> bool:
    """Whether ``line`` is part of the page around a report, not its title: a site's name, navigation, an advert's or
    the site's contact, a telephone number or a photograph's caption; never a line naming the report's work (:data:`_WORK`)."""
    if _NAVIGATION.search(line) or _TELEPHONE.match(line) or _CAPTION.search(line):
        return True
    return bool((_SITE.search(line) or _CONTACT.search(line)) and not _WORK.search(line))


#: A news item's dateline and byline before its first sentence (本报讯 （记者 王淼 林光耀）3月14日，…; a site's or paper's name
#: and its 报道 or 讯 before the reporter: 云上嘉鱼报道(记者熊琦), newuser22 §13), and the date opening that sentence (5月23日，
#: 9月9日至17日，4月20日上午，: the day of the work, kept by the activity's date): no words of its title. The bracket after
#: a dateline is a byline whatever it says (本报讯(首席记者赵蕾), 本报讯(史晓珊 汪璠 亚妮): round 40, newuser24 §8), and one
#: opening the text is when it names a reporter anywhere in it ((首席记者某某), (特约通讯员 某某)).
_DATELINE = re.compile(r"^(?:(?:本报讯|本台讯|本网讯|本報訊|本臺訊|本網訊)\s*(?:[（(][^）)]{0,30}[）)])?"
                       r"|[^，,。；;（(\s]{0,12}?(?:讯|訊|报道|報道)\s*[（(][^）)]{0,30}[）)]"
                       r"|[（(][^）)]{0,12}?(?:记者|通讯员|記者|通訊員)[^）)]{0,30}[）)])\s*")
#: A reposted item's label before the headline it had (原标题:市人大常委会启动…): no word of it.
_REPOSTED = re.compile(r"^(?:原标题|原標題)\s*[:：]\s*")
#: A month's or day's number in digits or numerals, and a date opening a first sentence before its comma: a day, a span
#: or list of days (9月9日至17日, 7月4—14日, 11月17日、18日; a day of the dateline's month, 22日,), a month or a part of
#: one or of a year (10月, 8月下旬, 9月初, 年初, 上半年), a day named relative to the paper's or lately (昨日, 近日, 日前), its time of day
#: (上午), after 自 or 于 maybe.
_DAY_NUMBER = "[\\d一二三四五六七八九十]{1,3}"
_OPENING_DATE = re.compile(rf"^(?:(?:自|从|從|于|於)?(?:\d{{4}}年)?(?:{_DAY_NUMBER}月)?{_DAY_NUMBER}"
                           rf"(?:[日号號]?[\s，,、至到\-—~－]{{1,3}}(?:{_DAY_NUMBER}月)?{_DAY_NUMBER})*[日号號]"
                           # or a part of a month or a year (8月下旬, 9月初, 年初, 今年上半年: round 41, newuser25 §7), or
                           # the month alone (10月，…; 今年6月份，…: round 50, newuser35 B9)
                           rf"|(?:(?:\d{{4}}|今|去|本)年)?(?:{_DAY_NUMBER}月(?:上旬|中旬|下旬|初|底|末|中|份)?|年[初中底末]|[上下]半年)"
                           # or a day named relative to the paper's (昨日下午3时, 今天上午: round 40, newuser24 §8), or
                           # lately (近日, 日前, 近期, 前不久)
                           r"|昨日|昨天|今日|今天|前日|前天|當天|当天|當日|当日|近日|日前|近期|前不久|不久前)"
                           r"(?:[上下]午|晚上?|早上|凌晨)?(?:\d{1,2}[时時点點](?:\d{1,2}分)?许?)?[\s，,、]*[，,][\s，,、]*")
#: A speech's occasion under its date (——2021年12月15日在武汉市武昌区第十六届人民代表大会), maybe broken over two lines
#: (…人民代表大会 / 第一次会议上): the occasion, whole, is what the text says it is.
_OCCASION = re.compile(rf"^[—–\-\s]*{DATE}日?\s*(?P<occasion>在[^。，,]*)$")
_OCCASION_END = re.compile(r"^[^。，,在]{0,24}(?:会议|會議)上$")
_TITLE_LINES = 3  # how far down a page's opening lines a title is looked for
_OPENING_LINES = 15  # how far down an opening sentence is looked for when no line is a title
_TITLE_MAX = 80  # characters: a longer line is a paragraph
_TITLE_CLIP = 40  # characters of an opening sentence kept as the title of a text that states none
_FIRST_SENTENCE = re.compile(r"[^。！？；!?;]*[。！？；!?;]?")


def _first_line(text: str) -> str:
    """The title a text states at its top: the first of its opening lines that is short, ends no
    sentence, names a kind of document or work (:data:`_TITLE_WORDS`) and is no masthead, an organ's name alone (round
    39, newuser23: 武汉市新洲区人民代表大会常务委员会 over the report's heading was its title; joined to the line ending
    it, 琼中黎族苗族自治县人民代表大会 / 常务委员会工作报告, it is a title's start); else the first sentence of
    its first line that is not a date, byline, breadcrumb, salutation or page furniture (else of its first line),
    without a news item's dateline (本报讯（记者…）) and the date opening it (5月23日，), clipped to :data:`_TITLE_CLIP` characters and an ellipsis when longer."""
    lines = _names_whole(_occasions_whole([line.strip() for line in text.splitlines() if line.strip()][:_OPENING_LINES]))
    head = [line for line in lines if not _furniture(line) and not is_masthead(line)][:_TITLE_LINES]
    head = [line for line in head if not _NOT_TITLE.search(line)]
    lead = next((at for at, line in enumerate(head) if _lead(line)), len(head))
    head = head[:lead]  # a title stands above its news item's lead: a short line after the lead is the body's (round 40)
    titled = (line for line in head if len(line) <= _TITLE_MAX and not line.endswith("。") and _TITLE_WORDS.search(line))
    found = next(titled, None)
    if found is not None:
        return _REPOSTED.sub("", found)
    opening = _OPENING_DATE.sub("", _DATELINE.sub("", next(
        (line for line in lines if not _NOT_TITLE.search(line) and not _furniture(line) and not is_masthead(line)),
        lines[0] if lines else "")))
    sentence = _FIRST_SENTENCE.match(opening).group(0)  # type: ignore[union-attr]
    return sentence if len(sentence) <= _TITLE_CLIP else sentence[:_TITLE_CLIP].rstrip("，,、：: ") + "…"


def _lead(line: str) -> bool:
    """Whether ``line`` is a news item's lead: a paragraph (longer than :data:`_TITLE_MAX` or ending a sentence) opening
    with its dateline or byline (:data:`_DATELINE`) or its day (:data:`_OPENING_DATE`). The title stands above it; a short
    line after it is the body's (a first-time analyst, round 40, newuser24 §7: 檢查組對我市…給予充分肯定,并強調, the third
    line under a lead dated 6月17日至19日, was the item's title; a caption under the lead, 执法检查组在龙里县…检查…, was too)."""
    return ((len(line) > _TITLE_MAX or line.endswith(("。", "！", "？")))
            and bool(_DATELINE.match(line) or _OPENING_DATE.match(line)))


def _names_whole(lines: list[str]) -> list[str]:
    """``lines`` with an organ's name alone joined to the rest of its title under it, one line or two (琼中黎族苗族自治县
    人民代表大会 / 常务委员会工作报告; 昆明市人大常委会 / 关于对…实施情况 / 执法检查报告的审议意见): so joined it is the
    title, and a name left alone is a masthead (:mod:`loaders.read.masthead`)."""
    out: list[str] = []
    at = 0
    while at < len(lines):
        line = lines[at]
        if out and len(out) <= _TITLE_LINES and is_name_alone(out[-1]):
            two = continues_title(line + lines[at + 1]) if at + 1 < len(lines) and line.startswith(("关于", "關於")) else None
            if two is not None or (one := continues_title(line)) is not None:
                out[-1] += two or one  # type: ignore[operator]
                at += 2 if two is not None else 1
                continue
        out.append(line)
        at += 1
    return out


def _occasions_whole(lines: list[str]) -> list[str]:
    """``lines`` with a speech's dated occasion (:data:`_OCCASION`) without its date, joined to the line that ends
    it when broken (…人民代表大会 / 第一次会议上 → 在…人民代表大会第一次会议上)."""
    out: list[str] = []
    for line in lines:
        occasion = _OCCASION.match(line)
        if occasion:
            line = occasion.group("occasion")
        elif out and out[-1].startswith("在") and not out[-1].endswith("上") and _OCCASION_END.match(line):
            out[-1] += line
            continue
        out.append(line)
    return out
