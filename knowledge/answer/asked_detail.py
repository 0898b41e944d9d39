"""A detail the question asks for that the best sentence does not write at all: no answer there,
however well its other words match.

Three kinds of detail, each asked in a fixed way and written in a small, closed set of words:

- a measure of a thing or a day: the weather ("what was the weather like in X during Y"), an age
  ("how old is X"), a height ("how tall is the monument"), a weight ("how heavy"), a distance
  ("how far"), a price, a rate or a tariff ("what was the exchange rate", "what interest rate").
  A sentence that answers writes the measure's own words ("3.6 metres tall", "a 21-year-old",
  "weighed about 29 tonnes", "some 60 kilometres from", "in pouring rain", "2 billion USD", "5%");
  one about the event or the thing that writes none of them does not say it.
- the doer of an act the question asks about by its subject ("who won the cup", "which film won
  the prize", "who wrote the article", "who sculpted / designed the statue", "who took the
  photographs", "who opened the festival", "who led the delegation", "who read out the message",
  "who signed X on behalf of Y", "who replaced X as head of Y", "who initiated the call"), a reply
  ("did X reply to Y's letter") or a statement ("what did X say / tell Y"). The
  answering sentence writes the act, its result or its doer's noun ("won", "the winner", "went
  to", "written by", "the author", "the work of sculptor …", "designed by", "opened", "succeeded",
  "at the invitation of", "replied", "headed by", "under"), or for a statement any verb of speech or stance, a quote
  or a modal; a sentence that only names the thing ("the 2018 World Cup", "the statue"), the
  message replied to, or that X attended or met someone does not say it. A meeting, a talk or a
  visit is no such act: news reports those in too many words.

- the attribute or role asked of a thing ("what is the registered capital of X", "who is the general
  director of X", "who chairs X"): see asked_focus.py.

- the house asked by "which hotel / restaurant / airport / orchestra / museum / cinema": news names one
  with its noun ("the Metropole Hotel", "Noi Bai International Airport", "the Hanoi Symphony
  Orchestra"), so a sentence without the noun names none.

All are read from the question's words (English, or a Vietnamese or Russian question as the
lexicon reads it; a price or a rate from English words only), and the sentence must write one of
the detail's words: the check is for an absence, never for a conflict, so a sentence with any of
them is left to the ranking and the decision (decision.py). pipeline._type_missing declines on it.

- who or what came before someone ("X's predecessor", "ambassador before Y", "the previous chairman"):
  the succession or the earlier time ("succeeded", "former", "until", "before"), not only X or the new holder.

- how the reader is to do something ("how do I apply for a visa", "how do you cook phở", "recommend …"):
  news reports what others did and never writes that, whatever words a sentence shares with it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import chain

from knowledge import lazy_re
from knowledge.answer import asked_focus, detail_conflict
from knowledge.answer.irregular_verbs import irregular_past
from knowledge.names import DEMONYMS, fold

# (how the question asks for the measure, the words a sentence writes it in)
_MEASURES = [
    (lazy_re.compile(r"\b(?:weather|temperatures?)\b"),
     lazy_re.compile(r"\b(?:weather|temperatures?|rain\w*|snow\w*|sunn?y|sunshine|cloud\w*|cold|chill\w*|warm\w*|hot|heat"
                r"|frost\w*|wind\w*|storms?|degrees|freezing|humid\w*|typhoons?|fog\w*)\b|°", re.I)),
    # asked anywhere (the lexicon reads "Phạm Tuân bao nhiêu tuổi" as "pham tuan how old") but as a second question
    # ("where does she study and how old is she": the best sentence may answer the first); news also writes an age
    # as a figure set off after a name ("Binh, 21, studied …", "Sergei Borisov, 53.", "Anna Petrova (34)", "Lan, now 80,"): one or
    # two digits, never a year or a day of a month ("March 3, 2021")
    (lazy_re.compile(r"(?<!\band )\bhow old\b|\b(?:at )?what age\b"),
     lazy_re.compile(r"\b(?:aged?|years? old|\w+-year-old|born|birthday)\b"
                r"|(?-i:\b[A-Z][\w'’-]*[a-z](?:, (?:now |then )?| \())\d{1,2}(?:\)|(?=[,.;]|$))", re.I)),
    (lazy_re.compile(r"^\s*how (?:tall|high) (?:is|are|was|were|will)\b|\bwhat (?:is|was|will be) the height of\b"),
     lazy_re.compile(r"\b(?:tall|high|height|metres?|meters?|feet|foot)\b|\d\s?m\b", re.I)),
    (lazy_re.compile(r"^\s*how heavy\b|\bhow much (?:does|did|do) .+ weigh\b|\bwhat (?:is|was) the weight of\b"),
     lazy_re.compile(r"\b(?:weigh\w*|tonnes?|tons?|kilograms?|kg|grams?)\b|\d\s?(?:kg|t)\b", re.I)),
    # electric power ("what capacity in megawatts", "bao nhiêu MW"): an output in kilowatt-hours or a share of the
    # country's power is no capacity
    (lazy_re.compile(r"\b(?:megawatts?|gigawatts?|mw|gw)\b"),
     lazy_re.compile(r"\b(?:megawatts?|gigawatts?|kilowatts?)\b|\d\s?(?:MW|GW|kW)\b|\bMW\b|\bGW\b")),
    # an interest rate is a share, not a sum lent
    (lazy_re.compile(r"\binterest rates?\b"), lazy_re.compile(r"%|\b(?:per ?cent|percent|interest)\b", re.I)),
    # a whole year asked ("in the whole of 2019", "cả năm 2024"): a figure for part of it ("in the first six
    # months of 2019", "January-November") is no answer, unless the sentence writes the whole year too
    (lazy_re.compile(r"\bwhole of (?:the year|\d{4})\b|\b(?:full|entire|whole)[- ]year\b|\bcả năm\b|за весь (?:год|\d{4})"),
     lazy_re.compile(r"^(?!.*\b(?:first|last|past) (?:half|quarter|(?:\w+|\d+) months)\b|.*\b(?:january|jan)\s?[-–]\s?\w+"
                r"|.*\bbetween january and\b|.*\bsince january\b)|\b(?:whole|full|entire|annual)\b", re.I | re.S)),
    # a property of a substance or a machine ("the boiling point of water", "the top speed of the Su-30"): degrees,
    # a speed
    (lazy_re.compile(r"\b(?:boiling|melting|freezing)\s+points?\b"),
     lazy_re.compile(r"\b(?:degrees?|celsius|fahrenheit|kelvin)\b|°", re.I)),
    (lazy_re.compile(r"\b(?:top|maximum|cruising)\s+speeds?\b"),
     lazy_re.compile(r"\b(?:speeds?|km/h|kph|mph|knots?|mach|fast\w*|kilomet(?:re|er)s?\s+(?:an|per)\s+hour)\b", re.I)),
    (lazy_re.compile(r"^\s*how far (?:is|are|was|were|from|away)\b"),
     lazy_re.compile(r"\b(?:kilomet\w*|km|miles?|metres?|meters?|far|away|distance|hours?|minutes?)\b|\d\s?km\b", re.I)),
]
# a price, a rate or a sum asked in English words (read from the raw question only: the lexicon maps too many
# Vietnamese and Russian words of value, "trị giá", "оценил", onto "worth" and "price")
_MONEY = (lazy_re.compile(r"\b(?:costs?|prices?|priced|worth|exchange rates?|interest rates?|prize money|tariffs?|fees?"
                    r"|salary|salaries|wages?)\b"),
          lazy_re.compile(r"[$€£¥₫]|\b(?:tariffs?|duty|duties|usd|us\$|dollars?|roubles?|rubles?|dong|vnd|euros?|yuan"
                     r"|billion|million|trillion|bn|mln|per ?cent|percent|rates?|price[ds]?|cost\w*|free)\b|%", re.I))

# the doer asked as the subject ("who won", "which team won"): (the act as asked, the words it is written in)
_SUBJECT = r"^\s*(?:who|which(?:\s+[\w'-]+){1,3})\s+"
_ACTS = [
    (lazy_re.compile(_SUBJECT + r"(?:won|wins)\b"),
     lazy_re.compile(r"\b(?:won|wins?|winning|winners?|champions?|championship|victor\w*|titles?|gold|first place|top prize"
                r"|beat|defeat\w*|went to|goes to|awarded|claimed)\b", re.I)),
    (lazy_re.compile(_SUBJECT + r"(?:wrote|authored|penned)\b"),
     # the writer's noun ("the first writer", "dramatist X"), the piece given as theirs ("in an article",
     # "Dostoevsky's novel")
     lazy_re.compile(r"\b(?:wr[io]te|written|writes|writing|writers?|author\w*|penned|by|novelists?|poets?|playwrights?"
                r"|dramatists?|journalists?|columnists?|essayists?|in (?:an?|his|her|their) (?:article|op-ed|column|essay"
                r"|piece|letter|book))\b|\w['’]s (?:\w+ )?(?:novel|book|play|poem|story|memoir|article|essay|op-ed"
                r"|column)s?\b", re.I)),
    (lazy_re.compile(_SUBJECT + r"(?:sculpted|painted|composed|designed)\b"),
     lazy_re.compile(r"\b(?:sculpt\w*|paint\w*|compos\w*|design\w*|creat\w*|author\w*|architect\w*|work of|wr[io]te|written"
                r"|made|by)\b", re.I)),
    (lazy_re.compile(_SUBJECT + r"(?:took|shot) the (?:photo(?:graph)?s|pictures|images)\b"),
     lazy_re.compile(r"\b(?:photograph\w*|took|taken|shot|captured|work of|by)\b", re.I)),
    # who opened an event: the opener is written with the act, the opening or "by"
    (lazy_re.compile(_SUBJECT + r"(?:opened|inaugurated)\b"),
     lazy_re.compile(r"\b(?:open\w*|inaugurat\w*|launch\w*|kick\w* off|cut the ribbon|by)\b", re.I)),
    # who signed on behalf of a body or for a side ("for the Russian side", "who signed … for PetroVietnam";
    # not "which firms signed the contract for gas", "… and for how much") asks its signatory: the sentence writes the signing and the signatory's title or "by" (a body signing with
    # another, "the two ministries signed", names no signatory)
    (lazy_re.compile(_SUBJECT + r"signed\b.*\b(?:on behalf of|(?:for|on) the (?:\w+ )?side)\b|^\s*who signed\b.*\bfor\b(?! how\b)"),
     lazy_re.compile(r"^(?=.*\b(?:sign\w*|inked|conclud\w*|put (?:their|his|her) names?)\b)"
                r"(?=.*\b(?:by|behalf|head\w*|director\w*|minister|chair\w*"
                r"|president|ambassador|governor|mayor|rector|deputy|chief|ceo|secretary|envoy"
                r"|consuls?|consul-general|consulates?)\b)",
                re.I | re.S)),
    (lazy_re.compile(_SUBJECT + r"(?:replaced|succeeded)\b"),
     lazy_re.compile(r"\b(?:replac\w*|succeed\w*|successor|predecessor|took over|new|former|previous)\b", re.I)),
    # who read out a message: the reading, its delivery or "by"
    (lazy_re.compile(_SUBJECT + r"read\b"),
     lazy_re.compile(r"\b(?:read\w*|deliver\w*|conveyed|on behalf|by)\b", re.I)),
    (lazy_re.compile(_SUBJECT + r"(?:initiated)\b"),
     lazy_re.compile(r"\b(?:initiat\w*|launch\w*|propos\w*|suggest\w*|idea|request\w*|invit\w*|by)\b", re.I)),
    # a statement asked ("what did X say / tell Y / write"): a sentence of someone's attendance, visit or meeting
    # reports none; one reporting speech or a stance in any verb, a quote or a modal does
    (lazy_re.compile(r"^\s*what did .+\b(?:say|tell|write)\b"),
     lazy_re.compile(r"[\"“”«»]|\b(?:sa(?:y|ys|id|ying)|t(?:ell|ells|old)|wr(?:ote|itten|ites)|stress\w*|not(?:ed|es|ing)"
                r"|add(?:ed|s)|affirm\w*|reaffirm\w*|express\w*|emphasi[sz]\w*|underlin\w*|highlight\w*|voic\w*|urg\w*"
                r"|call\w*|ask\w*|advis\w*|recommend\w*|encourag\w*|remind\w*|propos\w*|suggest\w*|assur\w*|pledg\w*"
                r"|promis\w*|vow\w*|hop\w*|believ\w*|describ\w*"
                r"|recall\w*|point\w*|recogni[sz]\w*|welcom\w*|prais\w*|thank\w*|congratulat\w*|acknowledg\w*|confirm\w*"
                r"|announc\w*|insist\w*|argu\w*|warn\w*|agre\w*|spoke|speak\w*|remark\w*|comment\w*|explain\w*|declar\w*"
                r"|stat(?:ed|es|ing)|mention\w*|repl\w*|respon\w*|answer\w*|review\w*|discuss\w*|shar\w*|view|according"
                r"|reported|informed|briefed|conveyed|wished|valued|appreciat\w*|lauded|hailed|commended|wants?|wanted"
                r"|would|will|should|must|could|can|is|are|was|were)\b", re.I)),
    # a reply asked ("did X reply to Y's letter", "what did X write in reply"); "how did X reply" asks a reaction
    (lazy_re.compile(r"^(?!\s*how\b).*\brepl(?:y|ied|ies)\b"),
     lazy_re.compile(r"\b(?:repl\w*|respon\w*|answer\w*|wrote back|in return|in turn)\b", re.I)),
]


# who led a delegation or a side ("led to" is a cause; "who heads X" asks a post, see asked_focus.py): the
# leading, heading or chairing, or "under X", written in the sentence or in the one before or after it, which
# the reply quotes with it (a delegation is named in one sentence and its leader in the next)
_LED = (lazy_re.compile(_SUBJECT + r"led\b(?!\s+to\b)"),
        lazy_re.compile(r"\b(?:led|leads?|leading|leader\w*|head\w*|chair\w*|under|by)\b", re.I))

# who or what came before someone or something ("who was X's predecessor", "who was ambassador before Ngo Duc Manh",
# "which airline flew the route before Vietjet", "what post did X hold before becoming president", "the previous
# chairman"): the sentence writes the succession or the earlier time; one that only names X, its new holder or its
# arrival ("the association's new chairman is …") does not say who came before. Read in the raw English question,
# where a name after "before" keeps its capital ("before the trip" asks an event's time, no predecessor).
_BEFORE_ASKED = lazy_re.compile(r"^\s*(?i:who|which|what)\b.*(?:\bpredecessors?\b|\bbefore (?:becoming|taking|being)\b"
                           r"|\bbefore (?!the\b|a\b|an\b|his\b|her\b|its\b|their\b)[A-Z]\w+|\bprevious (?:chairman|chair"
                           r"|head|president|ambassador|director|minister|consul|governor|mayor|leader|holder|owner|post|job"
                           r"|position|role)\b)")
_BEFORE_WRITTEN = lazy_re.compile(r"\b(?:predecessors?|before|previous\w*|former\w*|preced\w*|succeed\w*|successor|replac\w*"
                             r"|took over|earlier|until|ex-|once|had been|outgoing|served|after|following|since|first)\b", re.I)

# houses and bodies news names with their noun ("the Metropole Hotel", "Noi Bai International Airport",
# "the Hanoi Symphony Orchestra"), so a sentence without the noun names none
_HOUSES = {"hotel", "restaurant", "cafe", "orchestra", "airport", "stadium", "hospital", "museum", "cinema", "theatre",
           "theater", "gallery", "pagoda"}
_PREPOSITIONS = {"at", "in", "to", "from", "on"}
_QUALIFY = {"other", "foreign", "state", "main", "new", "local", "national", "international", "big", "biggest",
            "largest", "famous", "city", "provincial"}
# what may follow the house's noun when it is the head ("which hotel hosted", "which airport did"), not a
# compound's first word ("what hotel discount")
_AFTER_HEAD = {"did", "does", "do", "was", "were", "is", "are", "will", "would", "has", "have", "had", "can", "could",
               "must", "in", "at", "on", "of", "for", "near", "from", "to", "by", "that", "which", "where", "and", "or"}


def noun_is_head(after: str) -> bool:
    """Is a house or place noun the head asked, with `after` the word that follows it: a verb ("which
    hotel hosted", a past form) or a function word ("which airport did", "at which stadium in …"), not the
    next noun of a compound it qualifies ("what hotel discount", "which airport tax")?"""
    return after in _AFTER_HEAD or after.endswith("ed") or irregular_past(after)


def _house_asked(question: str) -> str | None:
    """The noun of a "which <house>" question ("at which Vietnamese airport", "which Russian orchestra"):
    only names, nationalities and qualifying words may stand between "which" and it."""
    words = re.findall(r"[\w'’-]+", question)
    i = next((k for k, w in enumerate(words) if w.lower() not in _PREPOSITIONS), len(words))
    if i >= len(words) or words[i].lower() not in ("which", "what"):
        return None
    for k in range(i + 1, min(i + 5, len(words))):
        low = fold(words[k])
        house = low if low in _HOUSES else low[:-1] if low[:-1] in _HOUSES else None
        if house:
            after = fold(words[k + 1]) if k + 1 < len(words) else "did"
            return house if noun_is_head(after) else None
        if not (words[k][:1].isupper() or low in DEMONYMS or low in _QUALIFY):
            return None
    return None


@lru_cache(maxsize=1)
def _any_asked() -> re.Pattern:
    """Every way of asking a detail in one pattern: a question asking none (most) is told so in one
    search instead of one per way (each way kept in its own group, so its anchors stay its own)."""
    return re.compile("|".join(f"(?:{asks.pattern})" for asks, _words in (*_MEASURES, *_ACTS, _LED)))


def _asked(question: str, tokens: list[str]) -> list[tuple[re.Pattern, bool]]:
    """The word sets of the details the question asks for (its raw text and its English-like tokens), each
    with whether the sentences beside the best may write it."""
    texts = [question.lower(), " ".join(tokens)]
    asked = [(words, asks is _LED[0]) for asks, words in (*_MEASURES, *_ACTS, _LED) if any(asks.search(t) for t in texts)] \
        if any(_any_asked().search(t) for t in texts) else []
    if house := _house_asked(question):
        asked.append((re.compile(r"\b" + re.escape(house) + r"s?\b", re.I), False))
    if _BEFORE_ASKED.search(question):
        asked.append((_BEFORE_WRITTEN, False))
    money = _MONEY[0].search(question.lower()) and not _WHO.match(question)  # "who pays the salaries": a payer
    return asked + [(_MONEY[1], False)] if money else asked


def asked_words(question: str, tokens: list[str]) -> list[re.Pattern]:
    """The word sets of the details the question asks for, one of which a text answering it must write."""
    return [words for words, _near in _asked(question, tokens)]


_WHO = lazy_re.compile(r"^\s*(?:who|whom|ai|кто)\b", re.I)
REASON_ASKED = lazy_re.compile(r"^\s*why\b|\bfor what\b|\b(?:vì sao|tại sao|lý do|vi sao|tai sao|ly do)\b|почему|за что",
                          re.I)


def gift_unwritten(question: str, sentence: str, following: str) -> bool:
    """Does the question ask what was given (a gift, an award, an order, a prize: detail_conflict.py), not
    why, and neither the sentence nor the one after it, which the reply quotes with it ("He handed them a
    flag."), writes anything given or received? A meeting or a reception of the two does not say it."""
    return detail_conflict.gift_unwritten(question, sentence + " " + following) \
        and not REASON_ASKED.search(question) and not re.search(r"\breceiv", sentence + " " + following, re.I)


def unwritten(question: str, tokens: list[str], sentence: str, around: Iterable[str] = (), before: str = "") -> bool:
    """Does the question ask for a measure, a price, the doer of an act, a thing given or a house by its
    noun that the sentence writes no word of, or an attribute or role of a thing (asked_focus.py) that
    neither it nor the sentences `around` it write (its article, the runners-up the reply may quote: "the
    head of X" and "… Director General of X" is in the next quote, or further on in the article), when
    it asks for none of the others? `around` opens with the sentence after this one ("" if none); `before` is
    the sentence before it in its paragraph."""
    if detail_conflict.how_to_asked(question):
        return True  # the reader's own how-to: no news sentence writes it, whatever words it shares
    around = iter(around)
    following = next(around, "")
    if gift_unwritten(question, sentence, following):
        return True
    asked = _asked(question, tokens)  # a measure, a price, an act or a house read: the detail is that one
    if asked:
        beside = " ".join((before, sentence, following))
        return any(not words.search(beside if near else sentence) for words, near in asked)
    return all(asked_focus.unwritten(question, s) for s in chain((sentence, following), around))


def around(conn, ranked: list) -> Iterator[str]:
    """The sentence after the best one ("" if none), then the sentences of its article and the next few
    ranked (the texts `unwritten` reads an attribute or role in beside the best), read from the store
    only if `unwritten` gets to them (the one after it also when it is in the article's text)."""
    best = ranked[0].cand
    after = conn.execute("SELECT text FROM sentences WHERE source_id = ? AND position = ?",
                         [best.source_id, best.position + 1]).fetchone()
    yield after[0] if after else ""
    yield from (t for (t,) in conn.execute("SELECT text FROM sentences WHERE source_id = ?", [best.source_id]))
    yield from (r.cand.text for r in ranked[1:5])
