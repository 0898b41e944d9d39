"""The question's own constraints checked against each ranked sentence: a date or weekday asked,
a city asked, the two people asked about, the speaker, the act asked, what a number counts. A
sentence that contradicts one is no answer; when none is left the constraint is named, and the
pipeline declines instead of stating a fact answer the search contradicts."""

from __future__ import annotations

import re
import sqlite3

from knowledge import lazy_re
from knowledge.answer import count_forms, count_people
from knowledge.answer.act_forms import phrasal
from knowledge.answer.compose import quoted_ids
from knowledge.answer.date_checks import date_ok, fact_on_date  # noqa: F401  (pipeline calls checks.fact_on_date)
from knowledge.answer.format_checks import asked_format, format_ok
from knowledge.answer.intent import Plan
from knowledge.answer.meeting_back import tells_meeting_back
from knowledge.answer.ordinal_checks import article_with_heads, asked_ordinals, ordinals_ok
from knowledge.answer.rank import Ranked, term_matcher
from knowledge.answer.speaker_checks import speaker_kept
from knowledge.answer.tense_checks import asks_future, tells_future
from knowledge.answer.retrieve import Candidate, stem
from knowledge.answer.role_written import role_ok
from knowledge.facts import Answer
from knowledge.names import DEMONYMS, canonical_country, canonical_place, fold
from knowledge.question import Question

# Acts a reader asks about that news reports name with the same verb (or a usual paraphrase, see
# rank._SYNONYMS): checked on the development sets, where the answering sentence carries the act
# for 90% of such questions or more. Promises, offers and praise are too often paraphrased, and so are
# hopes and wishes ("would help", "are expected to", "would like", "keen to": measured, +9/-1 without them).
ACT_STEMS = {stem(w) for w in "agree ask request urge thank congratulate invite sign".split()}
# what news writes for an act asked, beside its paraphrases: a request of one in charge is an order
# ("who requested the market's closure": "the mayor ordered the market closed")
_ACT_ALSO = {stem("request"): ("order", "ordered")}
# Acts a "when / where" question dates or places that are no meeting: a sentence dating another act
# of the same thing does not answer ("when was the centre founded" is not answered by a sentence of
# its anniversary; "when did X leave" not by the day X arrived). News words them by these stems or
# their paraphrases (paraphrases.py).
# acts whose doer a "who" question asks ("who was appointed …", "who founded …")
PERSON_ACT_STEMS = {stem(w) for w in "appoint elect found establish succeed nominate".split()}
DATE_ACT_STEMS = {stem(w) for w in """found establish create leave depart left export import appoint elect born die
retire resign""".split()}
_LEAVING = {stem(w) for w in ("leave", "depart", "left")}
_FOUND_ALSO = ("find", "finding", "discover", "located")  # "when were the bones found": found as find's past


def _dated_matcher(dated: list[str]):
    """Hits per dated act, "found" read also as the past of find (irregular_verbs leaves it out as ambiguous)."""
    plain, found = term_matcher(dated), term_matcher(list(_FOUND_ALSO))
    return lambda text: [max(h, *found(text)) if t == "found" else h for t, h in zip(dated, plain(text))]


# "had X been to Y before?", "is it the first …?": a sentence saying it was the first, or which one it was
# ("only the second city", "the fourth time", "a second performance", "the second straight year"), that it
# had happened before ("had already given", "had met him many times", "a member since 1956", "another
# memorandum", "the biggest ever") or never had: any of them settles it. A rank ("took third place") or an
# edition ("the 10th National Award") does not.
_FIRST_RX = lazy_re.compile(r"\b(first|maiden|never|inaugural|(second|third|fourth|fifth|sixth|seventh|eighth|ninth"
                       r"|tenth|\d+(nd|rd|th)) (time|city|visit|trip|such|one|new|straight|consecutive|performance"
                       r"|appearance)|twice|(many|several|numerous|three|four|five|\d+) times|already|ever|since"
                       r"|another|previous(ly)?|again)\b", re.I)


