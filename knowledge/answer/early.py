"""Fact answers that stand without the ranked search, and fact declines that no search can overturn:
a who/when/where line whose events give what is asked about everyone the question names, what the
asked parties agreed, who someone is; no such visit or agreement where every one of the asked
people's was looked at. Anything short of that is for the search and the calibrated decision."""

from __future__ import annotations

import re
import sqlite3

from knowledge import lazy_re
from knowledge.answer import act_written, checks, decision, presence_asked
from knowledge.answer.compose import points_back
from knowledge.answer.intent import Plan
from knowledge.answer.rank import Ranked, term_matcher
from knowledge.answer.retrieve import stem
from knowledge.answer.support import KIND_NOUNS, beyond_event
from knowledge.facts import Answer
from knowledge.match.roles import TITLE_WORDS
from knowledge.names import fold
from knowledge.question import Question

NEGATIVE = "My sources don't report"  # the fact answerers looked for the event or agreement and found none
_OCCASION = lazy_re.compile(r"\b(on the occasion of|during|as part of|within the framework of|on the sidelines of|to attend)\b")
_POST_WORDS = {"position", "positions", "post", "posts", "role", "roles", "hold", "holds", "title", "titles", "job",
               "office", "occupy", "rank", "government", "goverment", "report", "currently", "now"}


# what the fact answerers' declines say they looked for: a statement, an agreement or signing, else an event
_SAID_NEG = lazy_re.compile(r"\bsaying anything\b")
_DEAL_NEG = lazy_re.compile(r"\b(signing anything|agreeing on anything|anything signed|an agreement)\b")


# a meeting verb as questions ask it (its stem) and as news writes it
_MEETING_WRITTEN = {"talk": r"talks?", "meet": r"(met|meet|meets|meeting)", "met": r"(met|meet|meets|meeting)",
                    "receiv": r"receiv\w*", "welcom": r"welcom\w*", "host": r"host(s|ed|ing)?", "greet": r"greet\w*"}


def _acts_asked(table: dict[str, str], terms: list[str]) -> set[str]:
    """The written forms (patterns) of the acts whose stems the question's terms start with."""
    return {v for t in terms for k, v in table.items() if t.startswith(k) and not t.startswith("touris")}


def _any_written(patterns: set[str], text: str) -> bool:
    return any(re.search(r"\b" + v + r"\b", text, re.I) for v in patterns)


def meeting_written(terms: list[str], text: str) -> bool:
    """Does the sentence write the meeting verb the question asks ("who did X hold talks with" and
    "X held talks with Y")? Then it reports the meeting itself, whatever the events table holds."""
    return _any_written(_acts_asked(_MEETING_WRITTEN, terms), text)


def _about_the_asked(best: Ranked, plan: Plan, kinds: dict[int, str]) -> bool:
    """Does the sentence name every person asked, or open by pointing back to one ("She made the
    remark when meeting …")? A meeting of others in the same article ("Trọng said while meeting
    Lavrov" for "who did Medvedev meet") is no meeting of theirs."""
    named = all(got >= 1.0 for slot, got, hard in zip(plan.slots, best.slots, plan.hard)
                if hard and any(kinds.get(a) == "person" for a in slot))
    return named or points_back(best.cand.text)


def negative_asked(q: Question, fact: Answer, plan: Plan, kinds: dict[int, str],
                   best: Ranked | None = None) -> bool:
    """Is the fact answerers' decline ("My sources don't report X meeting anyone", "… saying
    anything about Y") about what the question asks? Their search for a meeting, visit or call is
    evidence against answering a question that names one ("who did X hold talks with in Hanoi",
    "did X visit Y"), or that puts a person named in a city or at a time ("why was X in Hanoi in
    March 2020"), names two people ("when did X present Y with the medal") or asks who dealt with
    one ("who presented X with a prize"): it asks about their presence or meeting, whatever its verb. A question routed to them for its place or bodies
    ("where is Irkutsk", "what is the relationship between A and B") asks something else, which a
    sentence may tell whatever the events hold. Likewise no agreement found weighs on a question
    about an agreement, no statement on one about what someone said. No meeting found is no evidence
    against a "who did X meet" answered by the `best` sentence (Ranked) writing that meeting of X's: the
    event was missed. Nor is it against a "when / where / who" question whose best sentence writes the
    kind of answer asked beside every entity asked ("when did X's message go to Y" and "Y received X's
    message on June 12"): the answerers looked for a meeting the question does not ask about."""
    if fact.answered or not fact.headline.startswith(NEGATIVE):
        return False
    if best is not None and _answer_written(best, plan):
        return False
    if best is not None and plan.answer_type == "person" and meeting_written(plan.terms, best.cand.text) \
            and _about_the_asked(best, plan, kinds):
        return False
    if best is not None and act_written.written(q.tokens, best.cand.text):
        return False  # "X spoke to TASS" for "which agency did X speak to": the act itself is written
    if _SAID_NEG.search(fact.headline):
        return q.kind == "said"
    if _DEAL_NEG.search(fact.headline):
        return q.kind == "agreed"
    if q.yesno and not presence_asked.asks_presence(q):
        return False  # "is Dung Quat one of the refineries in Vietnam": no visit is asked
    people = checks.named_people(plan, kinds)
    placed = q.date_lo or any(slot and all(kinds.get(a) == "place" for a in slot) for slot in plan.slots)
    return q.event_family is not None or q.yesno or people >= 2 or people == 1 and (
        bool(placed) or plan.answer_type == "person")


