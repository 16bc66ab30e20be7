"""What an activity is about: a short subject phrase from its laws or its evidence.

The subject is display text for analysts (湿地保护, 社会救助); it is derived,
never invented: from the laws' titles, else from the object of the verb.
"""
from __future__ import annotations

import re
from functools import lru_cache

from loaders.lexicon import areas

_LAW_FRAME = re.compile(r"^(?:中华人民共和国|全国人民代表大会常务委员会关于|[^关]{2,12}?人民代表大会常务委员会关于)")
_LAW_END = re.compile(r"(?:的决定|实施细则|实施办法|条例|规定|办法|细则|法)$")
_OBJECT = re.compile(
    r"(?:听取和审议|听取审议|听取、审议了?|听取了?|审议了?|专题调研|调研视察|视察调研|调研|视察|聚焦|围绕|开展|进行|组织)"
    r"(?:了|全区|全市|全省|全县|全镇|全国|我省|我市)?"
    r"(?:[^，,。；]{0,8}?(?:人民政府|政府)关于)?"
    r"(?P<object>[^，,。；]{2,60}?)"
    r"(?:等?工作情况|等?重点工作|等[^，,。；]{0,6}事项|的?实施情况|等?情况|的?专项报告|的?报告|工作|$)"
)
_NOISE = re.compile(r"^(?:了|对|关于)|(?:等|的)$")
# Words that name the activity itself, not what it is about.
_GENERIC = re.compile(r"(?:专项|工作|专题调研|专题询问|满意度测评|执法检查|检查|视察|调研|报告)+")


@lru_cache(maxsize=4096)
def _law_topic(title: str) -> str:
    """湿地保护法 → 湿地保护; 武汉市蔬菜农药残留监督管理条例 → 蔬菜农药残留监督管理."""
    title = _LAW_FRAME.sub("", title)
    for _, _, name in areas.names_in(title[:10]):
        if title.startswith(name):
            title = title[len(name) :]
            break
    return _LAW_END.sub("", title)


def subject_of(kind: str, evidence: str, laws: list[str]) -> str:
    """A short subject for an activity of ``kind`` stated by ``evidence`` (simplified text)."""
    if laws:
        return "、".join(dict.fromkeys(_law_topic(t) for t in laws))
    match = _OBJECT.search(evidence)
    if not match:
        return ""
    subject = _NOISE.sub("", match.group("object").strip())
    if re.search(r"\d", subject) or len(subject) < 2 or _GENERIC.fullmatch(subject):
        return ""
    return subject
