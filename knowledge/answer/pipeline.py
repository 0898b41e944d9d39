"""The answer pipeline: plan → retrieve → rank → compose, with the fact answerers on top.

Retrieval is the backbone: every question is searched for the sentence that answers it. The
fact answerers (events, statements, agreements, relationships) keep the short structured line when
the ranking also puts their sentence at the top; other questions are answered from the best
sentence; a decline is a decision on evidence (an unknown name, entities never together, a low score).
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, replace

from knowledge import lazy_re
from knowledge.answer import (answer_class, asked_detail, asked_near, checks, content_asked, date_conflict,
                              decision, detail_conflict, doer_named, format_checks, holders, period_asked, place_setting,
                              preceding, preferences, reasons, rerank, sentence_fit, shown_first, sides, span_said,
                              word_roles, year_written, yesno_subject)
from knowledge.answer.english_lexicon import classes
from knowledge.answer.acceptance_rank import acceptance_said
from knowledge.answer.compose import LOW_CONFIDENCE, check_claims, points_to_thing, quoted_ids, retrieval_answer
from knowledge.facts import Answer
from knowledge.match import Found
from knowledge.names import fold
from knowledge.answer.intent import Plan, make_plan
from knowledge.question import Question
from knowledge.question.acceptance import ACCEPTANCE
from knowledge.answer.rank import MUST_SHOW, Ranked, Ranker, has_figure
from knowledge.answer.retrieve import repair_terms, retrieve, stem
from knowledge.answer.store_memo import StoreMemo
from knowledge.answer.early import asks_post, is_profile, negative_asked, settled_early
from knowledge.answer.support import beyond_event, decline_head, names_kind
from knowledge.answer.unknown_names import unknown_name as _unknown_name, unwritten_place
from knowledge.answer.plan import off_subject_asked

_NAME_DECLINE = "My sources name no one called"


def rank_question(store: StoreMemo, q: Question, found: Found, kinds: dict[int, str], total: int,
                  vocab: list[str] | None, plan: Plan | None = None,
                  repaired: tuple[list[str], list[str]] | None = None) -> tuple[Plan, list[Ranked], bool, list[str],
                                                                                list[str]]:
    plan = plan or make_plan(q, found)
    got = retrieve(store, plan, kinds, vocab, repaired)
    ranker = Ranker(store, plan, kinds, total)
    # a word no article has weighs as the rarest word, found nowhere; one that only names the kind of answer
    # ("which sectors", "what was trade worth") is missing from the answering sentence too, and weighs nothing
    # (nor does a word that only frames the question: an adverb, a preposition, an adjective before a noun, a
    # verb whose act is the one after it, "which fields does X want to explore": word_roles.py)
    missing = [t for t in got.unknown_terms if not names_kind(t, plan.answer_type)] if q.lang == "en" else []
    missing = [t for t in missing if t not in word_roles.incidental(q.raw, missing)]
    ranked = ranker.rank(got.candidates, got.terms, missing, got.df, ordinary_words(q, missing))
    return plan, ranked, got.cooccur, got.terms, got.unknown_terms


def ordinary_words(q: Question, words: list[str]) -> frozenset[str]:
    """The words of `words` that only frame what is asked: describing words of the language written in
    lower case ("yearly", "roughly"), which the articles often leave out or write otherwise. Not
    names ("SME", "Kazan"), and never a verb: the act asked ("who was appointed to lead …")."""
    low = {t for i, t in enumerate(q.latin) if not q.raw_has_capital(i)}
    return frozenset(w for w in words if w in low and framing_word(w))


def framing_word(word: str) -> bool:
    """An adjective or adverb of the language that is never a verb ("yearly", "bilingual", "fully";
    not "lead", "fast")."""
    kinds = classes(word)
    return bool(kinds & {"adj", "adv"}) and "verb" not in kinds


CONTENT_TYPES = {"number", "duration", "reason", "invitation", "anniversary", "format", "document", "statement"}


def _needed(slot: set[int], kinds: dict[int, str], content: bool) -> float:
    """How close to the sentence an asked entity must be: a person or organisation in it, its
    paragraph, or among the people its article's events are about; a country anywhere in the article (every article names both); a city in the
    paragraph for a question about a meeting, in the article for one about a number, a reason …"""
    k = {kinds.get(a) for a in slot}
    if k <= {"country"}:
        return 0.35
    if k <= {"place", "country"}:
        return 0.35 if content else 0.6
    return 0.5


_EVENT_COUNT_STEMS = {stem(w) for w in "times meetings visits events talks calls trips sessions rounds conversations".split()}


_OWN_COUNT = lazy_re.compile(r"\(\d+ statements in my sources[^)]*\)")  # the reply's own count, no figure of an article


def _counts(ans: Answer) -> bool:
    """A count of meetings or visits the facts made ("2 meetings in my sources …")."""
    return bool(re.match(r"(Yes, )?\d+ \w+", ans.headline))


def _fits_type(ans: Answer, plan: Plan) -> bool:
    """Can the fact answer's head line answer a how-long, how-many or which-anniversary question at
    all: a span of days, a count or a figure, an anniversary, an invitation? An event line "X called
    Y on 30 October" cannot."""
    if plan.answer_type == "duration":
        return bool(re.search(r"\d\s*(–|-|to)\s*\d|\b(days?|nights?|weeks?|hours?|minutes?)\b", ans.headline))
    if plan.answer_type == "number":
        if plan.focus and stem(plan.focus) in _EVENT_COUNT_STEMS:
            return True  # "how many meetings / times": a count of them, or the one meeting there was
        if _counts(ans):  # "3 events in my sources" does not count firms or days
            return plan.focus is None
        return has_figure(_OWN_COUNT.sub("", ans.headline))  # "on 3 December 2018" is a date, no figure
    if plan.answer_type == "anniversary":
        return bool(re.search(r"anniversar|\d+(st|nd|rd|th)\b|\b(years?|decades?) (since|of)\b", ans.headline))
    if plan.implied == "acceptance":  # "did X accept the invitation": a visit or statement line says nothing of it
        return bool(ACCEPTANCE.search(ans.text))
    if plan.answer_type == "invitation":  # "at whose invitation": a visit line names no host who invited
        return bool(re.search(r"\binvit", ans.text, re.I))
    return True


