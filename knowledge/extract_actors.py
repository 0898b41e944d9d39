"""Actors of one article: people (with per-article titles and every alias the text uses),
organisations, countries and places, and the token -> actor map the other extractors use.

Coreference is deliberately simple and local: names and short names link by folded tokens,
role references ("the Party leader", "the Russian diplomat") resolve to the named person whose
titles fit, pronouns to the person who was last the grammatical subject.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from knowledge import lazy_re, names
from knowledge.names import fold, strip_diacritics
from knowledge.nlp_bounds import opens_with_gerund
from knowledge.vi_spelling import could_be_vietnamese

HONORIFICS = {"mr", "mrs", "ms", "madam", "mdm", "dr", "sir", "mister", "ong", "ba"}
# titles written before a name that no role lookup needs ("Academician Viktor Matveev", "Counsellor X")
NAME_TITLES = ("academician", "counsellor", "counselor", "chairperson")
# military ranks, abbreviated or not, written before a name: 'Sen. Lt. Gen. Le Chiem', 'Colonel Tran Van Binh'
RANKS = {"gen", "lt", "col", "maj", "sen", "brig", "adm", "capt", "cdr", "sr", "colonel", "lieutenant", "admiral", "captain"}
ROLE_HEADS = {
    "president", "minister", "secretary", "chairman", "chairwoman", "chair", "leader", "premier",
    "ambassador", "counterpart", "diplomat", "spokesperson", "spokesman", "spokeswoman", "chief",
    "head", "director", "governor", "mayor", "speaker", "envoy", "chancellor", "king", "prince",
    "commander", "official", "deputy", "vice", "foreign", "prime", "general", "host", "guest",
    "ministers", "secretary-general", "lawmaker", "senator", "minister-counsellor", "consul",
    "legislator", "parliamentarian", "pm", "rector", "visitor",
}
HEAD_NOUNS = ROLE_HEADS - {"deputy", "vice", "foreign", "prime", "general"}
# role heads that never end a person's name (unlike 'King', 'General', 'Host'): a PERSON span
# ending in one names an office ('Yakutsk Mayor')
_TITLE_ENDS = HEAD_NOUNS - {"king", "prince", "general", "host", "guest", "visitor", "counterpart", "chief", "head"}
# ('the Russian visitor': the guest of the events told so far, as 'the guest')
RELATIONAL = {"counterpart", "host", "guest", "visitor"}
TITLE_CONNECTORS = {"of", "the", "for", "and", "on", "'s", "’s", "in", "to"}  # "Ambassador to Russia"
PERSON_PRONOUNS = {"he", "she", "him", "his", "her", "hers", "himself", "herself"}
FEMALE_PRONOUNS = {"she", "her", "hers", "herself"}
MALE_PRONOUNS = {"he", "him", "his", "himself"}
# words that say who a person is: honorifics and gendered role nouns ("Chairman" is used for
# women too in Vietnamese English-language news, so it says nothing)
FEMALE_WORDS = {"ms", "mrs", "madam", "mdm", "madame", "chairwoman", "spokeswoman", "congresswoman", "ba"}
MALE_WORDS = {"mr", "mister", "sir", "spokesman", "ong"}


def pronoun_gender(word: str) -> str | None:
    w = word.lower()
    return "f" if w in FEMALE_PRONOUNS else "m" if w in MALE_PRONOUNS else None


def gender_of_words(words) -> str | None:
    ws = {fold(w).rstrip(".") for w in words}
    if ws & FEMALE_WORDS:
        return "f"
    if ws & MALE_WORDS:
        return "m"
    return None
# role word -> title words any one of which makes a person compatible
ROLE_COMPAT = {
    "diplomat": {"foreign", "affairs", "ambassador", "diplomat", "envoy", "consul"},
    "leader": {"president", "secretary", "prime", "premier", "chairman", "chairwoman", "leader",
               "head", "king", "chancellor"},
    "premier": {"prime", "premier"},
    # generic heads: "the Russian defence chief" is a minister (or head, director …) of defence
    "chief": {"minister", "chief", "head", "director", "commander", "secretary", "chairman", "chairwoman",
              "president", "governor", "mayor"},
    "head": {"minister", "chief", "head", "director", "commander", "secretary", "chairman", "chairwoman",
             "president", "governor", "mayor"},
    "official": set(),  # any titled person
    "envoy": {"ambassador", "envoy", "diplomat"},
    "legislator": {"assembly", "duma", "parliament", "senate", "congress", "legislature", "speaker", "lawmaker",
                   "legislator", "deputy"},
    "lawmaker": {"assembly", "duma", "parliament", "senate", "congress", "legislature", "speaker", "lawmaker",
                 "legislator", "deputy"},
}
# words that only rank or qualify an office: with role heads, honorifics and countries' adjectives
# they make a title ('Consul General', 'Russian Deputy Prime Minister'), never anyone's name
_RANK_WORDS = {"general", "lieutenant", "colonel", "major", "admiral", "marshal", "captain", "senior", "first",
               "acting", "former", "permanent", "special", "extraordinary", "plenipotentiary", "the", "counsellor"}
# rank words no one bears as a name: alone they are a title the model cut in two
_RANK_ONLY = {"extraordinary", "plenipotentiary", "and", "plenipotentiaries"}


def is_title_only(text: str) -> bool:
    """A name made only of title words and countries' adjectives ('Consul General', 'the Russian
    Ambassador'): a title the model tagged as a name, never a person's or a body's name."""
    words = [w for w in re.findall(r"[\w.]+", text.replace("-", " ")) if w != "s"]  # ('s of "Russia's")
    if words and all(fold(w) in _RANK_ONLY for w in words):  # "Extraordinary (and Plenipotentiary)"
        return True
    return bool(words) and any(w.lower() in ROLE_HEADS for w in words) and all(
        fold(w).rstrip(".") in ROLE_HEADS | HONORIFICS | _RANK_WORDS or names.country_of_demonym(w)
        or names.canonical_country(w) for w in words)


