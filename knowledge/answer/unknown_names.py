"""Names a question asks about that no article writes: a capitalised word or ordinal the search
cannot find, or a city or country named in words no sentence holds. Either is a premise the
articles cannot bear out, whatever else of the question they share."""

from __future__ import annotations

import re
import sqlite3

from knowledge import names
from knowledge.answer import checks
from knowledge.match import Found
from knowledge.names import fold
from knowledge.vi_spelling import could_be_vietnamese
from knowledge.question import Question


def unknown_name(q: Question, unknown: list[str]) -> bool:
    """A capitalised word of the question (not its first) that no article contains (in Vietnamese,
    which capitalises titles, only a known city or country: "ở Sochi", or a word no Vietnamese
    syllable spells: "Kalinka"), as the search spells it (a Russian one transliterated); or an
    ordinal none contains ("the 25th session": the 24th is another)."""
    return any(i > 0 and w in unknown and w.isalpha() and q.raw_has_capital(i)
               and (q.lang != "vi" or _vi_name(q, i)) for i, w in enumerate(q.latin)) \
        or any(re.fullmatch(r"\d+(st|nd|rd|th)", t) for t in unknown)


def _vi_name(q: Question, i: int) -> bool:
    """Is the Vietnamese question's unknown capitalised word i a name rather than a title? A title
    is made of Vietnamese words its vocabulary translates, so a known place or a word no Vietnamese
    syllable spells ("Pravda", "Kalinka", "APEC") names something; an acronym with the Vietnamese
    letter Đ ("HĐTV") abbreviates a title."""
    word = q.latin[i]
    if checks.in_place_name(q.latin, i):
        return True
    vietnamese_acronym = any(w.isupper() and "Đ" in w and fold(w) == word for w in re.findall(r"\w+", q.raw))
    return not vietnamese_acronym and not could_be_vietnamese(word)


def unwritten_place(conn: sqlite3.Connection, q: Question, found: Found) -> str | None:
    """A city or country the question names in words no article writes ("tại Thành phố Hồ Chí Minh"
    when every article is about Hanoi): its words may each occur elsewhere ("Minh" of a name), so
    the word check misses it, but no sentence can be about it. A name written in one word ("Dalat",
    "Halong" for Da Lat, Ha Long) is written."""
    toks = q.latin
    claimed = found.claimed
    for n in (4, 3, 2):
        for i in range(len(toks) - n + 1):
            if not claimed.isdisjoint(range(i, i + n)):
                continue
            window = toks[i:i + n]
            if not all(w.isalpha() for w in window):  # a place name is words of letters ("hồ chí minh")
                continue
            phrase = " ".join(window)
            canon = names.canonical_place(phrase) or names.canonical_country(phrase)
            if not canon or _fts_has(conn, phrase) or _fts_has(conn, fold(canon)) \
                    or _fts_has(conn, "".join(window)) or _fts_has(conn, "".join(fold(canon).split())) \
                    or conn.execute("SELECT 1 FROM actors WHERE name = ? LIMIT 1", [canon]).fetchone():
                continue
            return canon
    return None


def _fts_has(conn: sqlite3.Connection, phrase: str) -> bool:
    try:
        return conn.execute("SELECT 1 FROM sentences_fts WHERE sentences_fts MATCH ? LIMIT 1",
                            ['"' + phrase + '"']).fetchone() is not None
    except sqlite3.OperationalError:
        return True  # a phrase the index cannot read is no evidence of absence
