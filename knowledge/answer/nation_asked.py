"""Which country's person a question asks, and which country a person offered is of.

"Which Russian professor chaired the conference?", "Who is the Vietnamese ambassador at X?", "Who
commanded the Philippine ship X?", "Who opened the symposium on behalf of the Russian Academy?" ask for
a person of one country. The ranking may well put first a sentence naming someone of another ("Tran
Thanh Phuong, dean of … at the Vietnam Law Academy, joined them" for a Russian professor): that person
does not answer (side_shown.py declines the reply). Only the wh-phrase's own nation counts: "who met the
Russian delegation" asks the other side, "who organised a dinner for the Russian guests" anyone.

A person's countries are what the store knows (the demonyms of their titles, a Vietnamese personal name)
and, when a person is surely asked, what the name's form tells (a Vietnamese name; a Russian given name or
patronymic, shared across the former Soviet Union); else a nationality the sentence writes just before the
name over words of title ("Russian Ambassador X", "Vietnam's Deputy Minister X"). Unknown stays unknown,
and blocks nothing.
"""

from __future__ import annotations

import re

from knowledge import lazy_re
from knowledge.answer.evidence import ROLE_NOUNS
from knowledge.answer.holders import POST_NOUNS
from knowledge.answer.irregular_verbs import irregular_past
from knowledge.match.roles import COUNTRY_OF, DEMONYMS
from knowledge.names import VIETNAMESE_SURNAMES, canonical_country, fold, is_vietnamese_name, patronymic
from knowledge.nlp_given_names import russian_given

# demonyms the shared table lacks ("the Philippine ship"), and the Soviet Union read as Russia's past
_MORE = {"philippine": "Philippines"}
_SAME = {"Soviet Union": "Russia"}
_POST_SOVIET = {"Russia", "Ukraine", "Belarus", "Kazakhstan", "Moldova", "Kyrgyzstan", "Uzbekistan", "Tajikistan",
                "Turkmenistan", "Armenia", "Azerbaijan", "Georgia", "Latvia", "Lithuania", "Estonia"}
_BE = {"is", "was", "are", "were"}
_PERSON_LEAD = {"led", "leads", "headed", "heads", "commanded", "commands", "captained", "chaired", "chairs",
                "coached", "coaches", "directed", "directs", "skippered"}  # only a person does these
_LEAD = _PERSON_LEAD | {"represented", "represents"}
# words that end the noun phrase a nation qualifies
_STOP = {"who", "that", "of", "in", "at", "to", "for", "on", "did", "does", "do", "was", "is", "were", "are", "and",
         "whose", "with", "from", "by", "has", "have", "had", "will", "would"}
_SIDE = {"side", "sides", "delegation", "delegations", "team"}
_QUALIFY = {"the", "other", "senior", "top", "former", "current", "then", "new", "two", "three", "leading", "deputy",
            "vice", "first", "chief", "state"}
_RUN = 3  # how many words of field or rank may stand between the nation and the person noun
_WORD = lazy_re.compile(r"[\w'’-]+")
# people asked as a group ("which Vietnamese workers were welcome") are a kind, not someone named
_GROUPS = {"worker", "student", "pupil", "volunteer", "veteran", "graduate", "alumnus", "winner", "champion"}
_PERSONS = (ROLE_NOUNS | POST_NOUNS) - _GROUPS


def nation_of(words: list[str], i: int) -> tuple[str, int] | None:
    """(the country, how many words) a demonym or country name at words[i] writes, else None; none for
    two countries' joint thing ("the Russian-Vietnamese fund")."""
    for n in (2, 1):
        key = " ".join(words[i:i + n])
        country = _MORE.get(key) or DEMONYMS.get(key) or COUNTRY_OF.get(key)
        if country:
            if i + n < len(words) and (_MORE.get(words[i + n]) or DEMONYMS.get(words[i + n])):
                return None
            return _SAME.get(country, country), n
    return None


def _person_noun(w: str) -> bool:
    return w in _PERSONS or w.rstrip("s") in _PERSONS or w.endswith("men") and w[:-3] + "man" in _PERSONS


def _nation_then_person(t: list[str], i: int) -> str | None:
    """The nation at t[i] when its noun phrase ends in a person noun ("russian deputy prime minister"),
    not a body's ("russian ministries sent officials")."""
    got = nation_of(t, i)
    if got is None:
        return None
    for w in t[i + got[1]:i + got[1] + _RUN]:
        if _person_noun(w):
            return got[0]
        if w in _STOP or w.endswith("ed") or irregular_past(w) or w.endswith("ies"):
            return None
    return None