def asks_post(plan: Plan) -> bool:
    """Does the question ask only who someone is or what post they hold ("who is X", "what post
    does X hold"), which a profile of X answers?"""
    return all(t in TITLE_WORDS or t in _POST_WORDS for t in plan.terms)


def is_profile(ans: Answer) -> bool:
    """The fact answerers' fallback summary of a person or place, not an answer to what was asked."""
    return bool(re.search(r": in \d+ of my articles", ans.headline))


def settled_early(conn: sqlite3.Connection, fact: Answer, q: Question, plan: Plan, kinds: dict[int, str]) -> str:
    """Fact answers that stand without a search (why, or '' when a search must decide)."""
    if plan.first or plan.implied == "acceptance":
        return ""  # 'had X been to Y before', 'did X accept': the visit answerers cannot tell; a sentence can
    if not fact.answered:
        if fact.headline.startswith(NEGATIVE) and plan.yesno and q.event_family and _people_by_name(plan, kinds):
            return "no such visit"  # 'did X visit Y': every visit and meeting of X's was looked at
        if fact.headline.startswith(NEGATIVE) and q.kind == "agreed" and not _promised(plan) \
                and checks.named_people(plan, kinds) >= 2 and not agreement_told(conn, plan, kinds):
            return "no such agreement"  # 'what did X and Y agree': their agreements were looked at
        return ""
    if q.kind == "profile" and plan.answer_type != "character" and asks_post(plan) \
            and not getattr(fact, "_contradicted", False):  # (a misread role, a profile without the post asked)
        return "who someone is"  # "who is X", "who is the Russian envoy": not "who is keen to travel"
    if plan.answer_type == "person" and is_profile(fact) and not asks_post(plan):
        return ""  # "who is the Russian minister who visited Hanoi": a summary of him is no answer, a sentence may be
    if getattr(fact, "_events", None) and not beyond_event(plan.terms) and (plan.answer_type in decision.EVENT_TYPES or (
            plan.answer_type == "reason" and _OCCASION.search(fact.headline))) and _events_tell(conn, fact, plan, kinds) \
            and not (is_profile(fact) and not asks_post(plan)):  # (who someone is: only a post asked)
        return "checked event line"  # a who/when/where line that passed the claim check
    if getattr(fact, "_events", None) and q.kind == "agreed" and not plan.focus and not _promised(plan) and not any(
            stem(t) == "sign" for t in plan.terms):  # 'which agreements did they sign': a signing, not what they agreed
        return "agreement line"  # what the asked parties agreed, from their agreement events
    return ""


def _people_by_name(plan: Plan, kinds: dict[int, str]) -> bool:
    """Is every person the visit answerers looked for named by name in the question? A role ("the
    Vietnamese envoy", "according to the rector") may stand for someone other than the one asked
    about, and that one's missing visit settles nothing."""
    named = [slot for i, slot in enumerate(plan.slots) if checks.by_name(plan, i)]
    return all(checks.by_name(plan, i) or any(slot & other for other in named)  # "Ambassador X": X's title
               for i, slot in enumerate(plan.slots) if any(kinds.get(a) == "person" for a in slot))


_PROMISE_STEMS = {stem(w) for w in ("pledge", "pledged", "promise", "promised", "commit", "committed", "vow", "vowed")}


def _promised(plan: Plan) -> bool:
    """'What did X pledge / promise / commit to': what one side undertook, which a sentence says (often
    as a statement); the agreements of both sides neither answer it nor rule it out."""
    return any(stem(t) in _PROMISE_STEMS for t in plan.terms)


def _events_tell(conn: sqlite3.Connection, fact: Answer, plan: Plan, kinds: dict[int, str]) -> bool:
    """Do the fact answer's events give the place a 'where' asks, and are they about every person a
    name asked may stand for? 'Where did X meet Y' answered by a meeting
    with no place, or 'who met Son' by the meetings of one of two people called Son, is for the search
    to settle."""
    ids = list(getattr(fact, "_events", None) or [])
    marks = ",".join("?" * len(ids))
    if plan.answer_type == "place" and not conn.execute(
            f"SELECT 1 FROM events WHERE id IN ({marks}) AND place_id IS NOT NULL LIMIT 1", ids).fetchone():
        return False  # (an undated event has its article's date: "reported 15 October 2023" answers 'when')
    shared = [slot for slot, hard, words in zip(plan.slots, plan.hard, plan.slot_words)
              if hard and sum(kinds.get(a) == "person" for a in slot) > 1 and _a_name(words)]
    if not shared:
        return True  # (no name asked that several people bear: the participants need not be read)
    parts = {a for a, in conn.execute(f"SELECT actor_id FROM event_participants WHERE event_id IN ({marks})", ids)}
    return all(slot <= parts for slot in shared)


