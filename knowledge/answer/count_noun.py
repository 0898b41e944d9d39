"""A "how many <noun>" reply whose every figure counts another noun is no answer.

"How many doctors took part?" is not answered by "25 staff members attended", nor "How many paintings
did she sell?" by "the show brings together 50 paintings" only when the figure counts paintings: the
figure must count the noun asked. count_shown.py declines figures that frame a report (countries,
years, dollars); this check reads the asked noun — the head of the words after "how many", past
qualifiers ("how many Russian language teachers": teachers) — and, in the loader's stored parse of each
quote, the noun each figure counts (count_shown._figure_nouns: "1,000 scholarships", "a delegation of
30", "thousands of students"). The reply is declined when every figure is read and none counts the
asked noun, a noun news writes for it (_SAME_COUNTED and the near names below), or a noun it shortens
or lengthens ("fighter-bombers" for "fighters"). A general noun asked ("people", "times", "countries",
a people's name) leaves the reply alone: any group may answer it. An earlier try that guessed the
kind (people or things) of both nouns lost to demonyms read as people, and one declining every other
noun counted lost synonyms ("five films" for "how many movies"): here a quote is declined only when it
writes the asked noun itself in the plural and no figure counts it, or writes it in no form at all (the
sentence before the answering one, quoted for its subject: "opened a campus with 12 buildings") and
counts no group of people in general when people are asked. Likewise a "how much" reply whose
figures all count things ("five recommendations" for "how much did trade reach") and write no amount.
Vietnamese and Russian questions are read through their English reading (knowledge.question), which keeps
their word order: the head comes first ("bao nhiêu giáo viên tiếng Nga": "how many teachers russian
language", "сколько подводных лодок": "how many submarines boats"), so there the asked noun is the first
noun after "how many", past adjectives and peoples' names, and only when the reading writes it in the
plural (a singular one may be a people's name misread: "người Việt kinh doanh", "Vietnamese business").
"""

from __future__ import annotations

import re
import sqlite3

from knowledge import lazy_re
from knowledge.answer.count_forms import _SAME_COUNTED, PEOPLE_NOUNS, _one_edit, _singular
from knowledge.answer.count_shown import _MEASURES, _figure_nouns
from knowledge.answer.count_tied import _GENERIC, _children, _counted_by, _noun_word
from knowledge.answer.english_lexicon import classes
from knowledge.answer.figure_shown import _COUNTS_EVENTS, asks_figure
from knowledge.answer.paraphrases import paraphrases
from knowledge.answer.retrieve import stem
from knowledge.answer.evidence import stored_parse
from knowledge.facts import Answer
from knowledge.question import Question
from knowledge.names import DEMONYMS

# names news writes for one another when counting people or bodies (beyond count_forms._SAME_COUNTED)
_NEAR = [{"tourist", "visitor", "holidaymaker", "traveller", "traveler", "arrival", "passenger", "guest", "trip"},
         {"soldier", "troop", "serviceman", "officer", "personnel", "cadet", "military", "servicemen", "member"},
         {"student", "pupil", "trainee", "graduate", "alumni", "scholar", "learner", "cadet", "scholarship"},
         {"worker", "labourer", "laborer", "employee", "staff", "personnel", "labour", "labor", "member"},
         {"expert", "specialist", "scientist", "engineer", "researcher", "academic", "scholar"},
         {"delegate", "participant", "attendee", "representative", "member", "guest", "official", "leader"},
         {"doctor", "physician", "medic", "nurse"}, {"company", "firm", "enterprise", "business", "exporter",
                                                      "producer", "investor", "exhibitor", "organisation", "organization"},
         {"project", "deal", "agreement", "contract", "document", "accord", "memorandum", "mou"}]
# asked nouns any counted group may answer
_GENERAL = _GENERIC | {"time", "country", "nation", "person", "one", "other", "more", "member", "thing", "number",
                       "total", "kind", "type", "part", "piece", "unit", "item", "case", "victim", "casualty"}
# words that end the noun group after "how many"
_STOP = {"of", "did", "do", "does", "were", "was", "are", "is", "will", "can", "have", "has", "had", "would", "could",
         "should", "may", "might", "must", "in", "at", "on", "to", "from", "a", "an", "the", "per", "each", "and", "or", "for", "by", "with",
         "a", "that", "who", "which", "there", "they", "he", "she", "it", "we", "you", "this", "these", "those",
         "such", "so", "as", "than"}
