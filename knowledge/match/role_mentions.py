"""Roles and titles named in a question, matched to the people whose titles fit them, with a place
qualifier ("the Quang Ninh Party Secretary") required to appear in the holder's titles."""

from __future__ import annotations

from knowledge import names
from knowledge.match.found import Found, Mention
from knowledge.match.roles import (CHAMBERS, COUNTRY_OF, DEMONYMS, HEADS_2, IGNORABLE, PLURAL_HEADS, PORTFOLIO, ROLE_HEADS,
                                   ROLE_MODS, TITLE_WORDS, Role, parse_title)
from knowledge.question import COMMON, Question


def find_roles(ix, q: Question, toks: list[str], free: list[bool], claim, found: Found) -> None:
    """Roles and titles in the question ("the Russian foreign minister", "president of Russia",
    "the Quang Ninh Party Secretary"): the people whose titles fit claim the words; plural roles
    ("Russian leaders") are groups; a role nobody holds is noted, to be declined."""
    ctoks = [t for t in toks]
    n = len(ctoks)
    i = 0
    while i < n:
        t = ctoks[i]
        plural = t in PLURAL_HEADS
        head_len = _head_len(ctoks, i)
        if not head_len or not all(free[i : i + head_len]) or _verb_of_leading(ctoks, i):
            i += 1
            continue
        a, b = _role_span(q, ctoks, free, i, head_len)
        if a > 0 and ctoks[a - 1] in _BECOMING:
            # "which body did Thi become chairman of": the post someone took, no holder referred to
            i = b
            continue
        words = [w for w in ctoks[a:b] if w != "the"]
        role = parse_title(" ".join(words))
        if role is None:
            i += 1
            continue
        if plural or t in ("official",):
            _group(ix, ctoks, free, found, t, role, a, b)
        else:
            qa, qb, qual = _place_qualifier(ix, q, ctoks, a, b, i, head_len, free)
            a, b = min(a, qa), max(b, qb)
            if qual and role.head == "leader":  # "the Zarubezhneft chief", "the Tula head": whoever leads it
                role = Role(role.head, role.mods | frozenset(qual.split()), role.nat, role.deputy, role.post)
            # everyone the role fits, not only the closest fits: the question means one of them, and its
            # other words choose ("the Russian minister" who opened a consulate is the foreign minister)
            fits = ix.holders(role, qual)
            ids = set(fits)
            if ids:
                claim(a, b, ids, 90, "role")
                top = max(fits.values())
                found.mentions[-1].closest = {x for x, s in fits.items() if s == top}
            else:
                found.unknown_roles.append(" ".join(ctoks[a:b]))
                found.unknown_role_spans.append((a, b))
                # "the Russian education minister": the Vietnamese one's sentences are no answer
                others = {a for a in ix.by_role(Role(role.head, role.mods, frozenset(), role.deputy, role.post), qual)
                          if role.nat and ix.nationality.get(a) and not role.nat & ix.nationality[a]}
                found.unknown_role_parts.append((role, qual, others))
                for k in range(a, b):
                    free[k] = False
                    found.claimed.add(k)
        i = b


def _head_len(ctoks: list[str], i: int) -> int:
    """How many tokens of a role's head noun start at i ('minister of foreign affairs' 4,
    'prime minister' 2, 'president' 1); 0 when none does."""
    t = ctoks[i]
    if ctoks[i : i + 4] in (["minister", "of", "foreign", "affairs"], ["minister", "for", "foreign", "affairs"]):
        return 4
    if tuple(ctoks[i : i + 2]) in HEADS_2 or ctoks[i : i + 2] in (["foreign", "minister"],):
        return 2
    if t in ROLE_HEADS or t in PLURAL_HEADS or t in ("chief", "head", "premier", "pm", "fm", "chair"):
        return 1
    return 0


def _role_span(q: Question, ctoks: list[str], free: list[bool], i: int, head_len: int) -> tuple[int, int]:
    """The role's tokens around its head: qualifiers before it, 'of <country>' and the portfolio
    or chamber after it ('Minister of Education and Training')."""
    n = len(ctoks)
    a = i
    while a > 0 and free[a - 1] and _qualifier(q, ctoks, a - 1, before=True):
        a -= 1
    b = i + head_len
    # "president of Russia", Vietnamese/Russian order "president russia"
    if b < n and ctoks[b] == "of" and b + 1 < n and (ctoks[b + 1] in COUNTRY_OF or ctoks[b + 1] == "the"):
        b += 2 if ctoks[b + 1] in COUNTRY_OF else 0
    elif b < n and ctoks[b] in COUNTRY_OF and q.lang in ("vi", "ru") and free[b]:
        b += 1
    if b + 2 <= n and ctoks[b : b + 2] == ["of", "the"] and b + 2 < n and ctoks[b + 2] in COUNTRY_OF:
        b += 3
    # "the ambassador to Russia": where an envoy serves
    if ctoks[i] in _ENVOYS and b + 1 < n and ctoks[b] in ("to", "in") and ctoks[b + 1] in COUNTRY_OF and free[b + 1]:
        b += 2
    # "Minister of Education and Training", "Chairwoman of the Federation Council";
    # Vietnamese/Russian put the portfolio after the head ("bo truong giao duc")
    k = b + 1 if b < n and ctoks[b] == "of" else (b if q.lang in ("vi", "ru") else n)
    if k < n and ctoks[k] == "the" and b < n and ctoks[b] == "of":
        k += 1
    end = k
    while end < n and free[end] and (ctoks[end] in PORTFOLIO or ctoks[end] in ROLE_MODS
                                     or ctoks[end] in DEMONYMS or ctoks[end] in COUNTRY_OF
                                     or (ctoks[end] == "and" and end + 1 < n and end > k
                                         and ctoks[end + 1] in PORTFOLIO | ROLE_MODS)):
        end += 1
    if end > k and ctoks[end - 1] != "and":
        b = end
    return a, b


