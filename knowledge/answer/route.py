"""Which answerer takes a question: first the reasons to decline at once (an unknown word, person or
role), then the question's kind, people, places and topics. A pronoun nobody stands for ("what
did he say about the pipeline?") is no reason: the question is searched as one naming no one."""

from __future__ import annotations

from knowledge import reply
from knowledge.answer import (agreements, event_answer, intent, plan, presence_asked, profile, relationship, said,
                              translated_unwritten)
from knowledge.answer.intent import SAY_ONE
from knowledge.answer.support import beyond_event
from knowledge.facts import Answer
from knowledge.match import Found
from knowledge.names import DEMONYMS, fold
from knowledge.question import Question, RELATION_WORDS


EVENT_KINDS = ("who_met", "when", "where", "occasion", "visit", "met")


def answer(eng, q: Question, found: Found, topics: list[str], topic_idx: set[int], frame) -> Answer:
    """The planned question's answer: a decline at once when it names what no article knows, else
    the answer of the answerer its kind, people, places and topics call for."""
    unknown = plan.unknown_terms(eng, q, found, topic_idx) if not frame.from_context else []
    persons, places = plan.slots(eng, frame.mentions)
    refusal = _refusal(eng, q, found, topic_idx, frame, unknown, persons)
    if refusal:
        return eng._decline(refusal, found, topics, frame)
    ans = _dispatch(eng, q, found, topics, frame, persons, places)
    if ans.answered and not frame.from_context and (q.kind != "profile" or not persons) and (
            words := translated_unwritten.unwritten_words(eng, q, found, topic_idx)):
        return eng._decline(f"My sources don't mention “{' '.join(words[:3])}”.", found, topics, frame)
    if ans.answered and (higher := relationship.higher_quoted(q, ans.citations)):
        return eng._decline(f"My sources quote only the {higher}.", found, topics, frame)
    return ans


def _role_text(role: str) -> str:
    """The asked role as a reader writes it: its words come folded from the question, but a
    nationality or country is capitalised ("the Russian ambassador", "the North Korean envoy"), and a
    country a Vietnamese question puts after its noun ("đại sứ Lào") is written "of Laos"."""
    folded = role.split()
    words = list(folded)
    for i, w in enumerate(folded):
        pairs = (" ".join(folded[i : i + 2]), " ".join(folded[max(i - 1, 0) : i + 1]))
        if w in DEMONYMS or any(p in DEMONYMS for p in pairs):
            words[i] = w.capitalize()
        elif w in _COUNTRIES:
            words[i] = _COUNTRIES[w]
    if len(words) > 1 and words[-1] in _COUNTRIES.values():
        words[-1:] = ["of", words[-1]]
    return " ".join(words)


_COUNTRIES = {fold(c): c for c in DEMONYMS.values() if " " not in c}


def _refusal(eng, q: Question, found: Found, topic_idx: set[int], frame, unknown: list[str],
             persons: list[set[int]]) -> str | None:
    """Why the question cannot be answered from the store at all (an unknown role, word or
    person), as the decline's first line; None if none."""
    if found.unknown_roles:
        return f"My sources don't say who the {_role_text(found.unknown_roles[0])} is."
    stranger = plan.unknown_person(eng, q, found, topic_idx) if not frame.from_context and frame.kind != "profile" \
        else None
    if unknown and (q.kind != "profile" or not persons) and not (
            stranger and any(u in fold(stranger).split() for u in unknown)):
        term = " ".join(unknown[:3])
        return f"My sources don't mention “{term}”."
    if stranger:
        # "Who did Dũng meet?" with no Dũng among the actors: never someone else's meetings
        return f"My sources name no one called “{stranger}”."
    return None


# what a question about the day's or the place's events may say beyond its place and date
_EVENT_WORDS = {"event", "events", "place", "places", "there", "going", "on"}


def _asks_events(q: Question, found: Found) -> bool:
    """Does a question that names no one ask what happened at a place or date ("What happened in
    Hanoi?"), not something else found there ("how many sailors were on the ships at Cam Ranh")?
    Only then do the events answer it; a question that asks for a figure, a name or anything
    beyond the events is searched for, never declined as "no meeting there"."""
    kind, _said = intent.answer_type(q)
    return kind in ("other", "yesno", "date", "place") and not _beyond_events(q, found)


def _beyond_events(q: Question, found: Found) -> bool:
    """Does the question search for words beyond a meeting's or visit's ("when did Vladivostok Air
    open flights to Cam Ranh")?"""
    return beyond_event([t for t in intent.make_plan(q, found).terms if t not in _EVENT_WORDS])


