"""Entity-type repairs of the small model's NER, run before the person-span fix: a Russian name with
its patronymic typed as a facility, a Vietnamese name after a title typed as a place, names the model
left untyped. A stage of its own in the pipeline that `knowledge.nlp.get_nlp` assembles."""

from __future__ import annotations

from knowledge import lazy_re, names
from knowledge.nlp_names import ADMIN_PLACES
from knowledge.nlp_surnames import RANK_WORDS


FINAL = {".", "!", "?", "\"", "”", "’"}


def _starts_sentence(doc, i: int) -> bool:
    return i == 0 or doc[i - 1].text in FINAL or (doc[i - 1].is_space and "\n" in doc[i - 1].text)


def fix_entity_types(doc):
    """Entity mistakes of the small model that make wrong people: a Russian name with its
    patronymic typed as a facility or organisation ('received Yulia Aleksandrovna Shvakova' as
    FAC — the guest lost, the host made the visitor) and a Vietnamese name typed as a work of art,
    product, event or law are persons; a sentence opened by a participle and a name
    ('Describing Kaluga's cooperation ...' as PERSON) is no person."""
    from knowledge.nlp_bounds import rank_only

    out, unlisted = [], []
    for ent in doc.ents:
        retyped = _retyped(doc, ent)
        if retyped is not None:
            out.append(retyped)
            continue
        if out and ent.start < out[-1].end:
            continue  # a syllable a cut name before it took back
        if _rejoined(doc, ent, out, unlisted) or _patronymic_name(doc, ent, out) or _participle_opening(doc, ent) \
                or rank_only(ent) or _group_adjective(doc, ent):
            continue
        out.append(ent)
    out = _named_bodies(doc, out)
    extra = _untagged_names(doc)
    taken = {i for e in extra for i in range(e.start, e.end)}
    out = [e for e in out if not taken & set(range(e.start, e.end))] + extra
    try:
        doc.ents = sorted(out, key=lambda e: e.start)
    except ValueError:
        return doc
    for span in unlisted:  # no longer the lexicon's city or country
        for t in span:
            t.ent_id_ = ""
    return doc


# what a body named after a person is ('the Pushkin State Russian Language Institute')
_BODY_HEADS = {"academy", "university", "institute", "school", "foundation", "museum", "centre", "center",
               "college", "fund", "library", "hospital", "theatre", "theater", "conservatory"}


def _named_bodies(doc, ents: list) -> list:
    """A person's name right before a body's name, with nothing between, is part of the body's
    name ('a delegation from the Ho Chi Minh National Academy of Politics': no visit of Ho Chi
    Minh); the body is known by its head word ('Academy'), before 'of' if any."""
    from spacy.tokens import Span

    out = []
    for ent in ents:
        prev = out[-1] if out else None
        head = next((t for t in ent if t.lower_ == "of"), None)
        head = doc[head.i - 1] if head is not None and head.i > ent.start else ent[-1]
        if prev is not None and prev.label_ == "PERSON" and ent.label_ == "ORG" and prev.end == ent.start \
                and head.lower_ in _BODY_HEADS:
            out[-1] = Span(doc, prev.start, ent.end, label="ORG")
            continue
        out.append(ent)
    return out


# the last word of a place's own name ('Thái Thụy District', 'Đông Hoàng Commune'): no person ends in one
_PLACE_HEADS = ADMIN_PLACES | {"square", "bay", "island", "county"}


def _retyped(doc, ent):
    """The entity as one span of the right type, when its own form says it: a Russian name or
    initials typed as a place or body, a Vietnamese name typed as a work of art, a region written
    before 'oblast', a titled Vietnamese name typed as a facility; else None."""
    from spacy.tokens import Span

    from knowledge.nlp_bounds import initials_name
    from knowledge.nlp_given_names import russian_named

    words = [t for t in ent if not t.is_punct]
    if ent.label_ in ("FAC", "ORG", "GPE", "LOC", "NORP") and not ent.ent_id_ and 2 <= len(words) <= 4 \
            and all(t.is_title for t in words) and (any(names.patronymic(t.text) for t in words[1:-1])
                                                    or _russian_name(words)) or ent.label_ != "PERSON" and initials_name(ent):
        return Span(doc, ent.start, ent.end, label="PERSON")
    if ent.label_ in ("FAC", "ORG", "GPE", "LOC", "NORP", "PRODUCT") and not ent.ent_id_ and _initialled(ent):
        return Span(doc, ent.start, ent.end, label="PERSON")  # 'V.K. Dzirkaln' as an organisation
    if russian_named(ent, words):
        return Span(doc, ent.start, ent.end, label="PERSON")  # 'hosted Valery Gulev' as a product
    if ent.label_ in ("WORK_OF_ART", "PRODUCT", "EVENT", "LAW") and 2 <= len(words) <= 4 \
            and all(t.is_title for t in words) and names.fold(words[0].text) in names.VIETNAMESE_SURNAMES:
        return Span(doc, ent.start, ent.end, label="PERSON")  # 'signed by Nguyễn Đức Long' as a work of art
    if ent.end < len(doc) and doc[ent.end].lower_ in _REGION_AFTER and not doc[ent.end].ent_type_ \
            and all(t.is_title for t in ent):
        return Span(doc, ent.start, ent.end + 1, label="GPE")  # 'a trip to Vladimir oblast' (no person)
    if ent.label_ == "PERSON" and len(words) >= 2 and words[-1].is_title and words[-1].lower_ in _PLACE_HEADS:
        return Span(doc, ent.start, ent.end, label="GPE")  # 'in Thái Thụy District' typed as a person
    return _titled_vietnamese_name(doc, ent) or _surname_before_place(doc, ent)  # 'led by Rector Nguyễn Văn Nội' typed as a facility