def _a_name(words: str) -> bool:
    """Is a slot named by a name ("Son"), not by a role ("the Russian ambassador", which the
    events resolve to the one holding it then)?"""
    toks = fold(words).split()
    return bool(toks) and toks[0] != "the" and not TITLE_WORDS & set(toks)


# what two people agreeing or signing is written as ("X and Y signed a memorandum", "agreed to prolong")
_DEAL_STEMS = {stem(w) for w in "agreement deal document documents reach reached commit".split()}
_AGREED_RX = lazy_re.compile(r"\b(agree[ds]?|signed|sign|signatures?|pledged?|committ?(ed|s)?|concurred?|vowed)\b", re.I)
_SIGNED_RX = lazy_re.compile(r"\b(sign(ed|ing|s)?|signatures?|inked)\b", re.I)
# a sentence about the people named before it, together ("the two generals put their signatures to …")
_BOTH_RX = lazy_re.compile(r"\b(the two|both) (sides|leaders|ministers|generals|officials|delegations|parties|heads|men|"
                      r"women|chiefs|ministries|governments)\b|^\W*They\b", re.I)


def agreement_told(conn: sqlite3.Connection, plan: Plan, kinds: dict[int, str]) -> bool:
    """Does a sentence tie every person asked and write that they agreed or signed, where the loader
    stored no agreement of theirs ("Hung and Degtyarev signed a memorandum of understanding …"), or
    does a sentence of an article of theirs that ties no one say that the two of them did the act
    asked ("The talks ended with the two generals putting their signatures to …")? Then the search
    decides, not the missing agreement fact."""
    common: set[int] | None = None
    articles: set[int] | None = None
    for slot, hard in zip(plan.slots, plan.hard):
        if not hard or not any(kinds.get(a) == "person" for a in slot):
            continue
        marks = ",".join("?" * len(slot))
        rows = list(conn.execute(f"SELECT sa.sentence_id, s.source_id FROM sentence_actors sa JOIN sentences s"
                                 f" ON s.id = sa.sentence_id WHERE sa.actor_id IN ({marks})", sorted(slot)))
        got, srcs = {r[0] for r in rows}, {r[1] for r in rows}
        common = got if common is None else common & got
        articles = srcs if articles is None else articles & srcs
    if not articles:
        return False
    texts = [t for t, in conn.execute(f"SELECT text FROM sentences WHERE id IN ({','.join('?' * len(common))})",
                                      sorted(common))] if common else []
    act = _SIGNED_RX if any(stem(t) == "sign" for t in plan.terms) else _AGREED_RX
    texts += [t for t, in conn.execute(
        f"SELECT s.text FROM sentences s WHERE s.source_id IN ({','.join('?' * len(articles))}) AND NOT EXISTS"
        " (SELECT 1 FROM sentence_actors sa JOIN actors a ON a.id = sa.actor_id WHERE sa.sentence_id = s.id"
        " AND a.kind = 'person')", sorted(articles)) if _BOTH_RX.search(t) and act.search(t)]
    # beyond the act, what was agreed on ('on tourism', 'the joint venture'): one of its words, if asked
    rest = [t for t in plan.terms if not _AGREED_RX.fullmatch(t) and stem(t) not in checks.ACT_STEMS | _DEAL_STEMS
            and t not in KIND_NOUNS]
    about = term_matcher(rest) if rest else None
    return any(_AGREED_RX.search(t) and (about is None or max(about(t)) >= 0.9) for t in texts)


_MET = r"(met|meet\w*|talks?|receiv\w*|receptions?|welcom\w*|host\w*|greet\w*|sessions?|audience)"
_WENT = r"(visit\w*|trips?|travel\w*|tour(s|ed|ing)?|arriv\w*|journey\w*)"  # not "tourism"
_CALLED = r"(calls?|phoned|phone\w*|telephone\w*|conversations?)"  # not "called for"
_EVENT_WRITTEN = {"meet": _MET, "met": _MET, "talk": _MET, "receiv": _MET, "welcom": _MET, "host": _MET,
                  "greet": _MET, "visit": _WENT, "trip": _WENT, "travel": _WENT, "tour": _WENT, "arriv": _WENT,
                  "call": _CALLED, "phone": _CALLED, "telephon": _CALLED}


def _answer_written(best: Ranked, plan: Plan) -> bool:
    """Does the best sentence write the date, place or person asked (its `typed`) in the sentence
    of every entity the question names? Then it tells the event itself, whatever the answerers missed.
    When the question asks a meeting, visit or call ("when did X visit Y in 2020"), the sentence must
    write an act of that family (received / hosted / talks; visited / arrived; phoned): another
    event's date is no reply to a premise no event bears out."""
    if plan.answer_type not in ("date", "place", "person") or plan.yesno or not best.typed \
            or not best.slots or min(best.slots) < 1.0:
        return False
    asked = _acts_asked(_EVENT_WRITTEN, plan.terms)
    return not asked or _any_written(asked, best.cand.text)
