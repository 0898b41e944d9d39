"""The speaker filter of "what did X say / ask / promise" questions: X's own statements, sentences
naming X, or sentences pointing back at X ("He also asked …", "The visitor thanked …"), carrying the
question's other words. Split from checks.py, which applies it with the other constraints."""

from __future__ import annotations

import re
import sqlite3
from functools import lru_cache

from knowledge.answer.intent import Plan
from knowledge.answer.irregular_verbs import other_forms
from knowledge.answer.rank import Ranked, term_matcher
from knowledge.answer.retrieve import LEAD_PHRASE, PLURAL_BACK, refers_back, stem
from knowledge.match.roles import TITLE_WORDS
from knowledge.extract_statements import REPORT_VERBS
from knowledge.names import fold
from knowledge.question import Question


def known_coverage(r: Ranked) -> float:
    """The sentence's share of the question's words that some article has."""
    return r.coverage / r.known if r.known > 0 else 0.0


def _beyond_role(plan: Plan, terms: list[str], r: Ranked) -> bool:
    """With the words of a role no stored title fits set aside (role_ok looks for the role around
    the sentence and in its article), does the sentence carry half the question's other words
    ("asked" of "what did the deputy mayor ask the diplomat")?"""
    said = {stem(w) for role in plan.roles for w in (*" ".join(role.forms).split(), *role.mods,
                                                     *(role.place or "").split())}
    rest = [t for t in terms if stem(t) not in said]
    if not said or len(rest) == len(terms):
        return False
    return not rest or sum(term_matcher(rest)(r.cand.text)) >= 0.5 * len(rest)


def _writes_role(plan: Plan, i: int, r: Ranked) -> bool:
    """Slot i was named by a role ("the outgoing ambassador") that the sentence writes itself ('…,"
    the outgoing ambassador said'): the loader left it untied, but it names the one asked about."""
    words = fold(plan.slot_words[i]).split() if i < len(plan.slot_words) else []
    return not plan.hard[i] and bool(words) and words[-1] in TITLE_WORDS and re.search(
        r"\b" + re.escape(words[-1]) + r"\b", fold(r.cand.text)) is not None


def _no_person(plan: Plan, i: int, kinds: dict[int, str]) -> bool:
    """Is slot i a country, a place or a body, no person? Its sentence is often in the article's words
    for it ("Russian backing" for Moscow, "the corporation", "the province"), so the article naming it
    is enough."""
    return bool(plan.slots[i]) and not any(kinds.get(a) == "person" for a in plan.slots[i])


def _asks_many(q: Question, plan: Plan, kinds: dict[int, str]) -> bool:
    """Does the question ask what two or more people said together ("What did Miller and Triet talk
    about", "What did both deputy PMs promise")? Then "Both …", "They …", "The two men …" in their
    paragraph is theirs."""
    people = [slot for slot in plan.slots if any(kinds.get(a) == "person" for a in slot)]
    return len(people) >= 2 or bool(people) and bool({"both", "two", "they"} & set(q.tokens))


def _points_back(conn: sqlite3.Connection, r: Ranked, slot: set[int], kinds: dict[int, str]) -> bool:
    """The sentence's subject points back ("The visitor thanked …", "He pledged …"), the loader left
    it untied, it ties nobody else, and it points at the one asked about: for "the guest", "the
    visitor", "the host", whoever holds that role in the article's events, if any event gives
    roles; else the one speaker of the nearest sentence before that gives anyone, or the only person it names."""
    c = r.cand
    if not refers_back(c.text) or any(kinds.get(a) == "person" for a in c.ties):
        return False
    subject = fold(re.sub(r"^\W*" + LEAD_PHRASE, "", c.text, flags=re.I)).split()[:3]  # "For his part, the host …"
    role = next((w for w in subject if w in ("guest", "visitor", "visiting", "host")), None)
    if role is not None:
        holders = {a for (a,) in conn.execute(
            "SELECT p.actor_id FROM events e JOIN event_participants p ON p.event_id = e.id WHERE e.source_id = ?"
            " AND p.role = ?", [c.source_id, "host" if role == "host" else "visitor"]) if kinds.get(a) == "person"}
        if holders:
            return not holders.isdisjoint(slot)
    who = _last_people(conn, c.source_id, c.position, kinds)
    return len(who) == 1 and not who.isdisjoint(slot)


_LOOK_BACK = 4  # sentences: "He said …" after a line or two of what he said without a name ("The province wants …")


def _last_people(conn: sqlite3.Connection, source_id: int, position: int, kinds: dict[int, str]) -> set[int]:
    """The people of the nearest sentence before `position` that gives any: its speakers (a body speaking
    ends the search too), else the people it names. Sentences naming nobody ("Tractors are also made
    there.") are passed over, as a reader passes over them to find whom "he" is; a few at most."""
    rows = conn.execute("SELECT id, position FROM sentences WHERE source_id = ? AND position < ? AND position >= ?"
                        " ORDER BY position DESC", [source_id, position, position - _LOOK_BACK]).fetchall()
    for sid, _ in rows:
        who = {a for (a,) in conn.execute("SELECT speaker_id FROM statements WHERE sentence_id = ? AND speaker_id IS"
                                          " NOT NULL", [sid])} or {a for (a,) in conn.execute(
            "SELECT actor_id FROM sentence_actors WHERE sentence_id = ?", [sid]) if kinds.get(a) == "person"}
        if who:
            return who
    return set()


