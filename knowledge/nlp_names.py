"""Person and place names the small English model gets wrong, fixed between its NER and its
parser: Vietnamese names split or glued to titles, names at the end of long formal titles,
hyphenated and three-part foreign names, names tagged as organisations or places after a title,
regions named before 'province'/'region': the tables and repairs that nlp_person_spans'
fix_person_entities (the pipeline component) applies before it merges every clean person name
into one token."""

from __future__ import annotations

from knowledge import names


_ORG_HEADS = {"council", "duma", "assembly", "committee", "ministry", "party", "office", "government",
              "union", "bank", "agency", "court", "senate", "parliament", "congress", "federation", "front",
              "commission", "department", "academy", "corporation", "group", "university", "institute", "holding",
              "holdings", "company", "foundation", "association", "centre", "center", "embassy", "consulate",
              "college", "fund", "society", "organisation", "organization", "jsc", "ltd", "hospital", "museum"}


def _joined(doc, i: int) -> bool:
    """doc[i] is a hyphen inside a name ('Jae-in', 'Oyun-Erdene'): no space on either side."""
    return (doc[i].text == "-" and 0 < i < len(doc) - 1 and not doc[i - 1].whitespace_ and not doc[i].whitespace_
            and doc[i - 1].is_alpha and doc[i + 1].is_alpha)


# the word that ends a place's own name ('Đông Hoàng Commune'): never part of a person's name
ADMIN_PLACES = {"province", "district", "commune", "ward", "village", "street", "city", "town", "oblast", "krai",
                 "prefecture", "hamlet"}


def _person_ok(doc, s: int, e: int) -> bool:
    from knowledge.extract_actors import HONORIFICS, ROLE_HEADS

    # the parts of a hyphenated name count as one word; the part after the hyphen may be lower case
    words = [i for i in range(s, e) if not _joined(doc, i) and not (i > s and _joined(doc, i - 1))]
    return 2 <= len(words) <= 4 and not _joined(doc, s) and not _joined(doc, e - 1) and all(
        _joined(doc, i) or (i > s and _joined(doc, i - 1) and doc[i].is_alpha) or (
            doc[i].is_alpha and doc[i].text[:1].isupper() and not doc[i].is_upper
            and names.fold(doc[i].text) not in ROLE_HEADS and names.fold(doc[i].text) not in HONORIFICS
            and names.fold(doc[i].text) not in _ORG_HEADS and names.fold(doc[i].text) not in ADMIN_PLACES
            and not (names.canonical_country(doc[i].text) or names.canonical_place(doc[i].text)))
        for i in range(s, e))


# title words right before a person's name (never before an organisation's)
_PERSON_TITLE_HEADS = {"president", "minister", "premier", "chairman", "chairwoman", "secretary", "ambassador",
                       "governor", "mayor", "speaker", "leader", "chancellor", "king", "prince", "mr", "ms", "mrs",
                       "dr", "counterpart", "general", "colonel", "envoy"}


def _person_tails(doc, ents: list) -> list:
    """'Kim Yong' + 'Nam': a capitalised word the model left outside a PERSON right after it,
    where no other capitalised word follows, is the name's last part."""
    from spacy.tokens import Span

    from knowledge.extract_actors import HONORIFICS, ROLE_HEADS

    taken = {i for e in ents for i in range(e.start, e.end)}
    out = []
    for ent in ents:
        j = ent.end
        if ent.label_ == "PERSON" and j < len(doc) and j not in taken and not doc[j].is_stop and doc[j].is_alpha \
                and doc[j].text[:1].isupper() and not doc[j].is_upper and not doc[j].ent_type_ \
                and names.fold(doc[j].text) not in ROLE_HEADS | HONORIFICS | _ORG_HEADS | _PORTFOLIO \
                and not (j + 1 < len(doc) and doc[j + 1].text[:1].isupper()) and _person_ok(doc, ent.start, j + 1):
            ent = Span(doc, ent.start, j + 1, label="PERSON")
        out.append(ent)
    return out


REGION_NOUNS = {"province", "region", "oblast", "krai", "prefecture", "city", "district", "territory"}


def _untagged_titled(doc, ents: list) -> list:
    """'Ambassador Phoxay Khaykhamphithoune briefed him': two or three name-like words the model
    left untagged right after a person's title word are that person's name."""
    from spacy.tokens import Span

    taken = {i for e in ents for i in range(e.start, e.end)}
    out = list(ents)
    for j in range(len(doc) - 2):
        if names.fold(doc[j].text) not in _PERSON_TITLE_HEADS:
            continue
        # 'his Russian counterpart, Igor Petrov, said': a name set off by commas after the title
        # word (any case), closed by punctuation
        comma = doc[j + 1].text == ","
        if not (doc[j].text[:1].isupper() or comma) or j + 1 + comma in taken:
            continue
        s = e = j + 1 + comma
        while e < len(doc) and e - s < 3 and e not in taken and _nameish(doc[e]):
            e += 1
        closed = e == len(doc) or doc[e].is_punct if comma else not (e < len(doc) and doc[e].text[:1].isupper())
        if 2 <= e - s <= 3 and _person_ok(doc, s, e) and closed:
            out.append(Span(doc, s, e, label="PERSON"))
            taken.update(range(s, e))
    return sorted(out, key=lambda x: x.start)


