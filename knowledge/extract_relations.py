"""Facts about the relationship around the meetings: what the sides agreed or signed, when a
relationship was established (stated, or worked out from an anniversary) and the occasion an
event marks. Dates used here never date another event."""

from __future__ import annotations

import re

from knowledge import lazy_re, names
from knowledge.dates import resolve_date
from knowledge.extract_background import is_background
from knowledge.extract_same_day import date_ref
from knowledge.extract_tree import CLAUSE_EDGES, actors_of, expand, owner_trigger, preps, subject_of
from knowledge.extract_irrealis import hypothetical
from knowledge.extract_pairs import _PAIR, pair_of
from knowledge.extract_sides import event_place
from knowledge.extract_employers import without_employers
from knowledge.extract_signing import (
    SIGNABLE as _SIGNABLE, list_item, puts_signature, signed_by, signed_when_met, two_bodies, witnessed_told, witnesses,
)
from knowledge.facts import Event, Participant


_RELATION_NOUNS = {"relations", "ties", "partnership", "relationship"}


def fold_rel(phrase: str) -> str:
    """A relationship's name compared without determiners, case or punctuation."""
    words = re.findall(r"[\w-]+", names.fold(phrase))
    while words and words[0] in ("the", "their", "its", "our", "bilateral", "two"):
        words = words[1:]
    return " ".join(words)


def _relation_phrase(tok) -> tuple[int, int] | None:
    """'diplomatic relations', 'Comprehensive Strategic Partnership': the relationship noun
    with its adjective/compound modifiers (no determiner or possessive)."""
    if tok.lower_ not in _RELATION_NOUNS:
        return None
    mods = [c for c in tok.lefts if c.dep_ in ("amod", "compound", "nmod")]
    s = min([m.left_edge.i for m in mods] + [tok.i])
    while s < tok.i and tok.doc[s].dep_ in ("det", "poss", "nummod", "punct"):
        s += 1
    return s, tok.i + 1


def established(ctx, sc):
    """When a relationship began: 'diplomatic relations, established on January 30, 1950',
    'since the establishment of diplomatic relations in 1950', 'X and Y established their
    partnership in 2012'. -> (established events, date phrases they used, folded relation names).
    The occasion is the relationship's name, verbatim; these dates never date another event."""
    doc = sc.span.doc
    out, used, rels = [], set(), set()
    for t in sc.span:
        found = _establishing(t, sc.span)
        if found is None:
            continue
        rel, scope = found
        if any(x.lemma_.lower() == "anniversary" for x in scope.ancestors):
            continue  # "the 10th anniversary of establishing X in 2022": that year is the anniversary's
        rng = _relation_phrase(rel)
        if rng is None:
            continue
        date = _establishing_date(sc, rel, scope, rng)
        if date is None:
            continue
        d, d2, how = resolve_date(date[2], ctx.pub, None)
        if d is None or "weekday" in how:
            continue
        used.add(date[:2])
        name = doc[rng[0]:rng[1]].text
        rels.add(fold_rel(name))
        parts = _established_parties(ctx, sc, scope)
        out.append(Event(kind="established", participants=[Participant(a.name, "participant") for a in parts],
                         sentence=sc.sent.position, date=d, date_end=d2, date_phrase=date[2], date_how=how,
                         occasion=name, confidence=0.85))
    return out, used, rels


def _establishing(t, span):
    """(relationship noun, establishing word) when t establishes a relationship: 'established
    relations', 'relations were established', 'relations, established on ...', 'the establishment
    of relations'; else None."""
    doc = span.doc
    lem = t.lemma_.lower()
    if lem == "establish" and t.pos_ == "VERB":
        obj = next((c for c in t.children if c.dep_ in ("dobj", "nsubjpass") and c.lower_ in _RELATION_NOUNS), None)
        if obj is not None:
            return obj, t
        if t.tag_ == "VBN" and t.i > span.start:
            # "their diplomatic relations, established on ...": the parser may hang the
            # participle elsewhere; it describes the relationship noun right before it
            j = t.i - 1
            if doc[j].text == ",":
                j -= 1
            if j >= span.start and doc[j].lower_ in _RELATION_NOUNS:
                return doc[j], t
    elif t.lower_ == "establishment" and t.pos_ == "NOUN":
        of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if obj is not None and obj.lower_ in _RELATION_NOUNS:
            return obj, t
    return None


def _establishing_date(sc, rel, scope, rng):
    """The date phrase of an establishing: one under the establishing word (not crossing into
    another clause), or right after the relationship's name ('establishment of relations in
    1950'); None when the sentence has none."""
    doc = sc.span.doc
    for ds, de, phrase in sc.dates:
        if _under(doc[ds:de].root, scope) or ds in (rng[1], rng[1] + 1) or ds == rel.i + 1:
            return ds, de, phrase
    return None


