"""Who the article names: people (with per-article titles and nationality), organisations,
countries and places, linked to every token that names them — full names, short names, first
names of foreign two-part names, titles before a name, role references ('the Party leader',
'the guests') — for coreference in the event and statement extractors."""

from __future__ import annotations

import re

from knowledge import names
from knowledge.extract_counterpart import clause_subject
from knowledge.extract_actors import (
    HEAD_NOUNS, ROLE_HEADS, ActorRec, _ORG_BARE, _ORG_JUNK, _norm_det, clean_person_span, is_title_only,
)
from knowledge.extract_person_mentions import _TITLE_TAIL, register_person
from knowledge.names import fold
from knowledge.org_name_tail import completed_name
from knowledge.nlp_names import REGION_NOUNS


def _region_names(ctx) -> set[str]:
    """Folded one-word names the article puts before a region noun ('Russia's Rostov region'): the
    model may tag their other mentions as persons ('praised Rostov's interest')."""
    out = set()
    for sc in ctx.sents:
        doc = sc.span.doc
        for ent in sc.span.ents:
            if len(ent) == 1 and ent.end < len(doc) and doc[ent.end].text in REGION_NOUNS:
                out.add(fold(ent.text))
    return out


# nouns for a body a one-word name may stand beside: 'state nuclear corporation Rosatom'
_BODY_NOUNS = {"corporation", "company", "group", "agency", "firm", "carrier", "airline", "bank", "conglomerate",
               "giant", "operator", "producer", "maker", "holding", "concern", "enterprise", "corp", "utility"}


def _names_a_body(ent) -> bool:
    """A one-word PERSON the model tagged that names a body: in apposition to, or right after, a
    noun for a company or agency ('Russia's state nuclear corporation Rosatom')."""
    if len(ent) != 1 or " " in ent.text.strip():
        return False  # (a merged full name, 'the two companies, Nikolai Brunich of X and ...', is a person)
    t = ent[0]
    prev = t.doc[t.i - 1] if t.i > 0 else None
    # (or before it: 'a visit to the Gazprom group')
    return (t.dep_ in ("appos", "compound") and t.head.lemma_.lower() in _BODY_NOUNS and (t.head.i < t.i or any(
        c.dep_ == "det" for c in t.head.children))) or (
        prev is not None and prev.lemma_.lower() in _BODY_NOUNS and prev.pos_ == "NOUN")


# what an outlet is called in apposition after its name: 'Pravda, the newspaper of the Party'
_OUTLET_NOUNS = _BODY_NOUNS | {"newspaper", "daily", "weekly", "magazine", "journal", "broadcaster", "outlet",
                               "publication", "tabloid", "portal", "website", "channel"}


def _described_as_body(ent) -> bool:
    """A PERSON the model tagged that the text calls a body right after it (past a bracketed gloss):
    'Nhân Dân (The People), the newspaper of the Party', 'X, the Russian state newspaper' — the
    noun that closes the appositive's first words is the body's ('X, the newspaper's editor' is a
    person: the noun owns another)."""
    doc, i = ent.doc, ent.end
    if i < len(doc) and doc[i].text == "(":
        i = next((j + 1 for j in range(i, min(i + 8, len(doc))) if doc[j].text == ")"), i)
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in ("the", "a", "an"):
        return False
    j = i + 2
    while j + 1 < len(doc) and doc[j].pos_ in ("ADJ", "NOUN", "PROPN") and doc[j + 1].pos_ in ("ADJ", "NOUN", "PROPN") \
            and j < i + 5:
        j += 1  # 'the Russian state newspaper'
    return doc[j].lemma_.lower() in _OUTLET_NOUNS and doc[j].pos_ == "NOUN" and (
        j + 1 >= len(doc) or doc[j + 1].tag_ != "POS")


def _without_possessive(ent):
    """The entity without a closing "'s" the model took into it, else the entity itself."""
    if len(ent) > 1 and ent[-1].tag_ == "POS":
        from spacy.tokens import Span

        return Span(ent.doc, ent.start, ent.end - 1, label=ent.label_)
    return ent


def collect_actors(ctx) -> None:
    """Every name the article writes, as actors with the tokens that name them: people first, the
    longest names before the short names that join them, then organisations, countries and places,
    then the short and first names the model left untagged."""
    table = ctx.table
    persons, others, bodies = _sort_entities(ctx)
    persons.sort(key=lambda x: -(x[2] - x[1]))  # longest names first
    for sc, s, e in persons:
        register_person(table, sc, s, e)
    short = _short_names(table)
    firsts = _first_names(table, short)
    body = " ".join(sc.span.text for sc in ctx.sents)  # a one-word 'organisation' the article also writes in lower case is a word
    for sc, ent in others:
        _register_other(table, sc, ent, bodies, short, firsts, body)
    _register_untagged(ctx, short, firsts)
    for a in table.persons():
        _finish_person(a)


