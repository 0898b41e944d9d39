"""A "who <did a person's act>" reply must name some person in what it quotes.

"Who signed the memorandum on behalf of the government?" is not answered by "A memorandum … was
signed in Moscow on June 29", nor "Who represented Russia as co-chair?" by "the meeting was co-chaired
by Russia and Indonesia": the quote tells the act asked about but no one who did it, so the person
asked is not in the sources. Only acts a person does (signing on someone's behalf, chairing, commanding,
conducting, directing, editing, representing, welcoming, leading, winning, scoring) count, in English
questions (a Vietnamese or Russian one may be answered by a body as often); "who organised / hosted /
sponsored" is left alone, a body answers it as often as a person. A reply whose head line writes
something of its own (a composed fact) is left alone too. A person is named when the loader's parse
of a quote labels some words a person, or a quote writes the name of a person the store knows ("Long
said" where the parse saw no name).
"""

from __future__ import annotations

import re
import sqlite3

from knowledge import lazy_re
from knowledge.answer.compose import LEAD_IN
from knowledge.answer.evidence import stored_parse
from knowledge.answer.time_shown import shown_texts
from knowledge.facts import Answer
from knowledge.names import fold

# "who signed / co-chaired / commanded / led …" (an adverb between allowed: "who personally signed"),
# not "who is / was …", which asks a holder the reply may name by title
_ADVERB = r"(?:\w+ly\s+)?(?:co-?)?"
_ACTS = (r"represent|sign|chair|command|conduct|choreograph|edit|direct|welcom|greet|scor|won\b|wins?\b|head|led\b"
         r"|leads?\b")
_ASKS_ACTOR = lazy_re.compile(rf"^\W*who\s+{_ADVERB}(?:{_ACTS})", re.I)


def _quotes_only(ans: Answer) -> bool:
    """Does the reply's head line write nothing of its own past the source lead-in and its quotes?"""
    texts = shown_texts(ans)  # the head line past its source lead-in, its quotes left out, first
    return bool(texts) and not re.search(r"\w", texts[0].replace(LEAD_IN, " "))


def _known_people(conn: sqlite3.Connection) -> set[str]:
    """The last words, folded, of the people's names the store holds ("Long" of "Phan Hai Long")."""
    rows = conn.execute("SELECT name FROM actors WHERE kind = 'person'").fetchall()
    return {words[-1] for (name,) in rows if (words := re.findall(r"\w+", fold(name)))}


def _capitalised(quote: str) -> list[str]:
    """The folded capitalised words of a quote, the country's own name ("Việt Nam") left out."""
    return [fold(w) for w in re.findall(r"\w+", re.sub(r"Vi[eệ]t\s+Nam", " ", quote)) if w[0].isupper()]


def no_person(conn: sqlite3.Connection, raw: str, ans: Answer) -> bool:
    """Does the reply to "who <did a person's act>" quote no sentence that names a person?"""
    if not _ASKS_ACTOR.search(raw) or not ans.answered or not _quotes_only(ans):
        return False
    cites = [c for c in ans.citations if c.sentence_id is not None]
    if not cites:
        return False
    people: set[str] | None = None
    for c in cites:
        if any(e.label_ == "PERSON" for e in stored_parse(conn, c.sentence_id).ents):
            return False
        people = _known_people(conn) if people is None else people
        if any(w in people for w in _capitalised(c.quote)):
            return False
    return True


# a work's maker named by "X's 'Title'" ("Menshov's 'Moscow …'") or "by X" ("'Song Lang' by Leon Le"), not
# another maker's "by" ("choreography by X", "performed by X", "music by X")
_GENITIVE_TITLE = lazy_re.compile(r"\w['’]s\s+[\"“«'‘]")
_BY_NAME = lazy_re.compile(r"(\w+)[\"”»'’)]?\s+by\s+[A-ZÀ-Ỹ]")
_OTHER_MAKERS = lazy_re.compile(r"choreograph|music|costume|perform|play|sung|sing|written|writ|lyric|photo|conduct|design|"
                           r"paint|translat|compos|sculpt|direct|produc|stag|present|host|organi[sz]", re.I)
_LEADS = r"|\bheads?\b|\bheaded\b|\bheading\b|\bleads?\b|\bleading\b|\bled\b|\bleadership\b|\bpresid"
# an act asked of a person, the words a quote tells it with (its stem, verb or agent noun, or a near form),
# and whether a work's maker ("by X", "X's 'Title'") tells it too
_ACT_FORMS = {"chair": ("chair" + _LEADS, False), "command": ("command|captain|skipper" + _LEADS, False),
              "conduct": (r"conduct|baton|\bmaestro", False), "direct": ("direct", True),
              "design": ("design|architect", True), "compos": ("compos", True), "sculpt": ("sculpt", True),
              "choreograph": ("choreograph", True), "translat": ("translat", True), "paint": ("paint", True)}
# a sitting asked as what was chaired ("who chaired the 57th board meeting"), and the words that tell its chair
_SITTING_CHAIRED = lazy_re.compile(r"^\W*who\s+(?:\w+ly\s+)?(?:co-?)?chair(?:ed|s)?\b(?:\s+[\w'’-]+){0,6}?\s+"
                              r"(?:meetings?|sessions?|conferences?|talks|forums?|summits?|congress|dialogue|plenum|sitting)\b",
                              re.I)
_CHAIRED_SITTING = r"chair|presid|\bheaded\b|\bled\b|\bmoderat"
_ASKS_ACT = lazy_re.compile(rf"^\W*who\s+{_ADVERB}({'|'.join(_ACT_FORMS)})", re.I)


def _maker_named(text: str) -> bool:
    """Does the text name a work's maker: "X's 'Title'", or "by X" after no other maker's word?"""
    return bool(_GENITIVE_TITLE.search(text)) or any(
        not _OTHER_MAKERS.match(m.group(1)) for m in _BY_NAME.finditer(text))


def act_unwritten(raw: str, ans: Answer) -> bool:
    """Does the reply to "who <chaired / directed / conducted / designed …>" write the act nowhere?
    "Who conducts the orchestra?" is not answered by a quote naming the choreographer, nor "Who chairs
    the federation?" by one telling what the federation did: the person quoted did something else."""
    if not (m := _ASKS_ACT.search(raw)) or not (texts := shown_texts(ans)):
        return False
    forms, by_maker = _ACT_FORMS[m.group(1).lower()]
    if m.group(1).lower() == "chair" and _SITTING_CHAIRED.search(raw):
        forms = _CHAIRED_SITTING  # a meeting chaired: "X, head of the agency" tells who heads a body, not the chair
    told = re.compile(forms, re.I)
    return not any(told.search(t) or (by_maker and _maker_named(t)) for t in texts)