def _rejoined(doc, ent, out: list, unlisted: list) -> bool:
    """A name or company the model cut at the wrong place, set right in `out` (spans no longer a
    lexicon city or country go to `unlisted`): 'Vuong Dinh | Hue', 'Vietnam Airlines', a place and
    a person read as one, 'Ambassador Dang | Minh | Khoi'. True when it handled the entity."""
    from spacy.tokens import Span

    from knowledge.nlp_bounds import company_after_country, cut_vietnamese_name, name_before_city, place_before_name

    if out and name_before_city(doc, out[-1], ent):
        out[-1] = Span(doc, out[-1].start, ent.end, label="PERSON")  # 'Vuong Dinh | Hue' is one name
        unlisted.append(out[-1])
        return True
    company = company_after_country(doc, ent)
    if company:
        out.append(Span(doc, ent.start, company, label="ORG"))  # 'Vietnam Airlines', not Vietnam
        unlisted.append(out[-1])
        return True
    cut = place_before_name(doc, ent)
    if cut:
        # 'received in Dubna Le Hong Khiem' as one person: the place, then the person
        out += [Span(doc, ent.start, cut, label="GPE"), Span(doc, cut, ent.end, label="PERSON")]
        return True
    end = cut_vietnamese_name(doc, ent)
    if end:
        out.append(Span(doc, ent.start, end, label="PERSON"))  # 'Ambassador Dang | Minh | Khoi' read whole
        return True
    return False


def _patronymic_name(doc, ent, out: list) -> bool:
    """A Russian name whose first part the model left out of the PERSON before a patronymic
    ('Lebedev | Vyacheslav Mikhailovich', 'Natalia | Viktorovna Orlova'), joined in `out`. True
    when it handled the entity."""
    from spacy.tokens import Span

    first = doc[ent.start]
    if ent.label_ == "PERSON" and len(ent) == 2 and names.patronymic(ent[-1].text) and ent.start > 0 \
            and _given_name(doc[ent.start - 1]) and _RU_SURNAME.search(doc[ent.start - 1].text):
        out.append(Span(doc, ent.start - 1, ent.end, label="PERSON"))  # 'Lebedev | Vyacheslav Mikhailovich'
        return True
    if ent.label_ == "PERSON" and names.patronymic(first.text) and ent.start > 0 and _given_name(doc[ent.start - 1]):
        if out and out[-1].end == ent.start:
            out.pop()  # 'Natalia' typed as a place
        out.append(Span(doc, ent.start - 1, ent.end, label="PERSON"))  # 'Natalia | Viktorovna Orlova'
        return True
    return False


def _participle_opening(doc, ent) -> bool:
    """'Describing Kaluga's cooperation ...' tagged PERSON: a sentence opened by a participle is
    no person's name."""
    first = doc[ent.start]
    return ent.label_ == "PERSON" and first.is_title and first.lower_.endswith("ing") and len(first) >= 6 \
        and _starts_sentence(doc, ent.start)


# the nouns for a party that an adjective of people or region may precede ('a senior Kalmyk delegation')
_PARTY_NOUNS = {"delegation", "delegations", "group", "team", "mission", "side", "guests", "visitors"}


def _group_adjective(doc, ent) -> bool:
    """'received a senior Kalmyk delegation headed by W' with 'Kalmyk' tagged PERSON: one word
    right before a party noun names the people or region the party comes from, never a person (a
    surname written so, 'the Lavrov delegation', is kept when the text names that person in full)."""
    if ent.label_ != "PERSON" or len(ent) != 1 or ent.end >= len(doc) or doc[ent.end].lower_ not in _PARTY_NOUNS:
        return False
    word = ent.text.lower()
    return not any(e.label_ == "PERSON" and len(e) > 1 and e[-1].lower_ == word for e in doc.ents)