def place_ok(conn: sqlite3.Connection, r: Ranked, places: list[set[int]]) -> bool:
    """A city the question names fits a sentence whose events took place there, or that names it;
    a sentence reporting its meeting in another city does not ("talks in Moscow" asked, "talks …
    in Hanoi" written). A sentence with no placed event never contradicts it."""
    held = {row[0] for row in conn.execute("SELECT place_id FROM events WHERE sentence_id = ? AND place_id IS NOT NULL",
                                           [r.cand.sentence_id])}
    if not held:  # no event: "a get-together was held in Hà Nội" when Ho Chi Minh City is asked
        held = {a for a, in conn.execute("SELECT sa.actor_id FROM sentence_actors sa JOIN actors a ON a.id ="
                                         " sa.actor_id WHERE sa.sentence_id = ? AND sa.how = 'named' AND a.kind ="
                                         " 'place'", [r.cand.sentence_id])} if _HELD_IN.search(r.cand.text) else set()
        if not held:
            return True
    return all(not slot.isdisjoint(held) or not slot.isdisjoint(r.cand.ties) for slot in places)


# a sentence that says where something took place, though no event was read from it
_HELD_IN = lazy_re.compile(r"\b(held|took place|hosted|organi[sz]ed|opened|staged|gathered|met|took part)\b[^.;]{0,40}"
                      r"\b(in|at)\s+[A-ZÀ-Ỹ]")


# one state under two names a reader uses for each other
_SAME_STATE = [{"russia", "soviet union", "ussr"}]
_PRINCIPALS = {"vietnam", "russia", "soviet union", "ussr"}


def _other_state(conn: sqlite3.Connection, r: Ranked, plan: Plan, states: list[int], kinds: dict[int, str]) -> bool:
    """Does the sentence leave out a country the question names and name another one instead
    ("Vietnam's trade with Kazakhstan" answered by one of trade with Russia)? Then it tells of
    something else; a sentence naming no other country may still be about the one asked."""
    asked = {a for slot in plan.slots for a in slot}
    missing = [i for i in states if r.slots[i] < 1.0 and plan.slots[i].isdisjoint(r.cand.ties)]
    wanted = {fold(n) for i in missing for a in plan.slots[i]
              for n, in conn.execute("SELECT name FROM actors WHERE id = ?", [a])}
    if not missing or wanted & _PRINCIPALS:
        return False  # Vietnam and Russia are what every article is about: a sentence need not name them
    ties = {a for a, how in conn.execute("SELECT actor_id, how FROM sentence_actors WHERE sentence_id = ?",
                                         [r.cand.sentence_id]) if how != "dateline"} | set(r.cand.ties)
    others = {a for a in ties if kinds.get(a) == "country" and a not in asked}
    if not others:
        return False
    names = {fold(n) for a in others for n, in conn.execute("SELECT name FROM actors WHERE id = ?", [a])}
    return not any(names & group and wanted & group for group in _SAME_STATE)


def names_ok(conn: sqlite3.Connection, r: Ranked, proper: list[str], memo: dict[int, list[float]]) -> bool:
    """Every capitalised word of the question that names no known entity ("in Kaluga", "Herzen
    University") is in the sentence's article: a sentence of another article is about something else."""
    src = r.cand.source_id  # one read per article, however many of its sentences are candidates
    if src not in memo:
        memo[src] = term_matcher(proper)(article_with_heads(conn, src))
    return min(memo[src]) >= 0.9


