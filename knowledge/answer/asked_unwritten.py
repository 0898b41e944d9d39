"""Questions whose own asked detail no news archive, or no quote of the reply, can give.

Each check is grounded in a detail the question itself names, read narrowly (broad checks on the
question's kind alone, such as any how-many reply with no figure of the asked noun, lost as many
answers as they gained declines):

- a value of the present moment or the next day ("what is today's exchange rate?", "какой сегодня курс рубля?",
  "giá vàng hôm nay", "какая погода будет завтра?"): dated reports tell what a rate or a price was, never
  what it is today or will be tomorrow;
- how a thing works or the rules of something asked to be explained ("Explain how photosynthesis
  works", "Explain the rules of cricket") with no name in it:
  the articles report events, they teach no science or rules;
- a person's age ("how old is X?", "сколько лет Кудряшову?", "bao nhiêu tuổi") where no quote writes
  an age ("aged 83", "the 45-year-old", "is 22", "Ivanov, 61,", "born in 1950");
- an amount of goods ("how many tonnes of beef") where no quote writes the goods asked and some counts
  other goods: "192.8 tonnes of pork" counts another thing. English questions only: a Vietnamese or
  Russian one is read through glosses ("cá tra": pangasius) that an article may word otherwise.
"""

from __future__ import annotations

import re

from knowledge import lazy_re
from knowledge.answer.event_unwritten import event_unwritten
from knowledge.answer.form_unwritten import form_unwritten
from knowledge.answer.time_shown import shown_texts
from knowledge.facts import Answer

# a word of the present moment and a value that changes from day to day
_NOW = lazy_re.compile(r"\b(?:today|tomorrow)(?:['’]s)?\b|\bright\s+now\b|\bсегодня\b|\bсейчас\b|\bзавтра\b|\bh[oô]m\s+nay\b"
                  r"|\bng[aà]y\s+mai\b", re.I)
_DAILY_VALUE = lazy_re.compile(r"\b(?:exchange\s+rate|rate|price|prices|weather|temperature|курс\w*|цен\w*|погод\w*"
                          r"|t[yỷ]\s+gi[aá]|gi[aá]|th[oờ]i\s+ti[eế]t)\b", re.I)
# "Explain how X works", "Объясните, как …", "Giải thích …": a lesson asked, not a report
_EXPLAIN = lazy_re.compile(r"^\W*(?:explain|describe|объясни\w*|опиши\w*|(?:h[aã]y\s+)?gi[aả]i\s+th[ií]ch)\b", re.I)
# what a lesson explains: how a thing works, the rules or principle of something
_LESSON = lazy_re.compile(r"\bhow\b.*\bworks?\b|\bthe\s+(?:rules|principles?|laws?)\s+of\b|\bкак\s+(?:работа|устроен)\w*"
                     r"|\bho[aạ]t\s+[dđ][oộ]ng\s+nh[uư]\s+th[eế]\s+n[aà]o\b|\bnguy[eê]n\s+l[yý]\b", re.I)
# a person's age asked; "сколько лет" only as the whole question with a name ("Сколько лет Иванову?"),
# elsewhere it asks how many years something lasted
_ASKS_AGE = lazy_re.compile(r"\bhow\s+old\b|\bwhat\s+age\b|\bat\s+what\s+age\b|^\W*сколько\s+лет\s+[А-ЯЁ][\w-]*\W*$"
                       r"|\bв\s+каком\s+возрасте\b|\bbao\s+nhi[eê]u\s+tu[oổ]i\b", re.I)
# the same with a full name or a title before it, case kept ("Сколько лет Марине Ивановой?", "Сколько лет
# полковнику Иванову?"), not "Сколько лет отношениям России и Вьетнама?"
_ASKS_AGE_NAMED = lazy_re.compile(r"^\W*[Сс]колько\s+лет\s+(?:[а-яё]+\s+)?[А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁ][а-яё-]+){0,2}\W*$")
_AGE = lazy_re.compile(r"\baged\s+\d|\b\d{1,3}-year-old\b|\b\d{1,3}\s+years?\s+old\b|\bage\s+of\s+\d|\bat\s+\d{1,3}\b"
                  r"(?!\s*(?:percent|per\s+cent|%|[:.]\d|a\.?m|p\.?m))|\b(?:is|was)\s+\d{1,3}\b(?!\s*(?:years|percent|%))"
                  r"|,\s*(?:now\s+|then\s+)?\d{1,3}\s*[,.;]|[a-z] \(\d{1,2}\)|\bborn\b|\bage\b", re.I)