def _told_back(r: Ranked, kinds: dict[int, str]) -> bool:
    """The sentence, in the paragraph or article of the one asked, points back at its subject ("He also
    asked …", "The Russian party chief proposed …", "According to him, …") and names no other person: the
    sentence before may name two people or none, and it is still most likely the one the paragraph is about."""
    return refers_back(r.cand.text) and not any(kinds.get(a) == "person" for a in r.cand.ties)


def _by_role(plan: Plan, i: int, kinds: dict[int, str]) -> bool:
    """Slot i is a person or a body the matcher guessed from a role or a common noun ("the Russian
    diplomat", "the management board"), not a name: the guess may be another holder of the role, or
    another board, than the article's, so the speaker filter does not require them; the ranking still
    puts the guessed one's sentences first."""
    return not plan.hard[i] and any(kinds.get(a) in ("person", "org") for a in plan.slots[i])


def _others_dropped(conn: sqlite3.Connection, ranked: list[Ranked], plan: Plan, kinds: dict[int, str],
                    facts=None) -> list[Ranked]:
    """The candidates but those whose statement the loader stored with a speaker, a person or a body, who is
    none of those asked to have spoken ("Rear Admiral X said …" for "what did Y say"; "Y told Z" for "what did
    Z tell Y"): the sentence reports someone else's words. Only for people asked by name (a body speaks by its
    people). The question's part is worked out once, and the speakers stored for the sentences in one query
    (a surname many share brings hundreds of candidates)."""
    asked = [i for i in range(len(plan.slots)) if not plan.speaks or i < len(plan.speaks) and plan.speaks[i]]
    if conn is None or plan.roles or not asked or not all(i < len(plan.hard) and plan.hard[i] and any(
            kinds.get(a) == "person" for a in plan.slots[i]) for i in asked):
        return ranked  # (no store: no statement stored); a role guessed may be another holder's, a body speaks by its people
    names = _speech_patterns(plan, asked)
    test = [r for r in ranked if not r.fits and not _named_speaking(names, r.cand.text)]
    if not test:
        return ranked
    stored: dict[int, set[int]] = {}
    if facts is not None:  # the store's memo of each sentence's speakers (StoreMemo.sentence_facts): read once
        for sid, got in facts([r.cand.sentence_id for r in test]).items():
            for a in got.get("speakers", ()):
                if kinds.get(a) in ("person", "org"):
                    stored.setdefault(sid, set()).add(a)
    else:
        marks = ",".join(str(int(r.cand.sentence_id)) for r in test)
        for sid, a in conn.execute(f"SELECT sentence_id, speaker_id FROM statements WHERE sentence_id IN ({marks})"
                                   " AND speaker_id IS NOT NULL"):
            if kinds.get(a) in ("person", "org"):
                stored.setdefault(sid, set()).add(a)
    mine = set().union(*(plan.slots[i] for i in asked))
    # the other speaker is tied to the sentence: written, or the loader's reading of "He said"
    gone = {id(r) for r in test if (said := stored.get(r.cand.sentence_id)) and said.isdisjoint(mine)
            and not said.isdisjoint(r.cand.ties)}
    return [r for r in ranked if id(r) not in gone] if gone else ranked


def _speaks_by_name(plan: Plan, asked: list[int], r: Ranked) -> bool:
    """Does the sentence write an asked speaker's name right before a verb of speech ("Meeting Y, X praised …",
    "Z said he and X hoped …")? Then X speaks in it, whoever else the loader heard."""
    return _named_speaking(_speech_patterns(plan, asked), r.cand.text)


def _speech_patterns(plan: Plan, asked: list[int]) -> list[str]:
    """The asked speakers' surnames (each name's last word, folded)."""
    words = [fold(plan.slot_words[i]).split() if i < len(plan.slot_words) else [] for i in asked]
    return [w[-1] for w in words if w]


@lru_cache(maxsize=1024)
def _name_then_words(word: str) -> re.Pattern:
    return re.compile(r"\b" + re.escape(word) + r"\b((?:\W+\w+){0,2})")


def _named_speaking(surnames: list[str], text: str) -> bool:
    return any(_speaks_after(w, text) for w in surnames)


@lru_cache(maxsize=1 << 14)
def _speaks_after(surname: str, text: str) -> bool:
    """Is a verb of speech among the two words after the surname's first mention? Once per surname and
    sentence: a surname's sentences come back question after question."""
    m = _name_then_words(surname).search(fold(text))
    return m is not None and not _SPEECH.isdisjoint(re.findall(r"[a-z]+", m.group(1)))