def _sort_entities(ctx) -> tuple[list[tuple], list, set[tuple[int, int]]]:
    """The model's entities split into person name spans (sentence, start, end) and the others;
    a title tagged as a name is dropped, and a one-word 'person' that names a region or a body is
    moved to the others (with the bodies' positions, so they become organisations)."""
    persons: list[tuple] = []
    others = []
    bodies: set[tuple[int, int]] = set()  # one-word 'persons' that name a body ('corporation Rosatom')
    regions = _region_names(ctx)
    # a body's one-word name is one everywhere in the article ('Rosatom chief', 'Rosatom's experts')
    body_words = {fold(ent.text) for sc in ctx.sents for ent in sc.span.ents if ent.label_ == "PERSON"
                  and (_names_a_body(ent) or _described_as_body(ent))}
    for sc in ctx.sents:
        for ent in sc.span.ents:
            if ent.label_ in ("PERSON", "ORG", "NORP", "FAC") and is_title_only(ent.text):
                continue  # 'Consul General' tagged as a name: a title, no actor (role mentions read it)
            if ent.label_ == "PERSON" and fold(ent.text) in regions:
                continue  # 'Rostov's interest' where the article says 'Rostov region': no person
            if ent.label_ == "PERSON" and names.is_region_name(ent.text):
                others.append((sc, ent))  # 'Governor of Siem Reap Province X': the province is no person
                continue
            bare = _without_possessive(ent)  # ('Nhân Dân's editor': the body's name)
            if ent.label_ == "PERSON" and (len(ent) == 1 or bare is not ent) and fold(bare.text) in body_words:
                bodies.add((sc.doc_id, bare.start))
                others.append((sc, bare))
                continue
            if ent.label_ == "PERSON":
                r = clean_person_span(ent)
                if r:
                    persons.append((sc, *r))
                continue
            if ent.label_ == "ORG" and not names.canonical_org(ent.text):
                glued = _name_in_office(sc, ent)
                if glued:
                    persons.append((sc, *glued))
                else:
                    others.append((sc, ent))
                continue
            others.append((sc, ent))
    return persons, others, bodies


def _name_in_office(sc, ent) -> tuple[int, int] | None:
    """"People's Committee Phan Văn Mãi": an office the model glued to a Vietnamese name; the
    name's tokens (a family name and one to three capitalised words closing the entity)."""
    doc = sc.span.doc
    for j in range(ent.start + 1, ent.end - 1):
        if fold(doc[j].text) in names.VIETNAMESE_SURNAMES and 2 <= ent.end - j <= 4 and all(
                doc[x].is_title for x in range(j, ent.end)):
            return j, ent.end
    return None


def _short_names(table) -> dict[str, ActorRec]:
    """Folded short name ('putin') -> the first person of several words it shortens: short-name
    mentions the model did not tag as PERSON still name them ('Putin welcomed ...')."""
    short = {}
    for a in table.persons():
        if len(a.name.split()) > 1:
            short.setdefault(fold(names.short_name(a.name)), a)
    return short


def _first_names(table, short: dict[str, ActorRec]) -> dict[str, ActorRec]:
    """Folded first name -> person, for a foreign two-part name whose first name no other person
    shares and that is no short name ('Thongloun', 'Xi'): it names that person on its own."""
    firsts: dict[str, ActorRec | None] = {}
    for a in table.persons():
        toks = a.name.split()
        if len(toks) > 1 and not names.is_vietnamese_name(a.name) and len(toks[0]) > 1:
            k = fold(toks[0])
            firsts[k] = None if k in firsts and firsts[k] is not a else a
    return {k: a for k, a in firsts.items() if a is not None and k not in short}


def _register_other(table, sc, ent, bodies, short, firsts, body: str) -> None:
    """A non-person entity: a person's short or first name the model typed otherwise ('Srettha'
    as GPE) is that person; else the country, place or organisation it names, if any."""
    if (fold(ent.text) in short and (len(ent) == 1 or " " not in ent.text)  # 'Lavrov', 'Oyun-Erdene'
            or fold(ent.text) in firsts and len(ent) == 1 and not names.canonical_country(ent.text)
            and not names.canonical_place(ent.text)):  # 'Srettha' tagged GPE
        register_person(table, sc, ent.start, ent.end)
        return
    a = _actor_of_entity(table, sc, ent, bodies, body)
    if a is None:
        return
    txt = ent.text
    a.aliases.add(names._strip_the(txt))
    a.mentions += 1
    a.first = min(a.first, sc.sent.position)
    table.mark(sc.doc_id, ent.start, ent.end, a, "name")


