"""A question's own anchors that no article the reply quotes writes: a figure it states, a full name
it gives, a third country it names.

"How much did the 69.5-tonne consignment cost?" answered from an article about dairy farms, or "What
did Tran Bich Nga tell the prime minister?" answered with another man's statements: the reply quotes
sentences on the same topic, but the thing the question pins itself to is in none of their articles.
An article that reports an event writes its figures and the full names of the people in it, so a
reply none of whose articles (dateline and all) writes the figure or any word of the name asked about
answers another story. (Only the first quote's article would decline more, but loses answers whose
right quote comes second: a list of two meetings, the first of them another one.)

Only strong anchors count. A figure: not a year (an article may give none; year_written.py), not a day
of a month ("6/2020", "on June 17": an article may date it "on Tuesday"), not a small number a writer
spells out ("the 2 ministers", "six months"), not an ordinal ("22nd"). A name: two or more capitalised
words in an English question (a Vietnamese or Russian one names institutions in its own language),
none of them, nor the run written as one word ("Hà Nội" / "Hanoi"), in those articles; a title word among
them ("Prime Minister Nguyen Xuan Phuc") is in almost every article and keeps the name from counting.
A third country ("from Belarus", "a Belarusian carmaker") or a city abroad ("in Geneva") counts when
no quoted article writes that country in any form: its names, its people, its cities (an article on the
summit in Kuala Lumpur may write only "the Malaysian capital"). A Vietnamese question's single
capitalised word is no country ("Thái Bình Dương" is the Pacific, "Lao động" labour), nor is "US", nor
a word that is someone's name in the store ("What credit did Thai give").
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable

from knowledge import lazy_re, names
from knowledge.answer.region_words import region_forms
from knowledge.facts import Answer
from knowledge.names import fold

# a figure standing alone: not glued to letters ("22nd", "Q1"), a slash date, or a hyphenated code
_FIGURE = lazy_re.compile(r"(?<![\w.,/-])\d+(?:[.,]\d+)*(?![\w/]|[.,]\d)")
_SLASH_DATE = lazy_re.compile(r"\d+/\d+(?:/\d+)?")
_YEAR = lazy_re.compile(r"(?:19|20)\d\d")
# a day of a month ("June 17", "17 June", "26 декабря", "ngày 26"): an article may date it by weekday instead
_MONTHS = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|январ\w*|феврал\w*|март\w*|апрел\w*|ма[йя]"
           r"|июн\w*|июл\w*|август\w*|сентябр\w*|октябр\w*|ноябр\w*|декабр\w*|ngày|tháng")
_DAY = lazy_re.compile(r"\b(?:" + _MONTHS + r")\s+(\d{1,2})\b|\b(\d{1,2})(?:\s+(?:of\s+)?(?:" + _MONTHS + r"))\b", re.I)
# a run of two or more words that open with a capital and go on in small letters (no acronyms)
_NAME_RUN = lazy_re.compile(r"(?<![\w'’])((?:[A-Z\u00C0-\u1EF8][a-z\u00DF-\u1EF9'’.-]+\s+)+[A-Z\u00C0-\u1EF8][a-z\u00DF-\u1EF9'’.-]+)")


def asked_figures(raw: str) -> list[str]:
    """The figures a question states that a writer writes as digits, thousands separators dropped."""
    text = _DAY.sub(" ", _SLASH_DATE.sub(" ", raw))
    out = []
    for m in _FIGURE.finditer(text):
        digits = m.group(0).replace(",", "")
        if _YEAR.fullmatch(digits):
            continue
        if "." in digits or float(digits) >= 13:
            out.append(digits)
    return out


def asked_names(raw: str) -> list[list[str]]:
    """The folded words of each run of capitalised words after the question's first word."""
    first = re.match(r"\s*\S+", raw)
    rest = raw[first.end():] if first else raw
    runs = []
    for m in _NAME_RUN.finditer(rest):
        runs.append(fold(re.sub(r"['’]s\b", "", m.group(1))).split())
    return runs


_HOME = {"Vietnam", "Russia", "Soviet Union"}
_TOKEN = lazy_re.compile(r"[\w'’.-]+")
_WORD = lazy_re.compile(r"\w+")


def _country_forms(country: str) -> set[str]:
    """Every folded way an article writes a country: its names, its people, its cities abroad."""
    out = {fold(v) for v in names.country_variants(country)}
    out |= {k for k, v in names.DEMONYMS.items() if v == country}
    return out | {fold(c) for c, v in names.FOREIGN_CITIES.items() if v == country}


_OWNER_S = lazy_re.compile(r"['’]s$")  # "Japan's": the owner's ending, compiled once (asked of every window)


def asked_abroad(raw: str, lang: str) -> list[tuple[str, set[str]]]:
    """Each third country or city abroad the question names (after its first word), with the folded
    forms an article would write it in."""
    toks = _TOKEN.findall(raw)
    out = []
    for n in (3, 2, 1) if lang == "en" else (3, 2):
        for i in range(1, len(toks) - n + 1):
            phrase = _OWNER_S.sub("", " ".join(toks[i:i + n]).rstrip("."))
            if not phrase[:1].isupper() or phrase == "US":
                continue
            country = names.canonical_country(phrase) or (names.country_of_demonym(phrase) if n == 1 else None)
            place = names.canonical_place(phrase)
            if place and names.FOREIGN_CITIES.get(place):
                out.append((phrase, {fold(v) for v in names.country_variants(place)}
                            | _country_forms(names.FOREIGN_CITIES[place])))
            elif country and country not in _HOME:
                out.append((phrase, _country_forms(country)))
    return out