_ORG_JUNK = lazy_re.compile(r"\b(partnership|declaration|agreement|policy|cooperation|ceremony|"
                       r"anniversary|region|news|relations|treaty|principles)\b", re.I)
_ORG_BARE = {"state", "party", "government", "assembly", "committee", "ministry", "news", "vns",
             "vna", "vov", "vovworld", "photo"}


@dataclass
class ActorRec:
    name: str
    kind: str
    aliases: set[str] = field(default_factory=set)
    titles: set[str] = field(default_factory=set)
    nationality: str | None = None
    gender: str | None = None  # "f" | "m" from honorifics and gendered role words, else None
    mentions: int = 0
    first: int = 10**9  # first sentence position

    @property
    def key(self) -> str:
        return fold(self.name)

    def title_words(self) -> set[str]:
        return {w for t in self.titles for w in fold(t).split()}


def _norm_det(phrase: str) -> str:
    """'his Vietnamese counterpart' / 'The Party leader' -> 'the Vietnamese counterpart' / 'the Party leader'."""
    return re.sub(r"^(?:the|his|her|its|their|The|His|Her|Its|Their)\s+", "the ", phrase)


class ActorTable:
    """All actors of one article, and which tokens (by (sentence, token index)) refer to whom."""

    def __init__(self) -> None:
        self.actors: dict[str, ActorRec] = {}  # key -> actor
        self.tok: dict[tuple[int, int], ActorRec] = {}  # (doc id, token i) -> actor
        self.how: dict[tuple[int, int], str] = {}  # (doc id, token i) -> "name" | "title" | "role" | "pronoun"

    # ---- registry -------------------------------------------------------------------------
    def get(self, name: str, kind: str) -> ActorRec:
        k = fold(name)
        a = self.actors.get(k)
        if a is None:
            a = self.actors[k] = ActorRec(name=name, kind=kind)
        elif names.has_diacritics(name) and not names.has_diacritics(a.name):
            a.name = name  # prefer the spelling with diacritics
        return a

    def persons(self) -> list[ActorRec]:
        return [a for a in self.actors.values() if a.kind == "person"]

    def countries(self) -> list[ActorRec]:
        return [a for a in self.actors.values() if a.kind == "country"]

    def mark(self, doc_id: int, start: int, end: int, actor: ActorRec, how: str) -> None:
        for i in range(start, end):
            self.tok.setdefault((doc_id, i), actor)
            self.how.setdefault((doc_id, i), how)

    def at(self, doc_id: int, i: int) -> ActorRec | None:
        return self.tok.get((doc_id, i))


