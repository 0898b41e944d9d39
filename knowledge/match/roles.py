"""Roles and titles: the vocabulary that puts "top diplomat", "FM" and "Minister of Foreign Affairs"
on one head noun, a title parsed to (head, modifiers, nationality, deputy), and how well a title
fits the role a question names."""

from __future__ import annotations

from dataclasses import dataclass

from knowledge import names
from knowledge.match.head_verbs import CHAIRS, HEADS
from knowledge.names import fold

# Role vocabulary: canonical head nouns, and rewrites that put synonyms onto them.
_ROLE_REWRITES = [
    ("minister of foreign affairs", "foreign minister"), ("foreign affairs minister", "foreign minister"),
    ("minister for foreign affairs", "foreign minister"), ("top diplomat", "foreign minister"),
    ("minister foreign affairs", "foreign minister"),  # "замминистра иностранных дел" reads 'deputy minister foreign affairs'
    ("minister of internal affairs", "interior minister"), ("minister internal affairs", "interior minister"), ("internal affairs minister", "interior minister"),
    ("minister of home affairs", "interior minister"), ("home affairs minister", "interior minister"),
    ("chief diplomat", "foreign minister"), ("fm", "foreign minister"), ("pm", "prime minister"),
    ("secretary general", "general secretary"), ("head of state", "president"),
    ("head of government", "prime minister"), ("premier", "prime minister"),
    ("chief", "leader"), ("head", "leader"), ("boss", "leader"), ("chairwoman", "chairman"),
    ("chairperson", "chairman"), ("chair", "chairman"),
    # a chamber's speaker is its chairman: Vietnamese and Russian call a speaker "Chủ tịch", "председатель"
    ("speaker", "chairman"), ("defense", "defence"), ("na", "national assembly"),
    ("vice", "deputy"), ("presidents", "president"), ("ministers", "minister"), ("leaders", "leader"),
    ("officials", "official"), ("diplomats", "diplomat"),
]
_ROLE_REWRITES = [(a.split(), b.split()) for a, b in sorted(_ROLE_REWRITES, key=lambda r: -len(r[0].split()))]
HEADS_2 = {("general", "secretary"), ("prime", "minister")}
ROLE_HEADS = {"president", "minister", "secretary", "leader", "chairman", "diplomat", "ambassador",
              "official", "chancellor", "spokesman", "spokesperson", "envoy", "mayor", "governor",
              "general secretary", "prime minister", "king", "premier", "director", "ceo", "rector", "consul"}
# A question may lead with a generic head ("the defence chief", "the Zarubezhneft head", "the
# provincial party leader"): with a portfolio, firm or place word, it fits whoever holds that office.
OFFICE_HEADS = {"minister", "governor", "mayor", "chairman", "director", "ceo", "rector", "secretary", "president",
                "ambassador", "prime minister", "general secretary"}
# Chambers, named generically in questions ("the parliament chief", "the legislative leader").
CHAMBERS = {"national", "assembly", "na", "duma", "federation", "council", "senate", "congress", "parliament",
             "parliamentary", "legislative", "legislature"}
_GENERIC_CHAMBER = {"parliament", "parliamentary", "legislative", "legislature", "legislator"}
TOP_HEADS = {"leader", "general secretary", "president", "prime minister", "chairman"}
PLURAL_HEADS = {"leaders", "ministers", "presidents", "officials", "diplomats"}
ROLE_MODS = {"foreign", "deputy", "party", "state", "communist", "defence", "trade", "first", "national",
             "assembly", "economic", "development", "industry", "top", "senior", "former", "acting",
             "municipal", "people", "committee", "city", "government", "interior", "finance", "justice"}
# Portfolio and chamber words that qualify a title ("education minister", "Deputy Chairwoman of the
# Federation Council"): a role in a question must find every one of them in a title it matches.
PORTFOLIO = {"education", "training", "science", "higher", "technology", "health", "culture", "sport", "sports",
             "tourism", "agriculture", "rural", "transport", "energy", "labour", "labor", "construction",
             "planning", "investment", "natural", "resources", "environment", "information", "communications",
             "home", "security", "public", "emergency", "emergencies", "digital", "economy", "youth", "affairs",
             "federation", "council", "duma", "senate", "parliament", "parliamentary", "congress", "legislative",
             "central", "military", "army", "navy", "navy", "police", "border", "commerce", "external",
             "internal", "ethnic", "religious", "veterans", "social", "welfare", "labour", "fisheries",
             "industrial", "oil", "gas", "atomic", "nuclear", "space", "bank", "banking", "customs",
             "united", "politburo", "secretariat", "inspection", "supreme", "court", "provincial", "regional",
             "city", "district", "commune", "front", "fatherland", "union", "chamber", "general", "staff"}
