"""Does the best sentence write a figure of the very thing a number question counts or measures?

The decision (decision.py) reads `typed` — some figure is there — but "how many delegates came to the
forum" is answered far more surely by "it attracted more than 10,000 delegates" than by any sentence
with a number in it: a figure counting the asked noun (count_noun._counts_asked, on the loader's
stored parse), a sum of money tied to the amount a "how much did it cost / what fee" asks
(amount_tied), a share for "what percentage", a span of time (not an age) for "how long". News
names the subject of such a figure in its opening and then writes "the forum", "each worker", so
the sentence that counts often carries few of the question's words and sits away from the entities
asked: the decision then scored it just under its threshold and declined a right answer. This is
the feature that tells it the kind of figure asked is there. A year ("in 2019") or a date is no
count (the stored parse reads them as dates, and _counts_asked skips them).
"""

from __future__ import annotations

import re
import sqlite3

from knowledge.answer.amount_tied import _HOW_LONG, _MONEY_SIGN, _SPAN, _AGE, _ties, asked_family
from knowledge.answer.count_forms import _PEOPLE_COUNT
from knowledge.answer.count_noun import _STOP, _counts_asked, asked_noun, asked_noun_translated
from knowledge.answer.count_tied import _noun_word
from knowledge.answer.evidence import stored_parse
from knowledge.answer.figure_shown import asks_figure
from knowledge.names import DEMONYMS, fold

_PERCENT_ASKED = re.compile(r"\bwhat\s+(?:percentage|percent|share|proportion)\b|\bhow\s+many\s+per\s*cent\b"
                            r"|\bbao\s+nhi[eê]u\s+ph[aầ]n\s+tr[aă]m\b|\bсколько\s+процент|\bкакой\s+процент", re.I)
_PERCENT_WRITTEN = re.compile(r"%|\bper\s?cents?\b|\bpercent(?:age)?\b|\bпроцент|\bph[aầ]n\s+tr[aă]m\b", re.I)
_MULTIPLE = re.compile(r"\b\w+fold\b|\b(?:\d+(?:\.\d+)?|two|three|four|five|ten)\s+times\b", re.I)
_WORD = re.compile(r"[a-z]+")
# nouns after "how many" that say nothing of what is counted ("how many of them", "how many more")
_VAGUE = {"one", "other", "more", "thing", "number", "total", "kind", "type", "part", "piece", "unit", "item", "case"}
_SPANS = {"year", "day", "month", "week", "hour", "night", "decade", "minute"}
_QSTOP = {"how", "much", "many", "did", "does", "do", "will", "would", "was", "were", "is", "are", "the", "a", "an",
          "of", "to", "in", "on", "for", "it", "its", "what", "be", "has", "have", "had", "and", "with"}


def counted_noun(lang: str, tokens: list[str]) -> str | None:
    """The noun a "how many" counts ("how many delegates": delegate; "how many countries": country), None
    for a vague one ("how many of them", "how many more"). A Vietnamese or Russian reading may give it in
    the singular ("bao nhiêu lao động": "how many vietnamese labour"): its first noun past peoples' names."""
    noun = asked_noun(tokens) if lang == "en" else asked_noun_translated(tokens)
    if noun is None and lang != "en" and "many" in tokens:
        at = tokens.index("many")
        noun = next((_noun_word(t) for t in tokens[at + 1:at + 4] if t.isalpha() and t not in DEMONYMS
                     and _noun_word(t) not in DEMONYMS and t not in _STOP), None)
    return None if noun is None or noun in _VAGUE or noun in DEMONYMS else noun


def _counts(conn: sqlite3.Connection, noun: str, sentence_id: int, text: str, lang: str) -> bool:
    """Does a figure of the sentence count the noun: people in general by any count of people, a span
    of years or days by a span of time (the parse reads "20 years" as a date), the rest by its parse?
    Not people in general asked in Vietnamese or Russian ("bao nhiêu người", "сколько человек"): their
    reading is "how many people" for a delegation's size as for a country's population."""
    if noun in ("people", "person"):
        return lang == "en" and _PEOPLE_COUNT.search(fold(text)) is not None
    if noun in _SPANS:
        return _SPAN.search(_AGE.sub(" ", text)) is not None
    return _counts_asked(stored_parse(conn, sentence_id), noun)


def written(conn: sqlite3.Connection, lang: str, raw: str, tokens: list[str], sentence_id: int, text: str) -> bool:
    """Does the sentence write the figure asked: a count of the asked noun, the share, the sum of the
    kind asked, or a span of time (an age is none)? False for questions asking none of these."""
    if _HOW_LONG.search(raw):
        return _SPAN.search(_AGE.sub(" ", text)) is not None
    if _PERCENT_ASKED.search(raw):
        return _PERCENT_WRITTEN.search(text) is not None
    if not asks_figure(raw):
        return False
    if tokens[:3] == ["by", "how", "much"]:  # a change: a share or a multiple
        return _PERCENT_WRITTEN.search(text) is not None or _MULTIPLE.search(text) is not None
    if lang == "en" and (fam := asked_family(raw)):  # (a sum of any kind: "how much money" of trade's, no)
        doc = stored_parse(conn, sentence_id)
        moneyed = _MONEY_SIGN.search(text) is not None or any(e.label_ == "MONEY" for e in doc.ents)
        return moneyed and _ties(doc, text, fam, set(_WORD.findall(raw.lower())) - _QSTOP)
    noun = counted_noun(lang, tokens)
    return noun is not None and _counts(conn, noun, sentence_id, text, lang)
