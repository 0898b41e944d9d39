"""A "how many" reply whose every counting quote ties its figure to another organisation than asked is no answer.

"How many tourists did Coral Travel bring to Vietnam last winter?" is not answered by "Fun&Sun had brought
about 3,000 tourists to Vietnam last winter", nor "How many members does the KPRF have?" by "the CPV
currently has 3.6 million members": the noun counted fits, the body whose figure it is does not, and one
company's or party's count says nothing of another's. The asked bodies are the question's organisations
(the names the index finds as one, and names of an organisation's form: "Vietnam Airlines", "FESCO"); a
figure's body is the proper name the loader's parse makes the subject of the figure's clause (or of the
clause that clause depends on: "Gulf proposed to invest 7.8 billion USD"), the name set beside or owning a
subject ("carrier VietJet Air has 22 planes", "VietJet's fleet has") or the owner of the counted noun
("Aeroflot's 12 jets").
A people's, a place's or a person's name is no body (count_nation.py and count_place.py read those), nor
a flight's, a ship's or an event's ("Flight IO876 brought 98 holidaymakers").
The reply is declined only when some quote counts, no quote writes an asked body in any listed spelling,
and every counting quote's figures (those counting the asked noun, when some do) each have a body that is
none of the asked ones: a figure with no named body ("some 20,000 TEUs have moved") may be the one asked.
"""

from __future__ import annotations

import re
import sqlite3

from knowledge import lazy_re, names
from knowledge.answer.answer_class import CLASS_RX
from knowledge.answer.count_noun import _same, asked_noun, asked_noun_translated
from knowledge.answer.count_tied import _children, _counted_by, _noun_word
from knowledge.answer.evidence import stored_parse
from knowledge.answer.figure_shown import asks_figure
from knowledge.facts import Answer
from knowledge.match.found import Found
from knowledge.names import fold
from knowledge.question import Question

# entity labels of figures that count nothing asked: a date, a time, a share, a rank
_NOT_A_COUNT = {"DATE", "TIME", "PERCENT", "ORDINAL"}
_SUBJECTS = ("nsubj", "nsubjpass")
# a clause depending on another, whose subject is the other's ("Gulf proposed to invest …")
_DEPENDENT = ("xcomp", "acl", "advcl", "pcomp", "relcl")
# words of an organisation's name too common to tell two bodies apart ("Vietnam Airlines", "VietJet Air")
_COMMON = {"the", "of", "and", "for", "air", "airlines", "airways", "group", "company", "corporation", "corp", "bank",
           "party", "jsc", "co", "ltd", "llc", "vietnam", "viet", "nam", "russia", "russian", "vietnamese", "national",
           "state", "joint", "stock", "holding", "tour", "tours", "travel", "touristik", "service", "services"}


# the words before an English question's doer: "how many tourists did Coral Travel bring", "does the KPRF have"
_DOER_BEFORE = lazy_re.compile(r"\b(?:did|does|do|has|have|had|will|would|can|could|should|must)\s+(?:the\s+)?$")
_MINOR = {"the", "of", "and", "for", "on", "in", "de"}


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", fold(text)) if len(w) >= 2}


def _initials(form: str) -> str:
    """The letters a name of several words is shortened to ("far eastern federal university": "fefu")."""
    words = [w for w in fold(form).split() if w not in _MINOR]
    return "".join(w[0] for w in words) if len(words) >= 3 else ""


def _doer(raw: str, form: str, lang: str) -> bool:
    """Is the name the doer of an English question (after its auxiliary)? Outside English, any name is kept."""
    if lang != "en":
        return True
    text = fold(raw)
    return any(_DOER_BEFORE.search(text[:m.start()]) for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text))


def asked_bodies(conn: sqlite3.Connection, raw: str, lang: str, found: Found) -> list[set[str]]:
    """The organisations the question asks the figure of, each as the folded spellings it may be written in:
    the doer of an English question ("how many flights does Vietnam Airlines run", not "how many people
    took part in the World Youth Festival", whose figure need have no doer)."""
    out: list[set[str]] = []
    for m in found.mentions:
        ids = list(m.actor_ids)
        marks = ",".join("?" * len(ids))
        kinds = {r[0] for r in conn.execute(f"SELECT kind FROM actors WHERE id IN ({marks})", ids)}
        if ids and kinds == {"org"} and lang == "en" and _doer(raw, fold(m.text), lang):
            forms = {r[0] for r in conn.execute(f"SELECT folded FROM aliases WHERE actor_id IN ({marks})", ids)}
            out.append({fold(m.text), *(f for f in forms if f)})
    for rx in (CLASS_RX["org"], CLASS_RX["airline"]):
        for hit in rx.finditer(raw):
            text = fold(re.sub(r"^(?:The|How|What|Which)\s+", "", hit.group(0)))
            if not hit.group(0).isupper() and len(text) > 2 and not names.canonical_country(text) \
                    and not any(text in b for b in out) and _doer(raw, text, lang):
                out.append({text})
    return [forms | {i for f in forms if (i := _initials(f))} for forms in out]


