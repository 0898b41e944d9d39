"""Is a role the question names and no stored title fits written for the sentence: in it or the two
before it, or beside the name of a person it (or, when it names nobody, the sentences before it)
names elsewhere in the article? A sentence that does not carry the role tells of someone else."""

from __future__ import annotations

import re
import sqlite3

from knowledge.answer.acronyms import spelled_out
from knowledge.answer.rank import Ranked
from knowledge.answer.retrieve import name_forms
from knowledge.match.head_verbs import HEADS, VERB_FORMS, body_asked
from knowledge.match.roles import RoleText
from knowledge.names import fold


def role_ok(conn: sqlite3.Connection, r: Ranked, roles: list[RoleText], asked: set[str] = frozenset()) -> bool:
    """A role no stored title fits ("the Kaluga governor", "the defence chief") is written in the
    sentence or the two before it: its head noun in one of the article's forms (a deputy's only
    when a deputy is asked), its portfolio words, and the place qualifying it; and the sentence is
    not one of a person holding that office for another country. `asked`: the question's words, which
    an office written by its verb ("who heads …") must share with the body it heads (head_verbs.py)."""
    others = frozenset().union(*(role.others for role in roles))
    if others & set(r.cand.ties) or others & {a for a, in conn.execute(
            "SELECT actor_id FROM sentence_actors WHERE sentence_id = ?", [r.cand.sentence_id])}:
        return False
    raw = " ".join(t for t, in conn.execute(
        "SELECT b.text FROM sentences a JOIN sentences b ON b.source_id = a.source_id "
        "AND b.position BETWEEN a.position - 2 AND a.position WHERE a.id = ?", [r.cand.sentence_id]))
    near, spelled = fold(raw), []

    def has(phrase: str, deputy: bool | None = None) -> bool:
        for m in re.finditer(r"\b" + re.escape(fold(phrase)) + r"\b", near):
            if phrase in VERB_FORMS and not body_asked(near, m.end(), asked):
                continue
            if deputy is None or deputy_before(re.findall(r"[a-z]+|[^a-z\s]", near[max(0, m.start() - 40):m.start()])) \
                    == deputy:
                return True
        return False

    def has_word(mod: str) -> bool:  # "provincial" in "province", "industry" in "industrial"
        if re.search(r"\b" + re.escape(mod[:6]), near) is not None:
            return True
        if not spelled:  # "the JINR vice-director": "Nuclear" in what the article spells JINR out as
            spelled.append(spelled_out(conn, r.cand.source_id, raw))
        return re.search(r"\b" + re.escape(mod[:6]), spelled[0]) is not None

    return all((not role.forms or any(has(f, role.deputy) for f in role.forms))
               and all(has_word(m) for m in role.mods) and (not role.place or has(role.place))
               or _held_in_article(conn, r, role, asked) for role in roles)


# how a generic head asked with a portfolio, body or place ("the Bac Ninh party chief") is written by a name
_LEADING = ("leader", "chief", "head", "secretary", *HEADS)
_NEAR_WORDS = 10  # a name and its title within so many words: "The Party chief of the central city of Đà Nẵng, Nguyễn Văn Quang"


def _held_in_article(conn: sqlite3.Connection, r: Ranked, role: RoleText, asked: set[str]) -> bool:
    """Is a person the sentence names written with the role elsewhere in its article ("Maxim
    Slyusarev, who serves as deputy mayor of Krasnodar City" for "Slyusarev asked the diplomat …"):
    the name and one of the head noun's forms (a deputy's only when a deputy is asked) close
    together in one sentence, with the portfolio words and the place asked in it?"""
    forms = role.forms or _LEADING if role.mods or role.place else role.forms
    if not forms:
        return False
    # who the sentence names, and who the two before it name ("He was confident …", "the provincial
    # leader presented his guest …" after "Cường said …"): its role is read there too
    people = _people(conn, set(r.cand.ties) | _named(conn, r.cand.sentence_id, 2, 0))
    names = [fold(f).split() for a in people for f in name_forms(conn, a)]
    if not names:
        return False
    for (text,) in conn.execute("SELECT text FROM sentences WHERE source_id = ?", [r.cand.source_id]):
        words = re.findall(r"[a-z0-9]+", fold(text))
        at_name = [i for n in names for i in _runs(words, n)]
        if not at_name:
            continue
        line = " ".join(words)
        if any(re.search(r"\b" + re.escape(m[:6]), line) is None for m in role.mods) or (
                role.place and re.search(r"\b" + re.escape(fold(role.place)) + r"\b", line) is None):
            continue
        for form in forms:
            for k in _runs(words, fold(form).split()):
                if form in VERB_FORMS and not body_asked(" ".join(words[k:]), len(form), asked):
                    continue
                deputy = deputy_before(words[max(0, k - 3):k])
                if deputy == role.deputy and any(abs(k - i) <= _NEAR_WORDS for i in at_name):
                    return True
    return False


def deputy_before(words: list[str]) -> bool:
    """Do the words before a title's head make it a deputy's: "Deputy Minister", or "Deputy" with up to
    two portfolio words between ("Deputy Energy Minister", "Deputy Foreign Minister"), hyphened or not? Not past a
    join ("Deputy Prime Minister and Foreign Minister" is the foreign minister)."""
    words = [w for w in words if w != "-"]  # "Vice-President", "vice-director"
    for k, w in enumerate(reversed(words[-3:])):
        if w in ("deputy", "vice"):
            return True
        if not w.isalpha() or w in ("and", "of", "the", "for", "minister") or k == 2:
            return False
    return False


def _runs(words: list[str], run: list[str]) -> list[int]:
    """Where the word run starts in the words."""
    n = len(run)
    return [i for i in range(len(words) - n + 1) if words[i:i + n] == run] if n else []


def _named(conn: sqlite3.Connection, sentence_id: int, first: int, last: int) -> set[int]:
    """Who the sentences from `first` to `last` places before the sentence (0: itself) name."""
    return {a for a, in conn.execute(
        "SELECT sa.actor_id FROM sentences s JOIN sentences b ON b.source_id = s.source_id AND b.position BETWEEN"
        " s.position - ? AND s.position - ? JOIN sentence_actors sa ON sa.sentence_id = b.id WHERE s.id = ?",
        [first, last, sentence_id])}


def _people(conn: sqlite3.Connection, ids: set[int]) -> list[int]:
    return [a for a in ids if (conn.execute("SELECT kind FROM actors WHERE id = ?", [a]).fetchone() or [""])[0]
            == "person"]
