"""A "which <class noun>" question needs a quote that names an instance of that class.

"Which airline flew the speaker to Hanoi?" is not answered by "The delegation of the Federal Assembly
landed at Noi Bai airport", "Which vaccine did the minister promise?" not by "The minister promised to
help Vietnam fight the pandemic", "What dishes were served at the reunion?" not by "The veterans met
for the 42nd time": the quote is about the event asked, but names no airline, vaccine or dish, and
another name in it (a body, a place) is no instance of the class. detail_shown.py, kind_shown.py and
instance_named.py read places, bodies, works, awards and facilities; this reads the other classes news
names things of (airlines, vaccines, journals, dishes, gifts, pieces of music, themes, contractors,
tournaments, battles, aircraft, warships, scholarships).

An instance is shown by: a name the question lacks written with the class noun or a word of its
family (beside it: "the Aeroflot carrier", "Sputnik V vaccine"; with "of": "the Battle of Hue"; in
apposition: "Zootaxa, a peer-reviewed journal"), a name whose own words end in the class
("Vietnam Airlines"), a word of the class's small lexicon of kinds ("pho", "borscht" for a dish; "a
portrait" for a gift; "frigates" for warships), or a form of the class's own (a model's designation
"Il-76" for an aircraft, a quoted title for a piece of music, "dedicated to" for a
theme).
"""

from __future__ import annotations

import re

from knowledge import lazy_re
from knowledge.answer.asked_detail import noun_is_head
from knowledge.answer.english_lexicon import classes
from knowledge.answer.evidence import fresh_name, name_beside
from knowledge.answer.name_written import question_words
from knowledge.names import DEMONYMS, canonical_country, fold
from knowledge.question import detect_language

# class noun → (its family: words an instance is written with; its kinds: words that are an instance)
_CLASSES: dict[str, tuple[str, str]] = {
    "airline": ("airline airlines carrier airways air avia", "aeroflot vietjet pegas azur nordwind utair s7"),
    "vaccine": ("vaccine vaccines", "sputnik epivaccorona covivac pfizer astrazeneca moderna sinopharm"),
    "journal": ("journal journals magazine review bulletin proceedings", ""),
    "dish": ("dish dishes cuisine delicacy delicacies specialty specialties",
             "pho phở nem bun bún banh bánh borscht borsch soup soups noodles noodle rolls dumplings pelmeni blini "
             "pancakes salad salads porridge caviar pie pies cake cakes bread kebab shashlik sausages curry stew"),
    "gift": ("gift gifts present presents souvenir souvenirs",
             "painting paintings portrait portraits picture book books vase statue bust icon samovar doll dolls "
             "matryoshka photograph photographs album lacquer embroidery sword clock drum model flag scarf flowers bouquet "
             "bouquets hats hat"),
    "music": ("music piece pieces work works song songs symphony concerto overture sonata suite waltz march anthem "
              "melody melodies tune tunes composition compositions romance romances",
              "symphony symphonies concerto concertos overture overtures sonata sonatas waltz waltzes anthem"),
    "theme": ("theme themes topic motto slogan title", ""),
    "contractor": ("contractor contractors builder company corporation firm consortium group", ""),
    "tournament": ("tournament championship championships cup games competition contest olympiad league series match "
                   "matches", ""),
    "battle": ("battle battles campaign offensive operation siege", ""),
    "aircraft": ("aircraft plane planes airplane airliner jet helicopter helicopters transport",
                 "turboprop turboprops jets airliners helicopters bomber bombers fighters widebody"),
    "warship": ("ship ships warship warships vessel vessels frigate frigates submarine submarines corvette corvettes",
                "frigate frigates submarine submarines corvette corvettes destroyer destroyers cruiser cruisers"),
    "scholarship": ("scholarship scholarships grant grants stipend fellowship", ""),
    "sanatorium": ("sanatorium resort rest home camp", ""),
}
# the words a question asks a class with → the class
_ASKED = {"airline": "airline", "airlines": "airline", "carrier": "airline", "vaccine": "vaccine",
          "vaccines": "vaccine", "journal": "journal", "journals": "journal", "dish": "dish", "dishes": "dish",
          "gift": "gift", "gifts": "gift", "present": "gift", "souvenir": "gift", "souvenirs": "gift",
          "music": "music", "piece": "music", "pieces": "music", "melody": "music", "anthem": "music",
          "theme": "theme", "contractor": "contractor", "contractors": "contractor",
          "tournament": "tournament", "tournaments": "tournament", "championship": "tournament",
          "championships": "tournament", "battle": "battle", "battles": "battle", "aircraft": "aircraft",
          "plane": "aircraft", "planes": "aircraft", "warship": "warship", "warships": "warship",
          "scholarship": "scholarship", "grant": "scholarship", "grants": "scholarship",
          "stipend": "scholarship", "sanatorium": "sanatorium", "sanatoriums": "sanatorium"}