# ---- person name spans --------------------------------------------------------------------

def clean_person_span(span) -> tuple[int, int] | None:
    """Token range of the bare name inside a PERSON entity: cut caption debris ("- ảnh"),
    honorifics and leading titles ("President Putin" -> "Putin"), possessive "'s"."""
    start, end = span.start, span.end
    doc = span.doc
    for i in range(start, end):
        t = doc[i]
        # caption debris ("Vladimir Putin - ảnh 1"); a capitalised "Anh" is a given name ("Lan Anh Vo")
        nxt = doc[i + 1].text if i + 1 < len(doc) else ""
        debris = fold(t.text) in ("anh", "photo") and (t.text[:1].islower() or t.text != strip_diacritics(t.text)
                                                       or nxt[:1].isdigit())
        if t.text in ("-", "–", "—", "|", "(", ")") or debris or any(c.isdigit() for c in t.text):
            end = i
            break
    while start < end and (fold(doc[start].text) in HONORIFICS or fold(doc[start].text) in ROLE_HEADS
                           or fold(doc[start].text) in ("party", "state", "the", "russian", "vietnamese", "charge",
                                                        "d affaires", "a.i.", *NAME_TITLES)  # 'Chargé d'Affaires X'
                           or names.country_of_demonym(doc[start].text) or doc[start].ent_type_ in ("NORP",)):
        start += 1
    if end - start > 1 and opens_with_gerund(doc, start):
        start += 1  # 'Meeting Valery Falkov': a name the fixes before the parser left unmerged (nlp_bounds)
    while end > start and doc[end - 1].text in ("'s", "’s", "'", "’", ",", "."):
        end -= 1
    # the model often stops early on Vietnamese names ("Phạm Minh" | "Chính", tagged GPE) or
    # starts late ("Nguyễn" glued to a title ORG | "Thị Kim Ngân")
    def unknown(tok) -> bool:
        return not (names.canonical_country(tok.text) or names.canonical_place(tok.text) or names.canonical_org(tok.text)
                    or fold(tok.text) in ROLE_HEADS or fold(tok.text) in HONORIFICS)

    while (end == span.end and end < len(doc) and end - start < 4 and doc[end].is_title
           and doc[end].pos_ in ("PROPN", "NOUN")
           and (doc[end].ent_type_ in ("", "PERSON") or (doc[end].ent_type_ in ("GPE", "ORG", "NORP", "LOC")
                                                         and unknown(doc[end]) and names.has_diacritics(doc[end].text)))
           and unknown(doc[end]) and names.is_vietnamese_name(doc[start:end + 1].text)):
        end += 1
        span = doc[start:end]
    while (start == span.start and start > 0 and end - start < 4 and doc[start - 1].is_title
           and fold(doc[start - 1].text) in names.VIETNAMESE_SURNAMES and unknown(doc[start - 1])
           and names.is_vietnamese_name(doc[start - 1:end].text)):
        start -= 1
    if start >= end or fold(doc[end - 1].text) in _TITLE_ENDS or end < len(doc) and doc[end].is_title \
            and fold(doc[end].text) in _TITLE_ENDS:
        return None  # 'Chita Mayor', 'Kaluga Governor': an office of a place, not who holds it
    if not all(doc[i].text[:1].isupper() for i in range(start, end)):
        return None
    text = doc[start:end].text
    if names.canonical_country(text) or names.canonical_place(text) or names.canonical_org(text):
        return None
    return start, end


# heads of people who act for another: 'envoy of President X' is not X
_AGENT_HEADS = {"envoy", "spokesperson", "spokesman", "spokeswoman", "representative", "aide", "adviser", "advisor",
                "assistant"}


