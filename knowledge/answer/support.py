"""Is what the question asks about in the articles at all?

"What is the population of Krasnodar", "what gift did X give Y", "what was the weather like when X
met Y": the thing asked is named by a noun no article contains, and nothing else the question
says (beyond its names and the meeting itself) is in the sentences quoted. A reply quoting the
best sentence about Krasnodar or the meeting would answer another question; the engine declines.
A noun no article has is no reason to decline when the quotes carry the rest of the question
("what paper did they sign at the end of the meeting": 'signed', 'end' are there), nor when it
only names the kind of answer wanted ("what type of visit", "in which sectors"), which a sentence
shows by an instance, not by the word.
"""

from __future__ import annotations

import re
import sqlite3

from knowledge import lazy_re
from knowledge.answer.intent import STOP, Plan
from knowledge.answer.rank import term_matcher
from knowledge.answer.retrieve import repair_terms, stem
from knowledge.answer.irregular_verbs import forms_written
from knowledge.facts import Answer
from knowledge.match.roles import TITLE_WORDS
from knowledge.names import fold
from knowledge.question import Question
from knowledge.question.vocab_frames import FRAME_WORDS

# words of a who/when/where question about the meeting itself ("when did X hold talks with Y")
EVENT_STEMS = {stem(w) for w in ("meet met meeting talks talk held hold holding visit visited trip call called phone "
                                 "received receive hosted host arrive arrived welcomed welcome went go come came "
                                 "travel travelled together sit sat").split()}
# nouns that name the kind of answer wanted rather than a thing the answer must mention
KIND_NOUNS = {"type", "types", "kind", "kinds", "sort", "purpose", "subject", "topic", "topics", "aim", "goal", "role",
              "post", "posts", "position", "job", "format", "form", "city", "cities", "day", "days", "date", "week", "year",
              "time", "place", "way", "means", "manner", "level", "area", "areas", "field", "fields", "sector",
              "sectors", "issue", "issues", "reason", "occasion", "name", "setting", "focus", "month", "months",
              "weekday", "weekdays", "dates", "hour", "hours", "venue", "venues", "location", "town",
              "towns", "places"}
# verbs that only frame a when or where question ("when was the report datelined", "where is X located"):
# the sentence gives the day or the place, seldom the verb
PLACING_VERBS = {"located", "situated", "based", "datelined", "dated", "published"}
_TIME_OR_PLACE = ("date", "place")
# words that ask for a measure or a kind of body rather than name a thing ("what was trade worth", "how
# big is the workforce", "which body does X chair"): the sentence gives a figure or a name, rarely the word
MEASURE_WORDS = {"worth", "value", "total", "amount", "figure", "size", "big", "large", "body", "bodies",
                 "organisation", "organization", "capacity", "aspects", "subjects", "groupings", "edition", "rank"}
# words that point at the reader's own time ("the weather in Hanoi today", "giá vàng hôm nay"), not at an
# article's: a sentence that shares only these with the question shares no topic with it ("the same day", "that
# year" are the article's time, and stay words of the question)
TIME_WORDS = {"today", "tonight", "now", "nowadays", "currently", "current", "yesterday", "tomorrow", "latest",
              "presently", "week", "weekend"}
# words that only measure the topic ("the gold price", "the rate of …"): the topic is the word beside them
GENERIC_WORDS = {"price", "prices", "cost", "costs", "rate", "rates", "number", "numbers", "percent", "percentage",
                 "average", "level", "levels", "situation", "status", "forecast"}
# the reader's own judgement of the thing asked ("a good recipe", "the best dish"): a sentence writing
# "goods" or "the best results" shares the word, not the topic
JUDGEMENT_WORDS = {"good", "best", "better", "nice", "great", "tasty", "delicious", "easy", "simple", "cheap"}
# what may stand before a noun of the question: "the population", "what gift", "his speech"
_DETERMINERS = {"the", "a", "an", "his", "her", "their", "its", "s", "what", "which", "whose", "this", "that", "any"}