def _someone_called(conn: sqlite3.Connection, word: str) -> bool:
    return conn.execute("SELECT 1 FROM aliases al JOIN actors a ON a.id = al.actor_id WHERE al.folded = ?"
                        " AND a.kind = 'person' LIMIT 1", [fold(word)]).fetchone() is not None


def _article_text(conn: sqlite3.Connection, file: str) -> str:
    rows = conn.execute("SELECT s.text FROM sentences s JOIN sources o ON o.id = s.source_id WHERE o.file = ?"
                        " ORDER BY s.position", [file])
    return " ".join(r[0] for r in rows)


_DOT_THOUSANDS = lazy_re.compile(r"\d{1,3}(?:\.\d{3})+")  # "4.000": thousands as Vietnamese and Russian write them


def _figure_written(figure: str, texts: list[str]) -> bool:
    """Is the figure written in one of the texts (thousands separators dropped; "4.000" asked is also
    the "4,000" an English article writes)?"""
    forms = [figure, figure.replace(".", "")] if _DOT_THOUSANDS.fullmatch(figure) else [figure]
    patterns = [re.compile(r"(?<![\d.])" + re.escape(f) + r"(?!\d|\.\d)") for f in forms]
    return any(p.search(t.replace(",", "")) for t in texts for p in patterns)


def _name_written(words: list[str], texts: list[str], vocab: set[str]) -> bool:
    """`vocab`: every word of the folded `texts`; a word of letters is looked up there, one with a
    dot, hyphen or apostrophe is searched for in the texts."""
    for w in [*words, "".join(words)]:
        if w in vocab if _WORD.fullmatch(w) else any(re.search(r"\b" + re.escape(w) + r"\b", t) for t in texts):
            return True
    return _misspelt_written(words, vocab)



def _misspelt_written(words: list[str], vocab: set[str]) -> bool:
    """A name asked in another spelling or with a typo ("Kiril Babayev" for "Kirill Babaev"): a word of
    five letters or more one edit (two from eight letters) from a word the article writes is written."""
    from rapidfuzz.distance import Levenshtein

    long = [w for w in words if len(w) >= 5]
    if not long:
        return False
    written = {t for t in vocab if len(t) >= 4}
    return any(Levenshtein.distance(w, t, score_cutoff=2 if len(w) >= 8 else 1) <= (2 if len(w) >= 8 else 1)
               for w in long for t in written if abs(len(t) - len(w)) <= 2)


def article_texts(conn: sqlite3.Connection, file: str,
                  file_text: Callable[[str], str | None] = lambda _f: None) -> tuple[str, str, frozenset[str]]:
    """An article's whole text (its file, dateline and all, else its stored sentences), its fold and
    the fold's words:
    what the checks read, worth keeping per article (Engine memoizes it)."""
    text = file_text(file) or _article_text(conn, file)
    folded = fold(text)
    return text, folded, frozenset(_WORD.findall(folded))


def unwritten(conn: sqlite3.Connection, raw: str, lang: str, ans: Answer,
              file_text: Callable[[str], str | None] = lambda _f: None,
              texts_of: Callable[[str], tuple[str, str, frozenset[str]]] | None = None) -> str | None:
    """The anchor of the question (a figure, a name, a country as asked) that none of the articles the
    reply quotes writes, dateline and all, or None."""
    if not ans.answered or not ans.citations:
        return None
    figures = asked_figures(raw)
    runs = asked_names(raw) if lang == "en" else []
    abroad = asked_abroad(raw, lang)
    if not figures and not runs and not abroad:
        return None
    texts_of = texts_of or (lambda f: article_texts(conn, f, file_text))
    both = [texts_of(f) for f in dict.fromkeys(c.source for c in ans.citations)]
    for figure in figures:
        if not _figure_written(figure, [t for t, _, _ in both]):
            return figure
    texts = [folded for _, folded, _ in both]
    vocab = set().union(*(v for _, _, v in both))
    for words in runs:
        region = region_forms(words)  # "Latin American": a country of Latin America written will do
        if region and not any(re.search(r"\b" + re.escape(f) + r"\b", t) for f in region for t in texts):
            return " ".join(words)
        if words and not region and not _name_written(words, texts, vocab):
            return " ".join(words)
    regional = {w for words in runs if region_forms(words) for w in words}
    for phrase, forms in abroad:
        if fold(phrase) in regional:
            continue  # the "American" of "Latin American" is no United States
        if " " not in phrase and _someone_called(conn, phrase):
            continue  # "What credit did Thai give": a person's name, no Thailand
        if not any(re.search(r"\b" + re.escape(f) + r"\b", t) for f in forms for t in texts):
            return phrase
    return None