def _names_someone(eng, persons: list[set[int]]) -> bool:
    """Does the question name a person (not only an organisation, a place or a country)?"""
    return any(eng.index.kind(a) == "person" for slot in persons for a in slot)


def _dispatch(eng, q: Question, found: Found, topics: list[str], frame, persons: list[set[int]],
              places: list[set[int]]) -> Answer:
    """The answerer for the question's kind; shapes that name no kind go by who and what they name."""
    kind = frame.kind
    people = [p for p in persons if eng._is_person(p)]
    words = set(q.tokens)
    if not people and not found.groups and not frame.event_ids and kind in ("when", "other", "relationship") and (
            words & RELATION_WORDS) and not q.date_lo:
        # "When was the comprehensive strategic partnership established?": no one met anyone. A start
        # word alone ("when was Vietsovpetro founded", "when will the trials begin") asks the start of
        # something else: the relations' start date never answers it, the search may
        return relationship.answer(eng, q, persons, places, found, topics, frame)
    if kind == "profile" and topics and not people:
        # "Tell me about trade between Vietnam and Russia": the topic, not the countries
        return said.answer(eng, q, persons, places, found, topics, frame)
    if kind in ("other", "profile") and q.yesno and people and places and presence_asked.asks_presence(q):
        # "Was Putin in Hanoi?": any visit or meeting of his there
        return event_answer.answer(eng, q, "visit", persons, places, found, topics, frame, family="visit")
    if kind == "other" and not people and not topics and (q.date_lo or q.weekday is not None or places) \
            and not frame.from_context and _asks_events(q, found):
        # "What happened on 6 July 2022?", "What happened in Hanoi?"
        return event_answer.answer(eng, q, "who_met", persons, places, found, topics, frame)
    if kind in EVENT_KINDS and not _names_someone(eng, persons) and not found.groups and not frame.event_ids and not frame.from_context \
            and _beyond_events(q, found):
        # no person named, and more asked than a meeting ("who heads the commission", "when did the
        # airline open flights"): the search answers, the events cannot
        return eng._decline(reply.DECLINE, found, topics, frame)
    if kind in EVENT_KINDS:
        return event_answer.answer(eng, q, kind, persons, places, found, topics, frame)
    if kind == "said":
        return said.answer(eng, q, persons, places, found, topics, frame)
    if kind == "agreed":
        return agreements.answer(eng, q, persons, places, found, topics, frame)
    if kind == "relationship":
        if len(people) >= 2:
            return event_answer.answer(eng, q, "who_met", persons, places, found, topics, frame)
        return relationship.answer(eng, q, persons, places, found, topics, frame)
    if kind == "profile" and (persons or places):
        return profile.answer(eng, q, found, topics, frame)
    if persons and not topics:
        return profile.answer(eng, q, found, topics, frame)
    if topics and (persons or not q.explicit_kind) and asks_speech(q):
        return said.answer(eng, q, persons, places, found, topics, frame)
    # "How much oil did Vietsovpetro produce?": a body and a topic, but nothing said is asked; the
    # search answers it, and a "no statement" line would only stand in its way
    return eng._decline(reply.DECLINE, found, topics, frame)


# words that ask for what someone said or thinks beside the verbs of speech ("according to X",
# "in X's view", "how did X describe …")
_OPINION_WORDS = {"according", "view", "views", "opinion", "think", "thinks", "thought", "believe", "believes",
                  "describe", "described", "mention", "mentioned", "announce", "announced", "comment",
                  "commented", "remark", "remarks", "speak", "spoke", "explain", "explained", "discuss",
                  "discussed", "talk", "talked", "stance", "message", "speech", "words", "quote", "quoted",
                  "focus", "focused"}
# what follows "per" in a rate ("per kilogram"), not a source ("per Shoigu")
_RATE_UNITS = {"cent", "capita", "year", "annum", "month", "week", "day", "hour", "kilogram", "kg", "tonne", "ton",
               "litre", "barrel", "person", "head", "unit", "container", "share", "night", "trip", "flight"}


def asks_speech(q: Question) -> bool:
    """Does the question ask what someone said, thought or meant (a verb of speech or opinion), not a
    fact about a body or topic it names ("how many businesses took part in EXPO-2023")?"""
    toks = q.tokens
    per_source = any(t == "per" and i + 1 < len(toks) and toks[i + 1] not in _RATE_UNITS for i, t in enumerate(toks))
    return q.kind == "said" or intent.answer_type(q)[1] or per_source or bool(set(toks) & (SAY_ONE | _OPINION_WORDS))