def names_kind(word: str, kind: str = "") -> bool:
    """Does a question word only name the kind of answer wanted ("in which sectors", "what was trade
    worth"), or frame a date or place question of that `kind` ("when was the report datelined", "where
    is X located")? Then no article needs to write it: an article that lacks it may still answer."""
    return word in KIND_NOUNS or word in MEASURE_WORDS or kind in _TIME_OR_PLACE and word in PLACING_VERBS


def frames_time_or_place(word: str, kind: str) -> bool:
    """Does a word of a date or place question only name what is asked ("in which month", "what venue",
    "where is X located")? No article needs to write it, so it is no unknown word to decline on."""
    return kind in _TIME_OR_PLACE and names_kind(word, kind)


def no_topic(word: str) -> bool:
    """Is a question word one a sentence may share with it without sharing its topic: a time word
    ("today"), a word that only measures ("price"), the reader's judgement ("a good recipe")?"""
    return word in TIME_WORDS or word in GENERIC_WORDS or word in JUDGEMENT_WORDS


def beyond_event(terms: list[str]) -> bool:
    """Is one of these search words more than a meeting's or visit's verb?"""
    return any(stem(t) not in EVENT_STEMS for t in terms)


def unknown_nouns(q: Question, unknown: list[str], claimed: set[int] = frozenset(),
                  places_only: bool = False) -> list[tuple[str, set[int]]]:
    """The words no article contains that an English question uses as the head of a noun phrase,
    each with the positions of its phrase (what qualifies it: "the ticket price of the Irkutsk
    charter"). A head stands after a determiner, with at most two other content words between,
    and before a function word or the end ("the current head coach of", "what gift did", "the
    weather like"; not "main" in "the main subject", nor "hold" in "did the foreign ministers
    hold", a verb after a title that an auxiliary opens). Never a word written in capitals (an
    acronym the articles may spell out), a participle or gerund ("fixed", "gathering"), a noun
    naming the kind of answer, nor one qualified by a name the store knows (`claimed`: "the
    Zarubezhneft boss", "the Russian senators" are people the articles call otherwise). A Vietnamese
    or Russian question (whose words the vocabulary translates, so an article may word it otherwise)
    only when it names no one, at most places (`places_only`: "погода в Москве", "giá vàng")."""
    if q.lang != "en":
        return _translated_unknown(q, unknown) if places_only else []
    toks, out = q.tokens, []
    for i, t in enumerate(toks):
        if (t not in unknown or t in KIND_NOUNS or t in MEASURE_WORDS or t in TIME_WORDS or not t.isalpha() or not t.isascii()
                or t.endswith(("ing", "ed"))
                or i + 1 < len(toks) and toks[i + 1] not in STOP or _acronym(q, t)):
            continue
        j = i - 1
        while j >= max(0, i - 3) and toks[j] not in STOP:
            j -= 1
        if j < 0 or toks[j] not in _DETERMINERS or claimed & set(range(j + 1, i)) or j and (
                TITLE_WORDS & set(toks[j + 1:i]) and toks[j - 1] in _AUXILIARIES
                or i > j + 1 and toks[j - 1] in _DO_MODALS):
            continue  # "did the foreign ministers hold", "will the new charters connect": the verb after its subject
        first = k = i + 1
        if j == 2 and toks[0] in ("what", "who") and toks[1] in ("is", "was", "are", "were", "s"):
            first = j + 1  # "what is the exchange rate of the rouble": the question is the phrase, all of it
            while k < len(toks) and toks[k] == "of" or k > i + 1 and k < len(toks) and (
                    toks[k] not in STOP or toks[k] in _IN_PHRASE):
                k += 1
        out.append((t, set(range(first, i)) | set(range(i + 1, k))))
    return out