# not asked in the plural: "what themes", "какие стипендии" ask what they deal with or how many, which news
# tells by common nouns ("the films explore war and memory", "additional scholarships and quotas"), not by a name

# a Russian or Vietnamese question writes the head noun first and its qualifier after ("Какой турнир по
# шахматам": 'which tournament chess'), so a noun after the class noun qualifies it, never the reverse.
# Class nouns the reader also gives a Russian or Vietnamese verb ("выделяется", "cấp": grants)
_VERB_READ = {"grant", "grants"}
_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "this", "these", "those"}
# Vietnamese asks "<noun> gì / nào" after a verb ("tặng quà gì": donated what gift); the question's reading
# puts "what" first ('what did … donated gift'), so the noun is read from the words before "gì" / "nào"
# "which countries' warships": the class noun after an owner's name (compiled once, not per question)
_OWNER_ASKED = lazy_re.compile(rf"\b(?:which|what)\s+(?:[\w-]+\s+){{0,2}}[\w-]+['’]s?\s+(?:[\w-]+\s+)?(?:{'|'.join(_ASKED)})\b",
                          re.I)
_VI_ASKED = lazy_re.compile(r"((?:\S+ )?\S+) (?:gì|nào)\b", re.I)
_STOP = {"did", "does", "do", "may", "might", "must", "should", "shall", "was", "were", "is", "are", "will", "would",
         "has", "have", "had", "can", "could", "the", "a", "an", "of", "in", "on", "at", "to", "for", "by", "with",
         "from", "and", "or", "not", "about", "say", "said"}
_CAP = r"[A-Z0-9][\w'’.-]*"
_NAME = rf"{_CAP}(?: (?:of |de |the )?{_CAP})*"
_TITLE = lazy_re.compile(r"[“\"«‘'][A-ZА-ЯĐ0-9][^”\"»’']{2,}[”\"»’']")
# the last words of a name that is an instance though they are no family word ("the Baltic Open", "the Narva
# Masters"): capitalised only, since "open" or "classic" in lower case names nothing
_NAME_ENDS = {"tournament": "Open Cup Games Championship Championships Trophy Rally Marathon Masters Classic Prix"
                            " Olympiad Series"}
# classes an instance of is named by its giver ("grants from the Lindqvist Foundation"); a gift from someone is not
_GIVER_NAMED = {"scholarship"}
# a gift is also named by what a sentence says was given "as a gift" or calls "a present": the thing itself
_GIFT_AS = lazy_re.compile(r"\bas (?:(?:a|an|their|his|her|its) (?:[a-z]+ )?(?:gift|present|souvenir)|(?:[a-z]+ )?"
                      r"(?:gifts|presents|souvenirs))\b|"
                      r"\bcall(?:s|ed|ing)? (?:it|them|(?:the |a |an |this |that )?(?:[\w-]+ ){1,3}?)(?:a|an) "
                      r"(?:[a-z]+ )?(?:gift|present|souvenir)\b")
