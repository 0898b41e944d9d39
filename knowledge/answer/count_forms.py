"""A count written without the counted word. The counted-word filter (checks.apply) keeps only
sentences that write what a "how many / how much" counts; news often counts it in other words:
a generic "people" as delegates, members or citizens ("some 130 delegates took part"), "how much
gas / oil" as a figure in a unit ("6.6 billion cubic metres", "95 million tonnes"), "by how many
times" as a multiple ("a 63-fold rise", "grown fourfold"), "how many times" as the ordinal of the
latest time ("his third trip", "making this year's celebration the 34th"), "how many years" as an
anniversary or in decades ("the 70th anniversary of diplomatic ties", "four decades of Doi Moi").
These count as the word itself; a specific noun ("students", "tourists") is still to be written,
or paraphrased (paraphrases.py)."""

from __future__ import annotations

import re

from rapidfuzz.distance import OSA

from knowledge import lazy_re
from knowledge.names import DEMONYMS, fold

# the words a reader uses for "people" in general, whoever they are
GENERIC_PEOPLE = {"people", "persons", "person", "individuals", "guests"}
_PEOPLE = """people persons men women delegates members participants attendees guests visitors tourists citizens
residents nationals students pupils workers engineers experts specialists officials traders soldiers troops cadets
sailors officers staff employees volunteers athletes players artists performers scientists researchers teachers
lecturers doctors veterans children passengers holidaymakers arrivals representatives travellers travelers dancers
singers musicians journalists graduates alumni servicemen personnel scholars academics trainees professors entrepreneurs
spectators fans viewers patients nurses physicians police policemen crew labourers servants leaders executives
businessmen businesspeople diplomats ministers speakers migrants""".split()
PEOPLE_NOUNS = frozenset(_PEOPLE)  # the nouns a count of people is written with
# the English a translated question gives a Russian or Vietnamese word for people, one of several
# ("военные": military, "сотрудники": staff, "артисты": artists, "преподаватели": lecturers): the
# article may count the same people by another of them ("150 officers", "40 dancers", "50 teachers")
# (only the vague ones: "студентов" is students, as the article writes them)
_PEOPLE_ASKED = {"military", "people", "persons", "citizens", "specialists", "experts", "staff", "employees", "workers",
                 "personnel", "lecturers", "teachers", "artists", "performers", "tourists", "visitors", "travellers",
                 "officials", "servicemen", "troops", "soldiers", "officers", "representatives", "labour"}
_PEOPLES = sorted({d + "s" if not d.endswith(("ese", "ss")) else d for d in DEMONYMS}, key=len, reverse=True)
_NUMBER = (r"(?:\d[\d,.]*(?:\s+(?:million|thousand))?|(?:several|a few)\s+(?:hundred|thousand|dozen)|(?:hundreds|thousands|dozens|tens|millions)\s+of"
           r"(?:\s+(?:thousands|millions)\s+of)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
           r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a dozen"
           r"|a hundred|a thousand)")
# up to two words between the figure and its noun ("336 Russian citizens"), none a preposition
# ("35 works by painters" counts works, not painters)
_BETWEEN = r"(?:\s+(?!(?:by|of|from|to|in|at|and|or|with|for|on|per|a|the)\b)[\w'-]+){0,2}?"
_PEOPLE_COUNT = lazy_re.compile(r"\b" + _NUMBER + _BETWEEN + r"\s+(?:" + "|".join(map(re.escape, _PEOPLE + _PEOPLES))
                           + r")\b|\b(?:crew|delegation|group|team|contingent|workforce|staff|personnel)\s+of\s+(?:about\s+|some\s+|around\s+"
                             r"|more than\s+|over\s+)?\d")
# a group counted by its size ("a 50-strong delegation") or people counted back ("five of them"): the
# members or the people asked, whoever they are
_GROUP_SIZE = lazy_re.compile(r"\b\d[\d,]*[- ]strong\b|\b" + _NUMBER + r"\s+of\s+(?:them|those)\b")
_MEASURE = lazy_re.compile(r"\b\d[\d,.]*(?:\s+(?:million|billion|thousand))?\s+(?:cubic\s+met(?:re|er)s|tonnes|tons|barrels"
                      r"|litres|liters|kilograms|kg|grams|bcm|[kmgt]wh|hectares|ha|acres|square\s+kilomet(?:re|er)s|sq\s?km)\b")
