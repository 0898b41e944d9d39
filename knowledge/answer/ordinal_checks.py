"""Ordinals asked ("the 8th dialogue", "the fifth session", "lần thứ 8") checked against the
sentence's article: a sentence about the 4th session does not answer a question about the third."""

from __future__ import annotations

import re
import sqlite3
from functools import lru_cache

from knowledge import lazy_re
from knowledge.answer.rank import Ranked
from knowledge.answer.retrieve import ORDINAL_OF, ordinal
from knowledge.facts import Answer
from knowledge.question import Question
from knowledge.question.language import CYRILLIC


def article_text(conn: sqlite3.Connection, source_id: int) -> str:
    return " ".join(t for t, in conn.execute("SELECT text FROM sentences WHERE source_id = ?", [source_id]))


def article_with_heads(conn: sqlite3.Connection, source_id: int) -> str:
    """The article's sentences with its title and the datelines cut off them ("BALI, October 8 —"), as
    the passages are searched: a place only they name is still the article's."""
    title = conn.execute("SELECT title FROM sources WHERE id = ?", [source_id]).fetchone()
    leads = [t for t, in conn.execute("SELECT f.text FROM passages_fts f JOIN sentences s ON s.id = f.rowid"
                                      " WHERE s.source_id = ?", [source_id])]
    return " ".join([(title or [None])[0] or "", *(leads or [article_text(conn, source_id)])])


_ORDINAL_DIGITS = lazy_re.compile(r"\d+(st|nd|rd|th)")  # "8th", "22nd": compiled once, asked of every token


def asked_ordinals(q: Question) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """The ordinals of the question ("the 8th dialogue", "the fifth session", "lần thứ 8"), each
    with the forms an article may write it in and the nouns it may count: the words of the phrase
    after it ("the second repatriation flight", "the ninth security meeting" of an article's "ninth
    international meeting"), and in Vietnamese the noun before it ("đợt khảo sát thứ chín"); 'first'
    is left to the first-time check."""
    out = []
    for i, t in enumerate(q.tokens):
        if t.isdigit() and i and q.tokens[i - 1] in ("thu", "thứ"):
            t = ordinal(int(t))
        if t in ("first", "1st") or not (_ORDINAL_DIGITS.fullmatch(t) or t in ORDINAL_OF):
            continue
        out.append((tuple(f for f in (t, ORDINAL_OF.get(t)) if f), _counted_nouns(q, i)))
    return out


def _counted_nouns(q: Question, i: int) -> tuple[str, ...]:
    """The words of the phrase the ordinal at i heads, up to a word that ends it; none when it
    ranks ("finished third at", "the third-placed singer")."""
    nouns: list[str] = []
    for j in range(i + 1, min(i + 5, len(q.tokens))):
        if q.tokens[j] in _ORDINAL_FILLERS:
            continue
        if q.tokens[j] in _NO_COUNTED or q.tokens[j] in _ENDS_PHRASE:
            break
        nouns.append(_as_written(q, j))
    if q.lang == "vi" and i > 1 and q.tokens[i - 1] not in _ORDINAL_FILLERS | _NO_COUNTED | _ENDS_PHRASE | {"thu", "thứ"}:
        nouns.append(_as_written(q, i - 1))  # "đợt khảo sát thứ chín": the survey before its ordinal
    return tuple(nouns)


def _as_written(q: Question, j: int) -> str:
    """Token j as the (English) articles may write it: a name left in Russian letters ("XI Невском
    конгрессе") in its Latin form, which the article's "11th Nevsky congress" can match."""
    tok = q.tokens[j]
    latin = q.latin[j] if j < len(q.latin) else tok
    return latin if CYRILLIC.search(tok) and latin and not CYRILLIC.search(latin) else tok


# nouns an ordinal counts that articles use for one another ("the 35th meeting" of a committee
# whose "35th session" a reader asks about)
_SITTINGS = {"session", "sessions", "meeting", "meetings", "round", "rounds", "conference", "congress", "dialogue",
             "forum", "summit", "plenum", "sitting", "consultation", "consultations", "talks"}
# the trips of a survey or a ship, which a translated question names otherwise than its article ("the
# fourth flight" of the research vessel's "fourth trip", "the second expedition" of a "second survey")
_TRIPS = {"expedition", "expeditions", "survey", "surveys", "trip", "trips", "voyage", "voyages", "cruise",
          "cruises", "mission", "missions", "flight", "flights", "study", "studies"}
# the steps of a project, written for one another ("the third phase" of what a reader calls its "third stage")
_STAGES = {"stage", "stages", "phase", "phases"}
_ORDINAL_FILLERS = {"the", "a", "of", "annual", "joint", "bilateral", "regular", "plenary", "vietnam", "russia",
                    "strategic", "intergovernmental", "russian", "vietnamese", "viet", "nam"}


# what follows an ordinal that ranks, not counts ("came second at", "the third-placed team")
_NO_COUNTED = {"at", "in", "on", "with", "after", "behind", "place", "placed", "position", "and", "or", "to"}
# question words and verbs that end the phrase an ordinal heads ("… thứ chín vào ngày nào": "ninth when")
_ENDS_PHRASE = {"when", "where", "what", "who", "whom", "which", "why", "how", "did", "does", "do", "was", "is",
                "were", "are", "will", "be", "been", "held", "take", "took"}
