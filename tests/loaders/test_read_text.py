"""Plain-text reports, the corpus header, and the one-line errors of bad input."""
from __future__ import annotations

from pathlib import Path

import pytest

from loaders.extract.context import Context
from loaders.read import ReadError, read
from loaders.read.text import spelt_level

CORPUS = Path(__file__).resolve().parents[2] / "api" / "samples"  # copies of ../shared/corpus, headers kept
CORPUS_FILES = sorted(CORPUS.glob("*.txt"))


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.name)
def test_corpus_header_is_metadata_and_rest_is_text(path: Path) -> None:
    raw = path.read_text(encoding="utf-8")
    header, _, body = raw.partition("\n\n")
    doc = read(path)
    assert doc.text == body
    assert doc.source == str(path)
    for line in header.split("\n"):
        key, _, value = line.partition(":")
        assert doc.metadata[key.strip().lower()] == value.strip()


def test_header_keys_are_lowercased_and_stop_at_blank_line(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text("Organ: 某县人民代表大会常务委员会\nYEAR: 2022\n\n正文第一段。\n\nnote: 不是标题\n", encoding="utf-8")
    doc = read(path)
    assert Context(doc).metadata["organ"] == "某县人民代表大会常务委员会"
    assert Context(doc).metadata["year"] == "2022"
    assert doc.text == "正文第一段。\n\nnote: 不是标题\n"


def test_text_without_header_is_all_body(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    text = "2023年,崇明区人大常委会开展水污染防治法执法检查。\n"
    path.write_text(text, encoding="utf-8")
    doc = read(path)
    assert doc.text == text
    assert Context(doc).metadata["organ"] == "上海市崇明区人民代表大会常务委员会"  # resolved with its area path


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "big5", "utf-16", "utf-8-sig"])
def test_encoded_files_read(tmp_path: Path, encoding: str) -> None:
    text = "崔家桥镇人大主席团工作报告\n一年来,主席团组织代表视察3次。" if encoding != "big5" else "崔家橋鎮人大主席團工作報告\n一年來,主席團組織代表視察3次。"
    path = tmp_path / "r.txt"
    path.write_bytes(text.encode(encoding))
    assert read(path).text == text


def one_line_error(path: Path) -> str:
    with pytest.raises(ReadError) as info:
        read(path)
    message = str(info.value)
    assert message.startswith(f"{path}: ")
    assert "\n" not in message
    return message


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".htm", ".pdf", ".docx", ".rtf", ".xls", ""])
@pytest.mark.parametrize("data", [b"", b"  \r\n\t "])
def test_an_empty_file_of_any_format_says_so_and_what_to_do(tmp_path: Path, suffix: str, data: bytes) -> None:
    """A first-time analyst's round 30 (finding 9): one line naming the file, the reason (empty, or blank space only,
    with its size) and what to do."""
    path = tmp_path / f"empty{suffix}"
    path.write_bytes(data)
    message = one_line_error(path)
    assert "no text to extract" in message and ("empty (0 bytes)" if not data else f"blank space ({len(data)} bytes)") in message
    assert "save or download the report again" in message


def test_an_empty_doc_says_to_save_it_as_a_format_that_is_read(tmp_path: Path) -> None:
    path = tmp_path / "word.doc"
    path.write_bytes(b"")
    message = one_line_error(path)
    assert "empty (0 bytes)" in message and "as .docx or PDF" in message and "old .doc is not read" in message


def test_header_only_file_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "header.txt"
    path.write_text("organ: 某区人大常委会\n\n   \n", encoding="utf-8")
    assert "empty" in one_line_error(path)


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "blob.txt"
    path.write_bytes(bytes(range(256)) * 8)
    assert "binary" in one_line_error(path)


def test_missing_file(tmp_path: Path) -> None:
    assert "cannot read" in one_line_error(tmp_path / "nothing.txt")


def test_fifty_megabyte_file_is_refused_without_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: costs no disk and is never read
    assert "50 MB or more are refused" in one_line_error(path)