_ORDINAL = (r"(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh"
            r"|twelfth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth)")
# the ordinal of the latest time ("his third trip", "the second time the destroyer …", "the 34th")
_NTH_TIME = lazy_re.compile(r"\b" + _ORDINAL + r"\b")
# years counted as an anniversary ("the 80th founding anniversary") or in decades ("four decades")
_YEARS_AS = lazy_re.compile(r"\b" + _ORDINAL + r"(?: [a-z]+){0,2} anniversary\b|\b(?:\d+|two|three|four|five|six|seven"
                       r"|eight|nine|ten|several|many) decades\b|\baged \d+|\bat the age of \d+|\bturn(?:s|ed|ing)? \d+\b")
_AGE_AFTER_NAME = lazy_re.compile(r"[^\W\d], \d{1,2},")  # (as written: "Ivan Petrov, 34, a former pupil")
# a unit written short after its figure ("36,000km", "500 MW", "11 kg"): the unit asked in full
_UNIT_SHORT = {"kilometre": "km", "kilometer": "km", "kilogram": "kg", "kilogramme": "kg", "metre": "m", "meter": "m",
               "hectare": "ha", "megawatt": "mw", "kilowatt": "kw", "gigawatt": "gw", "kilovolt": "kv",
               "square kilometre": "sq km", "centimetre": "cm", "millimetre": "mm"}
# a count of times written as its own word ("only once", "met twice", "thrice"): 1, 2, 3
_TIMES_WORD = lazy_re.compile(r"\b(?:once|twice|thrice)\b")
_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
# days counted as the span of dates ("from August 12 to 14", "12-14 March"): the figure is the span's length
_DAY_SPAN = lazy_re.compile(r"\b" + _MONTH + r" \d{1,2}\s*(?:-|–|to)\s*\d{1,2}\b|\b\d{1,2}\s*(?:-|–|to)\s*\d{1,2} " + _MONTH + r"\b")
_MULTIPLE = lazy_re.compile(r"\b(?:\d+[ -]|two|three|four|five|six|seven|eight|nine|ten|hundred)fold\b")  # (folded: "63-fold" reads "63 fold")


# nouns news writes for one another when it counts them ("24 Sukhoi fighters" for "how many planes", "ten
# friendly matches" for "how many games", "852 students" for "how many pupils", "130 pictures" for "how many photos",
# "three pieces" for "how many works"), singular
_SAME_COUNTED = [{"plane", "jet", "fighter", "aircraft", "warplane"}, {"game", "match"},
                 {"pupil", "student", "schoolchild", "child", "learner"},
                 {"participant", "delegate", "representative", "attendee"},
                 {"resident", "inhabitant", "local", "person"}, {"photo", "picture", "photograph", "image"},
                 {"work", "piece", "composition"}, {"ship", "vessel", "warship"},
                 {"company", "firm", "enterprise", "business"}, {"house", "publisher"},
                 {"item", "product", "exhibit", "object", "piece"}, {"section", "part", "chapter"},
                 {"kind", "type", "sort", "variety"}, {"store", "shop", "outlet"},
                 {"site", "station", "venue", "location"}, {"stand", "booth", "stall", "pavilion"},
                 {"evening", "night"}, {"employee", "staff", "worker", "personnel"}, {"usd", "dollar"},
                 {"rub", "rouble", "ruble"}, {"vnd", "dong"}]

# one Russian or Vietnamese word the vocabulary reads as one English noun stands for several the article
# may write ("предприятие", "doanh nghiệp": enterprise, company, establishment, plant; "организация":
# organisation, body; "учёный": scientist, researcher; "công dân": citizen, national; "товар", "hàng hóa":
# goods, products; "картина": a painting or a film, a production), singular
_SAME_TRANSLATED = [{"enterprise", "company", "firm", "business", "establishment", "plant", "facility", "factory"},
                    {"organisation", "organization", "body", "association", "institution"},
                    {"scientist", "researcher", "scholar"}, {"citizen", "national"},
                    {"expedition", "survey", "mission"}, {"inspection", "check", "audit"},
                    {"document", "record", "paper"}, {"report", "paper"}, {"student", "graduate", "trainee"},
                    {"good", "product", "item", "commodity"}, {"painting", "film", "movie", "production"}]


_IRREGULAR = {"children": "child", "people": "person", "men": "man", "women": "woman"}


