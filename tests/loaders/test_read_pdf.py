"""PDF reading: text layer, scans without one, truncated and damaged files."""
from __future__ import annotations

from pathlib import Path

import pytest

from loaders.extract.context import Context
from loaders.read import ReadError, read

FIXTURES = Path(__file__).parent.parent / "fixtures" / "readers"


def make_pdf(pages: list[list[str]], title: str = "") -> bytes:
    """A minimal PDF whose CJK text layer pypdf can read.

    Glyph ids are the characters' code points (Identity-H) and a ToUnicode map
    says so, which is all a text layer needs: no font program is embedded.
    """
    chars = sorted({ch for page in pages for line in page for ch in line})
    cmap = "\n".join(f"<{ord(c):04X}> <{ord(c):04X}>" for c in chars)
    to_unicode = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
        "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
        f"{len(chars)} beginbfchar\n{cmap}\nendbfchar\nendcmap CMapName currentdict /CMap defineresource pop end end"
    )
    objects: list[str] = []
    page_ids = [6 + 2 * i for i in range(len(pages))]
    objects.append("<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{' '.join(f'{i} 0 R' for i in page_ids)}] /Count {len(pages)} >>")
    objects.append(
        "<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H "
        "/DescendantFonts [4 0 R] /ToUnicode 5 0 R >>"
    )
    objects.append(
        "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /DW 1000 "
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> >>"
    )
    objects.append(f"<< /Length {len(to_unicode.encode())} >>\nstream\n{to_unicode}\nendstream")
    for page in pages:
        ops = ["BT /F1 12 Tf 14 TL 50 780 Td"]
        for line in page:
            ops.append(f"<{''.join(f'{ord(c):04X}' for c in line)}> Tj T*")
        ops.append("ET")
        content = "\n".join(ops) if page else ""
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            f"/Resources << /Font << /F1 3 0 R >> >> /Contents {len(objects) + 2} 0 R >>"
        )
        objects.append(f"<< /Length {len(content.encode())} >>\nstream\n{content}\nendstream")
    if title:
        objects.append(f"<< /Title <FEFF{title.encode('utf-16-be').hex().upper()}> >>")
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode()
    info = f" /Info {len(objects)} 0 R" if title else ""
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R{info} >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


REPORT = [
    ["武汉市新洲区人民代表大会常务委员会工作报告", "2024年1月10日"],
    ["2023年,新洲区人大常委会开展执法检查11项。", "听取和审议专项工作报告27项。"],
]


def test_text_layer_is_read_page_by_page(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(make_pdf(REPORT, title="新洲区人大常委会工作报告"))
    doc = read(path)
    for line in REPORT[0] + REPORT[1]:
        assert line in doc.text
    assert doc.text.index(REPORT[0][0]) < doc.text.index(REPORT[1][0])
    assert doc.metadata["title"] == "新洲区人大常委会工作报告"
    assert Context(doc).metadata["organ"] == "武汉市新洲区人民代表大会常务委员会"
    assert Context(doc).metadata["year"] == "2023"


def test_committed_fixture_reads() -> None:
    assert "执法检查11项" in read(FIXTURES / "report.pdf").text


def test_pdf_is_sniffed_whatever_the_extension(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(make_pdf(REPORT))
    assert "执法检查11项" in read(path).text


def test_scan_without_text_layer_says_so(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(make_pdf([[], []]))
    with pytest.raises(ReadError, match=r"scan\.pdf: PDF has no text layer .*OCR"):
        read(path)


def test_truncated_pdf(tmp_path: Path) -> None:
    path = tmp_path / "cut.pdf"
    data = make_pdf(REPORT)
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(ReadError, match=r"cut\.pdf: truncated PDF"):
        read(path)


def test_damaged_pdf_is_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.pdf"
    path.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 50 + b"\n%%EOF\n")
    with pytest.raises(ReadError) as info:
        read(path)
    message = str(info.value)
    assert message.startswith(f"{path}: ") and "\n" not in message


@pytest.mark.parametrize("name", ["notes.pdf", "notes.docx", "notes.doc"])
def test_a_text_saved_under_a_binary_format_s_name_is_read_as_text(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text("organ: 江西省人大常委会\n\n2023年，江西省人大常委会开展执法检查。", encoding="utf-8")
    document = read(path)
    assert document.metadata["organ"] == "江西省人大常委会" and "开展执法检查" in document.text
