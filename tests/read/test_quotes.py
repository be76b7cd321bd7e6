"""Quotes and their speakers, on invented paragraphs (always on) and on the seed reports."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsprism.model import Article, EntityKind, Mention, Quote, Sentence
from newsprism.read.quotes import find_quotes
from tests.conftest import seed_file

_SENTENCE = re.compile(r"[^\s].*?(?:[.!?][”\"’]?(?=\s+[“\"‘A-Z])|$)", re.M)

# (surface, kind, fullest name, role): every whole-word occurrence becomes a mention.
Known = tuple[str, EntityKind, str, str | None]

PEOPLE: tuple[Known, ...] = (
    ("Vera Lind", "person", "Vera Lind", "Mayor"),
    ("Lind", "person", "Vera Lind", None),
    ("Tomas Ekberg", "person", "Tomas Ekberg", "harbour master"),
    ("Ekberg", "person", "Tomas Ekberg", None),
    ("Odo Brandt", "person", "Odo Brandt", "President"),
    ("Brandt", "person", "Odo Brandt", None),
    ("Ilse Varga", "person", "Ilse Varga", "President"),
    ("Varga", "person", "Ilse Varga", None),
    ("Pia Holm", "person", "Pia Holm", "Water Minister"),
    ("Holm", "person", "Pia Holm", None),
    ("Kelvarian Water Ministry", "organisation", "Kelvarian Water Ministry", None),
    ("Harbour Gazette", "organisation", "Harbour Gazette", None),
    ("Valley Courier", "organisation", "Valley Courier", None),
    ("Kelvarian", "nationality", "Kelvarian", None),
    ("Dunmark", "place", "Dunmark", None),
    ("Kelvaria", "place", "Kelvaria", None),
)


def _article(text: str) -> Article:
    return Article(id="t1", source="test", text=text, raw=text.encode(), content_hash="h")


def _sentences(article: Article) -> tuple[Sentence, ...]:
    """Split at a terminator before a capital or an opening quote, and at line ends."""
    text = article.text
    return tuple(
        Sentence(article.id, m.start(), m.end(), m.group(), i)
        for i, m in enumerate(_SENTENCE.finditer(text))
    )


def _mentions(article: Article, known: tuple[Known, ...] = PEOPLE) -> tuple[Mention, ...]:
    """Mentions of every known surface, longest first, never overlapping."""
    text = article.text
    taken: list[tuple[int, int]] = []
    out: list[Mention] = []
    for surface, kind, name, role in sorted(known, key=lambda k: -len(k[0])):
        for m in re.finditer(rf"\b{re.escape(surface)}\b", text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append(m.span())
            out.append(Mention(article.id, m.start(), m.end(), surface, kind, name, role))
    return tuple(sorted(out, key=lambda m: m.start))


def _quotes(text: str, known: tuple[Known, ...] = PEOPLE) -> tuple[Quote, ...]:
    article = _article(text)
    return find_quotes(article, _sentences(article), _mentions(article, known))


def _only(text: str) -> Quote:
    quotes = _quotes(text)
    assert len(quotes) == 1, quotes
    return quotes[0]


def _speaker_words(text: str, quote: Quote) -> str:
    assert quote.speaker_start is not None and quote.speaker_end is not None
    return text[quote.speaker_start : quote.speaker_end]


# --- speaker patterns ------------------------------------------------------------------------


def test_quote_then_name_and_verb() -> None:
    text = "“The bridge will reopen in spring,” Mayor Vera Lind said on Monday."
    quote = _only(text)
    assert quote.text == "The bridge will reopen in spring"
    assert quote.speaker == "Vera Lind"
    assert _speaker_words(text, quote) == "Vera Lind"
    assert quote.attribution == "said"
    assert quote.kind == "direct"
    assert text[quote.start : quote.end] == quote.text


def test_quote_then_verb_and_name() -> None:
    text = "“We counted every crate twice,” said Tomas Ekberg, who runs the pier."
    quote = _only(text)
    assert (quote.speaker, quote.attribution, quote.kind) == ("Tomas Ekberg", "said", "direct")


def test_name_verb_colon_then_quote() -> None:
    text = "Ekberg said: “The tide came early this year and the nets were empty.”"
    quote = _only(text)
    assert quote.speaker == "Tomas Ekberg"
    assert _speaker_words(text, quote) == "Ekberg"
    assert quote.kind == "direct"
    assert quote.text.endswith("empty.")


def test_colon_at_the_end_of_the_previous_line() -> None:
    text = "Ekberg said:\n“The tide came early this year and the nets were empty.”"
    assert _only(text).speaker == "Tomas Ekberg"


def test_said_that_gives_a_partial_quote() -> None:
    text = "Lind said that the new plan for the harbour was “almost finished”."
    quote = _only(text)
    assert quote.text == "almost finished"
    assert quote.kind == "partial"
    assert quote.speaker == "Vera Lind"


def test_partial_quote_inside_a_reported_sentence() -> None:
    text = "Brandt said the chances of a quick deal were “rather slim.” The talks resume soon."
    quote = _only(text)
    assert (quote.text, quote.kind, quote.speaker) == ("rather slim", "partial", "Odo Brandt")


def test_partial_quote_before_the_speaker() -> None:
    text = (
        "Hopes for the canal are “fading fast”, Kelvarian President Odo Brandt told the "
        "Valley Courier on Friday."
    )
    quote = _only(text)
    assert quote.speaker == "Odo Brandt"
    assert quote.kind == "partial"
    assert quote.attribution == "told the Valley Courier"


def test_pronoun_speaker_is_the_subject_of_the_previous_sentence() -> None:
    text = (
        "Tomas Ekberg inspected the pier on Tuesday.\n\n“It is sound, every beam of it,” he said."
    )
    quote = _only(text)
    assert quote.speaker == "Tomas Ekberg"
    assert _speaker_words(text, quote) == "he"
    assert quote.attribution == "said"


def test_pronoun_prefers_the_subject_over_a_later_object() -> None:
    text = (
        "Vera Lind met Tomas Ekberg at the harbour. “We agreed on a date for the work,” she said."
    )
    assert _only(text).speaker == "Vera Lind"


def test_pronoun_prefers_the_last_speaker() -> None:
    text = (
        "Ekberg stood beside Brandt. “The pier is safe for now,” Brandt said.\n\n"
        "“We will check it again next month,” he said."
    )
    quotes = _quotes(text)
    assert [q.speaker for q in quotes] == ["Odo Brandt", "Odo Brandt"]


def test_titled_noun_phrase_speaker() -> None:
    text = (
        "Kelvarian President Odo Brandt and Dunmark President Ilse Varga met in the valley. "
        "Varga left early.\n\n"
        "“The water is safe to drink again,” the Kelvarian president said."
    )
    quote = _only(text)
    assert quote.speaker == "Odo Brandt"
    assert _speaker_words(text, quote) == "the Kelvarian president"


def test_bare_title_picks_the_most_recent_holder() -> None:
    text = (
        "Kelvarian President Odo Brandt spoke first. Dunmark President Ilse Varga spoke next. "
        "Later Varga toured the dam.\n\n"
        "“Nobody will be left behind here,” the president said."
    )
    assert _only(text).speaker == "Ilse Varga"


def test_organisation_speaker() -> None:
    text = (
        "The Kelvarian Water Ministry said the repairs fixed “long-standing faults in the gates.”"
    )
    quote = _only(text)
    assert quote.speaker == "Kelvarian Water Ministry"
    assert quote.kind == "partial"
    assert quote.text == "long-standing faults in the gates"


def test_organisation_speaker_without_mentions() -> None:
    text = (
        "The Kelvarian Water Ministry said the repairs fixed “long-standing faults in the gates.”"
    )
    quote = _quotes(text, known=())[0]
    assert quote.speaker == "Kelvarian Water Ministry"


def test_according_to() -> None:
    text = "“The dam will hold for another decade,” according to Water Minister Pia Holm."
    quote = _only(text)
    assert (quote.speaker, quote.attribution) == ("Pia Holm", "according to")


def test_cited_as_saying_names_the_cited_person() -> None:
    text = (
        "Water Minister Pia Holm toured the dam on Monday.\n\n"
        "“The gates are older than anyone here,” the Harbour Gazette cited the minister as saying."
    )
    quote = _only(text)
    assert quote.speaker == "Pia Holm"
    assert quote.attribution == "the Harbour Gazette cited the minister as saying"
    assert _speaker_words(text, quote) == "the minister"


def test_passive_quoted_as_saying() -> None:
    text = "Lind was quoted as saying “the budget for the bridge is gone”."
    quote = _only(text)
    assert quote.speaker == "Vera Lind"
    assert quote.attribution == "was quoted as saying"


def test_participle_takes_the_sentence_subject() -> None:
    text = "Ekberg closed the pier to boats, saying “the storm is far too strong tonight”."
    assert _only(text).speaker == "Tomas Ekberg"


def test_vowed_to_partial_quote() -> None:
    text = "On Thursday, Brandt vowed to “rebuild every house on the shore”."
    quote = _only(text)
    assert (quote.speaker, quote.attribution, quote.kind) == ("Odo Brandt", "vowed", "partial")


def test_said_he_would_names_the_first_subject() -> None:
    text = "Brandt has said he would tell them that “the canal stays open to every boat”."
    quote = _only(text)
    assert quote.speaker == "Odo Brandt"
    assert quote.attribution == "has said"


def test_name_inside_a_quote_does_not_attribute_it() -> None:
    text = "“Brandt said no to the plan, twice,” Ekberg said."
    assert _only(text).speaker == "Tomas Ekberg"


def test_quote_without_attribution_continues_the_previous_speaker() -> None:
    text = "“The first gate failed at noon,” Ekberg said. “The second one held all night.”"
    quotes = _quotes(text)
    assert [q.speaker for q in quotes] == ["Tomas Ekberg", "Tomas Ekberg"]
    assert quotes[1].text == "The second one held all night."


def test_multi_sentence_quote_is_one_quote() -> None:
    text = "“The first gate failed. The second held. We were lucky,” Ekberg said."
    quote = _only(text)
    assert quote.text == "The first gate failed. The second held. We were lucky"
    assert quote.speaker == "Tomas Ekberg"
    assert quote.kind == "direct"


def test_quote_over_two_paragraphs_takes_the_later_attribution() -> None:
    text = "“We start at dawn and work late.\n\n“We finish at dusk, every day,” Ekberg said."
    quotes = _quotes(text)
    assert [q.speaker for q in quotes] == ["Tomas Ekberg", "Tomas Ekberg"]


def test_headline_single_quotes_and_apostrophes() -> None:
    text = "Brandt hopes ‘steady progress’ can continue at Kelvaria’s harbour"
    quote = _only(text)
    assert quote.text == "steady progress"
    assert quote.speaker == "Odo Brandt"
    assert quote.kind == "partial"


def test_apostrophes_make_no_quote() -> None:
    text = "Kelvaria’s dam and the workers’ union said Brandt's plan isn't finished."
    assert _quotes(text) == ()


def test_unbalanced_quote_stays_in_its_paragraph() -> None:
    text = (
        "Lind called the plan “a disgrace and left the hall.\n\n"
        "“We will vote again in spring,” Ekberg said.\n\n"
        "The vote is set for March."
    )
    quotes = _quotes(text)
    assert [(q.text, q.speaker) for q in quotes] == [
        ("We will vote again in spring", "Tomas Ekberg")
    ]


def test_scare_quotes_without_a_speaker_are_dropped() -> None:
    assert _quotes("The so-called “iron gate” was closed for the winter.") == ()


def test_unattributed_long_quote_is_kept_without_speaker() -> None:
    text = "The crowd waited.\n\n“Nobody told us the road was closed until today.”"
    quote = _only(text)
    assert quote.speaker is None and quote.attribution is None


def test_mixed_marks_and_guillemets() -> None:
    quote = _only('"We stay here until the thaw,” Lind said.')
    assert (quote.text, quote.speaker) == ("We stay here until the thaw", "Vera Lind")
    quote = _only("Lind said: «We stay here until the thaw.»")
    assert (quote.text, quote.speaker) == ("We stay here until the thaw.", "Vera Lind")


def test_question_quote_split_from_its_attribution() -> None:
    quote = _only("“Who will pay for the new pier?” Ekberg asked.")
    assert quote.speaker == "Tomas Ekberg"
    assert quote.attribution == "asked"


def test_quote_ending_a_sentence_does_not_take_the_next_sentence_speaker() -> None:
    text = "Brandt said the odds were “very poor.” The day before, Varga said nothing at all."
    assert _only(text).speaker == "Odo Brandt"


def test_sentence_index_and_spans() -> None:
    text = "The pier is closed. Boats wait outside.\n\n“It will open soon,” Lind said on Friday."
    article = _article(text)
    sentences = _sentences(article)
    quotes = find_quotes(article, sentences, _mentions(article))
    assert len(quotes) == 1
    assert quotes[0].sentence == 2
    assert sentences[2].start <= quotes[0].start < sentences[2].end


def test_works_without_sentences_or_mentions() -> None:
    article = _article("“The bridge will reopen in spring,” Mayor Vera Lind said on Monday.")
    quotes = find_quotes(article, (), ())
    assert [q.speaker for q in quotes] == ["Mayor Vera Lind"]


def test_deterministic() -> None:
    text = "Lind said: “We start at dawn.” Ekberg said the plan was “too slow”."
    assert _quotes(text) == _quotes(text)


def test_no_quotes_in_empty_text() -> None:
    assert _quotes("") == ()


# --- seed reports (end to end through the reading pipeline) -------------------------------


def _read(seeds: Path, prefix: str) -> tuple[str, tuple[Quote, ...]]:
    from newsprism.read import read_article

    text = seed_file(seeds, prefix).read_text(encoding="utf-8")
    article = Article(id=prefix, source="seed", text=text, raw=text.encode(), content_hash=prefix)
    return text, read_article(article).quotes


def _find(quotes: tuple[Quote, ...], fragment: str) -> Quote:
    hits = [q for q in quotes if fragment in q.text]
    assert hits, f"no quote holding {fragment!r} in {[q.text for q in quotes]}"
    return hits[0]


@pytest.mark.seeds
@pytest.mark.parametrize("prefix", ["001", "002"])
def test_seed_putin_hopes_for_american_partners(seeds_dir: Path, prefix: str) -> None:
    _, quotes = _read(seeds_dir, prefix)
    quote = _find(quotes, "I very much hope")
    assert quote.speaker == "Vladimir Putin"
    assert quote.kind == "direct"


@pytest.mark.seeds
def test_seed_pronoun_losses_on_both_sides(seeds_dir: Path) -> None:
    text, quotes = _read(seeds_dir, "001")
    quote = _find(quotes, "many losses on both sides")
    assert quote.speaker == "Vladimir Putin"
    assert _speaker_words(text, quote) == "he"


@pytest.mark.seeds
def test_seed_aliyev_quotes_in_003(seeds_dir: Path) -> None:
    _, quotes = _read(seeds_dir, "003")
    assert _find(quotes, "break the back of Armenian fascism").speaker == "Ilham Aliyev"
    assert _find(quotes, "They want to destroy our cities").speaker == "Ilham Aliyev"
    cited = _find(quotes, "We have many casualties")
    assert cited.speaker == "Ilham Aliyev"
    assert cited.attribution is not None and "Anadolu" in cited.attribution


@pytest.mark.seeds
def test_seed_foreign_ministry_in_000(seeds_dir: Path) -> None:
    _, quotes = _read(seeds_dir, "000")
    quote = _find(quotes, "urgent issues related to")
    assert quote.speaker == "Russian Foreign Ministry"
    assert quote.kind == "partial"


@pytest.mark.seeds
def test_seed_nikkei_interview_pronoun_in_002(seeds_dir: Path) -> None:
    _, quotes = _read(seeds_dir, "002")
    quote = _find(quotes, "I think that now Armenian leadership")
    assert quote.speaker == "Ilham Aliyev"
    assert quote.attribution is not None and "Nikkei" in quote.attribution


@pytest.mark.seeds
@pytest.mark.parametrize("prefix", ["001", "002", "003"])
def test_seed_very_remote_is_aliyev_partial(seeds_dir: Path, prefix: str) -> None:
    _, quotes = _read(seeds_dir, prefix)
    quote = _find(quotes, "very remote")
    assert quote.text == "very remote"
    assert quote.speaker == "Ilham Aliyev"
    assert quote.kind == "partial"


@pytest.mark.seeds
@pytest.mark.parametrize("prefix", ["002", "003"])
def test_seed_pompeo_right_path_forward(seeds_dir: Path, prefix: str) -> None:
    _, quotes = _read(seeds_dir, prefix)
    assert _find(quotes, "right path forward").speaker == "Mike Pompeo"


@pytest.mark.seeds
def test_seed_headline_single_quotes_in_001(seeds_dir: Path) -> None:
    text, quotes = _read(seeds_dir, "001")
    first = quotes[0]
    assert first.text == "right path forward"
    assert first.speaker == "Mike Pompeo"
    assert all("’s" not in q.text[:1] for q in quotes)
    assert all(text[q.start : q.end] == q.text for q in quotes)


# --- regressions found on the development corpus --------------------------------------------


def test_mention_ending_inside_a_possessive_token() -> None:
    text = "“The sluices were opened at dawn,” said Kelvaria’s Water Minister Pia Holm."
    assert _only(text).speaker == "Pia Holm"


def test_possessive_noun_is_not_a_subject() -> None:
    text = "Lind said Brandt's claim that the canal was “never really at risk” was false."
    quote = _only(text)
    assert (quote.speaker, quote.attribution) == ("Vera Lind", "said")


def test_capitalised_verb_forms_are_names() -> None:
    text = "A Dunmark State spokesman called the offer “absolutely worthless” on Monday."
    quote = _only(text)
    assert (quote.speaker, quote.attribution) == ("Dunmark State spokesman", "called")


def test_single_quoted_subheading_does_not_inherit_a_speaker() -> None:
    text = "“Thank you all for coming tonight,” Lind said.\n\n‘A new harbour’\n\nWork starts soon."
    assert [q.speaker for q in _quotes(text)] == ["Vera Lind"]


def test_modifiers_between_article_and_speaker() -> None:
    text = "“Only here do we see such delays,” a visibly angry Ekberg said."
    assert _only(text).speaker == "Tomas Ekberg"


def test_abbreviation_inside_a_speaker_phrase() -> None:
    article = _article("“The levee will hold,” Dunmark Gov. Ilse Varga said on Monday.")
    quotes = find_quotes(article, (Sentence(article.id, 0, len(article.text), article.text),), ())
    assert [q.speaker for q in quotes] == ["Dunmark Gov. Ilse Varga"]