# Words a question may put before a title that qualify nobody ("the current president").
IGNORABLE = {"top", "senior", "current", "incumbent", "sitting", "outgoing", "departing", "retiring", "leaving",
             "incoming", "new", "newly", "then", "present", "serving",
              "visiting", "host", "hosting", "guest", "high", "ranking", "highest", "key", "main", "chief",
              "powerful", "well", "known", "famous", "respective", "counterpart", "counterparts"}
# Title words: never a person's name, whatever their case ("Vice President Dang ..." asks no 'Vice').
TITLE_WORDS = {"vice", "deputy", "first", "acting", "minister", "ministers", "president", "presidents", "chairman",
               "chairwoman", "chairperson", "chair", "prime", "premier", "general", "secretary", "ambassador",
               "governor", "mayor", "senator", "speaker", "director", "head", "chief", "chancellor", "envoy",
               "consul", "commissioner", "spokesman", "spokeswoman", "spokesperson", "undersecretary", "permanent",
               "standing", "member", "politburo", "lieutenant", "colonel", "admiral", "marshal", "defence",
               "defense", "foreign", "party", "state", "national", "assembly", "federation", "council", "duma",
               "senate", "parliament", "education", "training", "science", "trade", "industry", "affairs",
               "leader", "official", "diplomat", "king", "queen", "prince", "emperor", "pm", "fm", "vp",
               # Vietnamese and Russian title words (folded)
               "pho", "chu", "tich", "thu", "tuong", "bo", "truong", "tong", "bi", "dai", "su",
               "вице", "заместитель", "министр", "президент", "председатель", "премьер", "посол", "губернатор",
               "мэр", "генеральный", "секретарь", "vitse", "zamestitel", "ministr", "prezident", "predsedatel",
               "prem'er", "premer", "posol", "gubernator", "mer", "generalnyi", "sekretar"}
# An office written by the verb of holding it ("who heads the centre", "chaired by …"), only as a clause about
# the one named ("a team headed by the ambassador" is no director's); head_verbs.body_asked checks the body.
# How articles write each head noun, for finding a role no stored title fits in the text itself;
# generic heads ("leader", "official") are written too many ways to require one.
HEAD_FORMS = {
    "governor": ("governor",), "mayor": ("mayor",), "ambassador": ("ambassador", "envoy"),
    "envoy": ("ambassador", "envoy"), "president": ("president",), "minister": ("minister",),
    "prime minister": ("prime minister", "premier", "head of government", "pm"),
    "foreign minister": ("foreign minister", "minister of foreign affairs", "top diplomat", "fm"),
    "secretary": ("secretary", "party chief", *HEADS), "general secretary": ("general secretary", "secretary general", "party chief",
                                                          "party leader"),
    "chairman": ("chairman", "chairwoman", "chair", "chairperson", *CHAIRS),
    "director": ("director", "ceo", "chief executive", *HEADS), "ceo": ("ceo", "director", "chief executive", *HEADS),
    "rector": ("rector",), "spokesman": ("spokesman", "spokeswoman", "spokesperson"),
    "diplomat": ("diplomat", "ambassador", "envoy", "minister", "consul"), "king": ("king",),
}
# Qualifiers too loose to require of the text ("the first deputy premier", "the state president").
_LOOSE_MODS = {"first", "top", "senior", "former", "acting", "state", "people", "government", "municipal",
               "development", "economic", "national", "assembly", "committee", "general", "regional"}


@dataclass(frozen=True)
class RoleText:
    """A role no stored title fits, as the article's text would write it: one of the head noun's
    forms (none for a generic head), each portfolio word, the place qualifying it, a deputy or not."""

    forms: tuple[str, ...]
    mods: tuple[str, ...]
    place: str | None
    deputy: bool
    others: frozenset[int]  # who holds the office for another country: a sentence of theirs is no answer


# one title word of Vietnamese and Russian ("Chủ tịch", "председатель") that English writes either way:
# "Chủ tịch nước" is the President, "Chủ tịch Hội LHPN" the women's union's President or Chairwoman
_EITHER_WAY = ("chairman", "president")


def role_text(role: "Role", place: str | None, others: set[int], translated: bool = False) -> RoleText:
    """`translated`: the question is Vietnamese or Russian, whose chairman is an article's president too."""
    mods = tuple(sorted(m for m in role.mods if m in PORTFOLIO | ROLE_MODS and m not in IGNORABLE | _LOOSE_MODS))
    forms = HEAD_FORMS.get(role.head, ())
    if translated and role.head in _EITHER_WAY:
        forms = tuple(dict.fromkeys(f for h in _EITHER_WAY for f in HEAD_FORMS[h]))
    return RoleText(forms, mods, place, role.deputy, frozenset(others))


_TITLE_STOP = {"of", "the", "and", "for", "s", "to", "in", "on", "at", "a", "an", "&"}
DEMONYMS = {fold(k): v for k, v in {**names.DEMONYMS, **names.GOVERNMENT_SEATS}.items()}
# qualifiers a head implies: an envoy or ambassador is a "foreign envoy" wherever he serves
_IMPLIED = {"general secretary": {"party", "general"}, "foreign minister": set(), "diplomat": {"foreign"},
            "ambassador": {"foreign"}, "envoy": {"foreign"}}
