"""The title a "who" question asks a holder of, and whether a sentence writes it beside a name.

"Which Russian ambassador was at the gathering?", "Who was Vietnam's ambassador at the ceremony?"
ask for a person by the title news writes before the name ("Russian Ambassador Konstantin
Vnukov", "conductor Nikolay Alexeev") or after it (", director of the centre"). The article's lead
often names the event and its words but not that person; the sentence that writes the title beside
a name is the answer. The re-ranking reads this as one feature (rerank.title_named).

The title alone is not enough: "which Russian minister" is not answered by "Prime Minister Pham
Minh Chinh" (a Vietnamese name), nor "which director made the film X" by the director of another
film. So the question's nationality must not be contradicted by the name's side (as side_asked.py
decides a person's side), and an object the question ties the title to ("director of X", "director
made X") must be written in the sentence too.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from knowledge import lazy_re
from knowledge.answer.holders import TITLE_NOUNS
from knowledge.answer.side_asked import NATION, OTHER
from knowledge.names import canonical_country, fold, is_vietnamese_name, strip_diacritics

_TITLES = "|".join(sorted(TITLE_NOUNS - {"general", "major", "officer", "representative"}, key=len, reverse=True))
# the title heads the question's wh-phrase: "which (russian) ambassador", "who was (vietnam 's) ambassador"
# (the words between qualify the title: no verb of the question, "what did the mayor say" asks no mayor)
_QUALIFIER = r"(?:(?!(?:did|does|do|is|was|are|were|has|have|had|will|would|can|could|should)\b)[\w'-]+ )"
_ASKED = lazy_re.compile(rf"^(?:which|what) ({_QUALIFIER}{{0,3}}?)({_TITLES})s?\b(.*)"
                    rf"|^who (?:is|was|are|were) (?:the )?({_QUALIFIER}{{0,3}}?)({_TITLES})s?\b(.*)")
_WORD = lazy_re.compile(r"[\w'’-]+|,")
_NATIONS = NATION | {"viet": "Vietnam"}
# a work or body the title is tied to: "director of X", "(the) director (who) made X"
_TIES = {"of", "made", "make", "makes", "directed", "shot", "filmed", "produced", "wrote", "written", "created",
         "staged", "composed", "designed", "founded"}
# words that end the object ("director of the centre at the university": the centre)
_OBJECT_END = {"at", "in", "on", "during", "to", "for", "with", "when", "where", "from", "by", "and", "that",
               "which", "who", "about", "after", "before", "last", "this", "?"}
# words of rank or field between a nationality and the title ("Russian Deputy Prime Minister")
_RANK = {"deputy", "vice", "first", "senior", "chief", "general", "defence", "defense", "foreign", "trade", "prime",
         "state", "former", "acting", "culture", "economic", "finance", "interior", "health", "education", "the"}
_COUNTRY_ASKED = {"country", "countries", "nation", "nations"}
_FILLER = {"the", "a", "an", "who", "that", "which", "s", "'s"}


class TitleAsked(NamedTuple):
    """The title noun asked, the country its qualifier names ("" when none) and the object's words."""
    noun: str
    nation: str = ""
    obj: tuple[str, ...] = ()


def asked_title(question_tokens: list[str]) -> str:
    """The title noun the question's wh-phrase asks a holder of ("" when none)."""
    return asked_holder(question_tokens).noun


def asked_holder(question_tokens: list[str]) -> TitleAsked:
    """The title asked, with its qualifier's country and the object the question ties it to."""
    m = _ASKED.match(" ".join(question_tokens))
    if not m:
        return TitleAsked("")
    qualifier, noun, rest = (m.group(1), m.group(2), m.group(3)) if m.group(2) else (m.group(4), m.group(5), m.group(6))
    if _COUNTRY_ASKED & set(qualifier.split()):
        return TitleAsked("")  # "which other countries' ministers": the countries are asked, not a holder
    nations = {_NATIONS[w] for w in qualifier.split() if w in _NATIONS}
    return TitleAsked(noun, nations.pop() if len(nations) == 1 else "", _object(rest.split()))


def _object(after: list[str]) -> tuple[str, ...]:
    """The words of the object a title is tied to just after it ("of the asean centre", "made white tiger")."""
    k = 1 if after[:1] in (["who"], ["that"]) else 0
    if k >= len(after) or after[k] not in _TIES:
        return ()
    if after[k] == "of" and after[k + 1:k + 2] in (["government"], ["state"], ["staff"]):
        return ()  # "head of government", "head of state": one title
    words: list[str] = []
    for w in after[k + 1:]:
        if w in _OBJECT_END or words and w.endswith(("ed", "ing")):
            break  # "the governor of st petersburg named in the report"
        if w not in _FILLER:
            words.append(w)
    return tuple(words)


