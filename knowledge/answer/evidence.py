"""Does the quoted sentence hold an answer of the kind the question asks for?

A sentence can carry every word of a question and still not answer it: "What is the name of the
Russian ambassador who attended?" quoted with "… as did the Russian ambassador to Vietnam" (no
name), "Which Vietnamese minister accompanied the president?" with a sentence about the handover
that names no minister, "Where in Hanoi did they talk?" with one that names no place at all. A
near-miss question of this kind gets the closest sentence, so the answer is checked for evidence
of the kind asked that the question does not already hold:

- the name of a person ("what is the name of the ambassador", "who was the commander of …"): a
  person the sentence names or refers to (the loader's resolved mentions), a person entity or a
  name written after a title ("Rector Nikolay Kropachev"), other than those asked by name;
- the name of a thing ("what was the name of the ship"): a name the question lacks written with
  that noun as news writes one ("the heavy-lift ship Rolldock Star", "Gazpromviet, a joint venture",
  "an exhibition titled \"…\"", "the boats carry the names …": name_written.py);
- which person ("which Vietnamese minister", "which officials", "who led / headed / commanded …"):
  such a person, or a role noun the question does not have ("the trade representative"); a title
  with forms of its own ("which Russian ambassador") is answered only by a sentence writing it
  (or tying a person who holds it), not by a name under another title;
- who did something ("who represented Russia at the ceremony", "who cut the ribbon"): a person, a
  role noun, or an organisation or country doing the act (its subject, or its agent after "by"),
  the question lacks — not a body named in passing or a city;
- where within a place ("where in Moscow"): a place the sentence is tied to, or an "in / at <Name>"
  the question lacks that is no country ("at Moscow's World Trade Centre").

When no quote holds it, a sentence among the next few not far behind the best (for a which-person or
who-did, farther in the best's article) that writes such a name (the name itself, not a role or a pronoun)
answers instead ("The delegation was headed by …"); with none, the engine declines. "Who is X" is not
checked (the article's words about X answer it). Entities and parts of speech come from the loader's parse.
"""

from __future__ import annotations

import re
import sqlite3
from functools import lru_cache

from knowledge import lazy_re
from knowledge.match.head_verbs import VERB_FORMS, body_asked
from knowledge.match.roles import HEAD_FORMS
from knowledge.names import DEMONYMS, canonical_country, fold
from knowledge.answer.answer_class import CLASS_OF
from knowledge.answer.irregular_verbs import irregular_past
from knowledge.answer import side_asked
from knowledge.answer.name_written import asked_noun, fresh_name, name_beside, name_written, question_words  # noqa: F401 (re-exported)
from knowledge.answer.promote import ARTICLE_MARGIN, promote
from knowledge.answer.retrieve import stem
from knowledge.sentence_parse import Parsed, decode

# nouns that stand for a person by what they do, beyond the titles roles.py reads ("the trade representative")
_PERSON_NOUNS = set("""leader official diplomat ambassador envoy governor mayor head chief commander captain director
chairman chairwoman chairperson rector spokesman spokeswoman spokesperson secretary deputy general admiral
officer representative delegate expert scientist artist singer player coach winner speaker founder
consul attache executive ceo manager minister president premier counsellor counselor adviser advisor
attaché colonel lieutenant major marshal senator commissioner chancellor vice-president vice-chairman
professor lecturer teacher student veteran journalist businessman businesswoman entrepreneur
engineer doctor writer poet author painter actor actress director pilot cosmonaut astronaut athlete champion
graduate alumnus pupil principal researcher worker volunteer chef translator interpreter""".split())
ROLE_NOUNS = _PERSON_NOUNS | {k for k in HEAD_FORMS if " " not in k}
_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "russia's", "vietnam's"}
_BE = {"is", "was", "are", "were"}
_CYRILLIC = lazy_re.compile(r"[\u0400-\u04FF]")
# verbs of leading: who does it is a person, never the body led
_LEAD_VERBS = {"led", "leads", "lead", "headed", "heads", "chaired", "chairs", "commanded", "commands", "captained",
               "coached", "directed", "directs"}