@dataclass
class Choice:
    """What the decision weighs for one question: the fact answer (claim-checked), the ranked
    sentences, and either a settled answer or the feature vector of the best sentence."""

    fact: Answer
    plan: Plan
    ranked: list[Ranked]
    terms: list[str]
    settled: Answer | None = None
    why: str = ""  # what settled it
    x: list[float] | None = None


def prepare(store: StoreMemo, fact: Answer, q: Question, found: Found, kinds: dict[int, str], total: int,
            vocab: list[str] | None) -> Choice:
    """Everything up to the calibrated decision; hard evidence settles the answer here."""
    conn = store.conn
    untitled = is_profile(fact) and "(" not in fact.headline  # a profile that names no post
    fact = check_claims(conn, fact, store.claim_ok)
    plan = holders.apply(answer_class.known_noun(make_plan(q, found), store), q, conn, kinds)
    if plan.role_dropped or plan.post_of and untitled and not holders.quotes_post(fact, plan, store.name_forms):
        fact = _contradicted(fact)  # a profile of whom the role was misread as, or one without the post asked
    early = settled_early(conn, fact, q, plan, kinds)
    if early:
        return Choice(fact, plan, [], [], settled=fact, why=early)
    repaired = repair_terms(store, plan.terms, vocab)
    if (off := off_subject_asked(q, fact)) or _firm_decline(fact, repaired[1]) or _unknown_name(q, repaired[1]):
        return Choice(fact, plan, [], repaired[0], settled=fact, why="off subject" if off else "unknown name")
    plan, ranked, cooccur, terms, unknown = rank_question(store, q, found, kinds, total, vocab, plan, repaired)
    by_text = plan.answer_type in CONTENT_TYPES or plan.answer_type == "other"
    ranked, emptied = checks.apply(conn, q, plan, ranked, terms, kinds, by_text, unknown, store.sentence_facts)
    preceding.fill_before(conn, [r.cand for r in ranked[:rerank.RERANK]], store.before)  # what the re-ranking reads around each
    ranked, emptied = preferences.reorder(conn, q, plan, ranked, terms, kinds, unknown, emptied)
    if (q.weekday is not None or q.date_lo) and fact.answered and not checks.fact_on_date(conn, fact, q, by_text):
        emptied = emptied or "date"  # the fact answer quotes only sentences of other dates than asked
        fact = _contradicted(fact)
    places = [slot for slot in plan.slots if slot and all(kinds.get(a) == "place" for a in slot)]
    if places and fact.answered and not checks.fact_in_place(conn, fact, places):
        emptied = emptied or "place"  # the fact answer quotes only sentences about another city
        fact = _contradicted(fact)
    if (fmt := format_checks.asked_format(q)) and fact.answered and not format_checks.fact_in_format(conn, fact, fmt):
        emptied, fact = emptied or "format", _contradicted(fact)  # it quotes only calls for "in person"
    choice = Choice(fact, plan, ranked, terms)
    for why, hit in (("never together", not cooccur), (f"no sentence with the {emptied} asked", emptied and not ranked),
                     ("no sentence", not ranked)):
        if hit:
            choice.settled, choice.why = fact, why
            return choice
    best = ranked[0]
    content = plan.answer_type in CONTENT_TYPES or plan.speaker_asked
    away = [({kinds.get(a) for a in slot}, fold(words or "")) for slot, got, hard, words
            in zip(plan.slots, best.slots, plan.hard, plan.slot_words) if hard and got < _needed(slot, kinds, content)
            and not (got > 0 and place_setting.is_setting(conn, best.cand, slot, kinds))  # the article's scene
            and not asked_near.written_in(best.cand.text, words)  # named there, though no actor is tied
            and not (got > 0 and asked_near.article_subject(conn, best.cand, slot, kinds))]  # written around
    profile = is_profile(fact)
    in_top = fact.answered and not profile and bool(set(quoted_ids(fact)) & {r.cand.sentence_id for r in ranked[:3]})
    if fact.answered and not profile and quoted_ids(fact)[:1] == [best.cand.sentence_id] and _fits_type(fact, plan):
        choice.settled, choice.why = fact, "fact line on the best sentence"
        return choice
    choice.x = _features(store, choice, q, kinds, unknown, away, content, profile, in_top)
    return choice


