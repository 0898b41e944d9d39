"""A question that sets its event in one city answered by quotes that set it in another.

"Why was the memorandum signed in Hanoi?" answered by "The memorandum was signed in Moscow on
Thursday", or "Tuần phim … được tổ chức ở Huế vào ngày nào?" by "a meeting held … in Hanoi": the
article may well write the asked city elsewhere (a "Hanoi Trough" block, a dateline), so the
article-level anchor check (anchors_unwritten.py) keeps the reply, but no quote puts anything in the
asked city and a quote puts it "in"/"at" another. Read narrowly, as the broad forms lost answers:

- the asked city follows a preposition of place ("in", "at", "ở", "tại") and is a city, not a
  province or region ("cảng nào ở Khánh Hòa" is answered by a port "at Cam Ranh", inside it);
- the other place is a city too, and not the seat of a body or a government written before it
  ("the new leadership in Hà Nội", "the Russian consulate in Hanoi" say nothing of where a thing
  happened);
- a question that asks the place ("where", "in which city", "ở đâu") is left alone: the other city is
  its answer. Russian questions are left alone (the place list holds no Cyrillic forms).
"""

from __future__ import annotations

import re

from knowledge import lazy_re, names
from knowledge.answer.time_shown import shown_texts
from knowledge.facts import Answer
from knowledge.names import fold

_TOKEN = lazy_re.compile(r"[\w'’.-]+")
_PLACE_PREPS = {"in", "at", "ở", "tại"}
_ASKS_PLACE = lazy_re.compile(r"^\W*where\b|\bwhich\s+(?:city|town|place)\b|\bwhat\s+(?:city|town|place)\b"
                         r"|\bở\s+đâu\b|\bthành\s+phố\s+nào\b|\bnơi\s+nào\b", re.I)
# "in"/"at" and up to three capitalised words after it, with the word before the preposition
_SCENE = lazy_re.compile(r"(\w+)\s+(?:in|at)\s+((?:[A-ZÀ-Ỹ][\w'’.-]*\s*){1,3})")
# a body or an office written before its seat: "the consulate in Hanoi" sets no scene
_SEATED = {"leadership", "government", "authorities", "embassy", "embassies", "consulate", "consulates",
           "ambassador", "ambassadors", "mission", "office", "offices", "headquarters", "representative",
           "representatives", "officials", "counterparts", "colleagues", "side", "capital"}


def _city(phrase: str) -> str | None:
    """The canonical city a phrase names: a listed place that is no province, region or venue."""
    place = names.canonical_place(re.sub(r"['’]s$", "", phrase.rstrip(".,;:")))
    if place is None or place in names.PROVINCES or place in names.VENUES or place not in names.PLACE_COUNTRY:
        return None
    return place


def _longest_city(words: list[str]) -> str | None:
    """The city the first three, two or one of the words name, the longest first ("Ho Chi Minh City")."""
    return next((city for n in (3, 2, 1) if (city := _city(" ".join(words[:n])))), None)


def asked_cities(raw: str) -> list[str]:
    """The cities the question sets something in ("signed in Hanoi", "tổ chức ở Huế"), after its first word."""
    toks = _TOKEN.findall(raw)
    out: list[str] = []
    for i in range(1, len(toks)):
        if toks[i - 1].lower() not in _PLACE_PREPS or not toks[i][:1].isupper():
            continue
        city = _longest_city(toks[i:i + 3])
        if city and city not in out:
            out.append(city)
    return out


def scene_cities(text: str) -> set[str]:
    """The cities a sentence sets something in ("signed in Moscow"), not a body's seat ("embassy in Hanoi")."""
    out = set()
    for m in _SCENE.finditer(text):
        if m.group(1).lower() in _SEATED:
            continue
        if city := _longest_city(m.group(2).split()):
            out.add(city)
    for m in _NOUN_SCENE.finditer(text):
        if m.group(1).lower() not in _SEATED and (city := _longest_city(m.group(2).split())):
            out.add(city)
    for m in _CAPITAL_SCENE.finditer(text):
        if m.group(1).lower() not in _SEATED and (city := _city(names.CAPITALS[names.DEMONYMS[m.group(2).lower()]])):
            out.add(city)
    return out


# a dateline opening a quote ("Moscow (VNA) –", "HAINAN, China, December 3 —"): where the report was filed
_DATELINE = lazy_re.compile(r"^(?:[A-ZÀ-Ỹ][\w'’.-]*\s*){1,3}(?:\([A-Z][\w/ ]*\)|,[^–—\n]{0,40}?)\s*[-–—]+\s")
# a city written by its noun ("in the Russian city of Saint Petersburg") or a capital by its country's
# adjective ("in the Russian capital")
_NOUN_SCENE = lazy_re.compile(r"(\w+)\s+(?:in|at)\s+the\s+(?:[A-Z]\w+\s+)?(?:city|town|port)\s+of\s+((?:[A-ZÀ-Ỹ][\w'’.-]*\s*){1,3})")
_CAPITAL_SCENE = lazy_re.compile(r"(\w+)\s+(?:in|at)\s+the\s+(Russian|Vietnamese)\s+capital\b")


def _writes(city: str, folded: list[str]) -> bool:
    forms = {fold(v) for v in names.country_variants(city)}
    return any(re.search(r"\b" + re.escape(f) + r"\b", t) for f in forms if f for t in folded)


def elsewhere(raw: str, lang: str, ans: Answer) -> str | None:
    """The city the question sets its event in when no text of the reply writes it and a quote sets
    something in another city; else None."""
    if lang == "ru" or not ans.answered or not ans.citations or _ASKS_PLACE.search(raw):
        return None
    cities = asked_cities(raw)
    if not cities:
        return None
    folded = [fold(_DATELINE.sub(" ", t)) for t in shown_texts(ans)]  # a dateline's city sets nothing there
    unwritten = [city for city in cities if not _writes(city, folded)]
    if not unwritten:
        return None  # (the quotes' scenes are read only when some city asked is unwritten)
    scenes = set().union(*(scene_cities(c.quote) for c in ans.citations))
    return next((city for city in unwritten if scenes - {city}), None)