_QUALIFY = {"russian", "vietnamese", "other", "foreign", "senior", "top", "local", "two", "three", "new", "former",
            "current", "then", "ex", "provincial", "municipal", "state", "government", "defence", "defense", "embassy",
            "deputy", "vice", "first", "cabinet", "party", "military", "chinese", "soviet"}
# a place written as one: "at Moscow's World Trade Centre", "in the Hà Nội Opera House"
_AT_NAME = lazy_re.compile(r"\b(?:in|at|inside|outside|near)\s+(?:the\s+)?([A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*)*)")
# common nouns of a body that may do an act a "who" question asks about ("the embassy organised it")
_BODY_NOUNS = set(CLASS_OF) | {"embassy", "embassies", "consulate", "government", "governments", "ministry", "side",
                               "sides", "army", "navy", "team", "teams", "delegation", "delegations", "administration",
                               "administrations"}
# people written as a group doing the act: "spectators cheered the winners", "residents welcomed them"
_GROUP_NOUNS = {"spectators", "audience", "fans", "residents", "citizens", "staff", "participants", "attendees",
                "crowd", "crowds", "tourists", "passengers", "locals", "compatriots", "employees", "personnel",
                "villagers", "onlookers"}
# role nouns news writes for someone named before: they point back to a person asked, not to a new one
_BACK = {"leader", "leaders", "guest", "host", "visitor", "side", "delegation", "official", "officials"}


def _singular(w: str) -> str:
    for end, repl in (("men", "man"), ("ies", "y"), ("es", ""), ("s", "")):
        if w.endswith(end) and (w[:-len(end)] + repl) in ROLE_NOUNS:
            return w[:-len(end)] + repl
    return w


def _is_role(w: str) -> bool:
    return _singular(w) in ROLE_NOUNS


def asked_evidence(tokens: list[str]) -> tuple[str, str | None] | None:
    """(what the answer must hold, the noun asked) for the question's English-like tokens:
    ("person", noun) for a person's name, ("name", noun) for a thing's name, ("which_person", noun),
    ("where_in", place word); None for any other question."""
    t = [w for w in tokens if w not in ("?", ",", ".")]
    if len(t) < 4:
        return None
    if t[0] in ("what", "which") and t[1] in _BE and t[2] == "the" and t[3] in ("name", "names") and t[4:5] == ["of"]:
        rest = [w for w in t[5:] if w not in _DETERMINERS]
        noun = _head(rest)
        if noun is None:
            return None
        return ("person", noun) if _is_role(noun) else ("name", noun)
    if t[0] == "who" and t[1] in _BE and t[2] in _DETERMINERS:
        noun = _head([w for w in t[3:]])
        return ("person", noun) if noun and _is_role(noun) else None
    if t[0] == "who" and t[1] in _LEAD_VERBS:
        return "which_person", t[1]  # "who led the delegation": a person or a role, not the body
    if t[0] == "which":
        for w in t[1:5]:
            if _is_role(w) and w not in ("deputy", "vice", "first", "general", "head"):
                return "which_person", w
            if not _qualifies(w):
                break
        return None
    if t[0] == "where" and t[1] == "in":
        return "where_in", t[2]
    if t[0] == "who" and t[1] not in _BE and t[1] not in ("s", "else"):
        return "who", None  # "who represented Russia at the ceremony": someone, a role or a body doing it
    return None


def lacking(conn: sqlite3.Connection, q, plan, kinds: dict[int, str], ans) -> bool:
    """Does no quote of the answer hold the kind of answer asked beyond what the question names?"""
    if asked_evidence(q.tokens) is None and side_asked.asked_nation(q.tokens) is None:  # (each quote's test would say so)
        return False
    asked = asked_by_name(plan)
    cites = [c for c in ans.citations if c.sentence_id is not None]
    return bool(cites) and all(missing(conn, q.tokens, q.raw, c.sentence_id, c.quote, asked, kinds) for c in cites)