def _named_regions(doc, ents: list) -> list:
    """'Luang Prabang province', 'Voronezh region': title-case words the model left untagged
    right before a lower-case region noun name a place."""
    from spacy.tokens import Span

    ents = [Span(doc, e.start, e.end, label="GPE") if e.label_ in ("FAC", "LOC", "ORG") and not e.ent_id_
            and e.end < len(doc) and doc[e.end].text in REGION_NOUNS else e for e in ents]
    taken = {i for e in ents for i in range(e.start, e.end)}
    out = list(ents)
    for j in range(1, len(doc)):
        if doc[j].text not in REGION_NOUNS or j - 1 in taken:
            continue
        i = j
        while i > 0 and j - i < 3 and i - 1 not in taken and doc[i - 1].is_alpha and doc[i - 1].text[:1].isupper() \
                and not doc[i - 1].is_sent_start and names.fold(doc[i - 1].text) not in _PORTFOLIO | _TITLE_OF_HEADS:
            i -= 1
        if i < j:
            out.append(Span(doc, i, j, label="GPE"))
            taken.update(range(i, j))
    return sorted(out, key=lambda e: e.start)


def _hyphen_tails(doc, ents: list) -> list:
    """'Moon Jae' + '-in': a PERSON the model ended at a hyphen inside the name runs on over it."""
    from spacy.tokens import Span

    out = []
    starts = {e.start for e in ents}
    for k, ent in enumerate(ents):
        end = ent.end
        while ent.label_ == "PERSON" and end + 1 < len(doc) and _joined(doc, end) and end not in starts \
                and end + 1 not in starts and (k + 1 == len(ents) or ents[k + 1].start > end + 1):
            end += 2
        out.append(ent if end == ent.end else Span(doc, ent.start, end, label="PERSON"))
    return out


def _adjacent_persons(doc, ents: list) -> list:
    """'Gennady Stepanovich' + 'Bezdetko': two PERSON entities with nothing between them are one
    name the model cut in two (a list of people always has a comma or 'and')."""
    from spacy.tokens import Span

    out: list = []
    for ent in ents:
        prev = out[-1] if out else None
        if prev is not None and prev.label_ == ent.label_ == "PERSON" and prev.end == ent.start \
                and _person_ok(doc, prev.start, ent.end):
            out[-1] = Span(doc, prev.start, ent.end, label="PERSON")
            continue
        out.append(ent)
    return out


# heads of a formal title that takes a portfolio: "Minister of Education and Training"
_TITLE_OF_HEADS = {"minister", "chairman", "chairwoman", "chair", "director", "head", "secretary", "president",
                   "governor", "ambassador", "chief", "rector", "mayor", "commander", "vice-chairman",
                   "vice-chairwoman", "vice-president", "secretary-general", "director-general", "speaker"}
# a word that starts another person's title after 'and' ("... and Deputy Minister of ...")
_NEXT_TITLE = _TITLE_OF_HEADS | {"deputy", "vice", "first", "prime", "general", "russian", "vietnamese", "ambassador"}
_TITLE_LINKS = {"and", "of", "the", "for", "on", "&"}
# words of ministries' and committees' portfolios: never the first or last name of a person
_PORTFOLIO = set("""education training science higher technology technologies affairs foreign defence defense
trade industry culture sport sports tourism health finance justice labour labor invalids social agriculture
rural development transport transportation construction planning investment natural resources environment
information communications communication energy economic economy economics digital home internal security
public interior emergency emergencies situations youth policy external relations international national
state federal regional central people peoples ethnic minorities religious affairs research innovation
higher vocational general secondary primary university universities academy affairs industrial commerce
economics fisheries forestry water veterans family women children media press inspection audit budget
legal law legislation judicial culture arts heritage propaganda mass organisation organization personnel
nature ecology physical fitness railways aviation maritime civil enterprises enterprise
cooperation integration partnership friendship department ministry committee council commission office
assembly duma parliament senate agency bank board party government union federation front group""".split())


_PLACE_NOUNS = {"port", "province", "city", "airport", "bay", "district", "town", "island", "islands", "river",
                "commune", "village", "region", "seaport", "park", "bridge", "street", "square"}


def _nameish(tok) -> bool:
    w = names.fold(tok.text)
    return (tok.is_alpha and tok.text[:1].isupper() and not tok.is_upper and w not in _PORTFOLIO
            and w not in _ORG_HEADS and w not in _TITLE_LINKS and not names.country_of_demonym(tok.text)
            and not (names.canonical_country(tok.text) or names.canonical_place(tok.text) or names.canonical_org(tok.text)))


