"""A person's name as the article writes it: which person it is (a short name joins the full
name told before it), and the honorific and titles written around it — before the name, set off
by commas before it, in apposition after it or in a relative clause ('X, who as Secretary of …')
— which become the person's aliases, titles, gender and nationality. Split from extract_mentions
(collect_actors registers every person mention here)."""

from __future__ import annotations

import re

from knowledge import names
from knowledge.extract_actors import (
    _AGENT_HEADS, HEAD_NOUNS, HONORIFICS, ROLE_HEADS, ActorRec, gender_of_words, is_formal_title,
    is_newspaper_title, nationality_of_phrase, title_before, title_text,
)
from knowledge.names import fold


# lower-case words inside an appositive title: "X, Governor of Russia's Kaluga oblast,"
_TITLE_WORDS = {"of", "the", "'s", "’s", "province", "region", "oblast", "krai", "city", "district", "territory"}


def _past_article(doc, b: int, end: int) -> int:
    """'X, the newly accredited Consul General of Russia,': where an appositive title begins after
    its article and the lower-case words describing it (three at most); b when none fits."""
    if b >= end or doc[b].lower_ not in ("the", "a", "an"):
        return b
    k = b + 1
    while k < end and k - b <= 3 and doc[k].is_lower and doc[k].pos_ in ("ADV", "ADJ", "VERB") \
            and doc[k].lower_ not in ROLE_HEADS:
        k += 1
    return k if k < end and doc[k].is_title and doc[k].lower_ in ROLE_HEADS else b



_TITLE_TAIL = {"to", "of", "in", "for", "the", "and"}
# lower-case words that qualify a post written after a name ("X, Việt Nam's acting foreign minister,",
# "X, permanent deputy head of the Commission,"): they are part of the title, not the end of it
_POST_QUALIFIERS = {"acting", "permanent", "first", "standing", "executive", "senior", "interim", "managing"}


def _title_after(doc, e: int, end: int) -> tuple[int, int] | None:
    """Token range of a title set after a name ending at e: an appositive ("Sergey Lavrov, Russia's
    Foreign Minister,", "X, acting as special envoy of Y,", "Admiral X, Commander-in-Chief of the
    Russian Navy,") or a relative clause saying the post ("X, who as Secretary of Russia's Security
    Council was leading …", "X, who leads the Party as its General Secretary,"); None if none."""
    if not (e + 1 < len(doc) and doc[e].text == "," and e + 1 < end):
        return None
    if doc[e + 1].lower_ == "who":
        return _title_in_relative(doc, e + 2, end)
    # 'X, acting as special envoy of Y,': the role X holds here
    b = e + 3 if e + 3 < end and doc[e + 1].lower_ in ("acting", "serving") and doc[e + 2].lower_ == "as" else e + 1
    b = _past_article(doc, b, end)
    j = _title_run(doc, b, end, special=b > e + 1)
    words = {doc[x].text.lower() for x in range(b, j)}
    # (up to 16 words: 'Secretary of the Security Council of the Russian Federation')
    # (ending before a place: 'the newly accredited Consul General of Russia in the city')
    # (or after a title that ends on its head: 'Russia's Consul General in the city')
    if j < end and (doc[j].text in (",", ".") or doc[j].lower_ == "in" and (
            b > e + 1 or j > b and doc[j - 1].lower_ in ROLE_HEADS)) and words & HEAD_NOUNS and j - b <= 16:
        # 'special envoy of Party General Secretary Y': X's role is the envoy's, not Y's title
        return b, next((x for x in range(b + 1, j) if doc[x].lower_ == "of" and doc[x - 1].lower_ in _AGENT_HEADS), j)
    return None


def _title_run(doc, b: int, end: int, special: bool = False) -> int:
    """Where a capitalised title starting at b ends: title-case and role words, the lower-case words
    inside titles ('of', 'the', 'province'), the hyphens of 'Commander-in-Chief'."""
    j = b
    while j < end and doc[j].text not in (",", ".", ";") and (
            doc[j].is_title or doc[j].text.lower() in ROLE_HEADS | _TITLE_WORDS | _POST_QUALIFIERS
            or j == b and special and doc[j].lower_ in ("special", "personal") or _in_compound(doc, j, b)):
        j += 1
    return j


def _in_compound(doc, j: int, b: int) -> bool:
    """A hyphen, or a lower-case word between hyphens, written without spaces inside one title word
    ('Commander-in-Chief')."""
    glued = j > b and not doc[j - 1].whitespace_ and not doc[j].whitespace_
    return glued and (doc[j].text == "-" or doc[j].is_lower and doc[j - 1].text == "-")


def _title_in_relative(doc, k: int, end: int) -> tuple[int, int] | None:
    """'who as Secretary of …', 'who is the Governor of …' (the title right after 'as'/'is'/'was'),
    or 'who leads the Party as its General Secretary' ('as' before the clause's next comma)."""
    stop = next((x for x in range(k, end) if doc[x].text in (",", ".", ";")), end)
    starts = [k + 1] if k < stop and doc[k].lower_ in ("as", "is", "was") else []
    starts += [x + 1 for x in range(k, stop - 1) if doc[x].lower_ == "as" and x + 1 not in starts]
    for b in starts:
        if b < stop and doc[b].lower_ in ("its", "his", "her", "the"):
            b += 1
        j = _title_run(doc, b, stop)
        while j > b and doc[j - 1].lower_ in _TITLE_TAIL:
            j -= 1
        if j > b and doc[b].is_title and {doc[x].lower_ for x in range(b, j)} & HEAD_NOUNS and j - b <= 16:
            return b, j
    return None