def person_nation_asked(tokens: list[str]) -> tuple[str, bool] | None:
    """(the country whose person the question's wh-phrase asks for, whether a person is surely asked:
    by a person noun or a verb only a person does, not "who represented / signed for", which a body
    may answer), else None."""
    t = [w for w in tokens if w not in ("?", ",", ".")]
    if len(t) < 3:
        return None
    if t[0] in ("which", "what") or t[0] == "who" and t[1] in _BE:
        i = 1 if t[0] != "who" else 2
        while i < len(t) - 1 and t[i] in _QUALIFY:
            i += 1
        got = _nation_then_person(t, i)
        return (got, True) if got else None
    if t[0] != "who":
        return None
    if t[1] in ("among", "of", "from") and (got := nation_of(t, 3 if t[2] == "the" else 2)):
        return got[0], False  # "кто из вьетнамских министров", "who from the Russian side"
    if t[1] in _LEAD and t[2] == "the" and (got := nation_of(t, 3)):
        return got[0], t[1] in _PERSON_LEAD  # "who led the Russian delegation", "who commanded the Philippine ship"
    for i in range(2, len(t) - 3):
        if t[i:i + 3] == ["on", "behalf", "of"] and (got := nation_of(t, i + 4 if t[i + 3] == "the" else i + 3)):
            return got[0], False  # "who spoke on behalf of the Russian Academy"
        if t[i] in ("for", "on") and t[i + 1] == "the" and (got := nation_of(t, i + 2)) \
                and t[i + 2 + got[1]:i + 3 + got[1]] and t[i + 2 + got[1]] in _SIDE:
            return got[0], False  # "who signed for the Vietnamese side"
    return None


def written_nation(text: str, name: str) -> str | None:
    """The country the sentence writes just before the name, over words of title ("Russian Deputy Prime
    Minister X", "Vietnam's Ambassador X"); None when it writes none there."""
    words = _WORD.findall(fold(text))
    own = fold(name).split()
    for i in range(len(words) - len(own) + 1):
        if words[i:i + len(own)] != own:
            continue
        for k in range(i - 1, max(-1, i - 7), -1):
            w = re.sub(r"['’]s$", "", words[k])
            got = nation_of(words, k) or nation_of([w], 0)
            if got and not (k and words[k - 1] in ("to", "in")):  # "Ambassador to Vietnam X": served there
                return got[0]
            if not (_person_noun(w) or w in _QUALIFY or w in ("of", "and", "minister", "prime", "general", "foreign",
                                                                "defence", "defense", "trade", "party")):
                break
        return None
    return None


def form_nations(name: str) -> set[str]:
    """The countries a person's name form tells: a Vietnamese name; a Russian given name or patronymic,
    which Ukrainians, Belarusians and others of the former Soviet Union share."""
    parts = name.split()
    if is_vietnamese_name(name):
        return {"Vietnam"}
    if len(parts) >= 2 and (russian_given(parts[0]) or any(patronymic(p) for p in parts[1:])):
        return set(_POST_SOVIET)
    return set()


_NAME_RUN = lazy_re.compile(r"\b[A-ZÀ-Ỹ][\w’'-]+(?: [A-ZÀ-Ỹ][\w’'-]+){1,3}")


def names_of(texts: list[str], nation: str, qwords: set[str]) -> bool:
    """Does a text write a name whose form is of the nation, opened by a Vietnamese family name or a
    Russian given name (a person the store may not know: "It was signed by Hoàng Bình Quân"), beyond
    the names the question writes (`qwords`, folded)?"""
    for t in texts:
        for m in _NAME_RUN.finditer(t):
            words = m.group(0).split()
            for i in range(len(words) - 1):
                name = words[i:i + 3]
                first = fold(name[0])
                if (first in VIETNAMESE_SURNAMES and nation == "Vietnam" or russian_given(first)
                        and nation in _POST_SOVIET) and not set(fold(" ".join(name)).split()) <= qwords:
                    return True
    return False


def person_nations(known: set[str], name: str, text: str, by_form: bool = True) -> set[str]:
    """The countries a person may be of: what the store knows (`known`) and, with `by_form`, what the
    name's form tells; else a nationality the sentence writes before the name. Empty when nothing tells."""
    out = {_SAME.get(c, c) for c in ((canonical_country(n) or n) for n in known)}
    if by_form:
        out |= form_nations(name)
    if out:
        return out
    side = written_nation(text, name)
    return {side} if side else set()