def speaker_kept(conn: sqlite3.Connection, q: Question, plan: Plan, ranked: list[Ranked], terms: list[str],
                 kinds: dict[int, str], facts=None) -> list[Ranked]:
    """"What did X say about Y": X's own statements (or sentences naming X, or pointing back at
    X), with Y's words. `facts`: StoreMemo.sentence_facts, when the caller has the store's memo."""
    topic = [i for i, slot in enumerate(plan.slots) if all(kinds.get(a) not in ("person", "country") for a in slot)]
    bodies = not any(kinds.get(a) == "person" for slot in plan.slots for a in slot)
    # a country asked beside the speaker ("want Moscow to back") is in the sentence's article ("Russian backing");
    # so is a place or a body that is no person ("the envoy in Hanoi", "Rosatom" as "the corporation")
    states = {i for i in range(len(plan.slots)) if _no_person(plan, i, kinds)}
    many = _asks_many(q, plan, kinds)
    ranked = _others_dropped(conn, ranked, plan, kinds, facts)
    mine = [r for r in ranked if r.fits or all(got == 1.0 or _writes_role(plan, i, r) or got >= 0.5 and (
        bodies or _told_back(r, kinds) or many and PLURAL_BACK.search(r.cand.text)) or _by_role(plan, i, kinds)
        or got >= 0.35 and (i in states or _points_back(conn, r, plan.slots[i], kinds))
        for i, got in enumerate(r.slots))]  # (a sentence pointing back at the one asked counts from 0.35 up)
    # a word no article has ("felt", "wanted") is in no sentence: the words the articles have decide,
    # and the speaker's own statement stands when the question has none of them; failing all, a sentence of
    # the speaker's that reports speech with a quarter of the words (the rest worded otherwise: "25 years"
    # for "a quarter of a century"), for the decision to weigh
    return [r for r in mine if known_coverage(r) >= _wanted(r) or not plan.terms or _beyond_role(plan, terms, r) or r.fits and (
        r.coverage > 0 or not terms) or not terms and any(r.slots[i] == 1.0 for i in topic)] or [
        r for r in mine if known_coverage(r) >= 0.2 and r.fits] or _said_otherwise(plan, mine, kinds) or [
        r for r in mine if known_coverage(r) >= 0.25 and (reports_speech(r.cand.text) or refers_back(r.cand.text))]


def _wanted(r: Ranked) -> float:
    """The share of the question's other words a sentence of the speaker's needs: less when it names every
    one asked itself (their names take the place of words the question spends on them: "the Hanoi side
    floated …" for "what did Hanoi propose …")."""
    return 0.33 if r.slots and min(r.slots) == 1.0 else 0.4


def _said_otherwise(plan: Plan, mine: list[Ranked], kinds: dict[int, str]) -> list[Ranked]:
    """When none of the speaker's sentences carries the question's words, the article may word it
    otherwise ("told reporters" where it writes "said at a press briefing"): the sentences naming every
    person asked, in the ranker's order; the decision still weighs their low coverage. A statement stored as
    theirs stands with none of the words when some word of the question is in no article ("sell" asked,
    "a large outlet for" written); not when the articles have every word (it is about something else)."""
    people = [i for i, slot in enumerate(plan.slots) if any(kinds.get(a) == "person" for a in slot)]
    return [r for r in mine if people and all(r.slots[i] == 1.0 for i in people) and (
        r.coverage > 0 and reports_speech(r.cand.text) or r.fits and r.known < 1.0 and _tells_content(r.cand.text))]


def _past(verb: str) -> set[str]:
    """A reporting verb's past forms, as news reports speech: 'hope' → hoped, 'reply' → replied, 'admit' →
    admitted, 'speak' → spoke. (Not 'welcoming', 'talks', 'call': the nouns of a ceremony or a meeting.)"""
    out = {(verb[:-1] if verb.endswith("e") else verb) + "ed", verb + verb[-1] + "ed", *other_forms(verb)}
    return out | ({verb[:-1] + "ied"} if verb.endswith("y") else set())


# the verbs a report of what someone said is written with (the statement extractor's), and those of talks
_SPEECH = {f for v in REPORT_VERBS | {"discuss", "brief", "write"} for f in _past(v)} | {"said", "says", "told",
                                                                                        "according"}


# speech verbs of courtesy: "X welcomed the delegation" tells what X did, not what X said of a topic
_COURTESY = {f for v in ("welcome", "greet", "thank", "congratulate") for f in _past(v) | {v, v + "s"}}


def _tells_content(text: str) -> bool:
    """Is the sentence more than a courtesy ("welcomed the guests": its only speech word one of
    courtesy)? With none of the question's words, a courtesy is no statement worded otherwise."""
    said = _SPEECH.intersection(re.findall(r"[a-z]+", fold(text)))
    return not said or not said <= _COURTESY


def reports_speech(text: str) -> bool:
    """Does the sentence report what someone said, asked, hoped, discussed … ("Sidorova spoke of …",
    "According to the minister, …"), not only where they were ("The opening was attended by …")?"""
    return not _SPEECH.isdisjoint(re.findall(r"[a-z]+", fold(text)))
