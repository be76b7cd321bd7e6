"""Segment marking on invented snippets: every role, glued captions, wire credits."""

from __future__ import annotations

import itertools

from newsprism.ingest.segments import segment
from newsprism.model import Segment


def roles(text: str) -> list[tuple[str, str]]:
    """(role, stripped surface) of each segment."""
    segments, _ = segment(text)
    return [(s.role, text[s.start : s.end].strip()) for s in segments]


def role_of(text: str, fragment: str) -> str:
    segments, _ = segment(text)
    at = text.index(fragment)
    return next(s.role for s in segments if s.start <= at < s.end)


def assert_covers(text: str, segments: tuple[Segment, ...]) -> None:
    assert segments[0].start == 0
    assert segments[-1].end == len(text)
    for before, after in itertools.pairwise(segments):
        assert before.end == after.start
        assert before.role != after.role  # neighbours with one role are merged


BODY = (
    "The harbour council of Velmora voted on Monday to close the old ferry pier, "
    "ending a service that had run for ninety years."
)
BODY2 = "Councillor Ana Ristov said the decision was painful but the pier was no longer safe."


def test_plain_body_is_one_body_segment() -> None:
    text = f"{BODY}\n\n{BODY2}"
    segments, wire = segment(text)
    assert segments == (Segment(0, len(text), "body"),)
    assert wire == ()


def test_empty_text_has_no_segments() -> None:
    assert segment("") == ((), ())


def test_ap_style_captions_after_credit() -> None:
    text = (
        f"{BODY}\n\n"
        "Associated Press writer Tomas Brel in Ostrava contributed to this report.\n\n"
        "Harbour workers, left, carry ropes along the ferry pier in Velmora, Karst, "
        "Monday, May 4, 2037.\n\n"
        "Velmora Mayor Ida Quell speaks with residents in Velmora, Karst. Monday, May 4, 2037."
    )
    result = roles(text)
    assert [r for r, _ in result] == ["body", "credit", "caption"]
    assert segment(text)[1] == ("AP",)
    assert_covers(text, segment(text)[0])


def test_dated_line_without_caption_cues_stays_body() -> None:
    text = f"{BODY}\n\nThe final crossing is planned for Friday, May 8, 2037."
    assert [r for r, _ in roles(text)] == ["body"]


def test_dated_line_next_to_a_caption_is_a_caption() -> None:
    text = (
        f"{BODY}\n\n"
        "A ferry leaves the pier in Velmora, Karst, Monday, May 4, 2037.\n\n"
        "The empty ticket office in Velmora, Karst, Monday, May 4, 2037."
    )
    assert [r for r, _ in roles(text)] == ["body", "caption"]


def test_caption_glued_to_body_is_split_after_the_credit() -> None:
    caption = "A diver checks the hull of a ferry near the pier in Velmora [Reuters]"
    text = f"{BODY}\n\n{caption} Officials in Karst said repairs would cost more than expected."
    segments, wire = segment(text)
    assert_covers(text, segments)
    cap = next(s for s in segments if s.role == "caption")
    assert text[cap.start : cap.end].strip() == caption
    assert role_of(text, "Officials in Karst") == "body"
    assert wire == ("Reuters",)


def test_photo_credit_styles_mark_captions() -> None:
    lines = [
        "Residents queue for the last ferry in Velmora on Sunday. (Karst Photo/Mira Dunn)",
        "Passengers wave from the deck. REUTERS/Pavel Orlo",
        "The pier at dawn. Photo: Lena Ostrova",
        "Lena Ostrova/Getty Images",
        "Image caption The pier opened in 1947",
    ]
    for line in lines:
        text = f"{BODY}\n\n{line}\n\n{BODY2}"
        assert role_of(text, line) == "caption", line


def test_short_line_above_a_lone_photo_credit_is_part_of_the_caption() -> None:
    text = f"{BODY}\n\nThe ferry Aurora at the Velmora pier\nMira Dunn/Getty Images\n\n{BODY2}"
    assert role_of(text, "The ferry Aurora") == "caption"
    assert role_of(text, BODY2) == "body"


def test_body_sentence_above_a_lone_photo_credit_stays_body() -> None:
    text = f"{BODY}\nPhoto: AFP\n\n{BODY2}"
    assert role_of(text, BODY) == "body"
    assert role_of(text, "Photo: AFP") == "caption"