_INITIALS = lazy_re.compile(r"^(?:[A-Z]\.){1,3}$")


def _initialled(ent) -> bool:
    """A person's name written with initials: 'V.K. Dzirkaln', 'A. S. Orlov' — one to three
    initials, then one capitalised surname (never a known country, place or body)."""
    from knowledge.extract_actors import ROLE_HEADS
    from knowledge.nlp_names import _ORG_HEADS, _PORTFOLIO

    toks = list(ent)
    last = toks[-1]
    return 2 <= len(toks) <= 4 and all(_INITIALS.match(t.text) and not names.canonical_country(t.text)
                                       for t in toks[:-1]) \
        and last.is_alpha and last.text[:1].isupper() and not last.is_upper and len(last) > 1 \
        and names.fold(last.text) not in _ORG_HEADS | _PORTFOLIO | ROLE_HEADS \
        and not (names.canonical_country(last.text) or names.canonical_place(last.text) or names.canonical_org(last.text))


def _titled_vietnamese_name(doc, ent):
    """The person in a place/organisation entity that is a title and a Vietnamese name ('Rector
    Nguyễn Văn Nội' as FAC), or after a title ('Rector | Nguyễn Văn Nội'): two to four short
    capitalised syllables, the first a family name, none a place word. None otherwise."""
    from spacy.tokens import Span

    from knowledge.extract_actors import HONORIFICS, RANKS, ROLE_HEADS

    if ent.label_ not in ("FAC", "ORG", "GPE", "LOC", "NORP") or ent.ent_id_:
        return None
    titles = ROLE_HEADS | HONORIFICS | RANKS  # ('Sen. Lt. Gen. | Le Chiem' typed as an organisation)
    start = ent.start
    while start < ent.end and doc[start].lower_.rstrip(".") in titles:
        start += 1
    words = doc[start:ent.end]
    if not (start > ent.start or ent.start > 0 and doc[ent.start - 1].lower_.rstrip(".") in titles) \
            or not 2 <= len(words) <= 4 or names.fold(words[0].text) not in names.VIETNAMESE_SURNAMES \
            or not all(t.is_title and t.is_alpha and len(t) <= 7 and t.lower_ not in _PLACE_AFTER for t in words) \
            or (ent.end < len(doc) and doc[ent.end].lower_ in _PLACE_AFTER):
        return None
    return Span(doc, start, ent.end, label="PERSON")


# words after a name that make it a Russian region's: 'Vladimir oblast', 'Krasnodar krai'
_REGION_AFTER = {"oblast", "krai", "kray", "okrug"}


def _surname_before_place(doc, ent):
    """'Chief Justice Nguyen Hoa Binh' with only 'Hoa Binh' typed as a place (a province of that
    name): a Vietnamese family name just before, in no entity of its own, makes the whole a
    person's name — one to three short capitalised syllables after it, no place word after them."""
    from spacy.tokens import Span

    if ent.label_ not in ("GPE", "LOC") or ent.ent_id_ in names.COUNTRIES or ent.start == 0:
        return None
    prev, words = doc[ent.start - 1], list(ent)
    if prev.ent_type_ or not prev.is_title or not prev.is_alpha or names.fold(prev.text) not in names.VIETNAMESE_SURNAMES \
            or not 1 <= len(words) <= 3 or not all(t.is_title and t.is_alpha and len(t) <= 7 for t in words) \
            or (ent.end < len(doc) and doc[ent.end].lower_ in _PLACE_AFTER):
        return None
    return Span(doc, ent.start - 1, ent.end, label="PERSON")


_RU_SURNAME = lazy_re.compile(r"(?:enko|ov|ova|ev|eva|yev|yeva|in|ina|sky|skiy|skaya|ich|uk|yuk)$")


def _russian_name(words) -> bool:
    """'under the command of Alexey Ulyanenko' typed as a facility: two or three capitalised words,
    the last with a Russian family-name ending, none a rank, title or known place."""
    from knowledge.extract_actors import ROLE_HEADS

    return len(words) in (2, 3) and all(t.is_alpha for t in words) and len(words[-1]) >= 5 \
        and bool(_RU_SURNAME.search(words[-1].text)) and not any(
            t.lower_ in RANK_WORDS | ROLE_HEADS or names.canonical_place(t.text) or names.canonical_country(t.text)
            or names.canonical_org(t.text) for t in words)


def _given_name(t) -> bool:
    """t can be the given name before a patronymic: a capitalised word in no entity, no title."""
    from knowledge.extract_actors import HONORIFICS, ROLE_HEADS

    # a one-word entity of its own that no lexicon knows ('Natalia' typed GPE) may be one
    alone = t.ent_iob_ == "B" and not t.ent_id_ and not (names.canonical_country(t.text) or names.canonical_place(t.text))
    return t.is_title and t.is_alpha and (not t.ent_type_ or alone) and t.lower_ not in ROLE_HEADS | HONORIFICS \
        and not _starts_sentence(t.doc, t.i + 1)