def test_mixed_encodings_are_undecodable(tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    text = "新洲区人大常委会开展执法检查,听取和审议专项工作报告。" * 5
    path.write_bytes(text.encode("utf-8") + text.encode("gbk") + text.encode("big5", errors="ignore"))
    assert "undecodable" in one_line_error(path)


def test_old_word_and_images_are_refused(tmp_path: Path) -> None:
    doc = tmp_path / "old.doc"
    doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    assert ".docx" in one_line_error(doc)
    png = tmp_path / "scan.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    assert "OCR" in one_line_error(png)


def test_unsupported_url_scheme() -> None:
    with pytest.raises(ReadError, match=r"^ftp://example\.org/r\.txt: unsupported URL scheme"):
        read("ftp://example.org/r.txt")


@pytest.mark.parametrize(("written", "iso"), [
    ("2024-02-09", "2024-02-09"), ("2024/2/9", "2024-02-09"), ("2024.2.9", "2024-02-09"),
    ("2024年2月9日", "2024-02-09"), ("9 Feb 2024", "2024-02-09"),
])
def test_an_issued_header_is_read_as_a_date(tmp_path: Path, written: str, iso: str) -> None:
    assert read(with_header(tmp_path, "issued", written)).metadata["issued"] == iso


def with_header(tmp_path: Path, field: str, value: str) -> Path:
    path = tmp_path / "r.txt"
    path.write_text(f"{field}: {value}\n\n正文。\n", encoding="utf-8")
    return path


def refusal(path: Path) -> str:
    with pytest.raises(ReadError) as refused:
        read(path)
    return str(refused.value)


@pytest.mark.parametrize("written", ["2024", "2024-02", "2024-13-40", "yesterday", "2024/2/30"])
def test_an_issued_header_that_is_no_whole_date_is_refused_naming_the_field(tmp_path: Path, written: str) -> None:
    path = with_header(tmp_path, "issued", written)
    message = refusal(path)
    assert str(path) in message and "header field issued" in message and "\n" not in message


@pytest.mark.parametrize(("written", "read_as"), [
    ("2023", "2023"), ("2023年", "2023"), ("2023年度", "2023"), ("２０２３", "2023"), ("2017-2021", "2017-2021"),
    ("2017—2021", "2017-2021"), ("2017–2021年", "2017-2021"), ("2017至2021年", "2017-2021"),
    ("2017年到2021年", "2017-2021"), ("2017 ~ 2021", "2017-2021"), ("2017 to 2021", "2017-2021"),
    ("2021-2021", "2021"),
    # in Chinese numerals, digit by digit, as a Chinese header writes it (年份：二〇二三年)
    ("二〇二三", "2023"), ("二〇二三年", "2023"), ("二零二三年度", "2023"), ("二○一七至二○二一年", "2017-2021"),
    ("二〇一七年—2021年", "2017-2021"),
])
def test_header_year_is_a_year_or_a_range(tmp_path: Path, written: str, read_as: str) -> None:
    assert read(with_header(tmp_path, "year", written)).metadata["year"] == read_as


@pytest.mark.parametrize("header", ["年份：二〇二三年\n", "年度: 二零二三\n", "year: 二〇二三\n"])
def test_a_chinese_numeral_year_under_either_key_is_read(tmp_path: Path, header: str) -> None:
    path = tmp_path / "r.txt"
    path.write_text("机关：安吉县人民代表大会常务委员会\n" + header + "\n县人大常委会开展执法检查。\n", encoding="utf-8")
    assert read(path).metadata["year"] == "2023"


@pytest.mark.parametrize("written", ["twenty", "2023-", "2021-2017", "1800", "2017-2021-2022", "23", "二〇二", "二十二三"])
def test_an_unreadable_header_year_is_one_line_naming_file_and_field(tmp_path: Path, written: str) -> None:
    path = with_header(tmp_path, "year", written)
    message = refusal(path)
    assert message.startswith(f"{path}: header field year: {written!r}") and "\n" not in message


@pytest.mark.parametrize("header", ["organ：某县人民代表大会常务委员会\nyear：2021\n", "organ: 某县人民代表大会常务委员会\nyear: 2021\n"])
def test_a_header_with_full_width_colons_or_no_blank_line_after_it_is_read(tmp_path: Path, header: str) -> None:
    path = tmp_path / "r.txt"
    path.write_text(header + "县人大常委会开展执法检查。\n", encoding="utf-8")
    doc = read(path)
    assert doc.metadata == {"organ": "某县人民代表大会常务委员会", "year": "2021"}
    assert doc.text == "县人大常委会开展执法检查。\n"


@pytest.mark.parametrize("header", ["organ: 某县人民代表大会常务委员会\nfoo: bar\nyear: 2021\n",
                                    "Source: 县人大网\norgan：某县人民代表大会常务委员会\nyear：2021\n",
                                    "orgen: 某县人民代表大会常务委员会\nyear: 2021\n"])
def test_a_header_with_an_unknown_key_and_no_blank_line_is_read_and_the_key_warned(tmp_path: Path, header: str) -> None:
    """A header is no less a header for a key okg does not read: it is not turned into text (the
    title a header line would make), and the key is named in the warnings."""
    path = tmp_path / "r.txt"
    path.write_text(header + "县人大常委会开展执法检查。\n", encoding="utf-8")
    doc = read(path)
    assert doc.text == "县人大常委会开展执法检查。\n" and doc.metadata["year"] == "2021"
    unknown = next(key for key in doc.metadata if key not in ("organ", "year"))
    assert [w for w in Context(doc).warnings if w.startswith(f"{unknown}: not a header field okg reads")]


def test_lines_of_unknown_keys_without_a_blank_line_after_them_are_text(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text("note: 会议纪要\n县人大常委会开展执法检查。\n", encoding="utf-8")
    assert read(path).text == "note: 会议纪要\n县人大常委会开展执法检查。\n"


@pytest.mark.parametrize(("written", "read_as"), [("县级", "county"), ("省级", "provincial"), ("City", "city"),
                                                  ("乡镇", "township"), ("全国", "national"), ("省", "provincial"),
                                                  ("市", "city"), ("县", "county"), ("乡", "township"), (" 省 ", "provincial"),
                                                  ("地级市", "city"), ("县级市", "county"), ("設區的市", "city"),
                                                  ("street", "township"), ("Subdistrict", "township")])
def test_header_level_is_read_from_its_level_words(tmp_path: Path, written: str, read_as: str) -> None:
    assert read(with_header(tmp_path, "level", written)).metadata["level"] == read_as


def test_an_unknown_header_level_is_one_warning_naming_the_field_and_the_report_is_read(tmp_path: Path) -> None:
    """A level word okg lacks costs the header's level, never the report (a fresh user's study 7, F6): the organ
    states the level too."""
    doc = read(with_header(tmp_path, "level", "村级"))
    [warning] = [w for w in doc.warnings if "村级" in w]
    assert warning.startswith("header field level: '村级'") and "county" in warning and "\n" not in warning
    assert "level" not in doc.metadata and doc.text == "正文。\n"


@pytest.mark.parametrize("word", ["全国", "省", "省级", "市", "市级", "县", "县级", "乡", "乡镇", "街道", "自治州", "区县", "盟"])
def test_the_warning_on_a_level_names_every_level_word_read(tmp_path: Path, word: str) -> None:
    """What the warning on a level says to write is what is read: each word it names is accepted, under the level it names
    (as okg spells levels: the reader's provincial is province, newuser30 T6)."""
    [message] = [w for w in read(with_header(tmp_path, "level", "村级")).warnings if "村级" in w]
    words = message.split("level word: ")[1].split("; ignored")[0]
    listed = {w: level.rstrip(")") for part in words.split("; ") for written, level in [part.rsplit(" (", 1)]
              for w in written.split("/")}
    assert listed[word] == spelt_level(read(with_header(tmp_path, "level", word)).metadata["level"])


@pytest.mark.parametrize("header", [
    "url http://www.example.gov.cn/a.html\norgan: 某县人民代表大会常务委员会\nyear: 2023\n\n",
    "organ 某县人民代表大会常务委员会\nyear: 2023\n\n",
    "organ: 某县人民代表大会常务委员会\nlevel 县级\nyear: 2023\n\n",
    "year 2023\n\n",
])
def test_a_header_line_gone_wrong_is_refused_naming_the_line(tmp_path: Path, header: str) -> None:
    path = tmp_path / "r.txt"
    path.write_text(header + "县人大常委会开展执法检查。\n", encoding="utf-8")
    message = refusal(path)
    assert message.startswith(f"{path}: header line ") and "its colon is missing" in message and "\n" not in message


@pytest.mark.parametrize(("line", "quoted"), [
    # a url or an organ's full name is quoted whole, however far past 40 characters it runs
    ("url http://www.example.gov.cn/col/col1229/art/2023/art_4d2f0b6c9e8a4f0e9a1b2c3d4e5f6a7b.html",
     "url http://www.example.gov.cn/col/col1229/art/2023/art_4d2f0b6c9e8a4f0e9a1b2c3d4e5f6a7b.html"),
    ("organ 浙江省湖州市安吉县人民代表大会常务委员会教育科学文化卫生工作委员会",
     "organ 浙江省湖州市安吉县人民代表大会常务委员会教育科学文化卫生工作委员会"),
    # a line of a page's length is cut, and says so
    ("title " + "县" * 300, "title " + "县" * 114 + "…"),
])
def test_a_header_line_gone_wrong_is_quoted_so_it_can_be_recognised(tmp_path: Path, line: str, quoted: str) -> None:
    path = tmp_path / "r.txt"
    path.write_text(line + "\nyear: 2023\n\n县人大常委会开展执法检查。\n", encoding="utf-8")
    assert repr(quoted) in refusal(path)


def test_both_values_of_a_field_given_twice_are_quoted_whole(tmp_path: Path) -> None:
    first, second = "浙江省湖州市安吉县人民代表大会常务委员会教育科学文化卫生工作委员会", "浙江省湖州市安吉县人民代表大会常务委员会农业农村工作委员会"
    path = tmp_path / "r.txt"
    path.write_text(f"organ: {first}\norgan: {second}\n\n县人大常委会开展执法检查。\n", encoding="utf-8")
    message = refusal(path)
    assert repr(first) in message and repr(second) in message


@pytest.mark.parametrize("text", [
    "县人大常委会开展执法检查。\nyear: 2023\n",  # a body line first, then one that only looks like a field
    "organ: 某县人民代表大会常务委员会\n县人大常委会开展执法检查。year: 2023\n",
    "会议通报：全年开展执法检查3次。\n\nyear: 2023\n",
])
def test_text_that_merely_holds_a_field_like_line_is_read(tmp_path: Path, text: str) -> None:
    path = tmp_path / "r.txt"
    path.write_text(text, encoding="utf-8")
    assert "执法检查" in read(path).text


@pytest.mark.parametrize(("header", "field"), [
    ("organ: 某县人民代表大会常务委员会\nyear: 2022\nyear: 2023\n\n", "year"),
    ("url: http://www.example.gov.cn/a.html\norgan: 某县人大常委会\nOrgan: 某县人民政府\n\n", "organ"),
    ("level: 县级\nyear：2023\nlevel: 乡镇\n\n", "level"),
])
def test_a_header_field_given_two_values_is_refused_naming_both_lines(tmp_path: Path, header: str, field: str) -> None:
    """Two values of one field (a header pasted over another) would let the later one win silently."""
    path = tmp_path / "r.txt"
    path.write_text(header + "县人大常委会开展执法检查。\n", encoding="utf-8")
    message = refusal(path)
    assert message.startswith(f"{path}: header field {field} is given twice, line ") and "\n" not in message


def test_a_header_field_given_twice_alike_is_read(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text("year: 2023\norgan: 某县人大常委会\nyear: 2023\n\n县人大常委会开展执法检查。\n", encoding="utf-8")
    assert read(path).metadata["year"] == "2023"


@pytest.mark.parametrize(("header", "field", "value"), [
    ("年份: 2017\n机关：嘉鱼县人大常委会\n\n", "year", "2017"),
    ("网址：http://www.example.gov.cn/a.html\n发布机关: 嘉鱼县人民代表大会常务委员会\n级别：县级\n\n", "level", "county"),
    ("url: http://www.example.gov.cn/a.html\n年度：2021\n\n", "year", "2021"),
    # traditional script (a fresh user's 網址/機關 header was read as text: its url lost, no warning)
    ("網址: https://www.example.gov.tw/a.html\n機關: 蒼南縣人大常委會\n\n", "url", "https://www.example.gov.tw/a.html"),
    ("機關：蒼南縣人大常委會\n年份：2023\n\n", "year", "2023"),
    # a key okg does not read beside fields: the fields are read, the key kept for the warning that names it
    ("機關: 蒼南縣人大常委會\n來源: 蒼南新聞網\n年度: 2023\n\n", "year", "2023"),
])
def test_a_header_written_with_chinese_keys_is_read(tmp_path: Path, header: str, field: str, value: str) -> None:
    """Analysts write 年份 and 机关 as readily as year and organ; read as text, such a header changed the report's
    content hash, so a copy with an English header was stored twice and its inspection counted twice."""
    path = tmp_path / "r.txt"
    path.write_text(header + "县人大常委会开展执法检查。\n", encoding="utf-8")
    document = read(path)
    assert document.metadata[field] == value and document.text == "县人大常委会开展执法检查。\n"


@pytest.mark.parametrize("text", [
    "来源：新华网\n\n县人大常委会开展执法检查。\n",  # a page's source line: no field okg reads
    "日期：2021年5月1日\n县人大常委会开展执法检查。\n",  # a page's date line with its text right under it
    "会议：听取县政府工作报告\n\n县人大常委会开展执法检查。\n",
    "来源：新华网\n日期：2021-05-01\n\n县人大常委会开展执法检查。\n",  # a page's source and date: no other field
])
def test_a_page_s_own_chinese_label_lines_stay_text(tmp_path: Path, text: str) -> None:
    path = tmp_path / "r.txt"
    path.write_text(text, encoding="utf-8")
    assert read(path).text == text


@pytest.mark.parametrize(("written", "advice"), [
    ("2021-2017", "runs backwards; write the first year first: 2017-2021"),
    ("2021年至2019年", "runs backwards; write the first year first: 2019-2021"),
    ("２０２０—２０１８", "runs backwards; write the first year first: 2018-2020"),
    ("2017-21", "gives its last year in two digits, which could be a month (2019-12 is December 2019); write it in full: 2017-2021"),
    ("2011–12", "write it in full: 2011-2012"),
])
def test_a_backward_or_shortened_header_range_says_what_to_write(tmp_path: Path, written: str, advice: str) -> None:
    """A header's reversed range was "not a year" (study 7, F8): the refusal says what is wrong and the range to write."""
    path = with_header(tmp_path, "year", written)
    message = refusal(path)
    assert message.startswith(f"{path}: header field year: {written!r}") and message.endswith(advice)


@pytest.mark.parametrize(("written", "read_as"), [("2017/2021", "2017-2021"), ("2017 / 2021年", "2017-2021"), ("2019/2019", "2019")])
def test_an_iso_8601_interval_is_a_header_range(tmp_path: Path, written: str, read_as: str) -> None:
    assert read(with_header(tmp_path, "year", written)).metadata["year"] == read_as
