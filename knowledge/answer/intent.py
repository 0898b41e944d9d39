"""Question → plan: what kind of answer is wanted, which words to search, which entities must hold.

The question is parsed and its actors found once (knowledge.question, knowledge.match); this
stage only reads those results. The answer type says what the chosen sentence must contain (a
date for "when", a number for "how many", a reason for "why" …), the content terms are what search
looks for, and the entity slots are the people, places and organisations every answer must be about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from knowledge import lazy_re
from knowledge.answer.answer_class import CLASS_TYPES, asked_class
from knowledge.answer.asked_role import asked_roles
from knowledge.answer.count_forms import change_asked, goods_sold
from knowledge.answer.implied import asks_purpose, implied, implied_kind  # noqa: F401 (re-exported)
from knowledge.answer.kind_subject import KIND_WORDS as _KIND_WORDS, kind_subject
from knowledge.answer.ordinal_asked import asks_ordinal
from knowledge.answer.proper_written import written_capital
from knowledge.match import Found
from knowledge.match.roles import TITLE_WORDS, RoleText, role_text
from knowledge.dates import MONTHS, WEEKDAYS
from knowledge.names import DEMONYMS, canonical_country, canonical_place, fold
from knowledge.question import Question
from knowledge.answer.dedicated import dedicated_to
from knowledge.answer.wh_clause import anniversary_backdrop, closing_wh, no_clause_wh
from knowledge.question.acceptance import ACT_WORDS, asks_acceptance

# Words that say what is asked but never occur in the answering sentence as asked.
STOP = set("""
a an the and or but nor so of to in on at by for from with without about into onto over under between among
through during before after as than then there here this that these those what which who whom whose when
where why how whether if is are was were be been being am do does did done doing have has had having will
would shall should can could may might must not no yes any some all each every both either neither other
another such same own only just also too very much many more most less least few lot ever never again
already still yet even please tell me us you your i my we our know show give list anything something
everything nothing info information details detail kind sort way happen happened happening take took taken
occur occurred get got make made thing things s t d ll re ve m o y mr mrs ms dr sir madam vs versus
according source sources article articles news report reports reported via like him his her hers she he
say says said saying tell tells told mention mentioned
they them their it its one ones exactly describe explain mean meaning regarding concerning name besides else mainly
""".split())

# answer types, recognised on the folded raw question (any language) and the English-like tokens
_TYPES: list[tuple[str, re.Pattern]] = [(t, re.compile(p)) for t, p in [
    # "how did Volodin describe Vietnam", "how does Russia see Vietnam, per Novak": what X called Y
    # (and "how did X characterised Y": a Russian question put in English order keeps its past form)
    # ("how did X named Y": a Russian "как X назвал Y", which reads "named", never a phone call)
    ("character", r"\bhow (did|does|do|has|have|would|had) .+ (describe|characteri[sz]e|see|view|regard|call|portray"
                  r"|rate|name)(d|ed)?\b"
                  r"|\bhow (is|was|are|were) .+ (seen|viewed|regarded|described|characteri[sz]ed)\b"),
    ("invitation", r"\b(whose invitation|invited by|who invited|invitation|theo loi moi|loi moi|приглашени)"),
    ("number", r"\b(how many|how much|what number|what percentage|what share|what amount|how large|how big"
               r"|how (heavy|tall|high|far|deep|wide|old|fast|quickly)"  # a measure: "weighs 4.5 tonnes", "3.6 metres tall"
               # "what contributions did X value": a verb between, no measure asked
               r"|(what|which) ((?!(did|does|do|would|can|could|should|might|may)\b)\w+ ){0,3}"
               r"(figure|value|volume|amount|sum|percentage|turnover|weight|height|length"
               r"|size|(?<!in what )(?<!in which )capacity|population|distance|price|total|worth)|\bwhat\b.*\bworth\b"  # "what was trade worth"
               r"|(what|which) (is|was|are|were|will be) (the )?(\w+ ){0,3}(profit|revenue|budget|cost)s?( of| for| in|$)"
               # "what was Vietnam-Russia trade in 2023": a figure of a flow
               r"|what (is|was|were|will be) (the )?([\w-]+ ){0,3}(trade|turnover|exports|imports|output|growth)"
               r"( turnover| volume)?( in| between| with| of| for| last| this|$)"
               r"|bao nhieu|сколько"
               # "какую долю", "каким был товарооборот", "каково водоизмещение": what share, what trade, what
               # displacement, a figure as English asks it
               r"|(какую|какая|какова|какои|каков|каково|каким|какое) (был\w* )?(\w+ )?(доля|долю|товарооборот"
               r"|водоизмещение))\b"),
    ("duration", r"\b(how long|for how many days|what duration|(what|which) (time ?frame|time ?span|period of time)"
                 r"|bao lau|mấy ngày|may ngay|как долго|сколько дней)\b"),
    ("reason", r"\b(why|what for|for what reason|what reason|(on )?(what|which) occasion|vi sao|tai sao|nhan dip"
               r"|почему|зачем|по какому (поводу|случаю))\b"),
    ("anniversary", r"\b(anniversary|anniversaries|ky niem|годовщин|юбиле)"),
    ("format", r"\b(what format|which format|in what form|what form|by what means|how did .* (hold|conduct|meet|talk"
               r"|communicate|speak|confer|contact|hold talks)\b"
               r"|hinh thuc|в каком формате|формат)"),
    ("document", r"\b(which document|what document|what documents|which agreement|what agreement|what agreements"
                 r"|which memorand|what memorand|what was signed|what were signed|what did .* sign|what .* sign"
                 r"|van kien|van ban|ky ket gi|какие документы|какой документ|что подписал)"),
    ("date", r"\b(when|what date|which date|what day|which day|what year|which year|what time|what month|khi nao"
             r"|(what|which) ((exact|precise|specific|particular) (date|day|year|time|month)|weekdays?|months?|dates|days)"
             r"|bao gio|ngay nao|nam nao|когда|в каком году|какого числа)\b"),  # "which weekday": a unit of time
    ("place", r"\b(where|(which|what) (\w+ )?(city|country|venue|province|region|airport|building|place|town"
              r"|cities|towns|provinces|regions|venues|places)|o dau|tai dau"
              r"|noi nao|где|куда|в каком городе)\b"),
    # "which Russian minister", not "what did the minister predict" (a verb comes between: no person asked)
    ("person", r"\b(who|whom|ai|кто|кого|кем|кому|с кем)\b|\b(which|what|whose)\s+((?!(did|does|do|is|are|was|were|has|have"
               r"|had|will|would|can|could|should|might|may)\b)\w+\s+){0,2}(leaders?|ministers?|"
               r"officials?|president|premier|prime minister|diplomats?|ambassador|governor|mayor|chairman|chairwoman|"
               r"speaker|secretary|person|people|firms?|companies|company|agenc(y|ies)|delegation|head|envoy)\b"),
]]
_SAY_VERBS = ("say", "said", "tell", "told", "ask", "asked", "request", "requested", "wish", "wished", "pledge",
              "pledged", "promise", "promised", "propose", "proposed", "suggest", "suggested", "urge", "urged",
              "call for", "called for", "affirm", "affirmed", "stress", "stressed", "emphasize", "emphasized",
              "express", "expressed", "hope", "hoped", "thank", "thanked", "congratulate", "congratulated",
              "note", "noted", "invite", "invited", "convey", "conveyed", "want", "wanted", "offer", "offered",
              "noi", "phat bieu", "сказал", "заявил", "попросил", "пожелал", "пообещал", "предложил")
SAY_ONE = {v for v in _SAY_VERBS if " " not in v}  # the one-word verbs of speech
_SAY_ONE = SAY_ONE
_SAY_RX = lazy_re.compile(r"\bwhat (did|does|has|do) .*\b(" + "|".join(re.escape(v) for v in _SAY_VERBS) + r")\b"
                     r"|\b(" + "|".join(re.escape(v) for v in _SAY_VERBS) + r")\b.*\b(what|gi)\b")
# "had X been to Y before", "has X ever visited", "was this the first …": whether something happened
# before is what news reports as "the first visit", "for the first time"
_FIRST_RX = lazy_re.compile(r"^(had|has|have|was|were|is|did)\b.*\b(before|previously|ever|first)\b")
_CUES = {"duration": {"long", "lasted", "last", "duration"}, "number": {"much", "many", "number", "amount"},
         "date": {"date", "day", "year", "month", "time"}, "place": {"city", "country", "venue", "place", "town"},
         "reason": {"reason", "purpose", "occasion"}, "format": {"format", "form"},
         "relation": {"related", "relationship", "relation", "relations"},
         "character": {"describe", "characterise", "characterize", "see", "view", "regard", "call", "portray", "rate",
                       "seen", "viewed", "regarded", "described", "characterised", "characterized"}}
_CITY_WORDS = {"city", "town", "venue", "building", "province", "thanh pho", "tinh", "городе", "город"}
_RELATED_RX = lazy_re.compile(r"\b(how (is|are|was|were) .+ related to|relationship between|relation between|"
                         r"(relationship|relation) (to|with))\b")
_YESNO_START = {"did", "was", "were", "is", "are", "has", "have", "had", "does", "do", "can", "could", "will"}


# "how many additional Su-27 fighters", "extra monthly arrivals": more of a thing counted, which news
# counts without the word ("wants the 24 aircraft")
ADDED = {"additional", "extra"}
# words between "how many" and what is counted that only qualify it ("how many Russian companies")
_QUALIFIERS = {"russian", "vietnamese", "foreign", "new", "more", "other", "different", "major", "big", "large",
               "small", "main", "top", "senior", "bilateral", "joint", "official", "total", "young", "domestic", *ADDED,
               # "how much was two-way trade": a number word qualifies what is counted, it is not it
               "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "way"}
_S_ADJECTIVES = ("ous", "overseas")  # in "-s", yet they qualify a plural ("how many overseas markets": markets)
# how often or when something is counted, never what is counted ("tăng bao nhiêu mỗi năm": increase by how much
# annually; "how long ago": a span back from now, written "almost 70 years have passed since")
_NOT_COUNTED = {"annually", "yearly", "monthly", "weekly", "daily", "currently", "now", "today", "already", "ever",
                "again", "each", "every", "per", "average", "ago"}
# "how much did the trip cost", "how much was the contract worth": a sum of money is asked
_MONEY_CUES = {"cost", "costs", "pay", "paid", "worth", "value", "price", "spend", "spent", "invest", "invested",
               "investment", "budget", "dollars", "usd", "fund", "funding", "loan", "capital", "money", "sum",
               "earn", "earned", "earns", "salary", "wage", "wages", "income", "revenue", "profit", "sell", "sold",
               "donate", "donated", "donates"}


# nouns of a sum asked as "what was the <noun> of …" (not "how many")
_SUM_NOUNS = {"value", "price", "cost", "budget", "profit", "revenue", "worth"}


@dataclass
class Plan:
    """What one question asks: answer type, search terms and the entities every answer must name."""

    answer_type: str  # date place person number duration reason invitation anniversary format document
    #                   statement yesno other
    terms: list[str]  # content words (folded), question and stop words out
    slots: list[set[int]] = field(default_factory=list)  # actor-id sets, one per entity named
    slot_words: list[str] = field(default_factory=list)  # how the question named each slot
    hard: list[bool] = field(default_factory=list)  # named by name (an alias), not by a role or guess
    # named by a name, also one misspelt or in a Russian case ("Медведевым"), not by a role
    named: list[bool] = field(default_factory=list)
    yesno: bool = False
    speaker_asked: bool = False  # "what did X say/ask/promise …": the answer is X's statement
    speaks: list[bool] = field(default_factory=list)  # per slot: named before the speech verb (X, not Y told)
    focus: str | None = None  # what a number or duration counts ("tonnes", "pay"); the answer must have it
    money: bool = False  # "how much did X cost / pay / invest": the answer is a sum of money
    # roles no stored title fits: how articles write the head noun, and the place qualifying it
    roles: list[RoleText] = field(default_factory=list)
    proper: list[str] = field(default_factory=list)  # capitalised words no entity claimed ("Kaluga", "Herzen")
    first: bool = False  # "had X been to Y before?", "was this the first …": news answers with a 'first'
    city: bool = False  # "in which city / town / venue": a country is not the answer
    place_country: str | None = None  # "which Russian city", "a city in Vietnam": the answer lies in it
    kind_of: tuple[str, ...] = ()  # "what kind of visit": the noun asked, then the question's words before it
    kind_subject: tuple[str, ...] = ()  # "what type of warship is the Varyag": the name whose kind is asked
    answer_class: str | None = None  # "which agency / carrier / vessels": the class of thing asked (answer_class.py)
    class_plural: bool = False  # "which countries": more than one is asked
    class_noun: str | None = None  # the noun as asked; a search word only where some article writes it
    # what a "who" question asks in its grammatical place (holders.py): the person whose post is asked,
    # the titles of a person asked for, the verbs whose agent "by" writes; a misread role dropped
    post_of: set[int] = field(default_factory=set)
    holder: tuple[str, ...] = ()
    agent: list[str] = field(default_factory=list)
    role_dropped: bool = False
    # a kind of answer the wording implies where the question word does not: "what was the purpose of X" (a
    # purpose, written as news writes a reason), "how often" (a frequency), "how did X react to" (a reaction),
    # "when will …" a date a plan may give ("next year": answer_types._COMING, tense_checks.asks_coming)
    implied: str | None = None
    asked_role: list[str] = field(default_factory=list)  # per slot: the act asked of a role's holder (asked_role.py)


def _head_noun(q: Question, i: int, claimed: set[int]) -> str:
    """The counted word at i, or the plural noun right after it that it only qualifies ("how many
    *direct* flights", "how many rescue boats"): news writes the noun ("30 non-stop flights")."""
    nxt = i + 1
    if nxt < len(q.tokens) and nxt not in claimed and q.tokens[nxt] not in STOP and q.tokens[nxt].isalpha() \
            and q.tokens[nxt].endswith("s") and not q.tokens[nxt].endswith("ss") and q.tokens[i] not in _NOT_COUNTED \
            and not (q.tokens[i].endswith("s") and not q.tokens[i].endswith(_S_ADJECTIVES)) and q.tokens[nxt].isascii():
        return q.tokens[nxt]
    return q.tokens[i]


_WHICH_TYPO = lazy_re.compile(r"\b(wich|whcih|whihc|wihch|whch|whic)\b")


_ANNIVERSARY = dict(_TYPES)["anniversary"]  # "lần thứ mấy" of an anniversary: the anniversary answerer's
_PERSON = dict(_TYPES)["person"]  # a person asked: an anniversary in the question is only its occasion


def answer_type(q: Question) -> tuple[str, bool]:
    """(type, is the question about what someone said): once per question (plan, route, datelines, said ask)."""
    return _answer_type(q.raw, tuple(q.tokens), q.lang, q.kind, bool(q.yesno))


@lru_cache(maxsize=1024)
def _answer_type(raw_text: str, tokens: tuple[str, ...], lang: str, kind: str, yesno: bool) -> tuple[str, bool]:
    q = Question(raw_text, lang, list(tokens), [], kind, yesno=yesno)  # what is read below, no more
    raw = _WHICH_TYPO.sub("which", fold(q.raw))  # "in wich city": a slip of the question word
    eng = _WHICH_TYPO.sub("which", " ".join(q.tokens))
    said = bool(_SAY_RX.search(eng) or _SAY_RX.search(raw))
    if q.tokens[:1] in (["who"], ["whom"]) and not said:
        return "person", said  # "who welcomed X at the airport when he landed": a person, not a date
    if q.tokens[:1] == ["when"] and not said:
        return "date", said  # "when was the anniversary reception held", "when was the document signed"
    asks_yesno = yesno or q.tokens[:1] and q.tokens[0] in _YESNO_START
    if asks_ordinal(q.raw) and not (said or asks_yesno or _ANNIVERSARY.search(raw) or _ANNIVERSARY.search(eng)):
        return "number", said  # "which session", "Russia's ranking": an ordinal (ordinal_asked.py)
    if q.tokens[:1] == ["where"] and not said:
        return "place", said
    closing = closing_wh(q)
    if closing and not said:
        return closing, said
    raw, eng = no_clause_wh(raw), no_clause_wh(eng)
    for name, rx in _TYPES:
        if rx.search(raw) or rx.search(eng):
            if name == "person" and said or name == "anniversary" and anniversary_backdrop(
                    raw, eng, not said and bool(_PERSON.search(raw) or _PERSON.search(eng))):
                continue
            return name, said
    if said or q.kind == "said":
        return "statement", True
    lead = q.tokens[:1]
    if lead and lead[0] in _YESNO_START or q.yesno:
        return "yesno", False
    return "other", said


def _counted(tokens: list[str], i: int, cues: set[str]) -> bool:
    """Is token i what a 'how long' counts: right after the cue ("how long a period") or after
    words that only qualify it? Not the subject further on: "how long did the Russian security
    delegation stay" asks for a span, which a sentence without "security" may give."""
    cue = max((k for k in range(i) if tokens[k] in cues), default=None)
    if cue is None:
        return False
    between = tokens[cue + 1:i]
    return all(w in _QUALIFIERS or w in ("a", "an") for w in between)


# what a "which Russian <city>" question may ask for: places below a country
_PLACE_NOUNS = {"city", "cities", "town", "towns", "region", "regions", "province", "provinces", "port", "oblast",
                "locality", "area", "republic", "capital", "resort", "krai"}


def asked_place_country(tokens: list[str]) -> str | None:
    """The country the place asked for lies in: "which Russian city", "which city in Vietnam" (the
    lexicon reads "thành phố nào của Nga" and "в каком российском городе" so)."""
    for i, t in enumerate(tokens):
        if t not in _PLACE_NOUNS:
            continue
        if i and tokens[i - 1] in DEMONYMS:
            return DEMONYMS[tokens[i - 1]]
        if i + 2 < len(tokens) and tokens[i + 1] in ("of", "in") and (c := canonical_country(tokens[i + 2])):
            return c
    return None


def asked_kind(tokens: list[str]) -> tuple[str, ...]:
    """"What kind of (official) visit was X making": the noun whose kind is asked, then the words
    the question puts before it. News answers with a word before that noun the question lacks
    ("paying an official visit", "an archive centre"); () when the question asks no kind."""
    for i in range(1, len(tokens) - 2):
        if tokens[i] in _KIND_WORDS and tokens[i + 1] == "of" and tokens[i - 1] in ("what", "which"):
            phrase = []
            for t in tokens[i + 2:]:
                if t in STOP or not t.isalpha():
                    break
                phrase.append(t)
            return (phrase[-1], *phrase[:-1]) if phrase else ()
    if len(tokens) > 2 and tokens[0] in ("what", "which") and tokens[1] not in STOP and tokens[1].isalpha():
        phrase = []
        for t in tokens[1:4]:  # "which (Russian) university": the noun, named by the word news puts before it
            if t in STOP or not t.isalpha() or t.endswith("ed"):  # "which organisation hosted": a verb ends it
                break
            phrase.append(t)
        # one thing named, not a list ("which areas", "what ships": a modifier names no list)
        return (phrase[-1], *phrase[:-1]) if phrase and not phrase[-1].endswith("s") else ()
    return ()


_PEOPLE_NOUNS = {"leader", "leaders", "minister", "ministers", "official", "officials", "president", "presidents",
                 "premier", "premiers", "diplomat", "diplomats", "ambassador", "ambassadors", "envoy", "envoys",
                 "governor", "governors", "head", "heads", "chief", "chiefs"}


def _claimed_by_nobody(q: Question, found: Found) -> set[int]:
    """Lower-case words the actor finder took for a role that it tied to nobody, or to a group ("the
    defence ministers", "the two presidents", "which Russian agriculture official"): no slot stands for
    them, so they are searched for as words, or the question keeps only its verb. A nationality stays out."""
    held = {k for m in found.mentions if m.actor_ids for k in range(*m.span)}
    # in a group the event answerers read ("Russian leaders"), the people noun is the group's; the words
    # qualifying it ("defence" ministers) are still searched
    grouped = {k for m in found.groups if m.actor_ids for k in range(*m.span) if q.tokens[k] in _PEOPLE_NOUNS}
    free = set()
    for i in sorted(set(found.claimed) - held - grouped):
        run = {i}  # the claimed words around it: a title written before a name ("председатель Орлов") is his
        for step in (-1, 1):
            k = i + step
            while k in found.claimed:
                run.add(k)
                k += step
        if run.isdisjoint(held) and i < len(q.tokens) and not q.raw_has_capital(i) and q.tokens[i] not in DEMONYMS \
                and q.latin[i] not in DEMONYMS:
            free.add(i)
    return free


def speech_verb_at(q: Question) -> tuple[int, int] | None:
    """(where "did" is, where the speech verb is) in "what (question) did X <ask> Y …", or None."""
    toks = q.tokens
    did = next((i for i, t in enumerate(toks[:4]) if t in ("did", "does", "do", "has")), None)
    verb = next((i for i in range(did + 2, len(toks)) if toks[i] in _SAY_ONE), None) if did is not None else None
    return None if verb is None else (did, verb)


def speaking_slots(q: Question, found: Found) -> list[bool]:
    """Per named entity: is it the subject of the asked speech verb ("what did X tell Y during Z's visit":
    X speaks, Y and Z do not)? [] when the question has no "did … <verb>" to tell them apart."""
    at = speech_verb_at(q)
    return [] if at is None else [at[0] < m.span[0] < at[1] for m in found.mentions if m.actor_ids]


def make_plan(q: Question, found: Found) -> Plan:
    kind, said = answer_type(q)
    cls, cls_idx = asked_class(q.tokens) if kind in CLASS_TYPES else (None, None)
    if kind == "place" and cls != "country":
        cls, cls_idx = None, None
    # a role nobody's title fits ("the departing Russian ambassador") is searched for by its words
    unresolved = {k for a, b in found.unknown_role_spans for k in range(a, b)}
    unresolved |= _claimed_by_nobody(q, found)
    claimed = (set(found.claimed) - unresolved) | set(q.date_idx)
    slots, words, hard, named = [], [], [], []
    for m in found.mentions:
        if m.actor_ids:
            slots.append(set(m.actor_ids))
            words.append(m.text)
            hard.append(m.how in ("alias", "part") and not dedicated_to(q.tokens, m.span[0]))  # "monument to X"
            named.append(m.how in ("alias", "part", "fuzzy"))
    if kind == "other" and _RELATED_RX.search(" ".join(q.tokens)) and sum(
            1 for m in found.mentions if m.actor_ids and not canonical_country(fold(m.text))
            and not canonical_place(fold(m.text))) >= 2:
        kind = "relation"  # "how is Shoigu related to Lịch": "his Russian counterpart" (people, not countries)
    cues = _CUES.get(kind, set())
    accept = (kind == "yesno" or q.yesno) and asks_acceptance(q.tokens)
    if accept:
        cues = cues | ACT_WORDS  # "did X take up the offer": the answer writes "gladly agreed"
    terms, focus = [], None
    for i, t in enumerate(q.tokens):
        if i in claimed or t in STOP or q.latin[i] in STOP or t in cues or len(t) < 2 or t.isdigit() and len(t) != 4:
            continue
        if q.latin[i] not in terms:  # a Russian word no table maps ("Внуково", "Кило"): as the articles spell it
            terms.append(q.latin[i])
        if focus is None and (kind == "number" and any(c in cues for c in q.tokens[:i]) or kind == "duration"
                              and _counted(q.tokens, i, cues)) and t not in _QUALIFIERS and t not in _NOT_COUNTED \
                and t.isascii():
            focus = _head_noun(q, i, claimed)  # "how many <tonnes>", "how much did X <pay>": what is counted
            #            (a word the lexicon left untranslated, "делегатов", is no word an article writes)
    # "how much did it cost", "what was the value / price / budget of": a sum; not "by how much did income grow"
    money = kind == "number" and bool(_MONEY_CUES & set(q.tokens)) and ("much" in q.tokens or bool(_SUM_NOUNS & set(
        q.tokens[:6]))) and not goods_sold(q.tokens, _MONEY_CUES) and not change_asked(q.tokens)
    if money:
        focus = None  # "how much did the terminal cost": the sum of money is what is counted
    roles = [role_text(role, qual, others, q.lang != "en") for role, qual, others in found.unknown_role_parts]
    place_in = asked_place_country(q.latin) if kind == "place" else None
    first = (kind == "yesno" or q.yesno) and bool(_FIRST_RX.search(" ".join(q.tokens)))
    if first and "first" not in terms:
        terms.append("first")
    if accept and not any(t.startswith(("accept", "agree")) for t in terms):
        terms.append("accept")  # "did X take up the offer": what news writes ("accepted", "agreed") is searched
    proper = [t for i, t in enumerate(q.tokens) if t in terms and i not in found.claimed and t.isalpha()
              and written_capital(q, i) and t not in TITLE_WORDS and t not in MONTHS and t not in WEEKDAYS]
    return Plan(answer_type=kind, terms=terms, kind_of=asked_kind(q.tokens) if kind == "other" else (),
                kind_subject=kind_subject(q.tokens) if kind == "other" else (), slots=slots, slot_words=words, hard=hard, named=named,
                yesno=kind == "yesno" or q.yesno, speaker_asked=said, speaks=speaking_slots(q, found) if said else [], focus=focus, money=money,
                roles=[r for r in roles if r.forms or r.mods or r.place], proper=proper, first=first,
                implied=implied(q, kind, accept),
                city=kind == "place" and (bool(_CITY_WORDS & set(q.latin)) or place_in is not None),
                place_country=place_in, answer_class=cls, class_noun=q.latin[cls_idx] if cls else None,
                class_plural=cls is not None and q.tokens[cls_idx].endswith("s") and q.tokens[cls_idx] != "media",
                asked_role=asked_roles(q.tokens, found, kind))
