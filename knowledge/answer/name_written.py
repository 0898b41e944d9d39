"""Does a sentence write a name of its own for the thing a question asks the name of?

"What is the name of the joint venture?" is answered by "Gazpromviet, a joint venture that …", "What
is the name of the prototyping centre?" by "the Kinetica engineering centre for … prototyping", "What
are the names of the frigates?" by "The ships carry the names Trần Hưng Đạo and Quang Trung", "What
is the name of the photo exhibition?" by 'An exhibition titled "Viet Nam – Landscape and People"'.
News writes the name beside its noun, a few words before it (not a capital opening the sentence), in
apposition, a few words on after "called / named / titled", after "the names", or in quotation marks
by it. A name the question already gives, a people's or a country's name is no answer ("a Russian
cargo ship"). The noun is read from the question as written (asked_noun), else taken as
evidence.py's reading gives it.

fresh_name and name_beside are read by the "which <noun>" checks too (class_instance.py,
detail_shown.py, instance_named.py, role_filled.py, through evidence.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge import lazy_re
from knowledge.answer.irregular_verbs import irregular_past
from knowledge.answer.retrieve import stem
from knowledge.names import DEMONYMS, canonical_country, fold
from knowledge.question.language import detect_language

_FUNCTION = "at|in|on|of|to|for|from|by|with|and|or|the|a|an|its|their|his|her|was|were|is|are|be|been|will"
_NAME = r"([A-Z][\w'’.-]*(?: [A-Z][\w'’-]+)*(?: \d+)?)"
# "the ships carry the names Trần Hưng Đạo and …": the name after the word naming it, anywhere
_NAMES = lazy_re.compile(r"\bthe names? [\"“]?([A-Z0-9][\w'’.-]*(?: [A-Z0-9][\w'’.-]*)*)")
# "a project in Saint Petersburg called \"…\"", "an exhibition titled …": a few words after the noun
_CALLED = r"(?:\s+[\w'’-]+){0,5}\s+(?:called|named|titled|entitled|dubbed|known as)\s+[\"“]?" \
          r"([A-Z0-9][\w'’.-]*(?: [A-Z0-9][\w'’.-]*)*)"
_QUOTED = r"[\"“]([A-Z][^\"”]{1,80})[\"”]"
# "the name of the [Russian] joint venture Gazprom and …", "… of the prototyping centre the delegation saw":
# the noun ends the run of lower-case words before a name, a determiner, a linking word or a participle
_NAME_OF = lazy_re.compile(r"\bnames? of (?:the |a |an )?+(?:[A-Z][\w-]* )*+((?:[a-z][\w-]* ){0,3}?[a-z][\w-]*)"
                      r"(?= [A-Z]| (?:the|a|an|that|which|who|whom|where|when|in|at|on|of|for|from|by|with|and|is|was"
                      r"|are|were|did|does|has|had)\b| [a-z]+ed\b|\s*[?.!]|$)")
# "the name of the company behind the plant": a preposition ends the noun phrase asked
_PREPOSITIONS = {"behind", "about", "after", "before", "during", "over", "under", "near", "into", "between", "among",
                 "around", "across", "through", "against", "without", "within", "via", "beside", "inside", "outside"}
_COUNTS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both", "first", "last"}


@lru_cache(maxsize=256)
def _question_words(raw: str, tokens: tuple[str, ...]) -> frozenset[str]:
    if detect_language(raw) != "vi":
        return frozenset(re.findall(r"[a-z0-9]+", fold(raw))) | frozenset(tokens)
    later = raw.split()[1:]  # capitalised after the first word: a name's syllables
    return frozenset(w for n in later if n.lstrip("(\"“'‘«")[:1].isupper() for w in re.findall(r"[a-z0-9]+", fold(n))) | frozenset(tokens)


def question_words(raw: str, tokens: list[str]) -> set[str]:
    """The words a question names things with, for telling a name it lacks (fresh_name): its English-like
    tokens and its raw words. A Vietnamese question's lower-case syllables are common words ("tỉnh nào":
    which province), which Vietnamese names share ("Hà Tĩnh", "Thanh Hóa", "Nam Định"): only its capitalised
    syllables count there, its names being in the tokens too."""
    return set(_question_words(raw, tuple(tokens)))


def fresh_name(name: str, words: set[str]) -> bool:
    """A name the question lacks: some word of three letters or more of it not among the question's."""
    got = [w for w in re.findall(r"[a-z0-9]+", fold(name)) if len(w) >= 3 and w != "the"]
    return bool(got) and not set(got) <= words


def _a_name(name: str, asked_words: set[str]) -> bool:
    """A name the question lacks that is no people's or country's name."""
    bare = re.sub(r"['’]s$", "", name.strip())
    return fresh_name(bare, asked_words) and fold(bare) not in DEMONYMS and not canonical_country(bare)


