"""Candidates → ranked sentences, on features that can be explained one by one.

Each asked entity satisfied (by the sentence, its paragraph or only its article), how much of
the question's wording the sentence carries (stems, typo-tolerant), the kind of answer present
(a date for "when", a number for "how many" …), an event or statement of the sentence that fits,
and BM25. The weights were set on the development questions (the seed questions and the earlier
evaluation sets), not on any blind set.
"""

from __future__ import annotations

import math
from operator import attrgetter, mul
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from knowledge import lazy_re
from knowledge.names import PLACE_COUNTRY, canonical_place, fold
from knowledge.answer.act_forms import act_phrase
from knowledge.answer.answer_class import names_class
from knowledge.answer.english_lexicon import classes
from knowledge.answer.asked_role import holder_answers
from knowledge.answer.attribution import refers_back
from knowledge.answer.referred_back import PRONOUN_BACK, named_back, person_back
from knowledge.answer.group_doer import doer_written
from knowledge.answer.event_back import inherited, lift_slots
from knowledge.answer.holders import bears, names_post
from knowledge.answer.intent import Plan
from knowledge.answer.irregular_verbs import other_forms
from knowledge.answer.kind_said import says_kind
from knowledge.answer.kind_subject import describes
from knowledge.answer.names_unasked import names_unasked
from knowledge.answer.paraphrases import paraphrases
from knowledge.answer.answer_types import ANSWER_RX, NOT_FIGURE, NUM_WORDS, has_figure  # noqa: F401 (re-exported)
from knowledge.answer.reasons import asks_reason, gives_reason
from knowledge.answer.region_words import term_forms
from knowledge.answer.retrieve import Candidate, stem
from knowledge.answer.sentence_bm25 import local_bm25, sentence_stems  # noqa: F401 (re-exported)
from knowledge.answer.word_forms import verb_stems

if TYPE_CHECKING:
    from knowledge.answer.store_memo import StoreMemo