def _singular(word: str) -> str:
    for end, to in (("children", "child"), ("ches", "ch"), ("sses", "ss"), ("ies", "y"), ("s", "")):
        if word.endswith(end) and len(word) > len(end) + 2 and not word.endswith(("ss", "us", "is")):
            return word[: len(word) - len(end)] + to
    return word


def _one_edit(a: str, b: str) -> bool:
    """One letter left out, added, changed, or two neighbours swapped ("contaners", "turists")."""
    return a != b and OSA.distance(a, b, score_cutoff=1) == 1


def _one(word: str) -> str:
    """The singular, irregular ones too ('children': 'child', 'people': 'person'), for nouns news
    writes for one another."""
    return _IRREGULAR.get(word) or _singular(word)


def other_written(focus: str, text: str, translated: bool = False) -> bool:
    """Is the counted word written otherwise than the question has it: as a noun news uses for it
    (_SAME_COUNTED; for a translated word also _SAME_TRANSLATED), in full where the question shortens
    it ("subs": "six attack submarines"), or spelt right where the question misspells it ("contaners")?"""
    sing = _one(focus)
    if sing in ("time", "year"):  # (counted in their own ways below)
        return False
    if any(c.isdigit() for c in sing):  # a model's plural ("B-52s": "34 B-52 bombers")
        return re.search(r"\b" + re.escape(focus.rstrip("s")) + r"s?\b", text) is not None
    groups = _SAME_COUNTED + _SAME_TRANSLATED if translated else _SAME_COUNTED
    same = set().union(*(g for g in groups if sing in g))  # ("piece": a work or an item)
    for w in set(re.findall(r"[a-z]+", fold(text))):
        ws = _one(w)
        if ws in same or 3 <= len(sing) <= 4 and len(ws) >= len(sing) + 3 and ws.startswith(sing) or len(sing) >= 5 and (
                _one_edit(sing, ws)):
            return True
    return False


# people counted for what they are rather than for a post or a trade ("thousands of students", "200 veterans"):
# no count of the staff, the military or the artists a translated word asks, though a count of people
_OTHER_GROUPS = {"students", "pupils", "children", "veterans", "patients", "fans", "spectators", "viewers", "graduates",
                 "alumni", "trainees", "passengers", "holidaymakers", "migrants", "residents"}
_BROAD_ASKED = {"people", "persons", "citizens"}  # whoever they are: any people counted answers


def _other_group(focus: str, counted: str, after: str) -> bool:
    """Does a people count (`counted`: the matched words, `after`: the text after them) count another group
    than the translated focus ("thousands of Vietnamese students" for "сотрудников": staff)?"""
    last = counted.split()[-1]
    # a people's name before their noun, maybe with a word between: "Vietnamese students", "Vietnamese military students"
    last = next((w for w in re.findall(r"[a-z]+", after)[:2] if w in PEOPLE_NOUNS), last)
    return focus not in _BROAD_ASKED and last in _OTHER_GROUPS and not other_written(focus, last, True)


def _counts_asked(focus: str, size: re.Match, low: str) -> bool:
    """A group's size counts the people asked; "180 of them" does unless the sentence counted another
    kind of people just before ("a committee of 200 members, 180 of them full members" for delegates)."""
    if not size.group(0).endswith(("them", "those")):
        return True
    before = list(_PEOPLE_COUNT.finditer(low[:size.start()]))
    noun = before[-1].group(0).split()[-1] if before else ""
    return noun not in _PEOPLE or _one(noun) == _one(focus) or other_written(focus, noun, True)


def written_count(focus: str, text: str, measured: bool, translated: bool = False) -> bool:
    """Does the sentence give a count of the focus without writing the word? `measured`: the question
    asks "how much <focus>" of a thing measured in units ("how much gas"); `translated`: the focus is
    the vocabulary's English of a Russian or Vietnamese word (one of the words for it)."""
    low = fold(text)
    if other_written(focus, low, translated):
        return True
    if focus in _PEOPLE and any(_counts_asked(focus, m, low) for m in _GROUP_SIZE.finditer(low)):
        return True
    if focus in GENERIC_PEOPLE:
        return _PEOPLE_COUNT.search(low) is not None
    if translated and focus in _PEOPLE_ASKED:
        return any(not _other_group(focus, m.group(0), low[m.end():]) for m in _PEOPLE_COUNT.finditer(low))
    if short := _UNIT_SHORT.get(_singular(focus)):
        return re.search(r"\d\s?" + re.escape(short) + r"\b", low) is not None
    if focus in ("times", "time"):  # (a Russian "сколько раз" reads "how many time")
        return any(rx.search(low) is not None for rx in (_MULTIPLE, _NTH_TIME, _TIMES_WORD))
    if focus in ("years", "year"):
        return _YEARS_AS.search(low) is not None or _AGE_AFTER_NAME.search(text) is not None
    if focus in ("days", "day"):
        return _DAY_SPAN.search(low) is not None
    return measured and _MEASURE.search(low) is not None