_PLACE_AFTER = {"city", "province", "district", "town", "commune", "street", "ward", "village", "square", "bay",
                "port", "airport", "university", "mausoleum", "museum", "trail", "highway", "road", "park"}


def _untagged_names(doc) -> list:
    """Names the model left untagged: a Vietnamese name written without diacritics right after a
    title ('Ambassador to Russia Dang Minh Khoi', 'Deputy Minister Le Van Thanh' — two to four
    capitalised syllables, the first a Vietnamese family name, no place noun after them; three
    such syllables need no title) and a
    Russian name with its patronymic or a Russian family name anywhere ('received Vera Viktorovna
    Orlova', 'under the command of Igor Kovalenko')."""
    from spacy.tokens import Span

    from knowledge.extract_actors import HONORIFICS, ROLE_HEADS

    taken = {i for e in doc.ents for i in range(e.start, e.end)}
    out, i = [], 0
    while i < len(doc):
        j = i
        while j < len(doc) and j - i < 4 and j not in taken and doc[j].is_title and doc[j].is_alpha:
            j += 1
        # (a paragraph may begin with the name once its dateline is cut off: no word before it)
        prev = doc[i - 1] if i else doc[i:i]
        titled = i > 0 and (prev.lower_.rstrip(".") in ROLE_HEADS | HONORIFICS or _after_title_country(doc, i, taken))
        # 'Ambassador to Russia Dang Minh | Khoi', the last syllable typed an organisation; with no
        # title, a family name and two more short syllables ('– Nguyễn Sinh Nhật | Tân, deputy head')
        untitled_run = 2 <= j - i <= 3 and all(len(doc[x]) <= 7 for x in range(i, j))
        lone = 1 <= j - i <= 3 and (titled or untitled_run) and _lone_syllable_entity(doc, j) \
            and names.fold(doc[i].text) in names.VIETNAMESE_SURNAMES and not names.canonical_place(doc[i:j + 1].text)
        if lone:
            j += 1
        prev_title = i > 0 and prev.is_title
        after = j < len(doc) and (doc[j].lower_ in _PLACE_AFTER or doc[j].is_title)
        if not after and not prev_title and (j - i == 3 and names.patronymic(doc[i + 1].text)
                                                or 2 <= j - i <= 3 and _russian_name(doc[i:j])
                                                and not _starts_sentence(doc, i)):  # not 'Later Lavrov said
            out.append(Span(doc, i, j, label="PERSON"))
            i = j
        elif (2 <= j - i <= 4 and (titled or lone) or j - i == 3 and not prev_title and (
                not _starts_sentence(doc, i) or _role_after(doc, j))) \
                and names.fold(doc[i].text) in names.VIETNAMESE_SURNAMES and not after \
                and all(len(doc[x]) <= 7 for x in range(i, j)) and not names.canonical_place(doc[i:j].text):
            # Vietnamese syllables are short; three of them after a family name are a full name even
            # with no title before them ('Nikolai Brunich of Zarubezhneft and Phung Dinh Thuc of ...')
            out.append(Span(doc, i, j, label="PERSON"))
            i = j
        else:
            i = max(j, i + 1)
    return out


def _role_after(doc, j: int) -> bool:
    """A comma after token j-1 and a title within the next four words: the run before is the
    name the title is of ('Nguyen Van Tam, Vietnam's consul in X, said')."""
    from knowledge.extract_actors import ROLE_HEADS

    return j < len(doc) and doc[j].text == "," and any(t.lower_ in ROLE_HEADS for t in doc[j + 1:j + 5])


def _lone_syllable_entity(doc, j: int) -> bool:
    """Token j is an entity of one short capitalised word no lexicon knows: the model's guess at
    a name's last syllable ('Khoi' as ORG), which a name run before it may take back."""
    t = doc[j] if j < len(doc) else None
    return t is not None and t.ent_iob_ == "B" and t.ent_type_ != "PERSON" and not t.ent_id_ and t.is_title \
        and t.is_alpha and len(t) <= 7 and (j + 1 == len(doc) or doc[j + 1].ent_iob_ != "I") \
        and not (names.canonical_country(t.text) or names.canonical_place(t.text) or names.canonical_org(t.text))


def _after_title_country(doc, i: int, taken: set) -> bool:
    """Token i follows 'to <country>' of a title: 'Ambassador to Russia | Dang Minh Khoi'."""
    k = i - 1
    if k not in taken or not names.canonical_country(doc[k].text):
        return False
    while k - 1 in taken and doc[k - 1].ent_iob_ != "O" and doc[k].ent_iob_ == "I":
        k -= 1
    return k >= 1 and doc[k - 1].lower_ == "to"