def _actor_of_entity(table, sc, ent, bodies, body: str) -> ActorRec | None:
    """The country, place or organisation an entity names by its label and the name tables; None
    for what names none (a bare word, a lower-case word the article also writes)."""
    lab = ent.label_
    txt = ent.text
    canon_c = names.canonical_country(txt) or (ent.ent_id_ if ent.ent_id_ in names.COUNTRIES else None)
    if lab in ("GPE", "LOC", "FAC", "ORG") and canon_c:
        return table.get(canon_c, "country")
    if lab in ("GPE", "LOC", "FAC", "ORG") and (names.canonical_place(txt) or ent.ent_id_ in names.PLACES):
        return table.get(names.canonical_place(txt) or ent.ent_id_, "place")
    if lab in ("GPE", "LOC", "ORG", "PERSON") and names.is_region_name(txt):  # 'Tver Oblast' tagged ORG
        return table.get(names._strip_the(txt), "place")
    if lab == "ORG" or (ent.ent_id_ and ent.ent_id_ in names.ORGS) or (sc.doc_id, ent.start) in bodies:
        name = _org_name(completed_name(ent), body)
        return table.get(name, "org") if name is not None else None
    if lab == "GPE":
        return table.get(names._strip_the(txt), "place")
    return None


def _org_name(txt: str, body: str) -> str | None:
    """An organisation's stored name: its canonical name, else the name as written when it is one
    (capitalised words, not a generic word like 'Trade' the article also writes in lower case)."""
    canon = names.canonical_org(txt)
    if canon is None:
        bare = names._strip_the(txt)
        if fold(bare) in _ORG_BARE or _ORG_JUNK.search(bare) or len(bare) < 2:
            return None
        if " " not in bare and re.search(r"\b" + re.escape(bare.lower()) + r"\b", body):
            return None  # 'Trade' of 'Industry and Trade Minister': the article writes 'trade' too
        if fold(bare).startswith("vietnamese party"):
            canon = "Communist Party of Vietnam"
        elif not all(w[:1].isupper() or w in ("of", "and", "for", "the") for w in bare.split()):
            return None
    return canon or names._strip_the(txt)


def _register_untagged(ctx, short, firsts) -> None:
    """Capitalised tokens no entity covers that are a person's short name, first name or
    hyphenated short name: the model often leaves a repeated surname untagged."""
    table = ctx.table
    for sc in ctx.sents:
        doc = sc.span.doc
        for t in sc.span:
            if not t.is_title or (sc.doc_id, t.i) in table.tok:
                continue
            if fold(t.text) in short and t.ent_type_ not in ("GPE", "ORG", "NORP", "LOC"):
                register_person(table, sc, t.i, t.i + 1)
            elif fold(t.text) in firsts and t.pos_ == "PROPN" and t.ent_type_ not in ("GPE", "ORG", "NORP", "LOC") \
                    and not (t.i + 1 < sc.span.end and doc[t.i + 1].is_title):
                register_person(table, sc, t.i, t.i + 1)
            elif t.i + 2 < sc.span.end and doc[t.i + 1].text == "-" and not t.whitespace_ \
                    and not doc[t.i + 1].whitespace_ and fold(doc[t.i:t.i + 3].text) in short:
                register_person(table, sc, t.i, t.i + 3)  # a hyphenated short name the model left untagged


def _finish_person(a: ActorRec) -> None:
    """A person's generated aliases ('Mr. X', never for a woman), no bare role word as an alias,
    Vietnamese nationality for a Vietnamese name, and only the longest of nested titles."""
    gen = names.person_aliases(a.name)
    if a.gender == "f":  # "Ms. Vo", never "Mr. Vo"
        gen = {x for x in gen if not x.startswith("Mr. ")}
    a.aliases |= gen
    # a bare role word ("President") names nobody in particular
    a.aliases = {x for x in a.aliases if fold(x) not in ROLE_HEADS}
    if a.nationality is None and names.is_vietnamese_name(a.name):
        a.nationality = "Vietnam"
    # titles that are a word-suffix or -prefix of a longer title, in any case, stay aliases only
    # (judged against all titles at once: dropping them one by one in set order made the outcome
    # depend on PYTHONHASHSEED when a middle title was dropped before a shorter one was judged)
    shorter = {t for t in a.titles if any(o != t and (fold(o).endswith(" " + fold(t)) or fold(o).startswith(fold(t) + " "))
                                          for o in a.titles)}
    a.titles -= shorter
    a.aliases |= shorter