def fact_in_place(conn: sqlite3.Connection, fact: Answer, places: list[set[int]]) -> bool:
    """Does some sentence the fact answer quotes fit the city asked: its article names the city and
    the sentence reports no meeting elsewhere?"""
    for sid in quoted_ids(fact):
        row = conn.execute("SELECT id, source_id, position, paragraph, text FROM sentences WHERE id = ?", [sid]).fetchone()
        if row is None:
            continue
        named = {a for a, in conn.execute("SELECT DISTINCT sa.actor_id FROM sentence_actors sa JOIN sentences s "
                                          "ON s.id = sa.sentence_id WHERE s.source_id = ?", [row[1]])}
        ties = {a: "" for a, in conn.execute("SELECT actor_id FROM sentence_actors WHERE sentence_id = ?", [sid])}
        cand = Candidate(*row)
        cand.ties = ties
        if all(not slot.isdisjoint(named) for slot in places) and place_ok(
                conn, Ranked(cand, 0.0, [], 0.0, False, False), places):
            return True
    return not quoted_ids(fact)


_PERCENT = lazy_re.compile(r"%|\bper ?cents?\b|\bpercentage", re.I)


# verbs that follow the people counted ("how many Russians came", "how many Vietnamese studied")
_COUNTED_VERBS = {"came", "come", "went", "go", "live", "work", "study", "stay", "travel", "flew", "fly", "arrive",
                  "visit", "are", "were", "was", "is", "have", "had"}
_PEOPLES = set(DEMONYMS)


def counted(q: Question, focus: str | None) -> str | None:
    """What a 'how many' counts (words, any of which a sentence must write): its focus word, except
    that in "how many Russians came" the focus the plan reads after a people's name (a name, so no
    focus of its own) is the verb: the people are counted, and a sentence answers by naming them
    ("600,000 Russians visited") or by the verb, if it is not one of coming or being."""
    if focus and (head := count_forms.head_noun(q.tokens, focus)):
        return focus + " " + head
    if not focus or focus not in q.latin:
        return focus
    i = q.latin.index(focus)
    if i < 2:
        return focus
    people = q.tokens[i - 1]
    if q.tokens[i - 2] in ("many", "much") and (fold(people) in _PEOPLES or fold(people).rstrip("s") in _PEOPLES) and (
            focus in _COUNTED_VERBS or focus.endswith("ed")):
        return people + " " + focus  # either: "345 of its citizens who had been stranded" names no people
    return focus


def counted_words(q: Question, plan: Plan, terms: list[str], unknown: list[str]) -> list[str]:
    """The words of what a 'how many' counts, as typo repair made them; none when it counts a change
    ("by how much"), a verb no article writes ('how much is Russia lending': the articles say it otherwise,
    'a loan of'; a noun none writes, 'how many barrels', is counted, and no sentence shows it) or a
    Vietnamese word left untranslated."""
    focus = None if count_forms.change_asked(q.tokens) else counted(q, plan.focus)
    if not focus or focus in unknown and focus.endswith(("ing", "ed")) or (
            focus not in terms and count_forms.untranslated(focus, q.raw, q.lang)):
        return []
    # also as asked: "kilometres" is written "36,000km", which no typo repair finds
    return list(dict.fromkeys([*(count_forms.repaired(f, plan.terms, terms, unknown) for f in focus.split()),
                               *focus.split()]))


def _has_focus(focus: str, text: str) -> bool:
    """Does the sentence write what a 'how many' counts? A percentage is written '49%' as often
    as 'per cent'."""
    if stem(focus) in ("percent", "percentag", "per cent"):
        return _PERCENT.search(text) is not None
    return term_matcher([focus])(text)[0] >= 0.9


def _thanks_to(q: Question, term: str) -> bool:
    """Is the question's 'thanks' that of "thanks to X" (because of X), not an act of thanking?"""
    return term == "thanks" and any(a == "thanks" and b == "to" for a, b in zip(q.tokens, q.tokens[1:]))


_DETERMINERS = {"the", "a", "an", "its", "his", "her", "their", "this", "that", "these", "those", "our", "whose", "of"}


def _act_named(q: Question, term: str) -> bool:
    """Is the act's word a noun of the question ("call the signing", "besides its congratulations",
    "respond to Phuc's requests")? It names a thing asked about, no act the sentence must report."""
    if term not in q.tokens:
        return False  # a Vietnamese or Russian question's verb, as the vocabulary maps it
    i = q.tokens.index(term)
    return term.endswith("ions") or i > 0 and q.tokens[i - 1] in _DETERMINERS or re.search(
        r"['’]s\s+" + re.escape(term) + r"\b", q.raw, re.I) is not None