# nouns a figure may count that stand for another's count ("tourist arrivals hit a record 606,637")
_STAND_IN = {"record", "total", "high", "peak", "level", "figure", "number", "tally", "count", "sum", "mark", "low"}
_HOW_MUCH = lazy_re.compile(r"\bhow\s+much\b", re.I)
_KEEP = {"species", "series"}
_PEOPLE_ASKED = {_singular(w) for w in PEOPLE_NOUNS} | set(PEOPLE_NOUNS)
_PLURAL_ENDS = {"people", "children", "men", "women", "police", "staff", "personnel", "crew", "alumni", "military"}


def _plural(tok: str) -> bool:
    return tok in _PLURAL_ENDS or tok.endswith("s") and _singular(tok) != tok


def _classes(tok: str) -> frozenset[str]:
    return classes(tok) | classes(_noun_word(tok))


def asked_noun(tokens: list[str]) -> str | None:
    """The head of the noun group after "how many" ("how many Russian language teachers": teacher), or None
    when it is a people's name ("how many Russians visited") or holds a figure ("how many Su-27s")."""
    if "many" not in tokens or tokens.index("many") == 0 or tokens[tokens.index("many") - 1] != "how":
        return None
    words = [*tokens[tokens.index("many") + 1:tokens.index("many") + 7], "?"]
    head: str | None = None
    head_tok = ""
    for k, tok in enumerate(words[:-1]):
        nxt, cls = words[k + 1], _classes(tok)
        if tok in ("and", "or") and head is not None and not _plural(head_tok):
            continue  # "how many radio and television schools"
        if tok in _STOP or not tok.replace("-", "").isalpha():
            return None if any(ch.isdigit() for ch in tok) else head
        if tok in DEMONYMS or _noun_word(tok) in DEMONYMS:
            if "noun" not in _classes(nxt) or "verb" in _classes(nxt) and not _plural(nxt):
                return None  # "how many Russians visited", "how many Vietnamese work"
            continue
        if cls and "noun" not in cls:
            if tok.endswith(("ed", "ing")) and "noun" in _classes(nxt) or head is None and "adj" in cls:
                continue  # "cocaine-soaked linings", "main generating units", "young people"
            return head
        head, head_tok = tok if tok in _KEEP else _noun_word(tok), tok
        if _plural(tok) and not ("noun" in _classes(nxt) and "verb" not in _classes(nxt)):
            return head  # a plural noun ends the group ("how many students study …")
    return head


def asks_count(tokens: list[str]) -> bool:
    """Does a Vietnamese or Russian question's English reading ask "how many" (anywhere: "hai nước ký bao
    nhiêu văn kiện": "two countries signed how many documents"), and no count of meetings or visits?"""
    text = " ".join(tokens)
    return re.search(r"\bhow many\b", text) is not None and not _COUNTS_EVENTS.search(text)


def asked_noun_translated(tokens: list[str]) -> str | None:
    """The asked noun of a Vietnamese or Russian "how many" reading: its first noun, written in the plural,
    past adjectives and peoples' names ("how many russian helicopters operates": helicopter); None when the
    group starts otherwise ("how many vietnamese detained", "how many article")."""
    at = next((i for i in range(len(tokens) - 1) if tokens[i] == "how" and tokens[i + 1] == "many"), None)
    if at is None:
        return None
    words = [*tokens[at + 2:at + 6], "?"]
    for k, tok in enumerate(words[:-1]):
        nxt, cls = words[k + 1], _classes(tok)
        if tok in _STOP or not tok.replace("-", "").isalpha():
            return None
        if tok in DEMONYMS or _noun_word(tok) in DEMONYMS:
            if "noun" not in _classes(nxt):
                return None  # "how many vietnamese detained"
            continue
        if "noun" not in cls:
            if cls and ("adj" in cls or tok.endswith(("ed", "ing"))):
                continue  # "how many small businesses", "how many stranded citizens"
            return None
        return (tok if tok in _KEEP else _noun_word(tok)) if _plural(tok) else None
    return None


def counts_translated(q: Question) -> bool:
    """Does a Vietnamese or Russian question ask "how many" of a plural noun in its English reading ("bao nhiêu
    cây": "how many trees"), not "how much" (its one word for both reads "how many" before a mass or a sum)?"""
    return q.lang != "en" and asks_count(q.tokens) and asked_noun_translated(q.tokens) is not None