def _name_after_title(ctx, sc, t):
    """The person a title is spelled out by after a comma: 'Ambassador to Việt Nam, Gennady
    Bezdetko,' (the parser may hang the name on the country). The words between are the title's
    own (places, bodies, capitalised words), and the name closes the phrase; else None."""
    doc = sc.span.doc
    j = t.i + 1
    while j < min(sc.span.end, t.i + 10) and doc[j].text != ",":
        w = doc[j]
        if not (w.lower_ in _TITLE_TAIL or w.text[:1].isupper() or ctx.table.at(sc.doc_id, j) is not None):
            return None
        j += 1
    if j == t.i + 1 or j + 1 >= sc.span.end or doc[j].text != "," or doc[j - 1].lower_ in _TITLE_TAIL:
        return None
    a = ctx.table.at(sc.doc_id, j + 1)
    if a is None or a.kind != "person" or ctx.table.how.get((sc.doc_id, j + 1)) != "name":
        return None
    k = j + 1
    while k < sc.span.end and ctx.table.at(sc.doc_id, k) is a:
        k += 1
    return a if k >= sc.span.end or doc[k].text in (",", ".", ";") or doc[k].is_space else None


def role_mentions(ctx, sc) -> None:
    """Mark role references ('the Party leader', 'the Russian diplomat') in this sentence."""
    doc = sc.span.doc
    for t in sc.span:
        low = t.text.lower()
        if low in ("guests", "visitors") and any(c.lower_ == "the" for c in t.children):
            # 'the guests were greeted by X': the visitor of the visit reported (and company)
            visit = next((e for e in reversed(ctx.events) if "visit" in e.kind), None)
            who = [ctx.table.actors.get(fold(p.actor)) for p in visit.participants if p.role == "visitor"] if visit else []
            who = [a for a in who if a is not None and a.kind == "person"]
            if who:
                ctx.table.mark(sc.doc_id, t.i, t.i + 1, who[0], "role")
            continue
        # ('The general made the remarks': a general by title, never the adjective or 'Secretary General')
        the_general = low == "general" and t.dep_ in ("nsubj", "nsubjpass") and [c.lower_ for c in t.lefts] == ["the"]
        if low not in HEAD_NOUNS and not the_general or t.tag_ in ("NNS", "NNPS") or (sc.doc_id, t.i) in ctx.table.tok \
                or t.pos_ not in ("NOUN", "PROPN") or t.dep_ in ("amod",):
            continue
        if t.dep_ == "compound" and ctx.table.at(sc.doc_id, t.head.i) is not None:
            continue
        named = ctx.table.at(sc.doc_id, t.head.i) if t.dep_ == "appos" else None
        if named is not None and named.kind == "person" and ctx.table.how.get((sc.doc_id, t.head.i)) == "name":
            # 'X, Chairman of the State Council,': X's own title, never another chairman
            ctx.table.mark(sc.doc_id, t.i, t.i + 1, named, "title")
            continue
        if named is not None and ctx.table.how.get((sc.doc_id, t.head.i)) == "name":
            continue  # 'to B, head of the X Union' (B typed as no person): B's title, no one else's
        left = [c for c in t.lefts if c.dep_ in ("det", "amod", "compound", "poss", "nmod")]
        start = min([c.left_edge.i for c in left] + [t.i])
        spelled = _name_after_title(ctx, sc, t)
        if spelled is not None:
            # 'the new Russian Ambassador to Vietnam, Gennady Bezdetko,': the title's own holder
            ctx.table.mark(sc.doc_id, start, t.i + 1, spelled, "title")
            continue
        phrase_toks = [x for x in doc[start:t.i + 1]]
        if phrase_toks and phrase_toks[0].text.lower() in ("a", "an", "another", "each", "every", "two", "both"):
            continue
        if any(x.ent_type_ == "PERSON" for x in phrase_toks):
            continue
        phrase = doc[start:t.i + 1].text
        exclude = None
        if low in ("counterpart", "host", "guest", "visitor") or t.dep_ in ("dobj", "pobj"):
            subj = next((c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None and low == "counterpart":
                subj = clause_subject(t)  # 'A was holding talks with her counterpart': A's counterpart
            exclude = ctx.resolve(subj) if subj is not None else None
        a = ctx.role(phrase, exclude=exclude)
        if a is None:
            continue
        a.aliases.add(_norm_det(phrase))
        a.mentions += 1
        ctx.table.mark(sc.doc_id, start, t.i + 1, a, "role")