def put_first(conn: sqlite3.Connection, q, plan, kinds: dict[int, str], ranked: list) -> list | None:
    """The ranking with the first of the next few sentences that writes the answer asked (a name,
    a venue) put first, when it is not far behind the best and has every entity asked by name;
    None when none does (then the answer is declined)."""
    if not ranked:
        return None
    asked = asked_by_name(plan)

    def names_one(r) -> bool:
        return not missing(conn, q.tokens, q.raw, r.cand.sentence_id, r.cand.text, asked, kinds, written=True)

    def fits(r) -> bool:
        return not any(got == 0 and hard for got, hard in zip(r.slots, plan.hard)) and names_one(r)

    def as_near(r) -> bool:  # of the best's article (promote.ARTICLE_MARGIN), no farther from an entity asked
        return r.cand.source_id == ranked[0].cand.source_id and all(
            got >= top for got, top, hard in zip(r.slots, ranked[0].slots, plan.hard) if hard) and fits(r)
    wide = (asked_evidence(q.tokens) or ("",))[0] in ("which_person", "who")  # a title or an act, not a bare name
    return promote(ranked, fits) or wide and promote(ranked, as_near, ARTICLE_MARGIN) \
        or _named_next(q.tokens, ranked, names_one)


# a sentence naming whom the one before described: "The man, Roman Borisov, is 46"; "naming the suspect as …"
_NAMES_BACK = lazy_re.compile(r"^(?:The|This|That)(?: [a-z][\w-]*){1,3}, [A-Z]|\bnam(?:ed|ing) (?:the|him|her)\b")


def _named_next(tokens: list[str], ranked: list, names_one) -> list | None:
    """For the name of a person asked ("what is the name of the Russian found …") when the best
    sentence only describes him ("a Russian man was found …"): the article's next sentence, when it
    names someone whom it points back to, put first."""
    asked = asked_evidence(tokens)
    if asked is None or asked[0] != "person":
        return None
    best = ranked[0].cand
    for k, r in enumerate(ranked[1:], start=1):
        c = r.cand
        if c.source_id == best.source_id and c.position == best.position + 1 and _NAMES_BACK.search(c.text) \
                and names_one(r):
            return [r, *ranked[:k], *ranked[k + 1:]]
    return None


def asked_by_name(plan) -> set[int]:
    """The actors the question names by name: "who is the rector of X" finds the rector's actor by
    the role, and he is the answer, not someone asked."""
    return {a for slot, hard in zip(plan.slots, plan.hard) if hard for a in slot}


def _qualifies(w: str) -> bool:
    """A word that only qualifies the noun after it ("which *naval* officer", "which *Russian* minister"):
    a nationality, a word of rank or place, or an adjective by its ending."""
    return w in _QUALIFY or w in DEMONYMS or w.endswith(("al", "ary", "ic", "ian", "ese", "ish"))


def _head(words: list[str]) -> str | None:
    """The noun a name is asked of: the last word of the first run of words before a verb-like or
    linking word ("heavy-lift ship that carried …" -> "ship", "russian ambassador who …" -> "ambassador")."""
    out = []
    for w in words:
        if w in ("who", "that", "which", "of", "in", "at", "to", "for", "on", "when", "did", "does", "was", "is",
                 "were", "are", "and", "whose", "with", "from", "by") or out and (w.endswith("ed") or irregular_past(w)):
            break  # a participle after the noun ("the engineer quoted"), not before it ("the retired engineer")
        if out and _CYRILLIC.search(w):
            break  # a Russian name after the noun is its owner ("адвоката Дапирки": Dapirka's lawyer)
        out.append(w)
    return out[-1] if out else None


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", fold(text)))