def keep(ranked: list[Ranked], test, what: str) -> tuple[list[Ranked], str]:
    """The candidates that pass `test`, and `what` when there were some and none passed."""
    kept = [r for r in ranked if test(r)]
    return kept, (what if ranked and not kept else "")


def named_people(plan: Plan, kinds: dict[int, str]) -> int:
    return sum(1 for slot, hard in zip(plan.slots, plan.hard) if hard and any(kinds.get(a) == "person" for a in slot))


def by_name(plan: Plan, i: int) -> bool:
    """Was slot i named by a name, also a misspelt one or one in a Russian case ("с Медведевым")?"""
    return plan.named[i] if i < len(plan.named) else plan.hard[i]


def _acts_kept(q: Question, plan: Plan, ranked: list[Ranked], terms: list[str]) -> tuple[list[Ranked], str]:
    """An act the question asks about ("what did X and Y agree", "when was the centre founded") is
    written in the sentence; the second value names the constraint that left no candidate."""
    emptied = ""
    # ("thanks to such cooperation" gives a cause: no one is thanked)
    acts = [t for t in terms if stem(t) in ACT_STEMS and not _thanks_to(q, t) and not _act_named(q, t)
            and not phrasal(q.tokens, t)]
    if acts:
        # "what did X and Y agree …", "what did X ask / thank Y for": the sentence must report that act
        # (the verb, its one-word paraphrases or its phrases: act_forms.py; a request may be written an order)
        has_act = [term_matcher([a, *_ACT_ALSO.get(stem(a), ())]) for a in acts]
        ranked, gone = keep(ranked, lambda r: all(max(m(r.cand.text)) >= 0.9 for m in has_act), "act")
        emptied = emptied or gone
    dated = [t for t in terms if stem(t) in DATE_ACT_STEMS] if plan.answer_type == "date" else [
        t for t in terms if stem(t) in PERSON_ACT_STEMS and t.endswith("ed")] if plan.answer_type == "person" else []
    if dated:
        # "when was the centre founded", "on what date did X leave": the sentence must write that act
        # a bare "found" ("when were the bones found") is the past of find as often as "founded": either reads
        has_dated = _dated_matcher(dated)
        ending = term_matcher(["end"])  # "when did X leave": "X's visit is due to end on Sunday"
        ranked, gone = keep(ranked, lambda r: min(has_dated(r.cand.text)) >= 0.9 or all(
            stem(t) in _LEAVING for t in dated) and ending(r.cand.text)[0] == 1.0, "act")
        emptied = emptied or gone
    return ranked, emptied