# a form of the class's own: a model's designation ("Il-76", "An-124", "Boeing 777"), a title, a composer's
# work ("Glinka's Ruslan"), the words a theme is told with, a journal a paper is published in
_FORMS = {
    "aircraft": lazy_re.compile(r"\b[A-Z][A-Za-z]{0,6}-?\d{2,4}[A-Z0-9-]*\b|\b(?:Boeing|Airbus|Ilyushin|Antonov|Tupolev"
                           r"|Sukhoi|Mil|Yakovlev)\b"),
    "music": lazy_re.compile(rf"{_TITLE.pattern}|\b{_NAME}['’]s [A-Z]|\b(?:pieces?|works?|music|songs?|compositions?) by"
                        rf" (?:[a-z]+ ){{0,3}}[A-Z]"),
    "theme": lazy_re.compile(r"\b(?:themed?|entitled|titled|under the (?:title|slogan|motto|banner)|slogan|motto"
                        r"|dedicated to|devoted to|on the (?:theme|topic|subject) of|(?:session|forum|conference|seminar"
                        r"|discussion|dialogue|exhibition|round[- ]table|workshop|debate)s? (?:on|about))\b|"
                        + _TITLE.pattern),
    "journal": lazy_re.compile(rf"\bpublished (?:in|by) (?:the )?{_NAME}"),
    "gift": _GIFT_AS,
}
# classes whose form is enough by itself, with no fresh name in it
_FORM_ENOUGH = {"theme", "gift"}