def missing(conn: sqlite3.Connection, question_tokens: list[str], raw: str, sentence_id: int, text: str,
            asked_ids: set[int], kinds: dict[int, str], written: bool = False) -> str | None:
    """The kind of answer the question asks for that the sentence lacks, or None when it holds one
    (or the question asks for none of these kinds). `written`: only a name the sentence itself
    writes counts for a person (not someone it refers to, nor a role)."""
    asked = asked_evidence(question_tokens)
    qwords = question_words(raw, question_tokens)
    parse = lru_cache(maxsize=1)(lambda: stored_parse(conn, sentence_id))  # read when a test needs it
    if (nation := side_asked.asked_nation(question_tokens)) \
            and not _bare_role(parse(), {_singular(w) for w in qwords}, side_asked.OTHER[nation[0]]) \
            and side_asked.other_side_only(conn, question_tokens, sentence_id, text, asked_ids, kinds, parse(), qwords,
                                           asked is not None and asked[0] in ("person", "which_person")):
        return "side"  # "which Vietnamese official" and the sentence names only Putin
    if asked is None:
        return None
    want, noun = asked
    ties = {r[0] for r in conn.execute("SELECT actor_id FROM sentence_actors WHERE sentence_id = ?", [sentence_id])}
    new = ties - asked_ids
    if want in ("person", "which_person", "who"):
        if want == "which_person" and not _writes_title(conn, text, noun, new, kinds, qwords):
            return want  # "which Russian ambassador": a name beside another title is no answer
        if not written and any(kinds.get(a) == "person" and not _only_in_places(conn, sentence_id, a, text, parse)
                                for a in new):
            return None
        doc = parse()
        bodies = _body_names(conn, ties, kinds)
        if any(e.label_ == "PERSON" and _fresh_name(e.text, qwords) and fold(e.text) not in bodies
               for e in doc.ents) or _titled_name(doc, qwords):
            return None
        if want != "person" and not written and _bare_role(doc, {_singular(w) for w in qwords}):
            return None
        if want == "who" and _acting_body(doc, qwords):
            return None
        return want
    if want == "name":
        return None if name_written(text, asked_noun(raw) or noun, qwords) else want
    if want == "where_in":
        if any(kinds.get(a) == "place" for a in new) or any(
                _fresh_name(m.group(1), qwords) and not canonical_country(re.sub(r"['’]s$", "", m.group(1)))
                for m in _AT_NAME.finditer(text)):
            return None
        return want
    return None


def _body_names(conn: sqlite3.Connection, ties: set[int], kinds: dict[int, str]) -> set[str]:
    """The names of the bodies and places the loader tied to the sentence: the entity model may
    read one as a person ("Rosatom"), and the loader knows better."""
    bodies = sorted(a for a in ties if kinds.get(a) not in (None, "person"))
    if not bodies:
        return set()
    return {fold(a) for a, in conn.execute(
        f"SELECT alias FROM aliases WHERE actor_id IN ({','.join('?' * len(bodies))})", bodies)}


def _writes_title(conn: sqlite3.Connection, text: str, noun: str, new: set[int], kinds: dict[int, str],
                  qwords: set[str]) -> bool:
    """For a title with forms of its own ("which ambassador", "which governor"): does the sentence
    write one of them, or tie a person of that title? A generic noun ("which official") needs none; an
    office written by its verb ("who heads …") counts when it heads the body the question names."""
    forms = HEAD_FORMS.get(_singular(noun))
    if not forms:
        return True
    folded = fold(text)
    if any(f not in VERB_FORMS or body_asked(folded, m.end(), qwords)
           for f in forms for m in re.finditer(rf"\b{re.escape(f)}", folded)):
        return True
    people = sorted(a for a in new if kinds.get(a) == "person")
    return any(any(f in fold(t) for f in forms) for t, in conn.execute(
        f"SELECT title FROM titles WHERE actor_id IN ({','.join('?' * len(people))})", people))


def _only_in_places(conn: sqlite3.Connection, sentence_id: int, actor_id: int, text: str, parse) -> bool:
    """Is a person tied to the sentence only by a short name that is part of a place's or a body's
    name in it ("Cam" of Nguyen Manh Cam in "Cam Ranh Bay")? Then the sentence names no such person.
    `parse()` gives the sentence's stored parse, read only for a person tied by name."""
    row = conn.execute("SELECT how FROM sentence_actors WHERE sentence_id = ? AND actor_id = ?",
                       [sentence_id, actor_id]).fetchone()
    if row is None or row[0] != "named":
        return False
    doc = parse()
    outside = text
    for e in doc.ents:
        if e.label_ != "PERSON":
            outside = outside.replace(e.text, " ")
    names = {fold(a) for a, in conn.execute("SELECT alias FROM aliases WHERE actor_id = ?", [actor_id])}
    return bool(doc.ents) and not any(len(n) >= 3 and re.search(rf"(?<![a-z0-9]){re.escape(n)}(?![a-z0-9])", fold(outside))
                                      for n in names)


