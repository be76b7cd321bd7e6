"""Agency names and their canonical forms."""

from __future__ import annotations

from newsprism.ingest.wire import AGENCIES, canonical_agency, find_agencies


def test_canonical_names_in_order_without_duplicates() -> None:
    text = "The Associated Press, REUTERS, Agence France-Presse (AFP), ITAR-TASS and dpa"
    assert find_agencies(text) == ("AP", "Reuters", "AFP", "TASS", "dpa")


def test_words_inside_other_words_are_not_agencies() -> None:
    assert find_agencies("APPLE, Reutersville, CAPITAL, papa, AP-NORC") == ()


def test_canonical_agency() -> None:
    assert canonical_agency("Press Association") == "PA"
    assert canonical_agency(" ASSOCIATED PRESS ") == "AP"
    assert canonical_agency("Lenn Post") is None
    assert all(canonical_agency(name) == name for name in AGENCIES)