# what an ordinal standing for its noun is followed by: "The third opened on …", "the forum, the sixth,",
# "its 14th edition"
_HEAD = lazy_re.compile(r"\s*[,;:.)]|\s+of\s+(?:its|their)\s+kind\b|\s+(?:edition|editions|was|is|were|are|will|would|has|had|took|opened|went|came|"
                   r"began|ran|closed)\b")


def _as_head(text: str, forms: tuple[str, ...], noun: str) -> bool:
    """Does the article write the noun counted and the ordinal standing for it ("the seventh forum …
    This year's forum, the sixth, opened")?"""
    if not noun or not re.search(r"\b" + re.escape(noun[:max(4, len(noun) - 2)]), text):
        return False
    # after a determiner: "the third", "its 14th", "the forum's sixth" (not a date's "July 6th,")
    rx = r"(?:\bthe|\bits|\btheir|'s)\s+(?:" + "|".join(re.escape(f) for f in forms) + r")\b"
    return any(_HEAD.match(text, m.end()) for m in re.finditer(rx, text))


@lru_cache(maxsize=256)
def _ordinal_rx(forms: tuple[str, ...], noun: str) -> re.Pattern:
    """The ordinal followed, within six words, by the noun it counts (or one used for it): "the eighth
    Việt Nam–Russia Defence Strategy Dialogue" writes a country pair and the dialogue's field between them."""
    group = next((g for g in (_SITTINGS, _STAGES, _TRIPS) if noun in g), None)
    nouns = sorted(group) if group else [re.escape(noun[:max(4, len(noun) - 2)])] if noun else []
    after = r"(\W+\w+){0,6}?\W+(" + "|".join(nouns) + ")" if nouns else ""
    return re.compile(r"\b(" + "|".join(re.escape(f) for f in forms) + r")\b" + after)


# what a question counts by its occurrences ("met for the second time"): any sitting or trip
_TIMES = {"time", "times"}


def written(text: str, forms: tuple[str, ...], nouns: tuple[str, ...]) -> bool:
    """Is the ordinal written in the (lower-cased) article for one of the nouns it may count? An
    anniversary is also written by its years ("mark 30 years of the treaty" for its 30th)."""
    for noun in nouns or ("",):
        if noun in _TIMES:
            if any(_ordinal_rx(forms, n).search(text) for n in ("time", "session", "trip")):
                return True
            continue
        if _ordinal_rx(forms, noun).search(text) is not None or _as_head(text, forms, noun):
            return True
        if noun.startswith("anniversar") and _years_rx(forms).search(text):
            return True
    return False


@lru_cache(maxsize=64)
def _years_rx(forms: tuple[str, ...]) -> re.Pattern:
    """"30 years" / "30-year" for the 30th anniversary."""
    digits = next((f[:-2] for f in forms if f[:1].isdigit()), "\\d+")
    return re.compile(r"\b" + digits + r"(?:\s+|-)years?\b")


def ordinals_ok(conn: sqlite3.Connection, r: Ranked, ordinals: list[tuple[tuple[str, ...], tuple[str, ...]]],
                memo: dict[int, str]) -> bool:
    """Every ordinal asked is written in the sentence's article (its title too: "… back in Vietnamese
    waters for fourth joint survey") before what it counts: a sentence about the 4th session (or the
    third quarter) does not answer a question about the third session."""
    src = r.cand.source_id
    if src not in memo:
        memo[src] = article_with_heads(conn, src).lower()
    return all(written(memo[src], forms, nouns) for forms, nouns in ordinals)


def reply_unwritten(conn: sqlite3.Connection, q: Question, ans: Answer) -> bool:
    """Does no quoted sentence's article write every ordinal asked? A reply composed from an event
    (a dated welcome ceremony) can quote an article the candidate check never saw: "the eighth
    survey" asked is not answered by an article about a survey it never numbers."""
    ordinals = asked_ordinals(q)
    if not ordinals or not ans.answered:
        return False
    sources = {row[0] for c in ans.citations if c.sentence_id is not None
               for row in conn.execute("SELECT source_id FROM sentences WHERE id = ?", [c.sentence_id])}
    if not sources:
        return False
    return not any(all(written(article_with_heads(conn, s).lower(), forms, nouns) for forms, nouns in ordinals)
                   for s in sources)


# a figure that counts ("150 tourists"), not a date's day or year ("May 10, 2021")
_COUNT_FIGURE = lazy_re.compile(r"\b\d[\d,.]*(?=\s+[a-z])")


def figures_of_another(q: Question, ans: Answer) -> bool:
    """Does every counting figure the reply quotes follow another ordinal of the noun asked? "How many
    passengers were on the third charter?" is not answered by "A second charter, with 150 tourists on
    board, arrived, and a third flight was due": the figure is the second's."""
    ordinals = asked_ordinals(q)
    if len(ordinals) != 1 or not ans.answered:
        return False
    forms, nouns = ordinals[0]
    others = tuple(sorted(f for f in ORDINAL_OF if f not in forms))
    owners = []
    for c in ans.citations:
        low = c.quote.lower()
        marks = sorted([(m.start(), False) for n in nouns for m in _ordinal_rx(others, n).finditer(low)]
                       + [(m.start(), True) for n in nouns for m in _ordinal_rx(forms, n).finditer(low)])
        for f in _COUNT_FIGURE.finditer(c.quote):
            before = [asked for at, asked in marks if at < f.start()]
            owners.append(before[-1] if before else None)
    return bool(owners) and all(o is False for o in owners)