def _capital_name(w: str) -> bool:
    return w[:1].isupper() and w.lower() not in TITLE_NOUNS and w.lower() not in ("of", "the")


def _written_nation(words: list[str], i: int) -> str:
    """The country written just before the title at `i`, over words of rank ("Russian Deputy Prime
    Minister", "Vietnam's Ambassador"), or ""."""
    for k in range(i - 1, max(-1, i - 5), -1):
        w = re.sub(r"['’]s$", "", fold(words[k]))
        if w in _NATIONS:
            return _NATIONS[w]
        if w not in _RANK and w not in TITLE_NOUNS:
            return ""
    return ""


def _contradicted(nation: str, written: str, name: list[str]) -> bool:
    """Is the name's side, as written before its title or as its form says, the other country?"""
    if not nation:
        return False
    side = written or ("Vietnam" if is_vietnamese_name(" ".join(name)) else "")
    if not side and nation == "Vietnam":
        side = "Russia"  # a name of no Vietnamese form in these two-country reports (side_asked._person_side)
    return side == OTHER.get(nation, "")


def _writes_object(words: list[str], obj: tuple[str, ...]) -> bool:
    """Does the sentence write the object's words (all of a short one, all but one of a longer one)?"""
    if not obj:
        return True
    have = {fold(w).rstrip("s") for w in words}
    missing = sum(1 for w in obj if fold(w).rstrip("s") not in have)
    return missing == 0 or len(obj) >= 3 and missing == 1


@lru_cache(maxsize=1 << 14)
def title_named(text: str, asked: TitleAsked | str) -> bool:
    """Does the sentence write the title asked beside a name: before a capitalised name
    ("Ambassador Dang Minh Khoi", "conductor Nikolay Alexeev") or after a name and a comma
    ("Viktor Sumsky, director of the ASEAN Centre"), of a side the question's nationality allows,
    and the object the question ties the title to?"""
    asked = TitleAsked(asked) if isinstance(asked, str) else asked
    if not asked.noun:
        return False
    words = _WORD.findall(text.replace("’", "'"))
    written = _writes_object(words, asked.obj)
    noun = asked.noun.rstrip("s")
    for i, w in enumerate(words):
        if strip_diacritics(w).lower().rstrip("s") != noun:
            continue
        if not written and not _refers_back(words, i, asked.obj):
            continue  # the object neither written nor referred back to ("director of the fair")
        name = _name_beside(words, i)
        if name and not _contradicted(asked.nation, _written_nation(words, i), name):
            return True
    return False


def _refers_back(words: list[str], i: int, obj: tuple[str, ...]) -> bool:
    """Is the title at `i` written of its object by a common noun: "director of the fair", or the
    object's head before it ("association president" of "the X Friendship Association")?"""
    if words[i + 1:i + 3] == ["of", "the"] and i + 3 < len(words) and words[i + 3].islower():
        return True
    return i > 0 and fold(words[i - 1]).rstrip("s") == obj[-1].rstrip("s")


def _name_beside(words: list[str], i: int) -> list[str]:
    """The name written beside the title at `i`: after it ("Ambassador Konstantin Vnukov", "Ambassador
    to Russia Nguyen Van Minh", "Minister of Science and Technology Tran Van Nam") or before it and a
    comma ("Viktor Sumsky, director …"); [] when none."""
    j = i + 1
    if j < len(words) and fold(words[j]).lower() == "general":
        j += 1  # "Consul General Nguyen Viet Kien", "Director General X": one title
    if words[j:j + 1] == ["to"] and j + 1 < len(words) and canonical_country(words[j + 1]):
        j += 2  # the country served in
    run = _capital_run(words, j)
    if words[j:j + 1] == ["of"]:
        body = _capital_run(words, j + 1, joins=("and",))
        tail = [x for x in body if x != "and"]
        if len(tail) >= 4 or len(tail) >= 3 and is_vietnamese_name(" ".join(tail[-3:])):
            return tail[-3:]  # the body's name, then the holder's
    elif len(run) >= 2:
        return run
    if i >= 3 and words[i - 1] == ",":
        k = i - 1
        while k > 0 and k > i - 6 and _capital_name(words[k - 1]):
            k -= 1
        return words[k:i - 1] if i - 1 - k >= 2 else []
    return []


def _capital_run(words: list[str], j: int, joins: tuple[str, ...] = ()) -> list[str]:
    """The capitalised words from `j` on (over the `joins`), at most six."""
    run: list[str] = []
    while j < len(words) and len(run) < 6 and (_capital_name(words[j]) or words[j] in joins):
        run.append(words[j])
        j += 1
    return run
