"""Acronyms a question uses where the articles spell the words out ("the NA chairman", "the FTA",
"FDI projects"): written out before the question is read, so that they are searched for and
matched as roles or organisations instead of being taken for an unknown name.

An acronym becomes the phrase an article defines it as ("the Eurasian Economic Union (EAEU)");
one the articles write but never define is left alone; any other becomes a well-known expansion,
or else the articles' capitalised phrase whose word initials spell it ("Ministry of Foreign
Affairs" for MFA) when that phrase is nobody's name. The store's text is read once, at the first acronym."""

from __future__ import annotations

import re
import sqlite3
from collections import Counter

from knowledge import lazy_re
from knowledge.names import fold

WELL_KNOWN = {
    "NA": "national assembly", "PM": "prime minister", "FM": "foreign minister", "FTA": "free trade agreement",
    "FDI": "foreign direct investment", "ODA": "official development assistance", "GDP": "gross domestic product",
    "GMP": "good manufacturing practice", "EAEU": "eurasian economic union", "EEU": "eurasian economic union",
    "EU": "european union", "UN": "united nations", "UNSC": "united nations security council",
    "WTO": "world trade organization", "MOU": "memorandum of understanding", "MFA": "ministry of foreign affairs",
    "MOD": "ministry of defence", "CPV": "communist party of vietnam", "HCMC": "ho chi minh city",
    "LNG": "liquefied natural gas", "NPP": "nuclear power plant", "SME": "small and medium sized enterprises",
    "SMES": "small and medium sized enterprises", "SOE": "state owned enterprises", "RF": "russian federation",
    "USSR": "soviet union", "VN": "vietnam", "IT": "information technology", "AI": "artificial intelligence",
    "R&D": "research and development", "CIS": "commonwealth of independent states",
    # Vietnamese ones a Vietnamese question uses
    "ĐCSVN": "communist party of vietnam", "TTXVN": "vietnam news agency", "UBND": "people's committee",
    "MTTQ": "fatherland front", "HCM": "Ho Chi Minh", "TPHCM": "thanh pho Ho Chi Minh",
    # thành phố (city) before any city's name ("TP Hồ Chí Minh", "TP Đà Nẵng"), never an article's
    # capitalised phrase of those initials; national university, science and technology, the UN,
    # people's councils, the People's Army
    "TP": "thanh pho", "ĐHQG": "national university", "KHCN": "science and technology",
    "LHQ": "united nations", "HĐND": "people's council", "QĐND": "people's army",
}
# "TP HCM", "TP.HCM" (thành phố Hồ Chí Minh), as Vietnamese writes the city: never an article's "TP"
_HCMC = lazy_re.compile(r"\bTP\.?\s*HCM\b")
_ACRONYM = lazy_re.compile(r"(?<![\w&])([A-ZĐ][A-ZĐ&]{1,5})(?:s\b|(?![\w&]))")
_MIXED = lazy_re.compile(r"(?<![\w&])([A-Z][a-z][A-Z])(s?)(?![\w&])")  # "MoU", "MoUs"
_ROMAN = lazy_re.compile(r"[IVXLC]+")
_CONNECTORS = {"of", "and", "for", "on", "the", "in", "&"}
_DEFINED = lazy_re.compile(r"((?:[A-Z][\w-]*\s+(?:(?:of|and|for|on|the|in|&)\s+)*){1,6})\(([A-Z][A-Z&]{1,5})\)")


# a Russian acronym: two to five capitals
_CYR_ACRONYM = lazy_re.compile(r"(?<![\w])([А-ЯЁ]{2,5})(?![\w])")
# the initial a Russian acronym's letter renders: its own sound, or the English word's initial for the
# words institutions' names begin with (государственный: State, наук: Sciences, международный:
# International, научно-исследовательский: Research, общество: Society, союз: Union, совет: Council)
_INITIALS = {"А": "A", "Б": "B", "В": "V", "Г": "GS", "Д": "D", "Е": "E", "Ё": "E", "Ж": "Z", "З": "Z", "И": "I",
             "К": "KC", "Л": "L", "М": "MI", "Н": "NSR", "О": "OS", "П": "P", "Р": "R", "С": "SUC", "Т": "T",
             "У": "U", "Ф": "F", "Х": "K", "Ц": "C", "Ч": "C", "Ш": "S", "Щ": "S", "Э": "E", "Ю": "Y", "Я": "Y"}


def _glossed(acr: str) -> bool:
    from knowledge.question.vocab_ru import RU_FORMS, RU_STEMS

    return fold(acr.lower()) in RU_FORMS or fold(acr.lower()) in RU_STEMS


def cyrillic_initials(acr: str) -> list[str]:
    """The Latin initials a Russian acronym may stand for, its letters' own sounds first ("РАН": RAN, RAS …)."""
    outs = [""]
    for ch in acr:
        outs = [o + c for o in outs for c in _INITIALS.get(ch, "")]
    return [o for o in outs if len(o) == len(acr)]


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w[:1].isupper())