def title_before(doc, start: int, limit: int) -> tuple[int, int] | None:
    """Token range of a title/role phrase right before a name: "Russian Minister of Foreign
    Affairs", "Chairman of the United Russia Party", "the Vietnamese counterpart"."""
    j = start - 1
    k = start
    while j >= limit:
        t = doc[j]
        low = t.text.lower()
        if t.ent_type_ == "PERSON" and fold(t.text) not in ROLE_HEADS:
            break
        if fold(t.text) in HONORIFICS or t.text.rstrip(".").lower() in HONORIFICS:
            break
        if low == "and" and j > limit and doc[j - 1].ent_type_ in ("PERSON", "GPE") and not doc[j - 1].ent_id_ \
                and fold(doc[j - 1].text) not in ROLE_HEADS:
            break  # 'Srettha and Lao Prime Minister X': another person before 'and', no title of X's
        ok = (t.is_title or t.is_upper or low in ROLE_HEADS or low in TITLE_CONNECTORS
              or (t.pos_ == "ADJ" and t.is_lower)) and not t.is_punct and t.pos_ not in ("VERB", "AUX")
        if t.pos_ == "VERB" and t.is_title and j == limit:
            ok = False
        if not ok:
            break
        k = j
        j -= 1
    # drop leading connectors/adjectives until a capitalised word or role word
    while k < start and (doc[k].text.lower() in TITLE_CONNECTORS - {"the"} or
                         (doc[k].is_lower and doc[k].text.lower() not in ROLE_HEADS and doc[k].text.lower() != "the")):
        k += 1
    if k >= start:
        return None
    # 'special envoy of Party General Secretary X': the envoy is someone else; X's title follows 'of'
    for j in range(k, start - 2):
        if doc[j].lower_ in _AGENT_HEADS and doc[j + 1].lower_ == "of" and any(
                doc[x].lower_ in HEAD_NOUNS for x in range(j + 2, start)):
            k = j + 2
    words = {w.text.lower() for w in doc[k:start]}
    if not words & HEAD_NOUNS:
        return None
    # the role head must be the last word or be followed only by connectors/orgs ("Minister of ...")
    return k, start


def title_text(doc, k: int, start: int) -> tuple[str, str]:
    """-> (title without determiner, alias with 'the' kept/normalised)."""
    phrase = doc[k:start].text
    title = re.sub(r"^(?:the|The)\s+", "", phrase)
    return title, _norm_det(phrase)


def is_formal_title(title: str) -> bool:
    """Capitalised role head (President, Minister, 'Commander-in-Chief') -> a title; 'Party leader'
    -> alias only."""
    toks = re.split(r"[\s-]+", title)
    heads = [t for t in toks if t.lower() in HEAD_NOUNS]
    return bool(heads) and all(h[:1].isupper() for h in heads) and not any(
        t.lower() in RELATIONAL for t in toks)


def is_newspaper_title(title: str) -> bool:
    """'Ho Chi Minh City Party chief', 'Russian foreign minister' right before a name: a lower-case
    head noun ending a phrase whose capitalised words name the office's place, body or state —
    the newspaper way of writing a title (the phrase alone, 'the Party leader', stays an alias)."""
    toks = title.split()
    return len(toks) >= 2 and toks[-1].lower() in HEAD_NOUNS and any(t[:1].isupper() for t in toks[:-1]) \
        and not any(t.lower() in RELATIONAL for t in toks)


def nationality_of_phrase(phrase: str) -> str | None:
    words = re.findall(r"[\w-]+", phrase)
    for a, b in zip(words, words[1:]):  # "North Korean", "South Korean"
        c = names.country_of_demonym(f"{a} {b}")
        if c:
            return c
    for w in words:
        c = names.country_of_demonym(w) or names.GOVERNMENT_SEATS.get(fold(w))
        if c:
            return c
    # a country's name or abbreviation as a modifier: "Russia's President", "DPRK leader"
    m = re.search(r"\b([A-Z][\w.-]*(?: [A-Z][\w.-]*)?)['’]s\b", phrase)
    if m and names.canonical_country(m.group(1)):
        return names.canonical_country(m.group(1))
    for w in words:
        if w.isupper() and len(w) >= 3 and names.canonical_country(w):
            return names.canonical_country(w)
    m = re.search(r"\bof\s+(?:the\s+)?([A-Z][\w ]+)", phrase)
    if m:
        return names.canonical_country(m.group(1))
    return None


