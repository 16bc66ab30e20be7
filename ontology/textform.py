"""The one form names are compared in when people search for them.

Both sides of a search go through :func:`search_key`: the names a graph holds
(labels, short titles, abbreviations) when they are indexed, and the words an
analyst types. It lives here, beside :mod:`ontology.iri`, because both ``loaders``
and ``graph`` may import ``ontology`` and neither may import the other.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Bracket and quote forms that write the same thing: after NFKC, （） are (), ［］ are [].
_SAME = str.maketrans({"〔": "(", "〕": ")", "【": "(", "】": ")", "[": "(", "]": ")", "〈": "《", "〉": "》",
                       "「": "“", "」": "”", "『": "“", "』": "”", '"': "“"})
_SPACE = re.compile(r"\s+")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0002ffff]")
_TOKEN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0002ffff]|[^\W_\u3400-\u4dbf\u4e00-\u9fff]+")


@lru_cache(maxsize=1)
def _t2s() -> object:
    import opencc

    return opencc.OpenCC("t2s")


def _simplified(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    if _HAN.search(text):
        text = _t2s().convert(text)  # type: ignore[attr-defined]
    return text


@lru_cache(maxsize=65536)
def search_key(text: str) -> str:
    """``text`` as compared: NFKC (full width → ASCII, Kangxi radicals → ideographs), traditional →
    simplified, one form of brackets and quotes, no white space, case folded.

    >>> search_key("濕地保護法（試行） ")
    '湿地保护法(试行)'
    >>> search_key("Annual  Work Report")
    'annualworkreport'
    """
    return _SPACE.sub("", _simplified(text)).translate(_SAME).casefold()


def search_tokens(text: str) -> list[str]:
    """The index terms of a text: each Han character one term, each run of other letters or digits
    one term, case folded, after the same normalisation as :func:`search_key` (but keeping the
    spaces between words); punctuation is no term.

    >>> search_tokens("执法检查 · 湿地保护法 2023")
    ['执', '法', '检', '查', '湿', '地', '保', '护', '法', '2023']
    >>> search_tokens("Annual Work-Report")
    ['annual', 'work', 'report']
    """
    return _TOKEN.findall(_simplified(text).casefold())


def is_han(char: str) -> bool:
    """True for one Han character (a term of its own in :func:`search_tokens`)."""
    return bool(_HAN.fullmatch(char))