def _same(asked: str, noun: str) -> bool:
    """Is `noun` (a figure's counted noun) the asked noun, one news writes for it, or a longer/shorter form?"""
    if noun == asked or any(asked in g and noun in g for g in _SAME_COUNTED + _NEAR):
        return True
    parts = noun.replace("-", " ").split()
    return asked in parts or 3 <= len(asked) <= 4 and len(noun) >= len(asked) + 3 and noun.startswith(asked) or (
        len(asked) >= 5 and _one_edit(asked, noun))  # "subs": submarines; a misspelt noun asked


def _counts_asked(doc, asked: str) -> bool:
    """Does some figure of the sentence count the asked noun: its counted noun, a word of the few after it
    ("100,000 antibacterial cloth face masks", "24 Sukhoi Su-27 fighters"), or the noun whose "of" holds
    its counted noun ("statues of five writers")?"""
    nouns = _figure_nouns(doc) or set()
    if any(_same(asked, n) for n in nouns) or _number_of_asked(doc, asked):
        return True
    toks = list(doc)
    for tok in toks:
        if tok.pos_ != "NUM" and not any(ch.isdigit() for ch in tok.text):
            continue  # ("75–80 flights": a range the tagger may not call a number)
        for nxt in toks[tok.i + 1:tok.i + 6]:
            if nxt.pos_ in ("PUNCT", "ADP", "VERB", "AUX") and nxt.text not in ("-", "of"):
                break
            if _same(asked, _noun_word(nxt.text)):
                return True
        noun = _counted_by(doc, tok)
        if noun is not None and noun.dep_ == "pobj" and noun.head.text.lower() == "of" and (
                _same(asked, _noun_word(noun.head.head.text))):
            return True
        if noun is not None and noun.i != tok.i and _serving_as(doc, noun, asked):
            return True
    return False


def _number_of_asked(doc, asked: str) -> bool:
    """Does the sentence write "the number / total of <asked>" beside a figure ("put the number of infections
    at 4.4 million", "the total of visitors reached 12,000"): the figure counts the noun asked, however the
    parse ties it?"""
    toks = list(doc)
    other = {i for e in doc.ents if e.label_ in ("PERCENT", "MONEY", "DATE", "TIME", "QUANTITY", "ORDINAL")
             for i in range(e.start, e.end)}
    after = [_noun_word(t.text) for t in toks[1:]] + [""]
    if not any(t.pos_ == "NUM" and t.i not in other and after[t.i] not in _AMOUNT_WORDS
               and not _UNIT_FORM.fullmatch(after[t.i]) and not _AMOUNT_SIGNS.match(after[t.i]) for t in toks):
        return False  # a share, a sum or a date is no count of it ("the number of tourists rose 20 percent")
    return any(t.text.lower() == "of" and t.head.i != t.i and _noun_word(t.head.text) in ("number", "total", "tally")
               and any(c.dep_ == "pobj" and _same(asked, _noun_word(c.text)) for c in _children(doc, t.i)) for t in toks)


def _serving_as(doc, noun, asked: str) -> bool:
    """Is the counted noun's relative clause the asked noun's role ("forty Russians who served as specialists",
    "12 retirees who work as guides"): the figure counts them as what is asked?"""
    for clause in (c for c in _children(doc, noun.i) if c.dep_ == "relcl"):
        for prep in (c for c in _children(doc, clause.i) if c.dep_ == "prep" and c.text.lower() == "as"):
            if any(c.dep_ == "pobj" and _same(asked, _noun_word(c.text)) for c in _children(doc, prep.i)):
                return True
    return False


def _stand_in(doc) -> bool:
    """Does a figure follow a noun that stands for another's count ("arrivals hit a record 606,637")?"""
    return any(t.pos_ == "NUM" and t.head.i < t.i and _noun_word(t.head.text) in _STAND_IN for t in doc)


def _writes_asked(doc, asked: str) -> bool:
    """Does the sentence write the asked noun (or a near name) in the plural, as a counted thing is written?"""
    return any(_plural(t.text.lower()) and _same(asked, _noun_word(t.text)) for t in doc if t.pos_ in ("NOUN", "PROPN"))


