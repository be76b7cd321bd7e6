"""Evaluation of analysis quality: conflict detection on perturbed stories
(:mod:`~newsprism.evaluate.conflicts`) and summaries against references
(:mod:`~newsprism.evaluate.summary`)."""