COUNTRY_OF = {fold(v): k for k, vs in names.COUNTRIES.items() for v in [k, *vs]}
COUNTRY_OF.update({fold(k): v for k, v in names.FOREIGN_ALIASES.items() if v in names.COUNTRIES})


def canon_role(tokens: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(tokens):
        for src, dst in _ROLE_REWRITES:
            if tokens[i : i + len(src)] == src:
                out.extend(dst)
                i += len(src)
                break
        else:
            out.append(tokens[i])
            i += 1
    return out


@dataclass(frozen=True)
class Role:
    head: str
    mods: frozenset[str]
    nat: frozenset[str]  # canonical country names
    deputy: bool
    post: frozenset[str] = frozenset()  # where an envoy serves ("Ambassador to Russia"): no nationality


def parse_title(title: str) -> Role | None:
    """'Russian Minister of Foreign Affairs' -> Role(head='foreign minister', nat={'Russia'})."""
    toks = canon_role(fold(title).split())
    head, idx = None, -1
    for i in range(len(toks)):
        two = tuple(toks[i : i + 2])
        if two in HEADS_2:
            head, idx = " ".join(two), i
        elif toks[i] in ROLE_HEADS and (head is None or idx < i - 1):
            head, idx = toks[i], i
    if head is None:
        return None
    if head == "minister" and idx > 0 and toks[idx - 1] == "foreign":
        head = "foreign minister"
    # (a country after 'to' or 'in' is where an envoy serves, not whose he is: "Ambassador to Russia")
    countries = [(c, k > 0 and toks[k - 1] in ("to", "in")) for k, t in enumerate(toks)
                 if (c := DEMONYMS.get(t) or COUNTRY_OF.get(t))]
    nat = frozenset(c for c, posted in countries if not posted)
    post = frozenset(c for c, posted in countries if posted)
    head_toks = set(head.split()) | {"deputy"}
    mods = frozenset(_stem_mod(t) for t in toks if t not in _TITLE_STOP and t not in head_toks
                     and not (DEMONYMS.get(t) or COUNTRY_OF.get(t)) and not t.isdigit())
    if head == "foreign minister":
        mods -= {"foreign", "affairs"}
    return Role(head=head, mods=mods - {"deputy"}, nat=nat, deputy="deputy" in toks, post=post)


def _stem_mod(t: str) -> str:
    """'sports' ~ 'sport', 'affairs' stays: a qualifier compared without its plural 's'."""
    return t[:-1] if len(t) > 4 and t.endswith("s") and not t.endswith(("ss", "affairs")) else t


def role_fits(q: Role, t: Role) -> int:
    """How well a title satisfies the role a question names: 0 not at all, 2 same head noun,
    1 an equivalent one ("leader" for a general secretary)."""
    if q.deputy != t.deputy or q.post and (t.post and not q.post & t.post or t.nat & q.post):
        return 0  # (the ambassador to Russia is neither posted elsewhere nor Russia's own)
    score = 1
    if q.head == t.head:
        score = 2
    elif q.head == "leader" and t.head in TOP_HEADS:
        pass
    elif q.head == "minister" and t.head in ("foreign minister", "prime minister"):
        pass
    elif q.head == "diplomat" and t.head in ("foreign minister", "ambassador", "diplomat", "envoy"):
        pass
    elif q.head in ("envoy", "ambassador") and t.head in ("ambassador", "envoy"):
        pass  # "the Russian envoy": the ambassador
    elif q.head == "secretary" and t.head == "general secretary":
        pass
    elif q.head == "secretary" and t.head == "leader" and "party" in t.mods:
        pass  # "the city's Party secretary": its "Party chief"
    elif q.head == "official":
        pass
    elif q.head == "leader" and t.head in OFFICE_HEADS and set(q.mods) - IGNORABLE:
        pass  # "the defence chief": the defence minister
    else:
        return 0
    have = set(t.mods) | _IMPLIED.get(t.head, set())
    need = set(q.mods) - IGNORABLE
    if q.head == "leader" and t.head == "general secretary":
        have.add("party")
        score = 2
    if have & CHAMBERS and t.head in TOP_HEADS | {"speaker"}:
        have |= _GENERIC_CHAMBER  # the chairman of the National Assembly is a parliament's leader
    return score if _all_had(need, have) else 0


def _all_had(need: set[str], have: set[str]) -> bool:
    """Every qualifier of the question's role in the title, a misspelt one ("educaton") by its
    closest title word."""
    from rapidfuzz import fuzz

    return all(w in have or len(w) >= 5 and any(fuzz.ratio(w, h) >= 85 for h in have) for w in need)
