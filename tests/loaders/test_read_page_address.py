"""A page saved from a browser keeps its address: read from the page when no header gives one, in the stated order
(loaders.read.page_address; round 47, issue 13)."""
from __future__ import annotations

from pathlib import Path

import pytest

from loaders.read import read

PAGE = (Path(__file__).parent.parent / "fixtures" / "readers" / "xinzhou.html").read_text(encoding="utf-8")
DOCTYPE, REST = PAGE.split("\n", 1)
ADDRESS = "https://www.whrd.gov.cn/xwzx/qrddt/202402/t20240209_1234.shtml"
OTHER = "https://m.whrd.gov.cn/qrddt/1234.html"


def _mark(url: str) -> str:
    return f"<!-- saved from url=({len(url):04d}){url} -->"


def _in_head(tag: str) -> str:
    return REST.replace("<head>", f"<head>\n{tag}", 1)


def _saved(tmp_path: Path, text: str, name: str = "saved.html") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("page, read_from", [
    # Chrome: the mark after the doctype, on a line of its own
    (f"{DOCTYPE}\n{_mark(ADDRESS)}\n{REST}", "saved from url comment"),
    # Internet Explorer: the mark first, the doctype after it, CRLF line ends
    (f"{_mark(ADDRESS)}\r\n{DOCTYPE}\r\n{REST}", "saved from url comment"),
    # SingleFile's comment block after the doctype
    (f"{DOCTYPE}\n<!--\n Page saved with SingleFile \n url: {ADDRESS} \n saved date: Fri Feb 09 2024 -->\n{REST}",
     "SingleFile comment"),
    # Firefox writes no address: the site's canonical link, in any case of rel, or its og:url
    (DOCTYPE + "\n" + _in_head(f'<link rel="Canonical" href="{ADDRESS}" />'), "link rel=canonical"),
    (DOCTYPE + "\n" + _in_head(f'<meta property="og:url" content="{ADDRESS}" />'), "meta og:url"),
])
def test_a_saved_page_states_its_address(tmp_path: Path, page: str, read_from: str) -> None:
    doc = read(_saved(tmp_path, page))
    assert doc.metadata["url"] == ADDRESS
    assert any(w.startswith(f"url: {ADDRESS} read from the page's {read_from}") for w in doc.warnings), doc.warnings


def test_the_order_is_saving_comment_then_canonical_then_og_url(tmp_path: Path) -> None:
    both = _in_head(f'<link rel="canonical" href="{OTHER}" /><meta property="og:url" content="https://x.cn/og" />')
    assert read(_saved(tmp_path, f"{_mark(ADDRESS)}\n{DOCTYPE}\n{both}")).metadata["url"] == ADDRESS
    assert read(_saved(tmp_path, f"{DOCTYPE}\n{both}", "b.html")).metadata["url"] == OTHER


def test_a_singlefile_comment_without_its_url_takes_none_from_past_its_end(tmp_path: Path) -> None:
    page = f"{DOCTYPE}\n<!--\n Page saved with SingleFile \n saved date: Fri Feb 09 2024 -->\n<!-- url: {OTHER} -->\n{REST}"
    assert "url" not in read(_saved(tmp_path, page)).metadata


@pytest.mark.parametrize("tag", ['<link rel="canonical" href="/xwzx/1234.shtml" />',  # relative: nothing to resolve
                                 '<meta property="og:url" content="about:blank" />'])
def test_no_absolute_web_address_gives_none(tmp_path: Path, tag: str) -> None:
    doc = read(_saved(tmp_path, f"{DOCTYPE}\n{_in_head(tag)}"))
    assert "url" not in doc.metadata and not any(w.startswith("url: ") for w in doc.warnings)


def test_a_header_url_wins_over_the_page(tmp_path: Path) -> None:
    header = f"url: {OTHER}\n\n"
    doc = read(_saved(tmp_path, f"{header}{_mark(ADDRESS)}\n{DOCTYPE}\n{REST}"))
    assert doc.metadata["url"] == OTHER
    assert not any(ADDRESS in w for w in doc.warnings), doc.warnings  # no "(no url: header)" over a header
