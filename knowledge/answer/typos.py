"""A question's word that no article writes may be a typo of one they do: a letter left out
("capcity", "presdent", "grup"), changed ("univercity", "delagates") or one too many. Such a word is
no reason to decline, and the search looks for the word meant.

Whether a word is English at all decides how far to go: a word of the language ("tour", "cost",
"pay") that no article writes is a word the reader chose, not a slip, and one letter more or less
makes another word of it ("tours", "coast", "play"); only a long one missing a letter is taken for
a slip ("minster" of "minister"). The English words are english_lexicon's (the spaCy model's
lemmatizer tables, read without loading spaCy).
"""

from __future__ import annotations

import re
import sqlite3

from knowledge import lazy_re
from knowledge.answer.english_lexicon import english_word
from knowledge.names import fold
from knowledge.question import COMMON

_LETTERS = "abcdefghijklmnopqrstuvwxyz"
# a word of the language this long, missing one letter, is still a slip ("minster", "goverment")
_LONG_WORD = 7


def one_letter_edits(word: str, insert_only: bool) -> list[str]:
    """Words one letter away, first and last letters kept (a word's end is its inflection: "tour"
    is no "tours", "officialy" no "officials"): a letter put in, and for a word of no language also
    a letter changed or taken out."""
    n = len(word)
    out = [word[:k] + c + word[k:] for k in range(1, n) for c in _LETTERS]
    if not insert_only:
        out += [word[:k] + c + word[k + 1:] for k in range(1, n - 1) for c in _LETTERS if c != word[k]]
        out += [word[:k] + word[k + 1:] for k in range(1, n - 1)]
    return out


def slip_of(conn: sqlite3.Connection, word: str) -> str | None:
    """The word the articles write that a question's word is a one-letter slip of, or None. A word
    of no language: four letters or more for a letter put in ("grup"), five for one changed or taken
    out; an English word: seven letters or more, a letter put in. The word meant must be written as
    it is in a sentence (not only share a search stem: "polit" is no "pilot")."""
    if not word.isalpha() or not word.isascii():
        return None
    english = english_word(word)
    if len(word) < (_LONG_WORD if english else 4):
        return None
    cands = one_letter_edits(word, english or len(word) < 5)
    return next((c for c in cands if _written(conn, c)), None)


def _written(conn: sqlite3.Connection, word: str) -> bool:
    try:
        rows = conn.execute("SELECT text FROM sentences_fts WHERE sentences_fts MATCH ? LIMIT 20",
                            ['"' + word + '"']).fetchall()
    except sqlite3.Error:
        return False
    rx = re.compile(r"\b" + word + r"\b")
    return any(rx.search(fold(t)) for (t,) in rows)


_WORD = lazy_re.compile(r"(?<![\w'’-])[a-z]{4,}(?![\w'’-])")


def corrected(store, raw: str) -> str:
    """An English question with each lower-case word that no article writes and that is a one-letter
    slip of one they do written as meant ("what is the total capcity of the plant"), so that every
    reading of the question (what it asks for, its class of answer, its search words) sees the word
    meant. A capitalised word may be a name the articles lack ("Lavrova" is no slip of "Lavrov"), and
    stays as written. `store`: a StoreMemo (its in_vocab and slip_word, remembered)."""
    def fix(m: re.Match) -> str:
        word = m.group(0)
        if word in COMMON or store.in_vocab(word):
            return word
        return store.slip_word(word) or word
    return _WORD.sub(fix, raw)