def _under(x, scope) -> bool:
    """x hangs from scope within eight steps up the tree, without leaving its clause."""
    for _ in range(8):
        if x == scope:
            return True
        if x.head == x or x.dep_ in CLAUSE_EDGES and x.head != scope:
            return False
        x = x.head
    return False


def _established_parties(ctx, sc, scope) -> list:
    """The countries that established it: the establishing verb's subject ('X and Y established'),
    else the two countries the article names most when the sentence speaks of 'two', 'both',
    'their' or 'bilateral' relations; else none."""
    subs = [x for c in (scope.children if scope.pos_ == "VERB" else []) if c.dep_ == "nsubj" for x in expand(c)]
    parts = [a for a in actors_of(ctx, subs) if a.kind == "country"]
    if len(parts) < 2:
        countries = sorted(ctx.table.countries(), key=lambda a: (-a.mentions, a.first))[:2]
        parts = countries if len(countries) == 2 and re.search(
            r"\b(?:two|both|their|bilateral)\b", sc.sent.text, re.I) else []
    return parts


_FOLLOW_UP = lazy_re.compile(r"^(?:Accordingly|Under (?:the|this|that) (?:agreement|deal|plan|accord)|In particular|"
                        r"Specifically|To that end|To this end)\b", re.I)


def agreements(ctx, sc, triggers) -> list[Event]:
    """What the sides agreed or signed: 'X agreed on/to ...', 'the two sides agreed that ...',
    'Accordingly, the two countries will ...' after an agreement, 'X and Y signed a memorandum',
    'witnessed the signing of ... documents'. Kind 'agreement' or 'signing'; the participants
    are the agreeing sides. Not meetings: the engine counts them as 'other'."""
    out = []
    for t in sc.span:
        kind, t = _agreement_kind(ctx, sc, t, triggers)
        if kind is None:
            continue
        subs, _ = subject_of(ctx, t)
        parts = _agreeing_sides(ctx, t, kind, subs, triggers)
        if not _sides_act(ctx, parts, kind, subs):
            continue
        ev = Event(kind=kind, participants=[Participant(a.name, "participant") for a in parts],
                   sentence=sc.sent.position, confidence=0.7)
        if kind == "signing" and t.lemma_.lower() in ("sign", "ink"):
            # 'signed several agreements in Moscow on Sunday': where the verb or what was signed says
            ev.place = event_place(ctx, sc, t, kind, [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")])
        _date_agreement(ctx, sc, t, ev)
        out.append(ev)
    return out


def _agreement_kind(ctx, sc, t, triggers):
    """(kind, trigger) when t reports an agreement or a signing — 'agreed to/on/that', 'signed a
    memorandum', 'put his signature to', 'was signed by', 'witnessed the signing of' (its trigger
    the witnessing verb), 'Accordingly, the two countries will ...' right after an agreement —
    else (None, t)."""
    span = sc.span
    lem = t.lemma_.lower()
    if lem == "agree" and t.pos_ == "VERB" and not hypothetical(t) and any(
            c.dep_ in ("prep", "xcomp", "ccomp") for c in t.children):
        return "agreement", t
    if lem in ("sign", "ink") and t.pos_ == "VERB" and not hypothetical(t) and not is_background(t) \
            and not list_item(t) and any(
            c.dep_ == "dobj" and _SIGNABLE.search(" ".join(x.text for x in c.subtree)) for c in t.children):
        return "signing", t
    if puts_signature(t) or signed_by(t) or signed_when_met(t, triggers):
        return "signing", t
    if lem == "signing" and t.pos_ == "NOUN" and t.head.lemma_.lower() in (
            "witness", "attend", "oversee", "watch", "observe") and any(
            c.text.lower() == "of" and _SIGNABLE.search(" ".join(x.text for x in c.subtree)) for c in t.children) \
            or witnessed_told(ctx, sc, t):
        return "signing", t.head
    if (t.dep_ == "ROOT" and t.pos_ == "VERB" and _FOLLOW_UP.match(span.text) and any(
            c.dep_ == "aux" and c.text.lower() in ("will", "shall") for c in t.children)
            and any(e.kind == "agreement" and e.sentence == sc.sent.position - 1 for e in ctx.events)):
        return "agreement", t
    return None, t


def _agreeing_sides(ctx, t, kind: str, subs, triggers) -> list:
    """The people, countries and bodies that agreed or signed: the subject ('the two sides' read
    by pair_of), who it was signed with or alongside, who it was signed by or whose meeting it was
    signed at, whose proposal was agreed to, and the witnesses of a signing."""
    parts = []
    own = t.dep_ == "relcl"  # '..., where the two sides signed': the sides of this sentence's meeting
    for sb in subs:
        parts += pair_of(ctx, sb, own)
    parts += [a for a in actors_of(ctx, [x for sb in subs for x in expand(sb)]) if a not in parts]
    # 'signed with Y', 'put his signature to the memorandum alongside Y'
    beside = [*preps(t, ("with", "alongside")), *(g for o in preps(t, ("to",)) for g in preps(o, ("alongside",)))]
    parts += [a for a in actors_of(ctx, [x for o in beside for x in expand(o)]) if a not in parts]
    # 'signed the deal for the dairy project with Governor Y': a person the parser hangs on the object
    inner = [g for d in t.children if d.dep_ == "dobj" for w in d.subtree if w.dep_ == "prep" and w.lower_ == "with"
             for g in w.children if g.dep_ == "pobj"] if kind == "signing" else []
    # (a body signing 'a memorandum with Kaspersky Lab': the body it signed with, when a body signs)
    bodies = any(a.kind == "org" for a in parts)
    parts += [a for a in actors_of(ctx, [x for o in inner for x in expand(o)])
              if (a.kind == "person" or bodies and a.kind == "org") and a not in parts]
    if signed_by(t):  # 'The memorandum was signed by A and B'
        parts = [a for a in actors_of(ctx, [x for o in preps(t, ("by",)) for x in expand(o)])]
    elif signed_when_met(t, triggers):  # 'The accord was signed ... when A met B': theirs
        parts = [ctx.table.actors[names.fold(p.actor)] for p in signed_when_met(t, triggers).participants
                 if names.fold(p.actor) in ctx.table.actors]
    # "as proposed by X": the side whose proposal was agreed to
    for c in t.children:
        if c.dep_ == "advcl" and c.lemma_.lower() in ("propose", "suggest"):
            parts += [a for a in actors_of(ctx, [x for o in preps(c, ("by",)) for x in expand(o)]) if a not in parts]
    if kind == "signing":  # '... inked 23 agreements in Moscow in the presence of A and B'
        parts += [a for a in witnesses(ctx, t) if a not in parts]
        parts = without_employers(ctx, t, parts)
    return [a for a in parts if a.kind in ("person", "country", "org")]


def _sides_act(ctx, parts: list, kind: str, subs) -> bool:
    """An act of the people or states the article is about, or two bodies' signing as the news
    itself: not a company alone agreeing to something, nor a signing whose only sides are countries
    when one state alone or 'the two countries' (guessed from the states named most) signed."""
    if not any(a.kind in ("person", "country") for a in parts):
        return kind == "signing" and two_bodies(ctx, parts)
    if kind == "signing" and parts and all(a.kind == "country" for a in parts) and (len(parts) == 1 or any(
            (m := _PAIR.match(" ".join(x.text for x in sb.subtree))) and m.group(2).lower() in ("countries", "nations")
            for sb in subs)):
        # 'In 2009, Vietnam signed contracts to buy ...'; 'the two countries signed a memorandum
        # between their agencies' (the pair guessed from the states named most): no one named signing
        return False
    return True


def _date_agreement(ctx, sc, t, ev: Event) -> None:
    """The agreement's date: a date phrase of its own trigger, else the day (and place) of the
    meeting of the same people reported before it — the talks it follows, not the first day of the
    visit around them."""
    for s_, e_, phrase in sc.dates:
        if owner_trigger(sc.span.doc[s_:e_].root, {t.i: ev}) is ev:
            ev.date, ev.date_end, ev.date_how = resolve_date(phrase, ctx.pub, date_ref(ctx))
            ev.date_phrase = phrase
            break
    if ev.date is None:
        # agreed during the talks/meeting of the same people reported before
        names_ = {p.actor for p in ev.participants}
        prior = ctx.events + ctx.pending
        # the day of the talks it follows, not the first day of the visit around them
        prior = [o for o in prior if o.date_end] + [o for o in prior if not o.date_end]
        for o in reversed(prior):
            if o.kind in ("established",) or not o.date or len(o.date) != 10:
                continue
            if names_ <= {p.actor for p in o.participants} or o.kind == "agreement" and o.sentence == ev.sentence - 1:
                ev.date, ev.date_end, ev.date_phrase, ev.date_how = o.date, None, o.date_phrase, "same occasion"
                ev.place = o.place
                break


_ANNIV = lazy_re.compile(r"\b(\d+)(?:st|nd|rd|th)\s+anniversary\s+of\s+(.+)", re.I)
_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "tenth": 10, "twentieth": 20,
        "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
        "seventy-fifth": 75, "twenty-fifth": 25, "hundredth": 100}


def occasion_of(ctx, sc):
    """(token start, token end, verbatim phrase) of an anniversary / 'occasion of' phrase."""
    span = sc.span
    low = span.text.lower()
    if "anniversary" not in low and "occasion" not in low and "framework" not in low:
        return None  # cheap test before the token loop
    for t in span:
        lem = t.lower_
        if lem in ("anniversary", "occasion", "framework"):
            # "on the occasion of X", "within the framework of X": X is the occasion
            if lem != "anniversary" and not any(c.text.lower() == "of" for c in t.children):
                continue
            target = t
            if lem != "anniversary":
                of = next(c for c in t.children if c.text.lower() == "of")
                objs = [g for g in of.children if g.dep_ == "pobj"]
                if not objs:
                    continue
                target = objs[0]
            toks = sorted(x.i for x in target.subtree)
            s, e = toks[0], toks[-1] + 1
            while e > s and span.doc[e - 1].is_punct:
                e -= 1
            return s, e, span.doc[s:e].text
    return None


_RELATION_WORDS = lazy_re.compile(r"\b(?:relations|ties|partnership|relationship|cooperation|co-operation|"
                             r"friendship|alliance)\b", re.I)
_START_YEAR = lazy_re.compile(r"\b(?:began|begun|started|starting|beginning|since|established|founded|launched|"
                         r"set\s+up|signed|dating\s+back\s+to)\s+(?:in\s+|on\s+)?(?:[A-Z][a-z]+\s+(?:\d{1,2},\s+)?)?"
                         r"((?:1[89]|20)\d\d)\b")


def _pair_countries(ctx, sc) -> list[Participant]:
    countries = sorted(ctx.table.countries(), key=lambda a: -a.mentions)[:2]
    if len(countries) < 2 or not re.search(r"\b(?:two|both|their|bilateral)\b", sc.sent.text, re.I):
        return []
    return [Participant(c.name, "participant") for c in countries]


def derived(ctx, sc, occasion):
    """'the 10th anniversary of establishing X in 2022' -> X established in 2012."""
    s, e, phrase = occasion
    m = _ANNIV.search(phrase)
    n = None
    if m:
        n, what = int(m.group(1)), m.group(2)
    else:
        m2 = re.search(r"\b([a-z-]+)\s+anniversary\s+of\s+(.+)", phrase, re.I)
        if m2 and m2.group(1).lower() in _ORD:
            n, what = _ORD[m2.group(1).lower()], m2.group(2)
    if n is None:
        return None
    # only a relationship has an establishment date ("their cooperation in education", "diplomatic
    # relations"); its name is the phrase up to a relative clause, verbatim
    what = re.split(r"\s*,|\s+(?:which|that|when|since|as)\b", what, maxsplit=1)[0]
    what = re.sub(r"\s+in\s+\d{4}\s*$", "", what).strip()
    what = re.sub(r"^(?:establishing|the establishment of|the signing of|signing)\s+", "", what, flags=re.I)
    if not _RELATION_WORDS.search(what):
        return None
    # "..., which began in 1955": the text gives the start itself, no arithmetic
    start = _START_YEAR.search(phrase)
    if start:
        y = start.group(1)
        return Event(kind="established", participants=_pair_countries(ctx, sc), sentence=sc.sent.position,
                     date=y, date_phrase=start.group(0), date_how="start year stated", occasion=what,
                     confidence=0.85)
    year = None
    ys = [(ds, de, p) for ds, de, p in sc.dates if re.fullmatch(r"(?:in\s+)?\d{4}", p, re.I)]
    anniv_tok = next((t for t in sc.span.doc[s:e] if t.lemma_.lower() == "anniversary"), None)
    for ds, de, p in ys:
        tok = sc.span.doc[ds:de].root
        # the year must belong to the anniversary phrase or to the verb that marks it
        inside = s <= ds < e
        marks = anniv_tok is not None and tok.head in (anniv_tok.head, *anniv_tok.head.subtree) and \
            anniv_tok.head.lemma_.lower() in ("mark", "celebrate", "commemorate", "observe", "be")
        if inside or marks:
            year = int(re.sub(r"\D", "", p))
            y_phrase = p
            break
    if year is None and anniv_tok is not None and ctx.pub:
        # "celebrate next year the 75th anniversary of ...": a year relative to publication
        for t in sc.span:
            mod = next((c.lower_ for c in t.children if c.dep_ == "amod" and c.lower_ in ("next", "this", "last")), None)
            if t.lower_ == "year" and mod and (t.head in (anniv_tok, anniv_tok.head) or s <= t.i < e):
                year = int(ctx.pub[:4]) + {"next": 1, "this": 0, "last": -1}[mod]
                y_phrase = f"{mod} year = {year}"
                break
    if year is None:
        return None
    return Event(kind="established", participants=_pair_countries(ctx, sc), sentence=sc.sent.position, date=str(year - n),
                 date_phrase=phrase, date_how=f"anniversary arithmetic ({y_phrase.split()[-1]} - {n})",
                 occasion=what, confidence=0.8)