def _titled_names(doc) -> list[tuple[int, int]]:
    """Person names at the end of a long formal title: 'Minister of Education and Training
    Hoang Minh Duc', 'Deputy Minister of Science and Higher Education Dmitry Afanasyev'. The
    title runs over capitalised words and connectors; the name is its trailing 2-4 tokens that
    look like one (a Vietnamese family name first, with or without diacritics, else a first and
    last name), never a portfolio word."""
    from knowledge.extract_actors import HONORIFICS, ROLE_HEADS

    out = []
    n = len(doc)
    lowers = [t.lower_ for t in doc]
    for i in range(n - 3):
        # cheap test first: the head is always followed by 'of'
        if lowers[i + 1] != "of" or names.fold(doc[i].text) not in _TITLE_OF_HEADS or not doc[i].text[:1].isupper():
            continue
        end = i + 2
        while end < n and (doc[end].lower_ in _TITLE_LINKS or (doc[end].is_alpha and doc[end].text[:1].isupper())
                           or (lowers[end] in ("'s", "’s") and end > i + 2)  # "Governor of Russia's Primorsky Krai"
                           or (doc[end].text == "," and names.fold(doc[end - 1].text) in _PORTFOLIO
                               and end + 1 < n and names.fold(doc[end + 1].text) in _PORTFOLIO)):
            if lowers[end] == "and" and end + 1 < n and names.fold(doc[end + 1].text) in _NEXT_TITLE:
                break  # "Minister of Agriculture A B and Deputy Minister of Trade C D E": two people
            end += 1  # "Minister of Culture, Sports and Tourism"
        while end > i + 2 and doc[end - 1].lower_ in _TITLE_LINKS:
            end -= 1
        if end - (i + 2) < 3:
            continue
        start = None
        for s in range(max(i + 3, end - 4), end - 1):
            toks = doc[s:end]
            if names.fold(doc[s].text) in names.VIETNAMESE_SURNAMES and all(_nameish(t) and len(t) <= 7 for t in toks) \
                    and names.is_vietnamese_name(toks.text):
                start = s
                break
        if start is None and end - 2 >= i + 3 and all(_nameish(t) for t in doc[end - 2:end]) \
                and all(names.fold(t.text) not in ROLE_HEADS | HONORIFICS for t in doc[end - 2:end]):
            start = end - 2
        if start is not None and doc[start - 1].lower_ not in _TITLE_LINKS:
            out.append((start, end))
    return out


def _family_name_before(doc, ent, prev) -> int:
    """How many words before a PERSON belong to its Vietnamese name: 'National Assembly Uông' +
    'Chu Lưu' (the family name at the end of an ORG), 'to Russia Đặng Minh' + 'Khôi' (family and
    middle names left untagged). The words run back to a capitalised family name over short
    name-like words the model left outside any entity but the one just before; 0 if none."""
    if ent.label_ != "PERSON" or ent.start == 0:
        return 0
    best = 0
    for b in range(1, 5 - (ent.end - ent.start)):
        i = ent.start - b
        if i < 0 or (prev is not None and prev.start > i) or (prev is not None and prev.end > i and b > 1
                                                             and prev.label_ == "PERSON"):
            break
        if b > 1 and not (_nameish(doc[i + 1]) and len(doc[i + 1]) <= 7):
            break
        p = doc[i]
        if p.text[:1].isupper() and names.fold(p.text) in names.VIETNAMESE_SURNAMES \
                and names.is_vietnamese_name(doc[i:ent.end].text):
            best = b
    return best


# Vietnamese family names that, written without their marks, are English words (Tô, Đỗ)
_WORD_SURNAMES = {"To", "Do"}


def _english_looking_family_name(doc, ent) -> int:
    """'After the ceremony, To Lam and X held talks': a capitalised 'To' / 'Do' inside a sentence
    right before a one- or two-word PERSON the model tagged alone is that person's family name
    (not in a headline's title case: the word after the name is no capitalised word)."""
    i = ent.start - 1
    if ent.label_ != "PERSON" or i < 1 or doc[i].text not in _WORD_SURNAMES or ent.end - ent.start > 2:
        return 0
    prev, nxt = doc[i - 1], doc[ent.end] if ent.end < len(doc) else None
    if prev.text in (".", "!", "?", ":", "—", "–") or prev.is_space or prev.is_alpha and prev.text[:1].isupper() \
            and names.fold(prev.text) not in _PERSON_TITLE_HEADS:
        return 0  # a sentence's first word, or a run of capitalised words ('General Secretary To Lam' is a name)
    if nxt is not None and nxt.is_alpha and nxt.text[:1].isupper() and nxt.ent_type_ != "PERSON":
        return 0
    return 1 if names.is_vietnamese_name("Tô " + doc[ent.start:ent.end].text) else 0
