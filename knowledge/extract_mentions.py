"""Who the article names: people (with per-article titles and nationality), organisations,
countries and places, linked to every token that names them — full names, short names, first
names of foreign two-part names, titles before a name, role references ('the Party leader',
'the guests') — for coreference in the event and statement extractors."""

from __future__ import annotations

import re

from knowledge import names
from knowledge.extract_actors import (
    _AGENT_HEADS, HEAD_NOUNS, HONORIFICS, ROLE_HEADS, ActorRec, _ORG_BARE, _ORG_JUNK, _norm_det, clean_person_span,
    gender_of_words, is_formal_title, is_title_only, is_newspaper_title, nationality_of_phrase, title_before, title_text,
)
from knowledge.names import fold
from knowledge.nlp_names import REGION_NOUNS


# lower-case words inside an appositive title: "X, Governor of Russia's Kaluga oblast,"
_TITLE_WORDS = {"of", "the", "'s", "’s", "province", "region", "oblast", "krai", "city", "district", "territory"}


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


def collect_actors(ctx) -> None:
    table = ctx.table
    # people: full names first, then short names link to them by folded tokens
    def register(sc, s: int, e: int) -> ActorRec:
        doc = sc.span.doc
        surface = doc[s:e].text
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
        target.aliases.add(surface)
        target.gender = target.gender or next((g for w in surface.split() if (g := names.patronymic(w))), None)
        target.mentions += 1
        target.first = min(target.first, sc.sent.position)
        table.mark(sc.doc_id, s, e, target, "name")
        # "Mr. Trong", "Ms. Vo"
        if s > 0 and doc[s - 1].text.rstrip(".").lower() in HONORIFICS:
            target.aliases.add(f"{doc[s - 1].text} {surface}")
            table.mark(sc.doc_id, s - 1, s, target, "name")
            target.gender = target.gender or gender_of_words([doc[s - 1].text])
        # title / role phrase before the name
        lim = sc.span.start
        tb = title_before(doc, s if not (s > 0 and doc[s - 1].text.rstrip(".").lower() in HONORIFICS) else s - 1, lim)
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
        # appositive title after the name: "Sergey Lavrov, Russia's Foreign Minister,"
        ta = _title_after(doc, e, sc.span.end)
        if ta:
            title = doc[ta[0]:ta[1]].text
            target.aliases.add(title)
            if is_formal_title(title):
                target.titles.add(title)
            target.nationality = target.nationality or nationality_of_phrase(title)
        return target

    persons: list[tuple] = []
    others = []
    bodies: set[tuple[int, int]] = set()  # one-word 'persons' that name a body ('corporation Rosatom')
    regions = _region_names(ctx)
    # a body's one-word name is one everywhere in the article ('Rosatom chief', 'Rosatom's experts')
    body_words = {fold(ent.text) for sc in ctx.sents for ent in sc.span.ents if ent.label_ == "PERSON"
                  and _names_a_body(ent)}
    for sc in ctx.sents:
        for ent in sc.span.ents:
            if ent.label_ in ("PERSON", "ORG", "NORP", "FAC") and is_title_only(ent.text):
                continue  # 'Consul General' tagged as a name: a title, no actor (role mentions read it)
            if ent.label_ == "PERSON" and fold(ent.text) in regions:
                continue  # 'Rostov's interest' where the article says 'Rostov region': no person
            if ent.label_ == "PERSON" and names.is_region_name(ent.text):
                others.append((sc, ent))  # 'Governor of Siem Reap Province X': the province is no person
                continue
            if ent.label_ == "PERSON" and len(ent) == 1 and fold(ent.text) in body_words:
                bodies.add((sc.doc_id, ent.start))
                others.append((sc, ent))
                continue
            if ent.label_ == "PERSON":
                r = clean_person_span(ent)
                if r:
                    persons.append((sc, *r))
                continue
            if ent.label_ == "ORG" and not names.canonical_org(ent.text):
                # "People's Committee Phan Văn Mãi": an office glued to a Vietnamese name
                doc = sc.span.doc
                for j in range(ent.start + 1, ent.end - 1):
                    if fold(doc[j].text) in names.VIETNAMESE_SURNAMES and 2 <= ent.end - j <= 4 and all(
                            doc[x].is_title for x in range(j, ent.end)):
                        persons.append((sc, j, ent.end))
                        break
                else:
                    others.append((sc, ent))
                continue
            others.append((sc, ent))
    persons.sort(key=lambda x: -(x[2] - x[1]))  # longest names first
    for sc, s, e in persons:
        register(sc, s, e)
    short = {}
    for a in table.persons():
        if len(a.name.split()) > 1:
            short.setdefault(fold(names.short_name(a.name)), a)
    # short-name mentions the model did not tag as PERSON ("Putin welcomed ..."); the first name
    # of a foreign two-part name too, where no other person shares it ('Thongloun', 'Xi')
    firsts: dict[str, ActorRec | None] = {}
    for a in table.persons():
        toks = a.name.split()
        if len(toks) > 1 and not names.is_vietnamese_name(a.name) and len(toks[0]) > 1:
            k = fold(toks[0])
            firsts[k] = None if k in firsts and firsts[k] is not a else a
    firsts = {k: a for k, a in firsts.items() if a is not None and k not in short}
    body = " ".join(sc.span.text for sc in ctx.sents)  # a one-word 'organisation' the article also writes in lower case is a word
    for sc, ent in others:
        span = sc.span
        doc = span.doc
        lab = ent.label_
        if (fold(ent.text) in short and (len(ent) == 1 or " " not in ent.text)  # 'Lavrov', 'Oyun-Erdene'
                or fold(ent.text) in firsts and len(ent) == 1 and not names.canonical_country(ent.text)
                and not names.canonical_place(ent.text)):  # 'Srettha' tagged GPE
            register(sc, ent.start, ent.end)
            continue
        if True:
            txt = ent.text
            canon_c = names.canonical_country(txt) or (ent.ent_id_ if ent.ent_id_ in names.COUNTRIES else None)
            if lab in ("GPE", "LOC", "FAC", "ORG") and canon_c:
                a = table.get(canon_c, "country")
            elif lab in ("GPE", "LOC", "FAC", "ORG") and (names.canonical_place(txt) or ent.ent_id_ in names.PLACES):
                a = table.get(names.canonical_place(txt) or ent.ent_id_, "place")
            elif lab in ("GPE", "LOC", "ORG", "PERSON") and names.is_region_name(txt):  # 'Tver Oblast' tagged ORG
                a = table.get(names._strip_the(txt), "place")
            elif lab == "ORG" or (ent.ent_id_ and ent.ent_id_ in names.ORGS) or (sc.doc_id, ent.start) in bodies:
                canon = names.canonical_org(txt)
                if canon is None:
                    bare = names._strip_the(txt)
                    if fold(bare) in _ORG_BARE or _ORG_JUNK.search(bare) or len(bare) < 2:
                        continue
                    if " " not in bare and re.search(r"\b" + re.escape(bare.lower()) + r"\b", body):
                        continue  # 'Trade' of 'Industry and Trade Minister': the article writes 'trade' too
                    if fold(bare).startswith("vietnamese party"):
                        canon = "Communist Party of Vietnam"
                    elif not all(w[:1].isupper() or w in ("of", "and", "for", "the") for w in bare.split()):
                        continue
                a = table.get(canon or names._strip_the(txt), "org")
            elif lab == "GPE":
                a = table.get(names._strip_the(txt), "place")
            else:
                continue
            a.aliases.add(names._strip_the(txt))
            a.mentions += 1
            a.first = min(a.first, sc.sent.position)
            table.mark(sc.doc_id, ent.start, ent.end, a, "name")

    for sc in ctx.sents:
        doc = sc.span.doc
        for t in sc.span:
            if not t.is_title or (sc.doc_id, t.i) in table.tok:
                continue
            if fold(t.text) in short and t.ent_type_ not in ("GPE", "ORG", "NORP", "LOC"):
                register(sc, t.i, t.i + 1)
            elif fold(t.text) in firsts and t.pos_ == "PROPN" and t.ent_type_ not in ("GPE", "ORG", "NORP", "LOC") \
                    and not (t.i + 1 < sc.span.end and doc[t.i + 1].is_title):
                register(sc, t.i, t.i + 1)
            elif t.i + 2 < sc.span.end and doc[t.i + 1].text == "-" and not t.whitespace_ \
                    and not doc[t.i + 1].whitespace_ and fold(doc[t.i:t.i + 3].text) in short:
                register(sc, t.i, t.i + 3)  # a hyphenated short name the model left untagged
    for a in table.persons():
        gen = names.person_aliases(a.name)
        if a.gender == "f":  # "Ms. Vo", never "Mr. Vo"
            gen = {x for x in gen if not x.startswith("Mr. ")}
        a.aliases |= gen
        # a bare role word ("President") names nobody in particular
        a.aliases = {x for x in a.aliases if fold(x) not in ROLE_HEADS}
        if a.nationality is None and names.is_vietnamese_name(a.name):
            a.nationality = "Vietnam"
        # titles that are a word-suffix or -prefix of a longer title, in any case, stay aliases only
        for t in list(a.titles):
            ft = fold(t)
            if any(o != t and (fold(o).endswith(" " + ft) or fold(o).startswith(ft + " ")) for o in a.titles):
                a.titles.discard(t)
                a.aliases.add(t)


_TITLE_TAIL = {"to", "of", "in", "for", "the", "and"}


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
            doc[j].is_title or doc[j].text.lower() in ROLE_HEADS or doc[j].text.lower() in _TITLE_WORDS
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
            exclude = ctx.resolve(subj) if subj is not None else None
        a = ctx.role(phrase, exclude=exclude)
        if a is None:
            continue
        a.aliases.add(_norm_det(phrase))
        a.mentions += 1
        ctx.table.mark(sc.doc_id, start, t.i + 1, a, "role")