class Acronyms:
    """The store's acronyms and their spelled-out phrases, read once per engine on first use."""

    def __init__(self, conn: sqlite3.Connection, is_person=lambda phrase: False):
        self.conn = conn
        self.is_person = is_person  # a phrase that is someone's name never expands an acronym
        self._written: set[str] | None = None
        self._defined: dict[str, str] = {}
        self._runs: dict[str, Counter] = {}
        self._mixed: dict[str, bool] = {}  # "MoU" -> do the articles write it so
        self._tails: dict[str, Counter] = {}  # a run's closing parts ("Moscow State Technical University")

    def expand(self, question: str) -> str:
        """The question with every acronym the articles don't write spelled out (where known)."""
        question = _HCMC.sub("thanh pho Ho Chi Minh", question)
        question = _MIXED.sub(self._spell_mixed, question)
        letters = [c for c in question if c.isalpha()]
        if sum(c.isupper() for c in letters) > 0.6 * len(letters):
            return question  # a question typed in capitals
        if _CYR_ACRONYM.search(question):
            question = _CYR_ACRONYM.sub(self._spell_cyrillic, question)
        if not _ACRONYM.search(question):
            return question

        def spell(m: re.Match) -> str:
            acr = m.group(1)
            if _ROMAN.fullmatch(acr) or acr.upper() != acr:
                return m.group(0)
            self._read()
            if acr in self._defined:
                return self._defined[acr]
            if acr in self._written:
                return m.group(0)
            phrase = WELL_KNOWN.get(acr) or self._run(acr)
            return phrase if phrase else m.group(0)

        return _ACRONYM.sub(spell, question)

    def _spell_cyrillic(self, m: re.Match) -> str:
        """A Russian acronym ("РАН", "МГТУ") as the articles write it: their Latin acronym of the same
        letters ("НАТО": NATO), else the phrase they define or write whose initials it renders."""
        if _glossed(m.group(1)):
            return m.group(0)  # "МИД", "ЕАЭС": the Russian vocabulary reads it
        self._read()
        cands = cyrillic_initials(m.group(1))
        if cands and cands[0] in self._written:
            return cands[0]
        for latin in cands if len(m.group(1)) >= 3 else []:  # two letters spell too many phrases
            phrase = self._defined.get(latin) or self._run(latin) or self._run(latin, self._tails)
            if phrase:
                return phrase
        return m.group(0)

    def _spell_mixed(self, m: re.Match) -> str:
        """"MoU": a well-known acronym written with a small letter, spelled out unless the articles
        write it so themselves."""
        acr, phrase = m.group(1), WELL_KNOWN.get(m.group(1).upper())
        if phrase and acr not in self._mixed:
            self._mixed[acr] = self.conn.execute("SELECT 1 FROM sentences WHERE instr(text, ?) LIMIT 1",
                                                 [acr]).fetchone() is not None
        if not phrase or self._mixed[acr]:
            return m.group(0)
        return phrase + ("s" if m.group(2) else "")

    def _run(self, acr: str, runs: dict[str, Counter] | None = None) -> str | None:
        for phrase, _n in (self._runs if runs is None else runs).get(acr, Counter()).most_common():
            if not self.is_person(phrase):
                return fold(phrase)
        return None

    def _read(self) -> None:
        if self._written is not None:
            return
        written: set[str] = set()
        for (text,) in self.conn.execute("SELECT text FROM sentences"):
            written.update(m.group(1) for m in _ACRONYM.finditer(text))
            for m in _DEFINED.finditer(text):
                words = m.group(1).split()
                if _initials(words) == m.group(2).replace("&", ""):
                    self._defined.setdefault(m.group(2), fold(m.group(1)))
            self._count_runs(text)
        self._written = written

    def _count_runs(self, text: str) -> None:
        """Every capitalised run of the sentence ("National Assembly Chairman Vương Đình Huệ") and
        its leading parts ("National Assembly"), under their initials."""
        words = re.findall(r"[\w&-]+", text)
        i = 0
        while i < len(words):
            if not words[i][:1].isupper():
                i += 1
                continue
            run = [words[i]]
            j = i + 1
            while j < len(words) and (words[j][:1].isupper() or (
                    words[j] in _CONNECTORS and j + 1 < len(words) and words[j + 1][:1].isupper())):
                run.append(words[j])
                j += 1
            for k in range(2, len(run) + 1):
                if run[k - 1][:1].isupper():
                    self._runs.setdefault(_initials(run[:k]).upper(), Counter())[" ".join(run[:k])] += 1
            for k in range(1, len(run) - 1):
                if run[k][:1].isupper():
                    self._tails.setdefault(_initials(run[k:]).upper(), Counter())[" ".join(run[k:])] += 1
            i = j


def spelled_out(conn: sqlite3.Connection, source_id: int, text: str) -> str:
    """The folded phrases the article defines the text's acronyms as ("Joint Institute for Nuclear
    Research (JINR)" for "JINR"): a role's qualifier the question spelled out is written so."""
    acrs = {m.group(1) for m in _ACRONYM.finditer(text)}
    if not acrs:
        return ""
    found = [fold(m.group(1)) for (line,) in conn.execute(
        "SELECT text FROM sentences WHERE source_id = ? AND instr(text, '(') > 0", [source_id])
        for m in _DEFINED.finditer(line) if m.group(2) in acrs]
    return " ".join(found)
