"""Run every comparison step over one story and assemble its :class:`StoryAnalysis`."""

from __future__ import annotations

from dataclasses import replace

from newsprism.compare.align import align_facts
from newsprism.compare.datelines import stamp_conflicts
from newsprism.compare.dates import date_conflicts, weekday_conflicts
from newsprism.compare.dating import date_from_story
from newsprism.compare.disputes import mark_disputes
from newsprism.compare.entities import entity_index, merge_entities
from newsprism.compare.event_dates import event_date_conflicts
from newsprism.compare.figures import figure_conflicts
from newsprism.compare.framing import describe_framing, quoted_voices
from newsprism.compare.polarity import nearest_polarity_conflicts, polarity_conflicts
from newsprism.compare.quotes import group_quotes, speaker_entity
from newsprism.compare.relations import relation_conflicts
from newsprism.compare.roles import role_conflicts
from newsprism.compare.summary import single_source_facts, summarise
from newsprism.compare.timeline import build_timeline
from newsprism.compare.voices import voice_map
from newsprism.group.syndication import find_families
from newsprism.model import Story, StoryAnalysis


def compare_story(story: Story) -> StoryAnalysis:
    """Compare the articles of ``story`` across outlets."""
    readings = date_from_story(story.articles)
    story = replace(story, articles=readings)
    families = story.families or find_families([r.article for r in readings])
    voices = voice_map(readings, families)
    entities = merge_entities(readings)
    entity_of = entity_index(entities)
    alignment = align_facts(readings, entity_of, voices)
    quotes, attribution = group_quotes(readings, entities)
    conflicts = [
        *figure_conflicts(readings, alignment.fact_of()),
        *(dated := date_conflicts(alignment)),
        *event_date_conflicts(readings, entity_of, dated),
        *weekday_conflicts(readings),
        *stamp_conflicts(readings),
        *attribution,
        *relation_conflicts(readings, entity_of),
        *polarity_conflicts(alignment),
        *nearest_polarity_conflicts(readings, alignment),
        *role_conflicts(entities, readings),
    ]
    speakers = {}
    for reading in readings:
        for quote in reading.quotes:
            entity = speaker_entity(quote.speaker, entities)
            if entity is not None:
                speakers[(reading.id, quote.start)] = entity.name
    return StoryAnalysis(
        story=replace(story, families=tuple(families)),
        entities=entities,
        facts=mark_disputes(alignment.facts, conflicts, voices),
        conflicts=tuple(replace(c, id=f"C{n}") for n, c in enumerate(conflicts, start=1)),
        quotes=quotes,
        timeline=build_timeline(alignment),
        framing=describe_framing(readings, entities),
        voices=quoted_voices(readings, speakers),
        summary=summarise(alignment, conflicts=conflicts),
        only=single_source_facts(alignment),
    )