# words that describe no kind ("the other tournament", "a new vessel")
_VAGUE = {"the", "a", "an", "other", "some", "many", "several", "new", "separate", "its", "their", "his", "her", "this",
          "that", "these", "those", "first", "second", "one", "two", "three", "four", "five", "more", "further",
          "foreign", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with", "from", "same", "own"}
# classes news names by a kind as often as by a name ("a tennis tournament", "Gepard-class frigates")
_DESCRIBED_BY = {"tournament", "warship"}


def asked(tokens: list[str], raw: str = "") -> str | None:
    """The class a "which / what [qualifiers] <class noun>" question asks ("what was the theme of", "what is
    the name of the sanatorium" too); None for another question, a class noun that only qualifies the
    next ("which vaccine production", "which airline alliance") or belongs to another ("which countries'
    warships"), or a verb before it ("which organisation promotes the vaccine")."""
    if _OWNER_ASKED.search(raw) or {"worth", "cost"} & set(tokens):
        return None  # "which countries' warships"; "what were the gifts worth" asks an amount
    head_first = detect_language(raw) in ("ru", "vi")
    for i, t in enumerate(tokens[:-1]):
        if t not in ("which", "what"):
            continue
        cls = _head(tokens, i + 1, head_first)
        if head_first and tokens[i:i + 2] == ["what", "did"] and cls is None:
            return _vi_asked(raw)  # the "what" the reader moved to the front from after a verb
        return cls
    return None


def _vi_asked(raw: str) -> str | None:
    """The class of a Vietnamese "<noun> gì / nào" ("tặng quà gì", "hãng hàng không nào"): the last word
    the lexicon reads from the one or two syllables before the question word."""
    from knowledge.question import parse  # the question's own reader: one lexicon for the noun

    for m in _VI_ASKED.finditer(raw):
        words = m.group(1).split()
        for phrase in (" ".join(words), words[-1]):
            toks = parse(phrase, "vi").tokens
            if toks and toks[-1] in _ASKED and toks[-1] not in _VERB_READ:
                return _ASKED[toks[-1]]
    return None


def _head(tokens: list[str], k: int, head_first: bool = False) -> str | None:
    """The class of the head noun from token k on (see `asked`); `head_first`: a Russian or Vietnamese
    question, whose noun after the class noun qualifies it."""
    framed = tokens[k:k + 2] in (["is", "the"], ["was", "the"], ["are", "the"], ["were", "the"])
    if framed:
        k += 2
        if tokens[k:k + 2] == ["name", "of"]:  # "what is the name of the sanatorium near …": the noun heads
            k, framed = k + (3 if k + 2 < len(tokens) and tokens[k + 2] == "the" else 2), False
    for j in range(k, min(k + 4, len(tokens))):
        w = tokens[j]
        if w in _ASKED and not (head_first and w in _VERB_READ):
            after = tokens[j + 1] if j + 1 < len(tokens) else ""
            if w in _VERB_READ and after in _DETERMINERS:
                return None  # "which agency grants the quotas": a verb before its object, no class asked
            if framed:  # "what was the theme of …", not "what is the contractor doing"
                return _ASKED[w] if after in ("", "of", "called", "named", "where") else None
            head = head_first or not after or noun_is_head(after) or "noun" not in classes(after) or after in _STOP \
                or after in DEMONYMS
            return _ASKED[w] if head else None
        kinds = classes(w)
        if w in _STOP or "verb" in kinds and "noun" not in kinds:
            return None
        if head_first and "noun" in kinds and "adj" not in kinds and w not in DEMONYMS:
            return None  # "Какой клуб выиграл чемпионат": the first noun heads, not the class noun
    return None


def _words(spec: str) -> set[str]:
    """The words of a space-separated list."""
    return set(spec.split())


def _family_named(text: str, family: set[str], words: set[str], cls: str = "") -> bool:
    """A name the question lacks beside a family word, after it with "of", before it with "'s", in apposition,
    or a name whose own last word is a family word ("Vietnam Airlines", "the Hanoi Open Cup")."""
    if any(name_beside(text, f, words) for f in family):
        return True
    heads = "|".join(sorted({"[" + f[0].upper() + f[0] + "]" + re.escape(f[1:]) for f in family}, key=len, reverse=True))
    numbered = rf"\b(?:{heads}) [\"“']?(\d[\w-]*[A-Za-z][\w'’-]*(?: [A-Z][\w'’-]+)*)"
    if any(_fresh(m.group(1), words) for m in re.finditer(numbered, text)):
        return True  # "the warship 016-Quang Trung"
    ends = {f.capitalize() for f in family} | _words(_NAME_ENDS.get(cls, ""))
    cap_heads = "|".join(sorted((re.escape(f) for f in ends), key=len, reverse=True))
    giver = "of|from" if cls in _GIVER_NAMED else "of"
    patterns = (rf"\b(?:{heads}) (?:{giver}) (?:the )?({_NAME})", rf"\b({_NAME})['’]s (?:[a-z]+ )?(?:{heads})\b",
                rf"\b({_NAME}), (?:a|an|the) (?:[\w-]+ ){{0,3}}(?:{heads})\b", rf"\b((?:{_CAP} )+(?:{cap_heads}))\b")
    found = [m.group(1) for rx in patterns for m in re.finditer(rx, text)]
    return any(_fresh(n, words) for n in found)


def _fresh(name: str, words: set[str]) -> bool:
    """A name the question lacks, not a people's or a country's name nor a sentence's first word."""
    name = re.sub(r"^(?:The|A|An|This|That|Its) ", "", name)
    return fresh_name(name, words) and fold(name) not in DEMONYMS and not canonical_country(name) and \
        name not in ("The", "A", "An")


def shown(text: str, cls: str, words: set[str]) -> bool:
    """Does the quoted sentence name an instance of the class the question lacks?"""
    family, kinds = (_words(s) for s in _CLASSES[cls])
    if _family_named(text, family, words, cls):
        return True
    low = set(re.findall(r"[\w'’-]+", text.lower()))
    if (kinds & low) - words:
        return True
    if cls in _DESCRIBED_BY and _described(text, family, words):
        return True
    form = _FORMS.get(cls)
    return form is not None and any(cls in _FORM_ENOUGH or fresh_name(m.group(0), words)
                                    or not re.search(r"[A-Za-z]{3}", m.group(0)) for m in form.finditer(text))


def _described(text: str, family: set[str], words: set[str]) -> bool:
    """A kind the question lacks written before a family word ("a separate tennis tournament", "two Gepard-3.9
    patrol ships"): what "what other tournament" asks, and how news names a ship's class."""
    heads = "|".join(sorted((re.escape(f) for f in family), key=len, reverse=True))
    if any(_fresh(m.group(1), words) for m in re.finditer(rf"\b({_NAME}) [a-z]+ (?:{heads})\b", text)):
        return True  # a name before the kind: "the Volga Cup 2031 football matches"
    return any(fold(m.group(1)) not in words | _VAGUE and fold(m.group(1)) not in DEMONYMS
               for m in re.finditer(rf"\b([\w.-]+) (?:{heads})\b", text))


def unshown(tokens: list[str], raw: str, citations) -> bool:
    """Does a reply to a "which <class noun>" question name no instance of the class in any quote?"""
    cls = asked(tokens, raw)
    cites = [c for c in citations if c.sentence_id is not None]
    if cls is None or not cites:
        return False
    words = question_words(raw, tokens)
    return not any(shown(c.quote, cls, words) for c in cites)
