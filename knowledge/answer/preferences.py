"""The preference stages after the re-ranking, in the order they run.

Each stage puts first a close candidate that has what the best one lacks (the noun a figure counts,
the detail written after an article's lead, the side asked, the weekday, the year or document asked), so
the learned ranking decides the field and these narrow, explainable rules settle the few cases where
it is blind to what the question asks.
"""

from __future__ import annotations

import sqlite3

from knowledge.answer import (answer_class, checks, count_tied, document_named, doer_named, else_asked, holders,
                              kind_subject, lead_detail, main_asked, past_dates, period_asked, relationship, rerank,
                              role_named, sides, weekday_asked, year_prefer)
from knowledge.answer.acceptance_rank import prefer_acceptance
from knowledge.answer.intent import Plan
from knowledge.answer.rank import MUST_SHOW, Ranked
from knowledge.question import Question


def reorder(conn: sqlite3.Connection, q: Question, plan: Plan, ranked: list[Ranked], terms: list[str],
            kinds: dict[int, str], unknown: list[str], emptied: str) -> tuple[list[Ranked], str]:
    """The ranked candidates re-ranked and preferred; `emptied` names a check that left none."""
    ranked = holders.prefer(answer_class.prefer_class(rerank.rerank(ranked, terms, q.tokens, plan), plan), plan, kinds,
                            q.tokens)
    ranked = doer_named.prefer(ranked, q.tokens)  # "who conducted the orchestra": "under conductor X"
    ranked = role_named.prefer(plan, ranked, q.tokens)  # "which deputy prime minister": whom the title was read as
    ranked = kind_subject.prefer(plan.kind_subject, ranked)  # "what type of ship is the X": "the tanker X"
    ranked = count_tied.prefer(conn, ranked, checks.counted_words(q, plan, terms, unknown))
    ranked = lead_detail.prefer(ranked, terms, plan.answer_type)  # a detail written after the article's lead
    ranked = main_asked.prefer(ranked, q.tokens)  # "the main topic of the talks": "the talks centred on …"
    ranked = else_asked.prefer(ranked, q.tokens, terms)  # "what else did X develop": "X also developed …"
    ranked = weekday_asked.prefer(ranked, q.raw)  # a weekday written, when the day of the week is asked
    ranked = relationship.prefer(q, sides.prefer(ranked, q.raw))  # the strategic partnership, not the comprehensive one
    ranked = past_dates.prefer(q.raw, plan.answer_type, plan.implied, ranked)  # "when did …": no plan's date
    ranked, emptied = checks.time_kept(q, plan, prefer_acceptance(ranked, plan), emptied)
    ranked = year_prefer.prefer(conn, q.raw, ranked)
    if plan.answer_type in MUST_SHOW:  # "the first seven months" asked: "January–July" written (period_asked.py)
        ranked = period_asked.prefer(q.raw, ranked)
    return document_named.prefer(plan.answer_type, ranked), emptied