# word spellings and abbreviations that name the same thing in titles and role phrases
_WORD_SYN = {"defense": "defence", "pm": "premier", "prime": "premier", "labor": "labour"}
# qualifiers of a generic head that other title words satisfy: "the Government leader" is the
# Prime Minister, "the State leader" the President, "the parliament chief" its chairman
_QUALIFIER = {
    "government": {"premier", "government"},
    "state": {"president", "state"},
    "parliament": ROLE_COMPAT["legislator"], "parliamentary": ROLE_COMPAT["legislator"],
    "legislative": ROLE_COMPAT["legislator"], "assembly": ROLE_COMPAT["legislator"],
    "diplomatic": ROLE_COMPAT["diplomat"], "military": {"defence", "general", "commander"},
}


def _syn_words(words) -> set[str]:
    return {_WORD_SYN.get(w, w) for w in words}


# modifiers that describe rather than name a role ("the top legislator", "the visiting minister")
_RANKS = {"minister", "official", "leader", "chairman", "chairwoman", "governor", "mayor"}
_DESCRIPTIVE = {"top", "senior", "visiting", "highest", "new", "veteran", "leading"}


def role_compatible(phrase: str, actor: ActorRec) -> bool:
    """Does role phrase ('the Russian foreign minister', 'the Party leader') fit this person?"""
    words = [w for w in fold(phrase).split() if w not in ("the", "his", "her", "its", "their", "s")]
    nat = nationality_of_phrase(phrase)
    own = actor.nationality or ("Vietnam" if actor.kind == "person" and names.is_vietnamese_name(actor.name) else None)
    if nat and own and nat != own:
        return False  # 'the Russian minister' is never the Vietnamese minister Đào Hồng Lan
    if nat == "Vietnam" and own is None and actor.kind == "person" and not could_be_vietnamese(actor.name):
        return False  # 'the Vietnamese leader' is no one whose name Vietnamese cannot spell ('Alexey Miller')
    tw = actor.title_words() | {w for a in actor.aliases for w in fold(a).split()}
    tw = tw | _syn_words(tw)
    content = [_WORD_SYN.get(w, w) if w in ("defense", "pm", "labor") else w
               for w in words if not names.country_of_demonym(w) and w not in names.GOVERNMENT_SEATS]
    if not content:
        return False
    head = content[-1]
    if head in RELATIONAL:
        if not nat:
            return head in ("host", "guest", "visitor")  # the event roles decide (Ctx.role)
        return own == nat
    if "vice" in tw and "vice" not in content and head == "president":
        return False
    if "deputy" in tw and "deputy" not in content and head in ("minister", "premier", "prime"):
        return False
    if head in ROLE_COMPAT and head not in tw:
        need = ROLE_COMPAT[head]
        # "his Vietnamese counterpart X" has the rank of the person he is the counterpart of,
        # which we do not record: a bare nationality + role word fits when the nationality does
        rest0 = [w for w in content[:-1] if w not in _DESCRIPTIVE]
        if "counterpart" in tw and nat and own == nat and not rest0 and need:
            return True
        if need and not (tw & need):
            return False
        if not actor.titles and not need:
            return False
        rest = [w for w in content[:-1] if w not in ("party",) and w not in _DESCRIPTIVE]
        if "party" in content[:-1] and "party" not in tw:
            return False
        return all(w in tw or w == "foreign" and "affairs" in tw or bool(_QUALIFIER.get(w, set()) & tw)
                   for w in rest)
    if "counterpart" in tw and nat and own == nat and head in _RANKS and all(
            w in tw or w in _DESCRIPTIVE for w in content[:-1]):
        return True  # "her Russian counterpart X" holds the rank of the one he is the counterpart of
    syn = {"premier": "prime"}
    for w in content:
        w = syn.get(w, w)
        if w in tw:
            continue
        if w == "foreign" and ("affairs" in tw or "diplomat" in tw):
            continue
        return False
    return True
