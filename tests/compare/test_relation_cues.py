"""The relation cue table: every cue has a stance of its kind and reads the words it names."""

from __future__ import annotations

from newsprism.compare.relation_cues import NEGATIVE, POSITIVE, RELATION_CUES

STANCES = {
    "support": {"supports", "opposes"},
    "blame": {"blames"},
    "responsibility": {"responsible", "cleared"},
    "defeat": {"defeated"},
}


def test_every_cue_has_a_stance_of_its_kind_with_a_polarity() -> None:
    for cue in RELATION_CUES:
        assert cue.stance in STANCES[cue.kind], cue
        assert (cue.stance in POSITIVE) != (cue.stance in NEGATIVE), cue
        assert not (cue.object_first and cue.after), cue  # "after" follows an object after


def test_each_kind_reads_its_own_words() -> None:
    samples = {
        ("responsibility", "responsible"): "claimed responsibility for the raid",
        ("responsibility", "cleared"): "was acquitted on Friday",
        ("blame", "blames"): "pointed the finger at",
        ("support", "supports"): "ruled in favour of",
        ("support", "opposes"): "voted against",
        ("defeat", "defeated"): "edged past",
    }
    for (kind, stance), words in samples.items():
        cues = [c for c in RELATION_CUES if c.kind == kind and c.stance == stance]
        assert any(c.pattern.search(words) for c in cues), words
        others = [c for c in RELATION_CUES if c.kind != kind]
        assert not any(c.pattern.search(words) for c in others), words