def test_update_notes() -> None:
    for note in (
        "(Updated with the mayor's comments from paragraph 6)",
        "Editor's note: This story contains an interview recorded before the vote.",
        "This story has been updated to include the final vote count.",
        "UPDATE: The council will meet again on Thursday.",
        "Updated 4:10 p.m.",
    ):
        text = f"{BODY}\n\n{note}\n\n{BODY2}"
        assert role_of(text, note) == "update-note", note


def test_credit_lines_and_their_wires() -> None:
    cases = {
        "With reporting by Reuters, AFP, dpa and Kyodo": ("Reuters", "AFP", "dpa", "Kyodo"),
        "Reporting by Ola Benn; Editing by Kit Marr": (),
        "(Reporting by Ola Benn in Velmora; additional reporting by Kit Marr)": (),
        "Additional reporting by Agence France-Presse": ("AFP",),
        "Associated Press writers Ola Benn and Kit Marr contributed to this report.": ("AP",),
        "By The Associated Press": ("AP",),
        "— dpa": ("dpa",),
    }
    for credit, wire in cases.items():
        text = f"{BODY}\n\n{BODY2}\n\n{credit}"
        assert role_of(text, credit) == "credit", credit
        assert segment(text)[1] == wire, credit


def test_trailing_wire_signoff_is_split_from_the_body() -> None:
    text = f"{BODY}\n\n{BODY2} — AP"
    segments, wire = segment(text)
    assert role_of(text, BODY2) == "body"
    assert text[segments[-1].start :] == " — AP"
    assert segments[-1].role == "credit"
    assert wire == ("AP",)


def test_boilerplate() -> None:
    for junk in (
        "Sign up for our newsletter",
        "Click here to read the full council report",
        "Read more: Karst ferry fares rise again",
        "Advertisement",
        "Share this article",
        "We use cookies to improve your experience on this site.",
    ):
        text = f"{BODY}\n\n{junk}\n\n{BODY2}"
        assert role_of(text, junk) == "boilerplate", junk


def test_datelines_credit_wires_but_attribution_does_not() -> None:
    assert segment(f"VELMORA, Karst (Reuters) - {BODY}\n\n{BODY2}")[1] == ("Reuters",)
    assert segment(f"VELMORA, Karst — (AP) — {BODY}")[1] == ("AP",)
    assert segment(f"PARIS (AFP) {BODY}")[1] == ("AFP",)
    attributed = (
        f"{BODY}\n\nThe ferry carried 3,000 people a day, according to Agence France Presse, "
        "and the Anadolu agency cited the port chief as saying the pier had cracked."
    )
    assert segment(attributed)[1] == ()


def test_headline_first_line_is_a_title() -> None:
    text = f"Velmora closes its old ferry pier\n\n{BODY}\n\n{BODY2}"
    assert roles(text)[0] == ("title", "Velmora closes its old ferry pier")


def test_first_line_with_end_punctuation_is_not_a_title() -> None:
    text = f"Velmora closes its old ferry pier after ninety years.\n\n{BODY}"
    assert [r for r, _ in roles(text)] == ["body"]


def test_short_page_label_first_line_is_boilerplate() -> None:
    text = f"World News\n\n{BODY}"
    assert roles(text)[0] == ("boilerplate", "World News")


def test_single_line_is_never_a_title() -> None:
    assert roles("Velmora closes its old ferry pier") == [
        ("body", "Velmora closes its old ferry pier")
    ]


def test_segmenting_is_deterministic() -> None:
    text = (
        f"Ferry pier closes\n\n(Updated with vote count)\n\n{BODY}\n\n"
        "A diver checks the hull near the pier in Velmora [Reuters] The council met late.\n\n"
        "Reporting by Ola Benn; Editing by Kit Marr"
    )
    first = segment(text)
    assert first == segment(text)
    assert_covers(text, first[0])
    assert [s.role for s in first[0]] == [
        "title",
        "update-note",
        "body",
        "caption",
        "body",
        "credit",
    ]


def test_bylines_newsroom_signoffs_and_app_promos_are_not_body() -> None:
    text = (
        "By Tamsin Orley, Harbour Herald\n\n"
        "The lighthouse at Varn Point went dark on Monday after a storm.\n\n"
        "Harbour Herald newsroom\n\n"
        "Download the Harbour Herald app for breaking news alerts."
    )
    segments, _ = segment(text)
    roles = {text[s.start : s.end].strip(): s.role for s in segments}
    assert roles["By Tamsin Orley, Harbour Herald"] == "credit"
    assert roles["Harbour Herald newsroom"] == "credit"
    assert roles["Download the Harbour Herald app for breaking news alerts."] == "boilerplate"
    assert roles["The lighthouse at Varn Point went dark on Monday after a storm."] == "body"