def _features(store: StoreMemo, choice: Choice, q: Question, kinds: dict[int, str], unknown: list[str],
              away: list[tuple[set[str | None], str]], content: bool, profile: bool, in_top: bool) -> list[float]:
    """The decision's feature vector for the best sentence (knowledge/answer/decision.py); `away`: the
    kinds and words of the entities asked that the sentence is too far from."""
    fact, plan, ranked, terms = choice.fact, choice.plan, choice.ranked, choice.terms
    best = ranked[0]
    people = any(any(kinds.get(a) not in ("place", "country") for a in slot) for slot in plan.slots)
    quoted = set(quoted_ids(fact))
    mine = [r for r in ranked if r.cand.sentence_id in quoted] if fact.answered else []
    fact_rank = (mine[0].coverage, (best.score - mine[0].score) / 2.0) if mine else (0.0, 1.5)
    return decision.vector(best, ranked[1] if len(ranked) > 1 else None, plan, len(unknown) if q.lang == "en"
                               else 0, fact.answered and not profile, profile, in_top, people, content, q.lang, bool(away), _counts(fact), fact_rank,
                               negative_asked(q, fact, plan, kinds, best),
                               sentence_fit.key_missing(store, terms, best), decision.only_bodies(away, people) and beyond_event(plan.terms),
                               date_conflict.conflicts(store.conn, q.raw, best.cand),
                               (detail_conflict.number_conflict(q.raw, best.cand.text),
                                detail_conflict.gift_unwritten(q.raw, best.cand.text),
                                detail_conflict.reader_frame(q.raw, best.cand.text),
                                detail_conflict.place_conflict(store.conn, q.raw, plan, kinds, best.cand)),
                           (sentence_fit.year_unwritten_around(q.raw, store.conn, best.cand),
                            sentence_fit.off_question(q.raw, [*terms, *unknown, *plan.slot_words,
                                                              *sentence_fit.asked_names(store, plan)], best.cand.text)))


def _contradicted(fact: Answer) -> Answer:
    """The fact answer marked as contradicted by the date asked (fallback declines it)."""
    out = replace(fact)
    out._contradicted = True  # type: ignore[attr-defined]
    return out