def _mentions_asked(doc, asked: str) -> bool:
    """Does the sentence write the asked noun in any form or part of speech ("shopping" for "shops", a
    singular, a near name, a word it begins) or news's paraphrase of it ("vehicles" for "cars"), so a
    figure of it may be worded in a way no parse ties?"""
    stems = [asked[:max(4, len(asked) - 2)], *(p for p in paraphrases(asked, stem(asked)) if len(p) >= 4)]
    return any(_same(asked, _noun_word(t.text)) or t.text.lower().startswith(tuple(stems)) for t in doc)


def other_noun(conn: sqlite3.Connection, tokens: list[str], ans: Answer, lang: str = "en") -> bool:
    """Does every quote of a "how many <noun>" reply count only other nouns with its figures, writing the noun
    asked as an uncounted plural ("the 1,000 scholarships" for "how many teachers", "25 staff members,
    doctors among them"), or, in a quote beside the answering one, not at all?
    `tokens`: the question's (for Vietnamese and Russian, its English reading's) tokens."""
    asked = asked_noun(tokens) if lang == "en" else asked_noun_translated(tokens)
    cites = [c for c in ans.citations if c.sentence_id is not None] if ans.answered else []
    if asked is None or asked in _GENERAL or asked in _MEASURES or asked in DEMONYMS or not cites:
        return False
    people = asked in _PEOPLE_ASKED
    for k, c in enumerate(cites):
        doc = stored_parse(conn, c.sentence_id)
        nouns = _figure_nouns(doc) if len(doc) else None
        if not nouns or _stand_in(doc) or _counts_asked(doc, asked):
            return False
        if not _writes_asked(doc, asked) and (k == 0 or _mentions_asked(doc, asked) or people and nouns & _GENERIC):
            return False  # the answering quote counts it in other words ("12 vehicles" for "cars"), a quote beside
            # it writes the noun in another form, or counts people in general ("200 people" for "how many guests")
    return True


def declines(conn: sqlite3.Connection, q: Question, ans: Answer) -> bool:
    """Is the reply to a "how many <noun>" question no count of that noun, or to an English "how much" one no
    amount? A Vietnamese or Russian question is read through its English reading."""
    if q.lang == "en":
        return asks_figure(q.raw) and (other_noun(conn, q.tokens, ans) or no_amount(conn, q.raw, ans))
    return asks_count(q.tokens) and other_noun(conn, q.tokens, ans, q.lang)


# entity labels and words of an amount: money, a share, a measure, a multiple, a part
_AMOUNT_LABELS = {"MONEY", "PERCENT", "QUANTITY"}
_AMOUNT_WORDS = _MEASURES | {"euro", "yuan", "billion", "million", "trillion", "fold", "time", "cent", "bcm", "cubic",
                             "teu", "third", "quarter", "half", "fifth", "tenth", "percent", "percentage"}
_AMOUNT_SIGNS = lazy_re.compile(r"[$%€₫]|\bper\s?cent|fold\b|\btimes\b")
# a unit of measure by its form, whatever its prefix or spelling ("kilogrammes", "gigawatts", "MWh", "litres")
_UNIT_FORM = lazy_re.compile(r"(?:kilo|mega|giga|tera|centi|milli|micro)?(?:gram|gramme|metre|meter|watt|litre|liter|"
                        r"tonne|ton|joule|barrel|hectare|acre|ounce|pound)s?(?:-hours?)?|[kmgt]wh?|kg|km|cm|mm|ha|mt",
                        re.I)


def no_amount(conn: sqlite3.Connection, raw: str, ans: Answer) -> bool:
    """Does every quote of a "how much" reply write figures that all count things ("five recommendations",
    "the No. 112 block") and no amount (money, a share, a measure, a multiple)?"""
    cites = [c for c in ans.citations if c.sentence_id is not None] if ans.answered else []
    if not _HOW_MUCH.search(raw) or not cites:
        return False
    return all(_amountless(stored_parse(conn, c.sentence_id)) for c in cites)


def _amountless(doc) -> bool:
    """Are all the sentence's figures read as counting things, none an amount?"""
    nouns = _figure_nouns(doc) if len(doc) else None
    text = " ".join(t.text for t in doc)
    measured = any(n in _AMOUNT_WORDS or _UNIT_FORM.fullmatch(n) for n in nouns or ())
    return bool(nouns) and not measured and not any(e.label_ in _AMOUNT_LABELS for e in doc.ents) and (
        _AMOUNT_SIGNS.search(text) is None)