# units goods are counted in; the words after "how many <unit> (of)" name the goods
_UNITS = {"tonne", "tonnes", "ton", "tons", "kilogram", "kilograms", "kg", "barrel", "barrels", "litre", "litres",
          "liter", "liters", "bag", "bags", "bottle", "bottles", "carton", "cartons", "sack", "sacks", "crate", "crates"}
_GOODS_END = {"did", "does", "do", "was", "were", "is", "are", "has", "have", "had", "will", "would", "could", "can",
              "in", "from", "to", "on", "at", "for", "by", "per", "a", "each", "every", "that", "this", "last",
              "been", "be", "and", "or", "worth", "of"}
_NOT_GOODS = {"the", "vietnamese", "russian", "belarusian", "of", "more", "frozen", "fresh", "raw", "its", "their",
              "his", "her", "such"}
_CAPITAL = lazy_re.compile(r"(?<=\S\s)[A-ZА-ЯĐ]|\d")


def asks_today(raw: str) -> bool:
    """Does the question ask a value as it stands today ("today's exchange rate")?"""
    return bool(_NOW.search(raw)) and bool(_DAILY_VALUE.search(raw))


def asks_lesson(raw: str) -> bool:
    """Is the question a request to explain something it names by no name ("Explain how X works")?"""
    return bool(_EXPLAIN.search(raw)) and bool(_LESSON.search(raw)) and not _CAPITAL.search(raw.strip())


def age_unwritten(raw: str, texts: list[str]) -> bool:
    """Does the question ask a person's age that none of the reply's texts writes?"""
    return bool(_ASKS_AGE.search(raw) or _ASKS_AGE_NAMED.search(raw)) and not any(_AGE.search(t) for t in texts)


def goods_asked(tokens: list[str]) -> list[str]:
    """The words of the goods a "how many <unit> of <goods>" question counts (its English-like tokens,
    so "bao nhiêu tấn cà phê" reads "how many tonnes coffee"), or none."""
    for i in range(len(tokens) - 3):
        if tokens[i] == "how" and tokens[i + 1] in ("many", "much") and tokens[i + 2] in _UNITS:
            out = []
            for w in tokens[i + 3:i + 7]:
                if w in _GOODS_END and out:
                    break
                if w not in _NOT_GOODS and w not in _GOODS_END and w.isalpha() and len(w) >= 3:
                    out.append(w)
            return out
    return []


def _goods_written(goods: list[str], texts: list[str]) -> bool:
    """Is some word of the goods written (its first four letters at a word's start: "furnture" finds
    "furniture", "beef" not "pork") in the reply, or does no quote count other goods ("tonnes of pork")?
    "The province shipped 77 tonnes" may count the goods asked, named in a sentence before."""
    text = " ".join(texts).lower()
    other = re.search(r"\b(?:" + "|".join(sorted(_UNITS)) + r")\s+of\s+\w", text)
    return other is None or any(re.search(r"\b" + re.escape(w[:4].lower()), text) for w in goods)


def unwritten(tokens: list[str], raw: str, lang: str, ans: Answer) -> bool:
    """Does the reply answer a question whose asked detail (today's value, a lesson, an age, the goods
    counted, a sum, a fine, a sentence, a judge, a court, a school, a birth, an office taken, a structure
    put up: event_unwritten.py) it cannot hold or does not write?"""
    if not ans.answered:
        return False
    if asks_today(raw) or asks_lesson(raw):
        return True
    texts = shown_texts(ans)
    if not texts:
        return False
    if age_unwritten(raw, texts) or form_unwritten(raw, texts) or event_unwritten(raw, texts):
        return True
    goods = goods_asked(tokens) if lang == "en" else []  # a gloss ("cá tra": pangasius) is no word an article writes
    return bool(goods) and not _goods_written(goods, texts)