_ENVOYS = {"ambassador", "envoy", "consul", "diplomat", "ambassadors", "envoys", "diplomats"}


def _group(ix, ctoks: list[str], free: list[bool], found: Found, t: str, role: Role, a: int, b: int) -> None:
    """A plural role ('Russian leaders', 'officials'): anyone of that side, or everyone whose titles fit."""
    if role.nat and t in ("leaders", "officials"):  # "Russian leaders": anyone of that side
        ids = {aid for aid, nat in ix.nationality.items() if nat & role.nat}
    else:
        ids = ix.by_role(Role(head="leader" if t == "leaders" else role.head, mods=role.mods,
                              nat=role.nat, deputy=role.deputy))
    found.groups.append(Mention(ids, (a, b), " ".join(ctoks[a:b]), 80, "group"))
    for k in range(a, b):
        free[k] = False
        found.claimed.add(k)


def _place_qualifier(ix, q: Question, toks: list[str], a: int, b: int, i: int, head_len: int,
                     free: list[bool]) -> tuple[int, int, str | None]:
    """Capitalised words naming a place or region next to a role: before it ("the Quang Ninh Party
    Secretary", "the Primorsky governor") or after 'of' when no name follows ("the Governor of
    Primorsky Krai", "Secretary of the Thai Binh Provincial Party Committee"). A person's name is
    no qualifier, nor a country alone (that is a nationality), nor capitalised words that are
    neither a known place nor written in anyone's title."""
    def word(k: int) -> bool:
        t = toks[k]
        return (q.raw_has_capital(k) and t.isalpha() and t not in COMMON and t not in TITLE_WORDS
                and t not in ROLE_MODS and t not in PORTFOLIO
                and not any(ix.kind(x) == "person" for x in ix.exact.get(t, set()) | ix.part.get(t, set())))

    def place(ws: list[str]) -> bool:
        phrase = " ".join(ws)
        if len(ws) == 1 and (phrase in DEMONYMS or phrase in COUNTRY_OF):
            return False
        return bool(names.canonical_place(phrase) or any(ix.kind(x) == "place" for x in ix.exact.get(phrase, set()))
                    or all(w in ix.title_words for w in ws))

    qa = a
    while qa > 0 and free[qa - 1] and word(qa - 1) and a - qa < 3:
        qa -= 1
    for x in range(qa, a):
        if place(toks[x:a]):
            return x, b, " ".join(toks[x:a])
    j = i + head_len
    if j < len(toks) and toks[j] == "of":
        k = j + 1 + (j + 1 < len(toks) and toks[j + 1] == "the")
        e = k
        while e < len(toks) and word(e) and e - k < 4:  # ("the mayor of Ho Chi Minh City", "of Ba Ria-Vung Tau")
            e += 1
        if e < len(toks) and toks[e] in _CITY_WORDS and q.raw_has_capital(e) and place(toks[k:e + 1]):
            e += 1  # "Ho Chi Minh City": the city's name
        f = e  # "... Provincial Party Committee": title words that close the phrase
        while f < len(toks) and q.raw_has_capital(f) and (toks[f] in ROLE_MODS or toks[f] in PORTFOLIO):
            f += 1
        if k < e and (f == len(toks) or not q.raw_has_capital(f)) and place(toks[k:e]):
            return a, max(b, f), " ".join(toks[k:e])
    return a, b, None


_CITY_WORDS = {"city"}
_AUX = {"do", "does", "did", "will", "would"}
_DETERMINERS = {"the", "a", "an", "its", "his", "her", "their", "this", "that"}


# verbs after which a bare title is the post someone took ("become chairman"), not a person meant
_BECOMING = {"become", "became", "becomes", "becoming"}


def _verb_of_leading(ctoks: list[str], i: int) -> bool:
    """Is "chair" or "head" the verb right after its subject ("which body does Khristenko chair",
    "what do Shuvalov and Hai chair"), read like "the chair of" the body asked, not a title of its
    own ("did the upper house head say": a title)?"""
    if ctoks[i] not in ("chair", "head"):
        return False
    for j in (i - 2, i - 3, i - 4):
        if j >= 0 and ctoks[j] in _AUX:
            return not any(t in _DETERMINERS or t in _AUX for t in ctoks[j + 1:i])
    return False


def _qualifier(q: Question, toks: list[str], k: int, before: bool) -> bool:
    """May token k qualify the title next to it ("the Vietnamese education minister")? Role and
    portfolio words, demonyms and countries; before a title also any other lower-case word that
    carries content ("the sports minister"), so that no qualifier is silently dropped."""
    t = toks[k]
    if t in _BECOMING:
        return False
    if t in ROLE_MODS or t in PORTFOLIO or t in DEMONYMS or t in COUNTRY_OF or t in IGNORABLE or t in CHAMBERS:
        return True
    if t in ("foreign", "prime", "general", "vice", "chief", "head"):
        return True
    if before and q.lang == "en" and t.isalpha() and len(t) >= 3 and t not in COMMON \
            and not q.raw_has_capital(k):
        return True
    return False