def decide(store: StoreMemo, fact: Answer, q: Question, found: Found, kinds: dict[int, str], total: int,
           vocab: list[str] | None, cite, texts) -> Answer:
    """Choose between the fact answer and the best retrieved sentence."""
    conn = store.conn
    if place := unwritten_place(conn, q, found):
        return texts.decline(f"My sources don't mention “{place}”.")
    choice = prepare(store, fact, q, found, kinds, total, vocab)
    if choice.settled is not None or _type_missing(choice, store, kinds, q):
        ans = fallback(choice, texts)
    elif decision.answer_from_sentence(choice.x) or doer_named.said(choice.plan, choice.ranked[0], q.tokens) \
            or decision.all_written(choice.ranked[0], choice.terms, choice.plan.answer_type, choice.plan.yesno) or _first_said(choice) or _agent_said(choice) \
            or acceptance_said(choice, kinds) or sides.said(choice, q.raw, kinds) or period_asked.said(choice, q.raw) or span_said.said(choice):
        line = fact_line(store, choice.ranked[0].cand.sentence_id, choice.plan, texts)
        ans = yesno_subject.with_subject(retrieval_answer(choice.ranked, choice.terms, choice.plan.answer_type, cite,
                                                          line, lambda c: _sentence_before(conn, c)),
                                         choice.ranked, choice.plan, kinds, cite)  # "was X at …": X's sentence too
    else:
        ans = fallback(choice, texts)
    ans = shown_first.settled(conn, q, choice.plan, kinds, choice.ranked, ans, lambda better: retrieval_answer(
        better, choice.terms, choice.plan.answer_type, cite, fact_line(store, better[0].cand.sentence_id, choice.plan,
                                                                       texts), lambda c: _sentence_before(conn, c)))
    if ans is None:
        return texts.decline(NOT_FOUND)  # "what is the name of the ambassador": no sentence names one
    if content_asked.unwritten(q.raw, q.tokens, ans):
        return texts.decline(NOT_FOUND)  # "what did X and Y discuss" and the quotes only say that they met
    if ans.answered and _asks_year(q) and not _YEAR.search(ans.text):
        return texts.decline(NO_YEAR)  # "in which year …" and neither the line nor its sources give one
    if checks.no_meeting_decline(ans) and beyond_event(choice.plan.terms):
        return texts.decline(NOT_FOUND)  # "who presented X with a prize": not "no meeting of X's"
    if head := decline_head(store, q, found.claimed, choice.plan, kinds, vocab, ans, choice.why, texts.name):
        return texts.decline(head)  # the meeting asked is not there and then; the thing asked no article has
    return year_written.note_no_year(conn, q, ans, texts, NOT_FOUND)


def _sentence_before(conn: sqlite3.Connection, cand) -> tuple[int, str] | None:
    """The sentence before a candidate in its article (id, text), when it names a person: the one
    its opening "He" or "the two sides" points back to (a sentence about a deal names nobody); or
    whatever it names, when the reason is there ("this is why") or its subject is ("That would …")."""
    if cand.position <= 0:
        return None
    named = "" if reasons.reason_before(cand.text) or points_to_thing(cand.text) else (" AND EXISTS (SELECT 1 FROM"
        " sentence_actors sa JOIN actors a ON a.id = sa.actor_id WHERE sa.sentence_id = s.id AND a.kind = 'person')")
    return conn.execute("SELECT s.id, s.text FROM sentences s WHERE s.source_id = ? AND s.position = ?" + named,
                        [cand.source_id, cand.position - 1]).fetchone()


_YEAR = lazy_re.compile(r"\b(19|20)\d\d\b")
NO_YEAR = "My sources don't give the year of that: the article that reports it gives no year."


def _asks_year(q: Question) -> bool:
    """'In which year …', 'năm nào', 'в каком году': read as 'which / what year'."""
    return any(a in ("which", "what") and b == "year" for a, b in zip(q.tokens, q.tokens[1:]))


def _type_missing(choice: Choice, store: StoreMemo, kinds: dict[int, str], q: Question) -> bool:
    """A how-many or how-long question whose best sentence writes no figure or span, a "which
    Russian city" one whose best sentence names no place of that country, or a "which bank / airline"
    one whose best sentence names no organisation at all beyond the question's (answer_class.py), a "did X
    accept the invitation" one whose best sentence writes no acceptance (question/acceptance.py), or one asking
    a measure or an act's doer the best sentence writes no word of (asked_detail.py) cannot be answered from it."""
    plan, best = choice.plan, choice.ranked[0]
    missing = asked_detail.unwritten(q.raw, q.tokens, best.cand.text, asked_detail.around(store.conn, choice.ranked), best.cand.before)
    if best.typed or missing:
        return missing
    return plan.answer_type in MUST_SHOW or bool(plan.place_country) or plan.implied == "acceptance" or answer_class.names_none(
        plan, best.cand, kinds, {a for slot in plan.slots for a in slot}, store.name_forms)


def _agent_said(choice: Choice) -> bool:
    """'Who organised / signed X' and the best sentence writes X's agent after "by", in the sentence of
    every entity asked by name: that answers it."""
    best = choice.ranked[0] if choice.ranked else None
    return bool(choice.plan.agent) and best is not None and holders.agent_written(best.cand.text, choice.plan.agent) \
        and all(got == 1.0 for got, hard in zip(best.slots, choice.plan.hard) if hard)


def _first_said(choice: Choice) -> bool:
    """'Had X been to Y before?' and a sentence of the article on X and Y says it was the first: that answers it."""
    best = choice.ranked[0] if choice.ranked else None
    return choice.plan.first and best is not None and min(best.slots or [1.0]) >= 0.35  # in its article