def _translated_unknown(q: Question, unknown: list[str]) -> list[tuple[str, set[int]]]:
    """A Vietnamese or Russian question's words that its vocabulary put into English and that no
    article contains ("погода" -> "weather", "vàng" -> "gold"): the reader's topic, which no article
    has. A word left as the reader wrote it (a name, a word the vocabulary lacks) is not one."""
    raw = set(re.findall(r"[a-z0-9]+", fold(q.raw)))
    return [(t, {i}) for i, t in enumerate(q.tokens) if t in unknown and t.isalpha() and t.isascii() and len(t) >= 3
            and t not in STOP and t not in KIND_NOUNS and t not in TIME_WORDS and t not in raw and q.latin[i] not in raw]


_AUXILIARIES = {"did", "does", "do", "will", "would", "can", "could", "should", "has", "have", "had", "was", "were"}
# auxiliaries after which a subject is followed by its bare verb: the last word of the phrase is that verb
_DO_MODALS = {"did", "does", "do", "will", "would", "can", "could", "should", "may", "might", "must", "shall"}
_IN_PHRASE = {"of", "the", "a", "an", "s"}


def _acronym(q: Question, word: str) -> bool:
    return any(w.lower() == word and sum(c.isupper() for c in w) >= 2 for w in q.raw.split())


# verbs of handing that no search looks for ("give me" is a question's frame), though they carry the act of
# "what gift did X give Y", which a sentence writing "gave" reports
_ACT_VERBS = {"give", "gave", "given"}


def unsupported(q: Question, claimed: set[int], known: list[str], unknown: list[str], ans: Answer,
                places_only: bool = False) -> str | None:
    """The noun of the question that no article contains, when the answer rests on nothing else
    the question asks: none of its other words — beyond the meeting's own verbs and the noun's own
    phrase ("exchange" of "the exchange rate", "the charter" of "the ticket price of the charter")
    — in the sentences quoted."""
    nouns = unknown_nouns(q, unknown, claimed, places_only) if ans.answered else []
    if not nouns:
        return None
    phrase = {w for _noun, span in nouns for k in span for w in (q.tokens[k], q.latin[k])}
    quotes = " ".join(c.quote for c in ans.citations[:3])
    rest = [t for t in known if stem(t) not in EVENT_STEMS and t not in phrase and not no_topic(t)] + [
        t for t in q.tokens if t in _ACT_VERBS]  # "what gift did X give Y": "X gave Y …" reports the act
    if q.lang != "en":  # translated words may be worded otherwise: only a question with nothing else declines
        return nouns[0][0] if not rest else None
    return nouns[0][0] if not rest or max(term_matcher(rest)(quotes)) < 0.9 and not forms_written(rest, quotes) else None


# a question about what happened when the people asked met ("what did X and Y discuss in Hanoi")
_MEETING_STEMS = {stem(w) for w in "meet met meeting talk talks discuss discussed agree agreed".split()}


def no_meeting_there(conn: sqlite3.Connection, q: Question, plan: Plan, kinds: dict[int, str],
                     name=lambda actor_id: str(actor_id)) -> str | None:
    """'What did X and Y discuss in Hanoi in July 2022': the question places a meeting of two
    people or more (named by name) in a city or a time; when no event of theirs — all of them
    taking part — is in that city (or unplaced) and on that date (or the article's), the premise is
    not in my sources, whichever sentence about them matches its words. The reply names them
    (`name`: an actor's name) and the place and date as asked."""
    people = [(s, w) for s, w, h in zip(plan.slots, plan.slot_words, plan.hard)
              if h and any(kinds.get(a) == "person" for a in s)]
    places = [(s, w) for s, w in zip(plan.slots, plan.slot_words) if s and all(kinds.get(a) == "place" for a in s)]
    about_meeting = q.event_family in ("meet", "call") or any(stem(t) in _MEETING_STEMS for t in plan.terms)
    if len(people) < 2 or not about_meeting or not (places or q.date_lo):
        return None
    events = None
    for slot, _w in people:
        marks = ",".join("?" * len(slot))
        got = {e for e, in conn.execute(f"SELECT event_id FROM event_participants WHERE actor_id IN ({marks})",
                                        sorted(slot))}
        events = got if events is None else events & got
    for place_id, date, pub in conn.execute(
            f"SELECT e.place_id, e.date, s.date FROM events e JOIN sources s ON s.id = e.source_id"
            f" WHERE e.id IN ({','.join('?' * len(events))})", sorted(events)):
        if all(place_id is None or place_id in slot for slot, _w in places) and _on_date(q, date or pub):
            return None
    where = "".join(f" in {name(min(s))}" for s, _w in places)
    when = f" ({q.date_text})" if q.date_text else ""  # as the fact answerers write it: "visiting Moscow (2023)"
    return f"My sources don't report {' and '.join(name(min(s)) for s, _w in people)} meeting{where}{when}."


