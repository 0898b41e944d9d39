"""Entity fixes the parser should see, as one spaCy component (`fix_person_entities`, after the
NER): where a person's name begins and ends — names split from or glued to titles and bodies,
names tagged as organisations or places after a title, Vietnamese names the model left untagged
or cut in two, family names left outside — then every clean person name merged into one token.
Each step is a function of its own; the name tables and smaller repairs are in nlp_names."""

from __future__ import annotations

from knowledge import names
from knowledge.nlp_bounds import rank_trimmed
from knowledge.nlp_names import (
    _ORG_HEADS, _PERSON_TITLE_HEADS, _PLACE_NOUNS, _TITLE_LINKS, _adjacent_persons, _english_looking_family_name,
    _family_name_before, _hyphen_tails, _named_regions, _person_ok, _person_tails, _titled_names, _untagged_titled,
)


# a merged name looks to the tagger like a common name, 'Johnson': its norm, prefix, suffix and
# shape (the model's lexical features) — else 'Xi Jinping' is read as a verb by its '-ing'
_NAME_ATTRS = {"NORM": "johnson", "PREFIX": "J", "SUFFIX": "son", "SHAPE": "Xxxxx"}


def fix_person_entities(doc):
    """Entity fixes the parser should see: a Vietnamese name split from a title ORG
    ('National Assembly Chairwoman' | 'Nguyễn' + 'Thị Kim Ngân'), a person name glued to the
    end of an organisation ('the Federation Council Valentina Matviyenko'); then every clean
    multi-token PERSON becomes one token, so the parser treats the name as one noun."""
    ents = list(doc.ents)
    titled = _titled_names(doc)
    if titled:
        ents = _with_titled_names(doc, ents, titled)
    out = [span for ent in ents for span in _fix_entity(doc, ent)]
    out = _person_tails(doc, out)
    out += _untagged_vietnamese_names(doc, out)
    out.sort(key=lambda e: e.start)
    out = _hyphen_tails(doc, out)
    out = _adjacent_persons(doc, out)
    out = _joined_given_names(doc, out)
    # a Vietnamese family name just before a PERSON (left outside or at the end of an ORG)
    # "Cai Lan port", "Van Don airport": a name-like span before a place noun is a place
    out = [e for e in out if not (e.label_ == "PERSON" and e.end < len(doc) and doc[e.end].text in _PLACE_NOUNS)]
    out = _named_regions(doc, out)
    out = _untagged_titled(doc, out)
    fixed = [rank_trimmed(doc, e) or e for e in _with_family_names(doc, out)]
    try:
        doc.ents = fixed
    except ValueError:
        return doc
    _merge_names(doc)
    return doc


def _with_titled_names(doc, ents: list, titled: list[tuple[int, int]]) -> list:
    """The names at the end of long formal titles are PERSONs; entities over the title's portfolio
    words are dropped (one starting before the title keeps its part before the name)."""
    from spacy.tokens import Span

    spans = [(i, titled_end) for i, titled_end in titled]
    keep = []
    for ent in ents:
        hit = next(((s, e) for s, e in spans if ent.start < e and ent.end > s), None)
        if hit is None:
            keep.append(ent)
        elif ent.end <= hit[0] or ent.start >= hit[1]:
            keep.append(ent)
        elif ent.start < hit[0] and ent.label_ != "PERSON" and not ent.ent_id_ \
                and doc[hit[0] - 1].lower_ not in _TITLE_LINKS:
            keep.append(Span(doc, ent.start, hit[0], label=ent.label_))
    # also drop entities that overlap the title words between the head and the name
    ents = [e for e in keep if not any(e.start < s and e.end > s for s, _ in spans)]
    ents += [Span(doc, s, e, label="PERSON") for s, e in spans]
    ents.sort(key=lambda e: e.start)
    return ents


def _fix_entity(doc, ent) -> list:
    """One entity as the span(s) it should be: a 'person' ending on a body noun is a body, a body
    ending on a person's name is cut in two, a place with a title and a name inside is both, and
    a name the model typed as a body or place after a title is a person."""
    from spacy.tokens import Span

    if ent.label_ == "PERSON" and names.fold(doc[ent.end - 1].text) in _ORG_HEADS:
        # 'Agribusiness Holding', 'National University' typed as a person: a body, never a person
        ent = Span(doc, ent.start, ent.end, label="ORG")
    if ent.label_ == "ORG" and not ent.ent_id_ and not names.canonical_org(ent.text):
        cut = _person_in_org(doc, ent)
        if cut is not None:
            return [Span(doc, ent.start, cut, label="ORG"), Span(doc, cut, ent.end, label="PERSON")]
    inner = next((j for j in range(ent.start + 1, ent.end - 2) if names.fold(doc[j].text) in _PERSON_TITLE_HEADS
                  and _person_ok(doc, j + 1, ent.end)), None) if ent.label_ in ("ORG", "GPE", "FAC", "LOC") \
        and not ent.ent_id_ else None
    if inner is not None:  # 'Darkhan Governor Batbold Ganzorig' as one FAC: a place, a title, a name
        out = []
        if not any(names.fold(doc[x].text) in _PERSON_TITLE_HEADS | _TITLE_LINKS for x in range(ent.start, inner)):
            out.append(Span(doc, ent.start, inner, label="GPE"))
        out.append(Span(doc, inner + 1, ent.end, label="PERSON"))
        return out
    if ent.label_ in ("ORG", "GPE", "NORP", "LOC") and not ent.ent_id_ and ent.start > 0 \
            and names.fold(_title_word_by(doc, ent)) in _PERSON_TITLE_HEADS and _person_ok(doc, ent.start, ent.end) \
            and not names.canonical_org(ent.text):
        return [Span(doc, ent.start, ent.end, label="PERSON")]  # 'President Ukhnaagiin Khurelsukh' as ORG
    return [ent]