def _name_span(doc, tok) -> str:
    """A proper name with the names compounded into it ("VietJet" + "Air")."""
    parts = [c for c in _children(doc, tok.i) if c.dep_ == "compound" and c.pos_ == "PROPN"] + [tok]
    return " ".join(t.text for t in sorted(parts, key=lambda t: t.i))


def _org_formed(name: str) -> bool:
    """Is the name written as an organisation's ("Azur Air", "Nordwind Airlines", "Sovcombank")?"""
    return any(rx.search(name) for rx in (CLASS_RX["org"], CLASS_RX["airline"]))


def _as_body(doc, tok, kinds_of) -> str | None:
    """The organisation's name a subject or owner writes: itself if a proper name, or a proper name set beside
    it ("carrier VietJet Air") or owning it ("VietJet's fleet"); None for a place's, a person's, a flight's
    name. The store's actors settle a name they know; else an organisation's form or the parse's label does
    (which calls some companies places or people: "Pegas Touristik", "Azur Air")."""
    if tok.pos_ != "PROPN":  # "carrier VietJet Air", "VietJet's fleet"
        tok = next((c for c in _children(doc, tok.i) if c.dep_ in ("appos", "poss") and c.pos_ == "PROPN"), None)
        if tok is None:
            return None
    name = _name_span(doc, tok)
    if any(ch.isdigit() for ch in name) or names.canonical_country(name) or names.canonical_place(name) \
            or names.canonical_country(tok.text):
        return None
    if kinds := kinds_of(name):
        return name if "org" in kinds else None
    label = next((e.label_ for e in doc.ents if e.start <= tok.i < e.end), None)
    return name if label in (None, "ORG") or _org_formed(name) else None


def figure_body(doc, tok, kinds_of=lambda name: set()) -> str | None:
    """The organisation whose figure `tok` is: the counted noun's owner, or the subject of its clause."""
    noun = _counted_by(doc, tok) or tok
    owner = next((c for c in _children(doc, noun.i) if c.dep_ == "poss"), None)
    if owner is not None:
        return _as_body(doc, owner, kinds_of)
    verb, steps = tok, 0
    while steps < 6 and verb.head_i != verb.i:
        verb, steps = verb.head, steps + 1
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        subjs = [c for c in _children(doc, verb.i) if c.dep_ in _SUBJECTS]  # a name first: "carrier Azur Air"
        subj = next((c for c in subjs if c.pos_ == "PROPN"), subjs[0] if subjs else None)
        if subj is not None:
            return None if subj.i in (noun.i, tok.i) else _as_body(doc, subj, kinds_of)
        if verb.dep_ not in _DEPENDENT:
            return None
    return None


def _figures(doc, asked: str | None) -> list:
    """The figures of the sentence that count (those counting the asked noun, when some do)."""
    skip = {i for e in doc.ents if e.label_ in _NOT_A_COUNT for i in range(e.start, e.end)}
    nums = [t for t in doc if t.pos_ == "NUM" and t.i not in skip and t.dep_ != "compound"]
    if asked:
        fit = [t for t in nums if (n := _counted_by(doc, t)) is not None and _same(asked, _noun_word(n.text))]
        return fit or nums
    return nums


def _same_body(body: str, asked: list[set[str]]) -> bool:
    """Is the body one of the asked ones: a spelling of it, or sharing a telling word with one?"""
    words = _words(body) - _COMMON
    spelt = {fold(body), fold(body).replace(" ", ""), _initials(body)} - {""}
    return any(spelt & forms or any(words & (_words(f) - _COMMON) for f in forms) for forms in asked)


def other_body(conn: sqlite3.Connection, q: Question, found: Found, ans: Answer) -> bool:
    """Does every counting quote of a figure reply tie its figures to another organisation than asked, no
    quote writing an asked one?"""
    cites = [c for c in ans.citations if c.sentence_id is not None] if ans.answered else []
    if not cites or not asks_figure(q.raw) or not (asked := asked_bodies(conn, q.raw, q.lang, found)):
        return False
    noun = asked_noun(q.tokens) if q.lang == "en" else asked_noun_translated(q.tokens)

    def kinds_of(name: str) -> set[str]:
        return {r[0] for r in conn.execute("SELECT a.kind FROM aliases al JOIN actors a ON a.id = al.actor_id"
                                           " WHERE al.folded = ?", [fold(name)])}
    counting = 0
    for c in cites:
        doc = stored_parse(conn, c.sentence_id)
        text = fold(" ".join(t.text for t in doc))
        if any(re.search(rf"(?<!\w){re.escape(f)}(?!\w)", text) for forms in asked for f in forms if len(f) > 2):
            return False
        figures = _figures(doc, noun) if len(doc) else []
        if not figures:
            continue
        counting += 1
        bodies = [figure_body(doc, t, kinds_of) for t in figures]
        if not all(b and not _same_body(b, asked) for b in bodies):
            return False
    return counting > 0
