"""A question that names its refinery, festival, airport or forum answered by a quote about another one.

"When did Gazprom Neft leave the Nghi Son refinery talks?" answered by "… dropped out of talks to buy
49 percent of Vietnam's Dung Quat refinery", or "Which prize did the act win at the No Borders festival?"
by "At Moscow's IDOL World Circus Arts Festival, the jury handed its Special Prize …": the article writes
the asked name elsewhere, so the article-level anchor check keeps the reply, but the lead quote tells of
another thing of the same kind. Read narrowly: the asked thing is a name directly before (English) or
after (Vietnamese) a head noun of a kind that has proper names; the lead quote names a thing of that kind
with a name sharing no word with the asked one; and neither the lead quote nor the reply's head line
writes the asked name or any long word of it (a short form, "the Dung Quat plant" for "Dung Quat
refinery", keeps the reply; so does a quote that names no other such thing, "the festival", "it").
"""

from __future__ import annotations

import re

from knowledge import lazy_re, names
from knowledge.answer.time_shown import shown_texts
from knowledge.facts import Answer
from knowledge.names import fold

_HEADS_EN = ("refinery", "festival", "airport", "forum", "expo", "exhibition", "fair", "museum", "theatre",
             "stadium", "university", "institute", "platform", "field", "dam")
# Vietnamese head phrases (folded) and the English head a quote writes for them
_HEADS_VI = {"nha may loc dau": "refinery", "san bay": "airport", "lien hoan": "festival",
             "le hoi": "festival", "dien dan": "forum", "trien lam": "exhibition", "hoi cho": "fair",
             "bao tang": "museum", "nha hat": "theatre", "san van dong": "stadium", "truong dai hoc": "university",
             "dai hoc": "university", "vien": "institute", "gian khoan": "platform", "mo": "field"}
_CAP = r"[A-Z\u00C0-\u1EF8][\w'’.\-]*"
# a Vietnamese head phrase, up to three lower-case words, then a name: compiled once (one pattern per head
# was compiled again and again, beyond the re module's cache)
_VI_HEADED = [(re.compile(r"(?i:\b" + r"\s+".join(phrase.split()) + ")" + r"\s+(?:[a-z]+\s+){0,3}?((?:" + _CAP
                          + r"\s*){1,4})"), head) for phrase, head in _HEADS_VI.items()]
_LINK = r"(?:of|for|de|and)"
# capitalised words (digits and "of"/"for" between them) before an English head noun, one small word
# other than an article allowed between ("the Hanoi International Film Festival", "Dung Quat oil refinery")
_EN_NAMED = lazy_re.compile(r"((?:" + _CAP + r"|\d+)(?:\s+(?:" + _CAP + r"|\d+|" + _LINK + r"))*)"
                       r"\s+(?:(?!(?:the|a|an)\s)[a-z]+\s+)?((?i:" + "|".join(_HEADS_EN) + r"))s?\b")
_GENERIC = {"the", "a", "an", "which", "what", "when", "where", "who", "why", "how", "did", "does",
            "international", "world", "national", "annual", "state", "city", "new", "old", "and", "of", "for",
            "de", "at", "in", "on"}


def _core(name: str) -> list[str]:
    """The folded words of a name that tell it apart: no article, question word, generic word or nationality."""
    out = []
    for w in fold(name).split():
        if w in _GENERIC or names.country_of_demonym(w.capitalize()) or names.canonical_country(w.capitalize()):
            continue
        out.append(w)
    return out


def _named_en(text: str, case_head: bool) -> list[tuple[str, list[str]]]:
    """(head, distinctive words) of each thing an English text names before a head noun."""
    out = []
    for m in _EN_NAMED.finditer(text):
        words = m.group(1).split()
        owner = [i for i, w in enumerate(words) if re.search(r"['’]s$", w)]
        words = words[owner[-1] + 1:] if owner else words  # "Moscow's IDOL festival": the owner is no name
        while words and not words[0][:1].isupper() and not words[0][:1].isdigit():
            words.pop(0)  # a link word cannot open a name
        core = _core(" ".join(words))
        if core and (not case_head or any(c.isupper() for c in m.group(0))):
            out.append((m.group(2).lower(), core))
    return out


def asked_named(raw: str, lang: str) -> list[tuple[str, list[str]]]:
    """(English head, distinctive words) of each thing the question names by head noun and a name of two
    words or more: a single word before a head is most often a place or a kind ("the Moscow festival",
    "a European festival", "Diễn đàn Kinh tế"), which a quote may well write otherwise."""
    return [(h, c) for h, c in _asked_any(raw, lang) if sum(not w.isdigit() for w in c) >= 2]


def _asked_any(raw: str, lang: str) -> list[tuple[str, list[str]]]:
    if lang == "en":
        return _named_en(raw, case_head=False)
    if lang != "vi":
        return []
    out = []
    plain = names.strip_diacritics(raw)
    for rx, head in _VI_HEADED:
        for m in rx.finditer(plain):  # case kept: a name still opens with a capital
            if core := _core(m.group(1)):
                out.append((head, core))
    return out


def _run(core: list[str]) -> str:
    """A name's words run together, digits left out ("Hà Nội" as "hanoi")."""
    return "".join(w for w in core if not w.isdigit())


def _writes(core: list[str], texts: list[str]) -> bool:
    """Does a text write the name, a long word of it, or its words run together ("Hà Nội" as "Hanoi")?"""
    phrase = " ".join(core)
    long_words = [w for w in core if len(w) >= 4 and not w.isdigit()] + [_run(core)]
    return any(re.search(r"\b" + re.escape(phrase) + r"\b", t)
               or any(re.search(r"\b" + re.escape(w) + r"\b", t) for w in long_words) for t in texts)


def other_named(raw: str, lang: str, ans: Answer) -> bool:
    """Does the lead quote tell of another named thing of the kind the question names, writing not its name?"""
    if not ans.answered or not ans.citations:
        return False
    asked = asked_named(raw, lang)
    if not asked:
        return False
    lead = ans.citations[0].quote
    texts = [fold(t) for t in shown_texts(ans)[:1]] + [fold(lead)]
    quoted = _named_en(lead, case_head=True)
    for head, core in asked:
        if _writes(core, texts):
            continue
        if any(h == head and not set(c) & {*core, _run(core)} for h, c in quoted):
            return True
    return False
