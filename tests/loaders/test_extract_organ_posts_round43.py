"""An organ named bare after an officer's post and a 、 (区委副书记、政府区长; 党委书记、人大常委会主任) is of the area of the
organ before the post, as a bare organ listed right after it is (newuser28 §11, round 43): in a city's report on the one
district it names, that district's government, not the city's."""
from __future__ import annotations

import pytest

from loaders.document import Document
from loaders.extract import extract


def _organs(text: str, organ: str, year: str = "2018") -> set[str]:
    doc = Document(text=text, source="t.txt", metadata={"organ": organ, "year": year})
    return {o.canonical for o in extract(doc).organs}


@pytest.mark.parametrize(("text", "expected", "not_expected"), [
    ("8月9日，唐山市人大常委会检查组到路南区进行执法检查。区委副书记、政府区长王卫国陪同检查。",
     "唐山市路南区人民政府", "唐山市人民政府"),
    ("8月9日，唐山市人大常委會檢查組到路南區進行執法檢查。區委副書記、政府區長王衛國陪同檢查。",
     "唐山市路南区人民政府", "唐山市人民政府"),
    ("唐山市人大常委会调研组到丰润区开展专题调研，区委常委、政府副区长李明陪同。",
     "唐山市丰润区人民政府", "唐山市人民政府"),
])
def test_a_bare_organ_after_a_district_officers_post_is_the_districts(text: str, expected: str, not_expected: str) -> None:
    found = _organs(text, "唐山市人民代表大会常务委员会")
    assert expected in found and not_expected not in found, found


def test_the_reports_own_organ_after_a_post_stays_its_own() -> None:
    found = _organs("受自治区党委书记、人大常委会主任孙绍骋委托，作工作报告。", "内蒙古自治区人民代表大会常务委员会")
    assert "内蒙古自治区人民代表大会常务委员会" in found


def test_a_bare_government_with_no_post_before_stays_the_reports() -> None:
    found = _organs("唐山市人大常委会检查组到路南区检查，听取了政府有关工作汇报。", "唐山市人民代表大会常务委员会")
    assert "唐山市路南区人民政府" not in found
