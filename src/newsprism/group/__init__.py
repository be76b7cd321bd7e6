"""Grouping stage: syndication families (near-copies) and online, time-aware story grouping.

- :func:`find_families` / :class:`SyndicationIndex`: MinHash/LSH + containment near-copies;
  :func:`family_differences` shows what an edited reprint changed.
- :class:`StoryGrouper` / :func:`group_articles`: single-pass story clustering over a stream.
- :func:`score_clusters`: B-cubed and adjusted Rand scores against gold labels.
"""

from newsprism.group.evaluate import ClusterError, ClusterScores, bcubed, score_clusters
from newsprism.group.stories import StoryGrouper, StoryInfo, group_articles
from newsprism.group.syndication import (
    Difference,
    SyndicationIndex,
    family_differences,
    find_families,
)

__all__ = [
    "ClusterError",
    "ClusterScores",
    "Difference",
    "StoryGrouper",
    "StoryInfo",
    "SyndicationIndex",
    "bcubed",
    "family_differences",
    "find_families",
    "group_articles",
    "score_clusters",
]