# what may come right before a title that opens its clause: the dateline's dash, a colon
_CLAUSE_OPEN = {"–", "—", "-", ":", ";"}


def _title_before_comma(doc, s: int, e: int, lim: int, end: int) -> tuple[int, int] | None:
    """'The General Secretary of the Communist Party of Laos, Thongsing, received …': a formal
    title opening its clause, set off by commas before the name (the name closed by a comma
    too), is the person's. Not 'Speaking to the Prime Minister, X said' (the clause opens
    before the title), nor a list ('the President, X, and Y')."""
    if s < 2 or doc[s - 1].text != "," or e >= end or doc[e].text != ",":
        return None
    tb = title_before(doc, s - 1, lim)
    if tb is None:
        return None
    k, _ks = tb
    if k > lim and doc[k - 1].text not in _CLAUSE_OPEN:
        return None
    if not is_formal_title(re.sub(r"^(?:the|The)\s+", "", doc[k:s - 1].text)):
        return None
    return k, s - 1



def register_person(table, sc, s: int, e: int) -> ActorRec:
    """Tokens s..e of the sentence name a person: find (or make) that person, mark the tokens,
    and keep the honorific and titles around them, so a later 'Mr. X' or 'the Foreign Minister'
    resolves to the same actor."""
    doc = sc.span.doc
    surface = doc[s:e].text
    target = _person_named(table, surface)
    target.aliases.add(surface)
    target.gender = target.gender or next((g for w in surface.split() if (g := names.patronymic(w))), None)
    target.mentions += 1
    target.first = min(target.first, sc.sent.position)
    table.mark(sc.doc_id, s, e, target, "name")
    honoured = _note_honorific(table, sc, s, surface, target)
    _note_title_before(table, sc, s, e, surface, target, honoured)
    _note_title_after(doc, e, sc.span.end, target)
    return target


def _person_named(table, surface: str) -> ActorRec:
    """The person a name stands for: a one-word name ('Lavrov', 'Oyun-Erdene') is the short name,
    else a word, of a longer name registered before it (the longest names come first); any other
    name is a person of its own."""
    key_toks = fold(surface).split()
    target = None
    if len(key_toks) == 1 or " " not in surface:  # 'Lavrov', 'Oyun-Erdene'
        key_toks = [fold(surface)]
        for a in table.persons():
            if len(a.name.split()) > 1 and fold(names.short_name(a.name)) == key_toks[0]:
                target = a
                break
        if target is None:
            for a in table.persons():
                if key_toks[0] in fold(a.name).split():
                    target = a
                    break
    if target is None:
        target = table.get(surface, "person")
    return target


def _note_honorific(table, sc, s: int, surface: str, target: ActorRec) -> bool:
    """'Mr. Trong', 'Ms. Vo': the honorific is part of the mention and says the gender; True when
    one stands before the name (a title before it then starts before the honorific)."""
    doc = sc.span.doc
    if s > 0 and doc[s - 1].text.rstrip(".").lower() in HONORIFICS:
        target.aliases.add(f"{doc[s - 1].text} {surface}")
        table.mark(sc.doc_id, s - 1, s, target, "name")
        target.gender = target.gender or gender_of_words([doc[s - 1].text])
        return True
    return False


def _note_title_before(table, sc, s: int, e: int, surface: str, target: ActorRec, honoured: bool) -> None:
    """A title or role phrase before the name ('Foreign Minister Sergey Lavrov', 'The General
    Secretary of …, X,'): an alias, a formal title, the gender and nationality it says."""
    doc = sc.span.doc
    lim = sc.span.start
    tb = title_before(doc, s if not honoured else s - 1, lim)
    if tb is None:
        tb = _title_before_comma(doc, s, e, lim, sc.span.end)
    if tb:
        k, ks = tb
        title, alias = title_text(doc, k, ks)
        target.aliases.add(alias)
        target.gender = target.gender or gender_of_words(title.split())
        target.aliases.add(f"{title} {surface}")
        if is_formal_title(title) or is_newspaper_title(title):
            target.titles.add(title)
        nat = nationality_of_phrase(title)
        if nat and (target.nationality is None or target.nationality != nat and "counterpart" not in title.lower()):
            target.nationality = nat
        table.mark(sc.doc_id, k, ks, target, "title")


def _note_title_after(doc, e: int, end: int, target: ActorRec) -> None:
    """An appositive title after the name ('Sergey Lavrov, Russia's Foreign Minister,'): an alias,
    a formal title, and the nationality when none is known."""
    ta = _title_after(doc, e, end)
    if ta:
        title = doc[ta[0]:ta[1]].text
        target.aliases.add(title)
        # a lower-case post of a named state ("Việt Nam's acting foreign minister") is a title too
        if is_formal_title(title) or is_newspaper_title(title) and nationality_of_phrase(title):
            target.titles.add(title)
        target.nationality = target.nationality or nationality_of_phrase(title)
