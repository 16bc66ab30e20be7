"""The extractor's reading of the issue scheme agrees with the ontology package's."""
from __future__ import annotations

from loaders.extract import issues
from ontology import issue_keywords


def test_keywords_match_the_ontology():
    narrow, top = issue_keywords(), issue_keywords(top_level=True)
    assert issues.keywords() == {k: (str(narrow[k]), str(top[k])) for k in narrow}
    assert len(narrow) > 50