def name_beside(text: str, noun: str, qwords: set[str]) -> bool:
    """Does the sentence write a capitalised name the question lacks right beside the noun asked
    ("the ship Rolldock Star", "Typhoon Kalmaegi", "the Kalmaegi typhoon", "a vessel named …")? A
    nationality or a country beside it ("a Russian cargo ship") names nothing."""
    target = stem(noun)
    toks = re.findall(r"[\w'’.-]+", text)
    for i, w in enumerate(toks):
        if stem(w.lower()) != target:
            continue
        after = toks[i + 2] if i + 2 < len(toks) and toks[i + 1].lower() in ("named", "called") else \
            toks[i + 1] if i + 1 < len(toks) else ""
        for near in (after, toks[i - 1] if i else ""):
            low = fold(near).strip(".")
            if near[:1].isupper() and low not in qwords and low not in ("the", "a", "an") and low not in DEMONYMS \
                    and not canonical_country(low):
                return True
    return False


def apposed(text: str, words: set[str], asked_words: set[str]) -> bool:
    """"Tam Dao 05, a jack-up rig": a name the question lacks, then the noun in apposition (no country:
    "Russia, a close partner")."""
    heads = "|".join(re.escape(w) for w in words)
    rx = rf"((?:[A-Z0-9][\w'’.-]* ){{0,3}}[A-Z0-9][\w'’.-]*), (?:a|an|the) (?:[\w,-]+ ){{0,3}}(?i:{heads})s?\b"
    return any(_a_name(m.group(1), asked_words) for m in re.finditer(rx, text))


def named_near(text: str, family: set[str], asked_words: set[str], strict: bool = False) -> bool:
    """A name the question lacks a few words before the noun ("the Kirov candy factory", "the Ninh Thuan 1
    nuclear power plant"), after it with "of" ("the house church of St Xenia", "a former hostel of MIIT"),
    or after a comma that closes the noun's phrase ("at two plants in the group, Leningradsky Metallichesky
    Zavod and Electrosila"). `strict`: not after a comma, nor a capital opening the sentence ("Although
    many restaurants …"), for the name of the thing itself asked."""
    heads = "|".join(re.escape(w.rstrip("y")) for w in family)
    between = rf"(?:(?!(?:{_FUNCTION})\b)[a-z]+ ){{1,3}}"  # words that qualify the noun, no "at the"
    patterns = (rf"\b{_NAME} {between}(?:{heads})", rf"\b(?:{heads})\w* of (?:the )?{_NAME}",
                rf"\b(?:{heads})\w*(?: [a-z]+){{0,4}}, {_NAME}")
    return any(fresh_name(m.group(1), asked_words) and fold(m.group(1)) not in DEMONYMS
               and not canonical_country(m.group(1)) and not (strict and m.start(1) == 0)
               for rx in (patterns[:2] if strict else patterns) for m in re.finditer(rx, text))


def _quoted_by(text: str, nouns: set[str], asked_words: set[str]) -> bool:
    """A title in quotation marks a few words before or after the noun ('the "Without Borders"
    International Circus Festival', 'the specialist degree in "Nuclear Power Stations: …"')."""
    heads = "|".join(re.escape(w.rstrip("y")) for w in nouns)
    patterns = (rf"{_QUOTED}(?: [\w-]+){{0,3}} (?i:{heads})", rf"(?i:\b(?:{heads}))\w*(?: [\w-]+){{0,2}} {_QUOTED}")
    return any(_a_name(m.group(1), asked_words) for rx in patterns for m in re.finditer(rx, text))


def asked_noun(raw: str) -> str | None:
    """The noun a question asks the name of, read from its words as written ("the name of the joint
    venture Gazprom and Petrovietnam are setting up": venture; "the Russian passenger caught with …":
    passenger), or None ("the names of the six Vietnamese charged": no lower-case noun)."""
    m = _NAME_OF.search(raw)
    words = m.group(1).split() if m else []
    cut = next((k for k, w in enumerate(words)
                if k and (w.endswith("ed") or irregular_past(w) or w in _PREPOSITIONS)), len(words))
    words = [w for w in words[:cut] if w not in _COUNTS and not w.isdigit() and w not in _FUNCTION.split("|")]
    return words[-1] if words else None


def name_written(text: str, noun: str, asked_words: set[str]) -> bool:
    """Does the sentence write a name the question lacks for the thing whose name it asks (`noun`,
    as the question writes it)?"""
    nouns = {noun, noun[:-1] if noun.endswith("s") and len(noun) > 3 else noun}
    heads = "|".join(re.escape(n) for n in nouns)
    return (any(name_beside(text, n, asked_words) for n in nouns) or apposed(text, nouns, asked_words)
            or named_near(text, nouns, asked_words, strict=True) or _quoted_by(text, nouns, asked_words)
            or any(_a_name(m.group(1), asked_words) for m in _NAMES.finditer(text))
            or any(_a_name(m.group(1), asked_words)
                   for m in re.finditer(rf"(?i:\b(?:{heads}))\w*{_CALLED}", text)))