def apply(conn: sqlite3.Connection, q: Question, plan: Plan, ranked: list[Ranked], terms: list[str],
          kinds: dict[int, str], by_text: bool, unknown: list[str] = (), facts=None) -> tuple[list[Ranked], str]:
    """The candidates that bear out what the question states (its date, city, the two people who
    met, the speaker, the act, what a number counts), and the constraint that left none, if any.
    `terms`: the question's words some article has; `unknown`: those none has; `facts`: StoreMemo.sentence_facts."""
    emptied = ""  # the question's own constraint that no candidate met: the date, or the act asked
    if q.weekday is not None or q.date_lo:  # (date_ok holds for every sentence when no date is asked)
        ranked, emptied = keep(ranked, lambda r: date_ok(conn, r, q, by_text), "date")
    places = [slot for slot in plan.slots if slot and all(kinds.get(a) == "place" for a in slot)]
    if places:
        ranked, gone = keep(ranked, lambda r: place_ok(conn, r, places), "place")
        emptied = emptied or gone
    states = [i for i, (slot, hard) in enumerate(zip(plan.slots, plan.hard))
              if hard and slot and all(kinds.get(a) == "country" for a in slot)]
    if states:
        ranked, gone = keep(ranked, lambda r: not _other_state(conn, r, plan, states, kinds), "country")
        emptied = emptied or gone
    if (fmt := asked_format(q)) is not None:
        ranked, gone = keep(ranked, lambda r: format_ok(conn, r, fmt, plan.yesno), "format")
        emptied = emptied or gone
    if q.event_family and plan.answer_type in ("date", "place") and named_people(plan, kinds) >= 1:
        # "when / where did X meet Y", "when did X visit Z": a sentence reporting it names every person
        # asked (or carries their event), not only another person's trip beside a mention of X
        people = [i for i, slot in enumerate(plan.slots) if by_name(plan, i) and any(kinds.get(a) == "person" for a in slot)]
        met = [plan.slots[i] for i in people]
        ranked, gone = keep(ranked, lambda r: r.fits or all(r.slots[i] == 1.0 for i in people) or tells_meeting_back(
            conn, r, met), "people")  # ("The meeting took place in …" after them)
        emptied = emptied or gone
    if plan.speaker_asked and any(plan.slots):
        ranked = speaker_kept(conn, q, plan, ranked, terms, kinds, facts)
    proper = [t for t in plan.proper if t in terms]
    if proper:
        memo: dict[int, list[float]] = {}
        ranked, gone = keep(ranked, lambda r: names_ok(conn, r, proper, memo), "name")
        emptied = emptied or gone
    if plan.roles:
        ranked, gone = keep(ranked, lambda r: role_ok(conn, r, plan.roles, set(q.latin) | set(terms)), "role")
        emptied = emptied or gone
    ranked, gone = _acts_kept(q, plan, ranked, terms)
    emptied = emptied or gone
    ordinals = asked_ordinals(q)
    if ordinals:
        seen: dict[int, str] = {}
        ranked, gone = keep(ranked, lambda r: ordinals_ok(conn, r, ordinals, seen), "ordinal")
        emptied = emptied or gone
    if plan.first:
        ranked, gone = keep(ranked, lambda r: _FIRST_RX.search(r.cand.text) is not None, "first")
        emptied = emptied or gone
    words = counted_words(q, plan, terms, unknown)
    if words:
        focus = counted(q, plan.focus) or ""
        mass = count_forms.measured(q.tokens, focus, q.lang)
        ranked = [r for r in ranked if any(_has_focus(f, r.cand.text)
                                           or count_forms.written_count(f, r.cand.text, mass, q.lang != "en")
                                           for f in words)]
    if nation := count_people.asked_nation(q.tokens):  # "how many Russian tourists": a figure of theirs
        ranked = count_people.kept(conn, nation, ranked, count_people.people_asked(q.tokens))
    return ranked, emptied


def time_kept(q: Question, plan: Plan, ranked: list[Ranked], emptied: str) -> tuple[list[Ranked], str]:
    """"When will …", "where will the next … be held": the best sentence (as finally ranked) writes a plan
    or a schedule, or no sentence answers; a lower one that does is no better an answer (tense_checks.py)."""
    if ranked and plan.answer_type in ("date", "place") and asks_future(q.raw) and not tells_future(ranked[0].cand.text):
        return [], emptied or "time"
    return ranked, emptied


def in_place_name(toks: list[str], i: int) -> bool:
    """Is token i a word of a city's or country's name ("Nẵng" of "Đà Nẵng")?"""
    return any(canonical_place(" ".join(toks[a : a + n])) or canonical_country(" ".join(toks[a : a + n]))
               for n in (1, 2, 3) for a in range(max(0, i - n + 1), i + 1) if a + n <= len(toks))


def no_meeting_decline(ans: Answer) -> bool:
    """Is the answer a decline saying that no meeting was reported ("My sources don't report X
    meeting anyone")?"""
    return not ans.answered and ans.headline.startswith("My sources don't report") and bool(
        re.search(r"\b(meeting|meet|met)\b", ans.headline))