_DIGIT_FIGURE = lazy_re.compile(r"\d")
# "how many universities": a plural noun is counted ("how many times": news writes "the second time")
# "the third ceremony of its kind" tells how many times something was held
_ORDINAL_WORD = lazy_re.compile(r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b", re.I)
_COUNTED_NOUN = lazy_re.compile(r"(?!times$)[a-z]{3,}[^s]s")
# a figure before a plural: a digit or a number word, "twenty-one" too ("one" counts none: "one country against another")
_FIGURE_WORD = lazy_re.compile(rf"\d|((twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six"
                          rf"|seven|eight|nine)|{NUM_WORDS.removeprefix('one|')}|several|some|dozens?|scores?)$", re.I)


@lru_cache(maxsize=1 << 14)
def counts(noun: str, text: str) -> bool:
    """Does the sentence give a figure for the counted noun (or a word news writes for it): one in
    the six words before it ("five biggest and most dynamic economic centres") or the two after ("a
    crew of 52"), or one joined to it ("an eight-page statement")? "It has two co-chairs … universities"
    counts no universities."""
    words = NOT_FIGURE.sub(" x ", text).split()
    hit = _matcher((noun,))
    for j, w in enumerate(words):
        if hit(w)[0] > 0 and any(_FIGURE_WORD.match(v.strip("(,.;:")) for v in words[max(0, j - 6):j] + words[j + 1:j + 3]):
            return True
        head, _, tail = w.rpartition("-")
        if head and tail and _FIGURE_WORD.match(head.split("-")[-1]) and hit(tail.strip("(,.;:"))[0] > 0:
            return True  # "an eight-page statement", "a 15-member committee"
    return False


_MONEY_RX = lazy_re.compile(r"(\$|€|£|\b(usd|us dollars?|dollars?|vnd|dong|roubles?|rubles?|euros?|yuan)\b)", re.I)

_CITY_OF = lazy_re.compile(r"\b(?:city|town|port|capital|province|resort) of ([A-Z][\w-]*(?: [A-Z][\w-]*)*)"
                      r"|\b([A-Z][\w-]+(?: [A-Z][\w-]+)?) (?:Oblast|Region|Krai|Province|Territory|Autonomous)\b")
MUST_SHOW = ("number", "duration")  # answer types a sentence answers only by writing a figure or a span
TYPED_STRICT = 1.6  # typed weighs double when the sentence cannot answer without it (measured on the dev sets)
REASON_BONUS = 0.6  # a reason written outright, over the broad cues (measured on the dev sets)
SHORTLIST = 40  # candidates ranked on every feature; the rest only on the cheap ones
_PLACE, _SCORE, _BM25 = attrgetter("cand.source_id", "cand.position"), attrgetter("score"), attrgetter("bm25")
MATCHER_MEMO = 1024  # sentences whose hits each matcher remembers (a question's candidates fit), then it starts over


@dataclass(slots=True)  # (slots: a question makes one per candidate, hundreds; each is set and read often)
class Ranked:
    cand: Candidate
    score: float
    slots: list[float]  # per asked entity: 1 sentence, 0.6 paragraph, 0.5 its article's events, 0.35 article, 0
    coverage: float  # weighted share of the question's terms the sentence carries
    typed: bool  # the wanted kind of answer is present
    fits: bool  # an event or statement of this sentence fits the question
    known: float = 1.0  # the share of the terms' weight carried by words some article has (the rest none can carry)
    bears: bool = False  # writes a post, title or agent asked in its grammatical place (holders.py)
    rerank_score: float | None = None  # the re-ranking model's score, once rerank.py has scored it
    named: bool = False  # for a "who": writes by name a person or body not asked (names_unasked.py)


def _unknown_weight(ordinary: bool, weights: list[float], total: int) -> float:
    """The weight of a question word no article has: the average of the question's found words for a
    word of the language (the articles say it otherwise, or not at all: the decision weighs what the
    sentence lacks), the rarest weight for a name."""
    return sum(weights) / len(weights) if ordinary and weights else math.log(1 + total)


def term_hits(terms: list[str], text: str) -> list[float]:
    """Per term: 1 when the sentence has the word (by stem), 0.9 for a usual paraphrase, else 0 (a
    misspelt word was already repaired against the store's vocabulary)."""
    return _matcher(tuple(terms))(text)


def term_matcher(terms: list[str]):
    """term_hits(terms, ·) for many sentences."""
    return _matcher(tuple(terms))


@lru_cache(maxsize=256)
def _matcher(terms: tuple[str, ...]):
    """term_hits for these terms, their stems and paraphrases worked out once for all sentences:
    per term its stem, a pattern for a stem that starts with it and goes on by at most six letters
    ('partner' -> 'partnership'; not 'trade' -> 'traditionally'), 'stem ' when a word may end with
    it (never for a stem with a space in it), and ' paraphrase' for each of its paraphrases."""
    tests = []
    for t in terms:
        st = stem(t)
        prefix = re.compile(" " + re.escape(st) + "[a-z0-9]{0,6}(?: |$)") if len(st) >= 4 and " " not in st else None
        suffix = st + " " if prefix is not None and len(st) >= 5 else None
        # an irregular verb's other forms count as its paraphrases ("begin" finds "began", "held" "hold")
        # and a noun its verb's forms ("invitation" finds "invited", "decision" "decided")
        alts = (*paraphrases(fold(t), st), *other_forms(fold(t)), *term_forms(fold(t)), *verb_stems(fold(t)))
        # a paraphrase is a stem's beginning ('invitat') or a whole word whose own stem is shorter
        # ('consensus' is stemmed 'consensu', 'arrival' 'arriv'): it is looked for among both
        tests.append((st, " " + st, prefix, suffix, tuple(" " + y for y in alts),
                      tuple(" " + y for y in alts if not stem(y).startswith(y)), act_phrase(st)))

    memo: dict[str, list[float]] = {}  # text -> its hits: the same candidates come back (rerank, checks, asked again)

    def hits(text: str) -> list[float]:
        """Read only: the list is kept for the next call with the same text."""
        got = memo.get(text)
        if got is None:
            if len(memo) >= MATCHER_MEMO:
                memo.clear()
            got = memo[text] = _hits(text)
        return got

    def _hits(text: str) -> list[float]:
        stems, stem_line, word_line, _n = sentence_stems(text)
        out = []
        for st, starts, prefix, suffix, syns, words, phrase in tests:  # the plain substring test first: most fail it
            # (a three-letter stem finds its plural too, which stem() keeps whole: "SME" finds "SMEs")
            if st in stems or len(st) == 3 and st + "s" in stems or prefix is not None and (
                    starts in stem_line and prefix.search(stem_line) or suffix is not None and suffix in word_line):
                out.append(1.0)
            elif any(y in stem_line for y in syns) or words and any(y in word_line or word_line.startswith(y[1:]) for y in words) \
                    or phrase is not None and phrase.search(word_line):  # an act as a phrase (act_forms.py)
                out.append(0.9)
            else:
                out.append(0.0)
        return out

    return hits


# a sentence that opens by pointing back to the one before: "He said", "They agreed", "The two sides"
_REFERS_BACK = lazy_re.compile(r"(he|she|they|it|the (two|both) (sides|leaders|ministers|officials|delegations)|both sides"
                          r"|the (guest|host|visitor|minister|president|premier|ambassador|diplomat|official|event|meeting|talks|visit|"
                          r"ceremony|delegation|governor|leader|envoy)|this|these|also)\b", re.I)

# a sentence opening on a person written around: it is about the one the sentence before it names, in the
# paragraph before as much as in its own (news writes a paragraph a sentence)
# (not "the official", "the general", "the chief", "the host": "the official reason", "the host city")
_PERSON_BACK = lazy_re.compile(r"(he|she|the (guest|visitor|minister|president|premier|ambassador|diplomat|governor|leader|"
                          r"envoy|chairman|chairwoman|director|scholar|painter|artist))\b", re.I)


class Ranker:
    """Ranks one question's candidates; holds the per-question lookups (idf, facts per sentence)."""

    def __init__(self, store: StoreMemo, plan: Plan, kinds: dict[int, str], total: int):
        self.store, self.plan, self.kinds = store, plan, kinds
        self.total = max(total, 1)
        self.asked_ids = set().union(*plan.slots) if plan.slots else set()
        self.asked_people = [s for s in plan.slots if any(kinds.get(a) == "person" for a in s)]

    def idf(self, terms: list[str], hits_of: dict[int, list[float]], dfs: dict[str, int]) -> list[float]:
        """Per word: rare in the store (counted up to a cap) and rare among the candidates weigh more."""
        n = max(len(hits_of), 1)
        out = []
        for i, t in enumerate(terms):
            df = dfs[t] if t in dfs else self.store.doc_count(t)
            local = sum(1 for h in hits_of.values() if h[i] > 0)
            out.append(0.5 * math.log(1 + (self.total - df + 0.5) / (df + 0.5)) + 0.5 * math.log(1 + n / (1 + local)))
        return out

    def rank(self, cands: list[Candidate], terms: list[str], unknown: list[str] = (),
             dfs: dict[str, int] | None = None, ordinary: frozenset[str] = frozenset()) -> list[Ranked]:
        """`unknown`: words of the question no article has; they weigh as the rarest word, found nowhere,
        except the `ordinary` ones (a word of the language, no name: "yearly", "running"), which weigh as
        the question's average word: the sentence lacks one content word of the question, no more.
        Two stages: every candidate on the cheap features (entities, words, BM25), then the best
        SHORTLIST on all of them (the kind of answer present, a fitting event or statement)."""
        match = _matcher(tuple(terms))
        hits = [match(c.text) for c in cands]
        ids = [c.sentence_id for c in cands]
        weights = self.idf(terms, dict(zip(ids, hits)), dfs or {})
        # "The ceremony took place at …" carries part of the words of the sentence it points back to (event_back.py)
        hits, sources = inherited(cands, hits)
        hits_of = dict(zip(ids, hits))
        local_bm25(cands, terms, hits_of, weights)
        wsum = (sum(weights) + sum(_unknown_weight(t in ordinary, weights, self.total) for t in unknown)) or 1.0
        first = self._first_stage(cands, hits, weights, wsum, sum(weights) / wsum)
        lift_slots(first, sources, self.plan.hard)
        first.sort(key=attrgetter("score"), reverse=True)  # stable, as key=-score was
        short = first[:SHORTLIST]
        facts = self.store.sentence_facts([r.cand.sentence_id for r in short])
        post = [w for t, w in zip(terms, weights) if names_post(t)]  # "heads", "rank", "job": a title answers them
        wants = bool(self.plan.post_of or self.plan.agent or self.plan.holder)
        reason = asks_reason(self.plan)
        who = self.plan.answer_type == "person"
        for r in short:
            r.bears = wants and bears(self.plan, r.cand, self.store.name_forms, self.kinds, self.asked_ids)
            r.typed = r.bears or self._typed(r.cand)
            if r.bears and post and all(got == 1.0 for got, hd in zip(r.slots, self.plan.hard) if hd):
                got = sum(w * (1.0 - h) for t, w, h in zip(terms, weights, hits_of[r.cand.sentence_id])
                          if names_post(t))
                r.coverage += got / wsum
                r.score += 2.0 * got / wsum
            r.fits = self._fits(r.cand, facts.get(r.cand.sentence_id, {}))
            r.named = who and names_unasked(r.cand.text, r.cand.ties, self.kinds, self.asked_ids, self.store.name_forms)
            r.score += (TYPED_STRICT if self.strict else 0.8) * r.typed + 0.3 * r.fits
            if reason:  # "because", "came to see", "to mark": a reason outright (reasons.py)
                r.score += REASON_BONUS * gives_reason(r.cand.text)
        out = short + first[SHORTLIST:]
        out.sort(key=_PLACE)  # by score, then article and position (two stable sorts: no key tuples)
        out.sort(key=_SCORE, reverse=True)
        return out

    def _first_stage(self, cands: list[Candidate], hits: list[list[float]], weights: list[float], wsum: float,
                     known: float) -> list[Ranked]:
        """Every candidate on the cheap features: the asked entities, the question's words, BM25."""
        top = max(map(_BM25, cands), default=0.0) or 1.0
        first = []
        asked, hard = self.plan.slots, self.plan.hard
        if not asked:  # 2.0 * 0.5 for the entities when none is asked about
            for c, h in zip(cands, hits):
                coverage = sum(map(mul, h, weights)) / wsum
                first.append(Ranked(c, 1.0 + 2.0 * coverage + 2.0 * (c.bm25 / top), [], coverage, False, False, known))
            return first
        paras: dict[tuple[int, int], set[int]] = {}  # the actors of each paragraph's candidates
        tie_sets = []  # (a set: isdisjoint with a set is several times faster than with a dict)
        for c in cands:
            tie_sets.append(ties := set(c.ties))
            paras.setdefault((c.source_id, c.paragraph), set()).update(ties)
            paras[(c.source_id, -1 - c.position)] = ties  # and each one's own, for the next to refer to (read only)
        long_forms = [self._long_forms(s) for s in asked]  # once per slot, not per candidate
        slot_kinds = [self._slot_kind(s) for s in asked]
        by_source: list[dict[int, tuple[set[int], float]]] = [{} for _ in asked]  # per slot: article -> _in_source
        per_slot, around = list(zip(asked, long_forms, slot_kinds, by_source)), self._slot_around
        for c, h, ties in zip(cands, hits, tie_sets):
            slots = [1.0 if not s.isdisjoint(ties) or forms and _written(c.text, forms)
                     else around(c, s, paras, kind, seen) for s, forms, kind, seen in per_slot]
            coverage = sum(map(mul, h, weights)) / wsum
            score = 2.0 * (sum(slots) / len(slots)) + 2.0 * coverage + 2.0 * (c.bm25 / top)
            if 0 in slots and any(got == 0 and hd for got, hd in zip(slots, hard)):
                score -= 2.0
            first.append(Ranked(c, score, slots, coverage, False, False, known))
        return first

    def _long_forms(self, slot: set[int]) -> tuple[str, ...]:
        """The forms of an asked body or place of two words or more, or of one word no dictionary has
        ("Rosselkhoznadzor", "Gazprom": a name, never a common word like "party"), folded and padded, that
        _written looks for; none for a person (a person's name is left to the loader: a namesake's surname
        is no tie)."""
        if any(self.kinds.get(a) == "person" for a in slot):
            return ()
        forms = (" " + fold(f).strip() + " " for a in slot for f in self.store.name_forms(a))
        return tuple(f for f in forms if f.count(" ") >= 3 or len(f) >= 8 and not classes(f.strip()))

    def _slot_kind(self, slot: set[int]) -> str | None:
        """The one kind of actor the slot holds ("person", "org" …), None for a mix: once per question."""
        got = {self.kinds.get(a) for a in slot}
        return next(iter(got)) if len(got) == 1 else None

    def _in_source(self, slot: set[int], source_id: int) -> tuple[set[int], float]:
        """The article's actors, and the slot's 0.5 (its events' people), 0.35 (its actors) or 0 there."""
        article = self.store.in_article(source_id)
        if not slot.isdisjoint(self.store.central(source_id)):
            return article, 0.5
        return article, 0.35 if not slot.isdisjoint(article) else 0.0

    def _slot_around(self, c: Candidate, slot: set[int], paras: dict, kind: str | None, seen: dict) -> float:
        """For an asked entity the sentence does not name (1.0 there, tested in rank): 0.6 in its paragraph (0.8
        when it opens on them written around, "He", "the guest", after the sentence naming them; so across
        paragraphs for a person; a body by its name's head noun, a person by a pronoun: referred_back.py), 0.5
        among the people its article's events are about ('the meeting', 'the guest'), 0.35 in the article."""
        before = paras.get((c.source_id, -c.position)) if c.position else None  # the one before, a candidate too
        if not slot.isdisjoint(paras.get((c.source_id, c.paragraph), ())):
            return 0.8 if before is not None and not slot.isdisjoint(before) and _REFERS_BACK.match(c.text) else 0.6
        if before is not None and kind == "person" and not slot.isdisjoint(before) and (
                _PERSON_BACK.match(c.text) or refers_back(c.text)) and not any(
                    how == "speaker" and self.kinds.get(a) == "person" for a, how in c.ties.items()):
            return 0.8  # a paragraph opening "She expected …" after the one that names her (a "He said" the
            # extractor gave another speaker is about that one)
        if (got := seen.get(c.source_id)) is None:  # once per article, not per candidate
            got = seen[c.source_id] = self._in_source(slot, c.source_id)
        article, there = got
        if kind == "org" and named_back(c.text, slot, article, self.kinds, self.store.body_names) or (
                kind == "person" and person_back(c, slot, self.kinds, self.store)):
            return PRONOUN_BACK  # "director of the institute", "she said": the body or person asked, named before
        return there

    @property
    def strict(self) -> bool:
        """Is the kind of answer a visible token without which the sentence cannot answer (a
        number, a span of time, a city asked by 'which city', an acceptance asked by 'did X accept')?"""
        return self.plan.answer_type in MUST_SHOW or self.plan.city or self.plan.implied == "acceptance"

    def _typed(self, c: Candidate) -> bool:
        t = self.plan.answer_type
        if self.plan.answer_class:  # "which agency / carrier / vessels": a thing of that class, not asked
            return names_class(self.plan.answer_class, c.text, c.ties, self.kinds, self.asked_ids,
                               self.plan.terms + self.plan.slot_words, self.plan.class_plural, self.store.name_forms)
        if self.plan.implied:  # "what was the purpose of the trip": "the trip is meant to …"; "how often": "yearly"
            return _writes_type(self.plan.implied, c.text)
        if t == "number" and self.plan.money:
            return bool(_MONEY_RX.search(c.text))
        if t == "number":  # "the 75th anniversary" answers how many years; "the 7th forum" no how-many
            times = self.plan.focus == "times"  # "held for the 15th time" counts the times
            return (has_figure(c.text, ordinals="anniversary" in self.plan.terms or times) or times
                    and _ORDINAL_WORD.search(c.text) is not None) and (
                not _COUNTED_NOUN.fullmatch(self.plan.focus or "")
                or _DIGIT_FIGURE.search(NOT_FIGURE.sub(" ", c.text)) is not None or counts(self.plan.focus, c.text))
        if t in ANSWER_RX:  # a reason also as reasons.py reads one written outright ("was in Moscow for the congress")
            return _writes_type(t, c.text) or t == "reason" and gives_reason(c.text)
        asked = self.asked_ids
        if t == "place" and self.plan.place_country:  # "which Russian city": a city of another country does not
            want = self.plan.place_country
            return any(self.kinds.get(a) == "place" and a not in asked and self.store.place_country(a) in (None, want)
                       for a in c.ties) or any(PLACE_COUNTRY.get(canonical_place(m.group(1) or m.group(2)) or "") in (None, want)
                                               for m in _CITY_OF.finditer(c.text))
        if t == "place" and self.plan.city:  # "in which city": a country does not answer
            return any(self.kinds.get(a) == "place" and a not in asked for a in c.ties) or bool(
                _CITY_OF.search(c.text))
        if t == "place":  # a city, or a country the sentence places something in ("from Russia" does not)
            return any(self.kinds.get(a) == "place" and a not in asked for a in c.ties) or bool(
                re.search(r"\b(in|at|to) (the )?[A-Z]", c.text))
        if t == "person":  # someone not asked, or a holder of the role asked "which" of, by name, doing the act
            return any(self.kinds.get(a) == "person" and a not in asked for a in c.ties) or holder_answers(
                self.plan.slots, self.plan.asked_role, c, self.store.name_forms, term_matcher) or doer_written(
                c, self.plan, self.kinds, asked, self.store)  # a body, or people as a group, doing the act
        if self.plan.kind_of:
            return says_kind(c.text, self.plan.kind_of, self.plan.terms) or describes(c.text, self.plan.kind_subject)
        return False

    def _fits(self, c: Candidate, facts: dict) -> bool:
        asked_people = self.asked_people
        if self.plan.speaker_asked or self.plan.answer_type == "statement":
            speakers = facts.get("speakers", set())
            speaking = [s for s, on in zip(self.plan.slots, self.plan.speaks) if on and s in asked_people]
            if speaking:  # "what did X tell Y": Y's statement is no fit
                return any(s & speakers for s in speaking)
            return any(s & speakers for s in asked_people) if asked_people else bool(speakers)
        parts = facts.get("participants", set())
        if not parts:
            return False
        return all(s & parts for s in asked_people) if asked_people else True


def _written(text: str, long_forms: tuple[str, ...]) -> bool:
    """Does the sentence write the name of an asked body or place of two words or more in another case
    ("Russian navy personnel" for the Russian Navy) though the loader tied no one to it?"""
    plain = " " + " ".join(re.findall(r"\w+", fold(text))) + " "
    return any(f in plain for f in long_forms)


@lru_cache(maxsize=1 << 14)
def _writes_type(answer_type: str, text: str) -> bool:
    """Does the sentence write an answer of the type (ANSWER_RX), worked out once per sentence and type."""
    return ANSWER_RX[answer_type].search(text) is not None