def _on_date(q: Question, date: str | None) -> bool:
    """Does an event's date (or its article's) fall in the range asked? An unknown one does."""
    if not q.date_lo or not date:
        return True
    lo, hi = q.date_lo, q.date_hi or q.date_lo
    if lo.startswith("0000"):
        return len(date) < 10 or lo[5:] <= date[5:10] <= hi[5:]
    return lo[:len(date)] <= date <= hi[:len(date)] if len(date) < 10 else lo <= date[:10] <= hi


def decline_head(store, q: Question, claimed: set[int], plan: Plan, kinds: dict[int, str], vocab, ans: Answer,
                 why: str, name=lambda actor_id: str(actor_id)) -> str | None:
    """Why an answer must be declined though a sentence or fact was found: the meeting asked is
    not in my sources there and then, or the thing asked is a noun no article contains."""
    if not ans.answered or why == "who someone is":
        return None
    if (head := no_meeting_there(store.conn, q, plan, kinds, name)) is not None:
        return head
    if why == "no sentence" and plan.speaker_asked and (occasion := unreported_occasion(
            store.conn, q, repair_terms(store, plan.terms, vocab)[0], ans)):
        return f"My sources don't report what was said at {occasion}."
    places_only = all(kinds.get(a) in ("place", "country") for slot in plan.slots for a in slot)
    known, unknown = repair_terms(store, plan.terms, vocab)
    noun = unsupported(q, claimed, known, [u for u in unknown if not framed(store, u)], ans, places_only)
    return f"My sources don't mention “{noun}”, so they can't answer that." if noun else None


def framed(store, word: str) -> bool:
    """A word of the reader's frame ("what stake", "the legislature") whose news wording ("share",
    "parliament") some article writes: the thing asked is there in the articles' words."""
    return any(store.doc_count(stem(f), prefix=True) > 0 for f in FRAME_WORDS.get(word, ()))


_AT_OCCASION = lazy_re.compile(r"\b(?:at|during)\s+((?:the |a |an |his |her |their )?[^?,;]+)", re.I)


def unreported_occasion(conn: sqlite3.Connection, q: Question, known: list[str], ans: Answer) -> str | None:
    """'What did X say at the 43rd ASEAN Summit': no sentence fits, and the statements of X's the
    fact answer lists come from articles that never name the occasion (a word of it missing from
    them all); the occasion as the question words it, or None."""
    m = _AT_OCCASION.search(q.raw)
    words = set(re.findall(r"[a-z0-9]+", fold(m.group(1)))) if m else set()
    asked = [t for t in known if t in words]
    files = sorted({c.source for c in ans.citations})
    if not asked or not files:
        return None
    text = " ".join(t for f in files for t, in conn.execute(
        "SELECT s.text FROM sentences s JOIN sources o ON o.id = s.source_id WHERE o.file = ?", [f]))
    return m.group(1).strip() if min(term_matcher(asked)(text)) < 0.9 else None
