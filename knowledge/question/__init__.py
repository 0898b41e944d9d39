"""Read a question: its language, its kind, dates it names, and an English-like folded form.

Vietnamese and Russian questions are mapped phrase by phrase onto the English question words
and role words (a small lexicon), so the rest of the engine reads one language. Names are not
translated here: the matcher finds them (Cyrillic is transliterated, foreign country and place
forms come from knowledge.names).

The package: language (language, tokens, vi/ru phrase mapping with lexicon), kinds (question kind,
event family, yes/no), dates (date range, weekday), words (English cue words, COMMON).
"""


from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from knowledge import lazy_re
from knowledge.names import fold
from knowledge.question.dates import WEEKDAYS, parse_dates, parse_weekday
from knowledge.question.kinds import classify
from knowledge.question import language as _language
from knowledge.question.language import tokenize, translit, vi_name_words
from knowledge.question.ru_figures import ru_figures
from knowledge.question.words import (AGREE_WORDS, CALL_WORDS, COMMON, MEET_WORDS, MONTHS, PRONOUNS,
                                      RELATION_WORDS, SAY_WORDS, SIGN_WORDS, VISIT_WORDS)

# once per text: the engine, the parser and the class check (class_instance) each ask it of one question
detect_language = lru_cache(maxsize=4096)(_language.detect_language)

__all__ = ["AGREE_WORDS", "CALL_WORDS", "COMMON", "MEET_WORDS", "MONTHS", "PRONOUNS", "RELATION_WORDS",
           "SAY_WORDS", "SIGN_WORDS", "VISIT_WORDS", "WEEKDAYS", "Question", "classify", "detect_language",
           "parse", "parse_dates", "parse_weekday", "tokenize"]


@dataclass
class Question:
    raw: str
    lang: str  # "en" | "vi" | "ru"
    tokens: list[str]  # English-like folded tokens (foreign question words mapped)
    latin: list[str]  # same tokens, Cyrillic transliterated (for name matching)
    kind: str  # who_met when where occasion said visit met relationship agreed profile other
    event_family: str | None = None  # "meet" | "visit" | "call" | None
    yesno: bool = False
    pronoun: str | None = None  # "he" | "she" | "they" | "it"
    followup: bool = False  # starts with "and"/"what about": carries the previous question's frame
    date_lo: str | None = None
    date_hi: str | None = None
    date_text: str | None = None
    date_idx: set[int] = field(default_factory=set)  # token positions that spelled the date
    explicit_kind: bool = True  # kind came from a question word (not a default)
    weekday: int | None = None  # 0 = Monday … 6 = Sunday ("Who did X meet on Sunday?")
    # the words no article writes that put a Vietnamese or Russian question off the articles' subject;
    # set when its words are checked against the articles (answer.plan.off_subject), so that the
    # decline it causes stays firm later
    off_subject: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(self.tokens)

    def raw_has_capital(self, i: int) -> bool:
        """Was token i written with a capital letter, other than as the question's first word?"""
        return self.tokens[i] in self._capitalised()

    def has_capitals(self) -> bool:
        """Does the question write names with capitals at all (so that a lower-case word is no name)?"""
        return any(w[:1].isupper() for w in re.findall(r"\w+", self.raw)[1:])

    def _capitalised(self) -> frozenset[str]:
        """The folded forms (and, outside English, their transliterations) of the raw question's
        capitalised words, other than an English question's first word: computed once per raw
        text and language (raw_has_capital is asked for many tokens of one question)."""
        key = (self.raw, self.lang)
        memo = self.__dict__.get("_caps")
        if memo is not None and memo[0] == key:
            return memo[1]
        words = re.findall(r"\w+", self.raw)
        if self.lang == "vi":  # titles, events and organisations are capitalised too: only name-like runs
            caps = vi_name_words(self.raw)
        elif self.lang != "en":  # a capitalised first word is a name there: question words are mapped away
            titled = set(_TITLE_OPENER.findall(self.raw))
            if len(words) > 1 and words[1].lower() == "ли":
                titled.add(words[0])  # "Росла ли экономика …": a yes/no question's verb comes first, no name
            caps = frozenset(f for w in words if w[:1].isupper() and w not in titled
                             for f in (fold(w), translit(fold(w)), *_place_words(w))) | _nationalities(words)
        else:
            caps = frozenset(fold(w) for w in words[1:] if w[:1].isupper())
        self.__dict__["_caps"] = (key, caps)
        return caps


# the capitalised first word of a quoted Russian title written in sentence case ("«Точка назначения –
# Вьетнам»", "«Силовые машины»"): a common word the articles translate, no name they must write
_TITLE_OPENER = lazy_re.compile(r"[«“\"]\s*([А-ЯЁ][а-яё]+)\s+[а-яё]")


def _place_words(word: str) -> list[str]:
    """The English words of the place a capitalised Russian word names ("Хошимин": ho chi minh city),
    capitalised as the English question writes them (a place no article knows is then asked about
    as in English, never dropped)."""
    from knowledge.names import canonical_country, canonical_place

    canon = canonical_place(fold(word)) or canonical_country(fold(word))
    if not canon:  # a country in another case than the tables write ("Японией", "Австралию")
        from knowledge.question.language import ru_stem_word

        eng = ru_stem_word(fold(word), True)
        canon = canonical_country(" ".join(eng)) if eng else None
    return fold(canon).split() if canon else []


def _nationalities(words: list[str]) -> frozenset[str]:
    """The nationalities the question's Russian adjectives name ("замбийских": zambian): English
    capitalises them, so a nationality no article writes is an unknown word as it is in English."""
    from knowledge.question.language import _RU_STEMS
    from knowledge.question.ru_demonyms import ru_demonym

    return frozenset(t for w in words for t in ru_demonym(fold(w), _RU_STEMS) or ())


def parse(raw: str, lang: str | None = None) -> Question:
    """The question read; `lang`: its language when known from another form of it (the engine reads
    the question with its acronyms spelled out in English, "UBND" -> "people's committee", yet the
    language is the one the reader wrote)."""
    lang = lang or detect_language(raw)
    raw = ru_figures(raw) if lang == "ru" else raw  # "1,5 млн", "280 тысяч": as the articles write them
    tokens, latin = tokenize(raw, lang)
    kind, family, yesno, explicit = classify(tokens, lang)
    lo, hi, idx, dtext = parse_dates(tokens)
    weekday, wd_idx = parse_weekday(tokens, lang)
    if weekday is not None:
        idx = idx | wd_idx
        dtext = f"on {WEEKDAYS[weekday].title()}" + (f", {dtext}" if dtext else "")
    pronoun = next((PRONOUNS[w] for w in tokens if w in PRONOUNS), None)
    lead = tokens[:2]
    followup = bool(lead) and (lead[0] in ("and", "also") or lead[:2] in (["what", "about"], ["how", "about"]))
    return Question(raw=raw, lang=lang, tokens=tokens, latin=latin, kind=kind, event_family=family,
                    yesno=yesno, pronoun=pronoun, followup=followup, date_lo=lo, date_hi=hi,
                    date_text=dtext, date_idx=idx, explicit_kind=explicit, weekday=weekday)