# words after a people's name that make it the noun counted ("how many Vietnamese in Russia came", "how many
# Russians living there"), not an adjective of one ("how many Thai stall holders")
_AFTER_PEOPLE = {"in", "at", "from", "who", "living"}


def head_noun(tokens: list[str], focus: str) -> str | None:
    """The people a 'how many' counts when the plan's focus is not their noun: a word before them
    ("how many young people"), the whole they are part of ("how many of the dead were children"), or
    a verb after a people's name ("how many Vietnamese in Russia came to watch": the Vietnamese)."""
    i = tokens.index(focus) if focus in tokens else -1
    if 0 <= i < len(tokens) - 1 and tokens[i + 1] in _PEOPLE:
        return tokens[i + 1]
    if 0 <= i < len(tokens) - 2 and tokens[i - 2 : i] == ["of", "the"] and tokens[i + 1] in ("were", "are"):
        return tokens[i + 2] if tokens[i + 2] in _PEOPLE else None
    for a, b, c, d in zip(tokens, tokens[1:], tokens[2:], tokens[3:]):
        if a == "how" and b == "many" and (c in DEMONYMS or c[:-1] in DEMONYMS) and d in _AFTER_PEOPLE:
            return c
    return None


def measured(tokens: list[str], focus: str, lang: str = "en") -> bool:
    """Is the focus asked as "how much <focus>", a mass measured in units ("how much oil")? A
    Russian or Vietnamese question has one word for "how much" and "how many" ("сколько нефти",
    "bao nhiêu dầu"), which the translation reads "how many": then either is, before a singular
    (a mass: "oil"), never before a plural ("сколько дней": days are counted, not measured)."""
    plural = focus.endswith("s") and not focus.endswith(("ss", "us", "is", "as"))  # ("gas", "mass" are no plurals)
    asked = ("much",) if lang == "en" or plural else ("much", "many")
    return any(a == "how" and b in asked and c == focus for a, b, c in zip(tokens, tokens[1:], tokens[2:]))


def untranslated(focus: str, raw: str, lang: str) -> bool:
    """Is the counted word a Vietnamese word the vocabulary left as written ("bao nhieu chiec",
    "tieu thuong" typed without diacritics)? No article writes it: it tells nothing of what a
    sentence must count, and the ranking decides among the counts."""
    return lang == "vi" and focus.isalpha() and focus in fold(raw).split()


def change_asked(tokens: list[str]) -> bool:
    """ "By how much did X rise": the change is what is counted (a percentage, a multiple), not X."""
    return tokens[:3] == ["by", "how", "much"]


def repaired(word: str, asked: list[str], terms: list[str], unknown: list[str]) -> str:
    """The word as typo repair made it ("contaners" -> "containers"): repair keeps the order of the
    question's words, leaving out those it could not repair."""
    if word in terms or word in unknown or word not in asked:
        return word
    kept = [t for t in asked if t not in unknown]
    return terms[kept.index(word)] if len(kept) == len(terms) else word


_SELL = {"sell", "sold", "sells", "selling", "donate", "donated", "donates"}  # ("how much rice did they donate": goods)
_AUX = {"did", "does", "do", "was", "were", "is", "are", "will", "would", "has", "have", "had", "can", "could",
        "more", "less", "of"}


def goods_sold(tokens: list[str], money_cues: set[str]) -> bool:
    """'How much crude did Vietnam sell': a quantity of the goods named after "much", not a sum of
    money, when selling is the question's only cue of money ("how much rent did they pay" asks a sum,
    and so does "how much did they sell the stake for")."""
    cues = money_cues & set(tokens)
    if not cues or not cues <= _SELL or "much" not in tokens:
        return False
    i = tokens.index("much")
    return i + 1 < len(tokens) and tokens[i + 1].isalpha() and tokens[i + 1] not in _AUX | money_cues
