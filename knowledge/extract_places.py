"""Where an event took place, from the places its phrases name: nested locatives ('at the Kremlin
in Moscow'), 'the province' named earlier, the most specific of several, and the country that
hosts a visit to a place."""

from __future__ import annotations

from knowledge import names


_OBLAST_WORDS = {"oblast", "krai", "kray", "okrug", "region"}


def places_under(ctx, toks) -> list:
    """Places named by these prepositional objects, following nested locatives:
    'at the Kremlin in Moscow', 'to Kazan, Russia', 'in Hà Nội and Hải Phòng'."""
    out, regions = [], []
    stack = [(t, False) for t in toks]
    seen = set()
    while stack:
        t, outer = stack.pop(0)
        if t.i in seen:
            continue
        seen.add(t.i)
        a = ctx.resolve(t)
        if a is not None and a.kind in ("place", "country") and a not in out:
            out.append(a)
            if outer or t.lower_ in _OBLAST_WORDS or any(c.dep_ == "compound" and c.lower_ in _OBLAST_WORDS
                                                         for c in t.children):
                regions.append(a)
        stack.extend((c, outer or _describes_place(ctx, a, t, c)) for c in _next_places(ctx, t, a))
    # 'in the town of Serpukhov in Moscow Oblast': the town, not the region (stored under the name
    # of the city it is named after, Moscow), is where it was
    if any(a.kind == "place" and a not in regions for a in out):
        out = [a for a in out if a not in regions]
    return out


_NAMESAKE_HEADS = {"park", "street", "square", "avenue", "road", "boulevard", "lane", "garden", "gardens",
                   "bridge", "lake", "hotel"}


def _next_places(ctx, t, a) -> list:
    """Tokens under t that may name where it is; never the city a park, street or hotel is named
    after ('Ninh Binh Park in the capital' is no event in Ninh Binh)."""
    out = []
    for c in t.children:
        if c.dep_ in ("appos", "conj", "npadvmod"):
            out.append(c)
        elif c.dep_ == "prep" and c.text.lower() in ("in", "at", "of"):
            out.extend(g for g in c.children if g.dep_ == "pobj")
        elif c.dep_ == "compound" and a is None and t.lower_ in _NAMESAKE_HEADS:
            continue
        elif c.dep_ in ("compound", "poss") and not _pair_name(ctx, c):  # "Moscow's Vnukovo airport"
            out.append(c)
    return out


def _describes_place(ctx, a, t, c) -> bool:
    """'in Almetyevsk, an oil town of Russia's Tatarstan': what the appositive names
    around place a is where a lies, not a second place of the event."""
    return (a is not None and a.kind == "place" and c.dep_ == "appos" and ctx.resolve(c) is None
            and c.pos_ == "NOUN")


def _pair_name(ctx, c) -> bool:
    """'the Vietnam-Russia Tropical Centre', 'the Chile–Peru Chamber': two states joined by a dash
    in front of a name are the pair the body serves, not where it is."""
    dash = any(x.dep_ == "punct" and x.text in ("-", "–", "—") for x in c.children)
    return dash and any(x.dep_ in ("compound", "nmod") and getattr(ctx.resolve(x), "kind", "") in ("place", "country")
                        for x in c.children)


_PLACE_REFS = {"province": True, "region": True, "territory": True, "krai": True, "city": False}


def place_reference(ctx, tok, visitors=()):
    """'a working visit to the (northern) province': the province the article named last
    (a city for 'the city'), in this sentence before tok or in an earlier one."""
    want = _PLACE_REFS.get(tok.lower_)
    if want is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    # never the visitor's own region ('Governor of Russia's Primorsky Krai' visits 'the province')
    own = " ".join(names.fold(x) for v in visitors for x in v.aliases)
    places = [a for a in ctx.table.actors.values() if a.kind == "place" and (a.name in names.PROVINCES) == want
              and a.name not in names.VENUES and not any(names.fold(x) in own for x in a.aliases | {a.name})]
    if not places:
        return None
    for pos in range(ctx.cur, -1, -1):
        text = names.fold(ctx.sents[pos].sent.text if pos < ctx.cur else tok.doc[ctx.sents[pos].span.start:tok.i].text)
        best = None
        for a in places:
            for al in a.aliases | {a.name}:
                k = text.rfind(names.fold(al))
                if k >= 0 and (best is None or k > best[0]):
                    best = (k, a)
        if best is not None:
            return best[1]
    return None


def place_rank(a) -> int:
    """Most specific first: a city, another named place, a venue ('the Kremlin'), a country."""
    if a.kind == "country":
        return 3
    if a.name in names.VENUES:
        return 2
    if a.name in names.PLACE_COUNTRY:
        return 0
    return 1


def best_place(places: list):
    return min(places, key=place_rank) if places else None


def is_region(ctx, a, toks=()) -> bool:
    """Place a is a first-level region, not a city or a state: a province of the lexicon, a
    region by its own name ('Kaluga Oblast', 'Republic of Buryatia'), or written as one where
    these tokens name it ('to Russia's Ulyanovsk Oblast', 'in Tver region')."""
    if a.kind != "place" or a.name in names.VENUES or a.name in names.FOREIGN_CITIES:
        return False
    if a.name in names.PROVINCES or names.is_region_name(a.name):
        return True
    doc = next((t.doc for t in toks), None)
    return any(ctx.table.at(ctx.sents[ctx.cur].doc_id, x.i) is a and x.i + 1 < len(doc)
               and doc[x.i + 1].lower_ in names.REGION_WORDS for t in toks for x in t.subtree)


def host_of(ctx, a, toks=()):
    """Who hosts a visit to place a: the place itself when it is a country or a region the
    words name as one (a consul's trip to an oblast is the oblast's, not the whole state's),
    else the country it is in."""
    if a.kind == "country" or is_region(ctx, a, toks):
        return a
    return ctx.table.actors.get(names.fold(names.PLACE_COUNTRY.get(a.name, ""))) or None