def _fresh_name(name: str, qwords: set[str]) -> bool:
    """Is a name one the question does not already have? Its last word (a surname, a Vietnamese
    given name, a venue's noun with the rest) decides for a person; any word of three letters or
    more the question lacks for a place."""
    words = [w for w in re.findall(r"[a-z0-9]+", fold(name)) if len(w) >= 3]
    return bool(words) and words[-1] not in qwords and not set(words) <= qwords


def _titled_name(doc, qwords: set[str]) -> bool:
    """A name written after a title, which the entity model may miss ("Rector Nikolay Kropachev"):
    a role noun, then proper nouns that are no role, the last one not in the question."""
    for tok in doc:
        if not _is_role(fold(tok.text)):
            continue
        name = []
        for nxt in doc[tok.i + 1:tok.i + 5]:
            if nxt.pos_ != "PROPN" or _is_role(fold(nxt.text)):
                break
            name.append(nxt.text)
        if name and _fresh_name(" ".join(name), qwords) and not canonical_country(" ".join(name)):
            return True
    return False


def _acting_body(doc, qwords: set[str]) -> bool:
    """Does an organisation or a country the question lacks do the act ("Gazprom signed", "was
    organised by the embassy", "the city administration hosted"), or a group of people ("spectators
    cheered")? A body named only in passing ("through Vietsovpetro", "at the
    National Exhibition Centre") or a city ("Moscow has walked away") answers no "who"."""
    for tok in doc:
        role = _agent(tok)
        if role is None:
            continue
        ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
        # a country gives nothing "from": "businesses from Vietnam" are no actor
        if ent is not None and (ent.label_ == "ORG" or ent.label_ == "GPE" and role != "from"
                                and canonical_country(ent.text)) and _fresh_name(ent.text, qwords):
            return True
        # a body by its noun, though the entity model took the name for a place ("by the Russian Embassy"
        # read as GPE), or people as a group ("spectators cheered")
        low = fold(tok.text)
        if (low in _BODY_NOUNS or low in _GROUP_NOUNS and role == "subject") and low not in qwords \
                and (ent is None or ent.label_ in ("ORG", "GPE", "NORP", "FAC")):
            return True
    return False


def _agent(tok) -> str | None:
    """How a word (or the phrase it belongs to) does the act: "subject" of a verb, its agent after "by",
    or its giver after "from" ("were decorated with insignia from the friendship union"); None."""
    for _ in range(4):
        if tok.dep_ not in ("compound", "conj", "appos", "flat") or tok.head is tok:
            break
        tok = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return "subject"
    prep = tok.head.text.lower() if tok.dep_ == "pobj" else ""
    return prep if prep in ("by", "from") else None


def _bare_role(doc, asked: set[str], not_of: str | None = None) -> bool:
    """Does the sentence name someone by a role the question does not have, with no name after it
    ("the trade representative", "senior counsellors"; not "Prime Minister Nguyen Tan Dung", whose
    name is a person of its own, nor "the guest", who is someone asked)? `not_of`: a country whose
    roles do not count ("the Russian head of government" for a Vietnamese side asked)."""
    for tok in doc:
        low = fold(tok.text)
        if tok.pos_ not in ("NOUN", "PROPN") or not _is_role(low) or _singular(low) in asked or low in _BACK:
            continue
        if not_of and side_asked.written_of(doc, tok.i) == not_of:
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is None or not (nxt.pos_ == "PROPN" or _is_role(fold(nxt.text))):
            return True
    return False


def stored_parse(conn: sqlite3.Connection, sentence_id: int) -> Parsed:
    """The sentence as the loader's spaCy pipeline parsed it (entities, parts of speech), read from
    the store: answering never loads the model."""
    row = conn.execute("SELECT parse FROM sentence_parses WHERE sentence_id = ?", [sentence_id]).fetchone()
    return decode(row[0] if row else None)