def _person_in_org(doc, ent) -> int | None:
    """Where a person's name glued to the end of an organisation begins: after a body noun ('the
    Federation Council Valentina Matviyenko'), or at a Vietnamese family name ('Industry and Trade
    Nguyễn Hồng Diên'); None when the entity holds no name."""
    cut = None
    for j in range(ent.start + 1, ent.end - 1):
        if names.fold(doc[j - 1].text) in _ORG_HEADS and _person_ok(doc, j, ent.end):
            cut = j
            break
    for j in range(ent.start + 1, ent.end - 1):
        if cut is None and names.fold(doc[j].text) in names.VIETNAMESE_SURNAMES and _person_ok(doc, j, ent.end) \
                and names.is_vietnamese_name(doc[j:ent.end].text):
            cut = j  # 'Industry and Trade Nguyễn Hồng Diên'
    return cut


def _title_word_by(doc, ent) -> str:
    """The word that would make the entity a titled person: the one before it (past a comma: "the
    city's mayor, Vadim Kstenin,"), or a title head in an appositive after it ("Igor Morgulov,
    Russia's Deputy Foreign Minister,")."""
    before = doc[ent.start - 1].text if ent.start > 0 else ""
    if before == "," and ent.start > 1:  # "the city's mayor, Vadim Kstenin,"
        before = doc[ent.start - 2].text
    after = [names.fold(doc[x].text) for x in range(ent.end + 1, min(len(doc), ent.end + 8))]
    if ent.end < len(doc) and doc[ent.end].text == "," and "," in after:
        after = after[:after.index(",")]
    if ent.end < len(doc) and doc[ent.end].text == "," and set(after) & _PERSON_TITLE_HEADS:
        before = after[-1] if after[-1] in _PERSON_TITLE_HEADS else next(w for w in after if w in _PERSON_TITLE_HEADS)
        # "Igor Morgulov, Russia's Deputy Foreign Minister," — an appositive title after the name
    return before


def _untagged_vietnamese_names(doc, out: list) -> list:
    """A Vietnamese name the model left untagged ('Minister of ... Trade Nguyễn Hồng Diên'): a
    family name and one to three short capitalised words, with diacritics, outside every entity."""
    from spacy.tokens import Span

    found = []
    taken = {i for e in out for i in range(e.start, e.end)}
    texts = [t.text for t in doc]
    i = 0
    while i < len(doc):
        if i not in taken and texts[i][:1].isupper() and names.fold(texts[i]) in names.VIETNAMESE_SURNAMES:
            j = i + 1
            while j < len(doc) and j not in taken and doc[j].is_alpha and doc[j].text[:1].isupper() and len(doc[j]) <= 7:
                j += 1
            if 2 <= j - i <= 4 and _person_ok(doc, i, j) and names.has_diacritics(doc[i:j].text) \
                    and names.is_vietnamese_name(doc[i:j].text) and not (j < len(doc) and doc[j].is_title):
                found.append(Span(doc, i, j, label="PERSON"))
                i = j
                continue
        i += 1
    return found


def _joined_given_names(doc, out: list) -> list:
    """A Vietnamese given name the model tagged apart ('Phạm Minh' PERSON + 'Chính' GPE) joins the
    name before it."""
    from spacy.tokens import Span

    k = 0
    while k < len(out) - 1:
        a, b = out[k], out[k + 1]
        if a.label_ == "PERSON" and b.start == a.end and b.end - a.start <= 4 and b.label_ in ("GPE", "ORG", "NORP", "LOC") \
                and not b.ent_id_ and _person_ok(doc, a.start, b.end) and names.has_diacritics(b.text) \
                and names.is_vietnamese_name(doc[a.start:b.end].text):
            out[k:k + 2] = [Span(doc, a.start, b.end, label="PERSON")]
            continue
        k += 1
    return out


def _with_family_names(doc, out: list) -> list:
    """A family name left just before a PERSON (outside it, or at the end of the entity before)
    joins the name; the entity before keeps what is left of it."""
    from spacy.tokens import Span

    fixed = []
    for ent in out:
        b = _family_name_before(doc, ent, fixed[-1] if fixed else None) or _english_looking_family_name(doc, ent)
        if b:
            if fixed and fixed[-1].end > ent.start - b:
                prev = fixed.pop()
                if ent.start - b > prev.start:
                    fixed.append(Span(doc, prev.start, ent.start - b, label=prev.label_, kb_id=prev.kb_id_,
                                      span_id=prev.id_))
            ent = Span(doc, ent.start - b, ent.end, label="PERSON")
        fixed.append(ent)
    return fixed


def _merge_names(doc) -> None:
    """Every clean person name becomes one token the tagger reads as a common name, and 'co-chaired'
    one verb (split, 'co' becomes a subject)."""
    texts = [t.text for t in doc]
    with doc.retokenize() as rt:
        for ent in doc.ents:
            if ent.label_ == "PERSON" and _person_ok(doc, ent.start, ent.end):
                rt.merge(ent, attrs=_NAME_ATTRS)
        # "co-chaired", "co-hosted": one verb for the parser (split, 'co' becomes a subject)
        taken = {i for e in doc.ents for i in range(e.start, e.end)}
        for i in range(len(doc) - 2):
            if texts[i + 1] == "-" and doc[i].lower_ == "co" and doc[i + 1].text == "-" and doc[i + 2].is_alpha and doc[i + 2].is_lower \
                    and not doc[i].whitespace_ and not doc[i + 1].whitespace_ and not {i, i + 1, i + 2} & taken:
                rt.merge(doc[i:i + 3])