NOT_FOUND = "My sources don't answer that: no passage of my articles fits everything the question asks."


def fallback(choice: Choice, texts) -> Answer:
    """The answer when the best sentence is not taken: the settled or fact answer, except that a
    fact answer that retrieval contradicts — sentences were found, but none on the date asked or
    reporting the act asked, or the people asked never named together, or no sentence at all for a
    question neither about what someone said nor answered from events (counts, a day's events), or a
    summary of who someone is for a question that asks more — is declined rather than stated beside
    the question."""
    ans = choice.settled if choice.settled is not None else choice.fact
    if ans.answered and (choice.why.startswith("no sentence with the") or choice.why == "never together"
                         or choice.why == "no sentence" and not choice.plan.speaker_asked
                         and not getattr(ans, "_events", None)
                         or getattr(ans, "_contradicted", False) or not _fits_type(ans, choice.plan)
                         or is_profile(ans) and not asks_post(choice.plan)):
        return texts.decline(NOT_FOUND)
    return ans


def fact_line(store: StoreMemo, sentence_id: int, plan: Plan, texts) -> str | None:
    """The chosen sentence's own fact as the head line: its event for who/when/where questions, its
    statement for what someone said."""
    conn = store.conn
    if plan.answer_type in decision.EVENT_TYPES:
        return event_line(store, sentence_id, plan, texts.event)
    if plan.speaker_asked or plan.answer_type == "statement":
        asked = set().union(*plan.slots) if plan.slots else set()
        rows = list(conn.execute("SELECT id, speaker_id FROM statements WHERE sentence_id = ?"
                                 " AND speaker_id IS NOT NULL ORDER BY id", [sentence_id]))
        for st_id, _speaker in sorted(rows, key=lambda r: r[1] not in asked):
            return texts.statement(st_id)
    return None


def event_line(store: StoreMemo, sentence_id: int, plan: Plan, event_text) -> str | None:
    """The structured line ("X met Y in Z on D.") of the chosen sentence's own event: one with every
    person asked about among its participants (a dated one first), confident, and bearing the claim
    check against the sentence; None when no event of the sentence qualifies."""
    conn = store.conn
    rows = list(conn.execute("SELECT id, date IS NOT NULL FROM events WHERE sentence_id = ? AND confidence >= ?"
                             " ORDER BY date IS NULL, confidence DESC, id", [sentence_id, LOW_CONFIDENCE]))
    for event_id, _dated in rows:
        parts = {r[0] for r in conn.execute("SELECT actor_id FROM event_participants WHERE event_id = ?", [event_id])}
        if all(slot & parts for slot, hard in zip(plan.slots, plan.hard) if hard) and store.claim_ok(event_id):
            return event_text(event_id, [a for slot in plan.slots for a in sorted(slot)])
    return None


def _firm_decline(fact: Answer, unknown: list[str]) -> bool:
    """A fact decline that retrieval cannot overturn: a name none of the articles contains. A role
    no stored title fits ('the departing Russian ambassador') is searched for by its words: titles
    are read from the articles incompletely; so is a pronoun nobody asked before stands for."""
    if fact.answered:
        return False
    if fact.headline.startswith(_NAME_DECLINE):
        m = re.search(r"“([^”]+)”", fact.headline)
        words = fold(m.group(1)).split() if m else []
        return not words or any(w in unknown for w in words)
    return False


class Retrieval:
    """The per-store lookups retrieval needs (actor kinds, sentence count, vocabulary), read once."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.store = StoreMemo(conn)
        self._kinds: dict[int, str] | None = None
        self._total: int | None = None
        self._vocab: list[str] | None = None

    @property
    def kinds(self) -> dict[int, str]:
        if self._kinds is None:
            self._kinds = {r[0]: r[1] for r in self.conn.execute("SELECT id, kind FROM actors")}
        return self._kinds

    @property
    def total(self) -> int:
        if self._total is None:
            self._total = self.conn.execute("SELECT count(*) FROM sentences").fetchone()[0]
        return self._total

    @property
    def vocab(self) -> list[str]:
        """The store's (stemmed) words, for repairing typos in a question's words."""
        if self._vocab is None:
            try:
                self._vocab = [r[0] for r in self.conn.execute(
                    "SELECT term FROM passages_vocab WHERE length(term) >= 4")]
            except sqlite3.Error:
                self._vocab = []
        return self._vocab

    def decide(self, fact: Answer, q: Question, found: Found, cite, texts) -> Answer:
        """`texts`: the fact answerers' wording (.event(id, focus), .statement(id)) for head lines."""
        return decide(self.store, fact, q, found, self.kinds, self.total, self.vocab, cite, texts)

