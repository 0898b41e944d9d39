"""The kinds of answer a sentence can carry, as news writes them: a date for "when", a figure for
"how many", a span for "how long", a reason, a format, a document … The ranker gives a sentence
that writes the asked kind a bonus, and compose takes the answering clause by them; the patterns
were widened on the development questions, each for a way news writes the kind."""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge import lazy_re
from knowledge.answer.reasons import NOT_DUE
from knowledge.question.acceptance import ACCEPTANCE

_ORDINAL_WORDS = r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
_WEEKDAY = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_MONTH = r"january|february|march|april|may|june|july|august|september|october|november|december"
# every cardinal word news writes out: "Thirteen people were honoured", "a history of more than seventy years"
NUM_WORDS = (r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
              r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
              r"hundred|thousand|million|billion|trillion|dozen|dozens|hundreds|thousands|percent|half|double|twice|thrice")
_DATE = (rf"\b({_WEEKDAY}|{_MONTH}|(19|20)\d\d|same day|today|yesterday|earlier this|"
         rf"(this|last) (week|month|year|spring|summer|autumn|fall|winter)|"
         rf"(first|second|third|fourth|last) quarter|within the year|"
         # a day, week or season told from another ("the previous week", "the day before", "in the
         # autumn"), a decade ("the mid-1990s"), a year of another century in a date's place ("in
         # 1696", "(1799-1837)"). Not "next week" / "the coming month" (_COMING): a plan is no date of what
         # happened ("When did the exhibition open in Hanoi?" is not "will travel on to Hanoi next week")
         rf"(previous|following|past) (week|month|year|spring|summer|autumn|fall|winter|day)|"
         rf"the (day|week|month|year) (before|after)|the next (day|morning|evening)|"
         rf"(in|until|till|this|last|early|late|mid-?) (the )?(spring|summer|autumn|fall|winter)|"
         rf"(1[5-9]|20)\d0s|(in|since|until|till|from|circa) 1[6-9]\d\d|"
         rf"1[5-9]\d\d ?[-–] ?1[5-9]\d\d|"
         # a time of day: "at 8:45", "a 7pm screening", "10.30pm", "at about 11 am", "midday",
         # "from late evening into the early morning"
         rf"\d{{1,2}}:\d\d|\d{{1,2}}(\.\d\d)? ?[ap]\.?m\b\.?|midday|noon|midnight|dawn|dusk"
         rf"|(early|late|this|that|in the|on the|one) (morning|afternoon|evening|night)|overnight)(?!\w)")
# a time still to come, as a plan is dated: "next week", "early next year", "in the coming days", "later this
# month", "by the end of the year", "tomorrow". A date only for a question about the future ("when will …",
# "when is X due to …": tense_checks.asks_coming); a past question's answer is never a plan
_COMING = (rf"\b((early |late |mid-?)?next (week|month|year|spring|summer|autumn|fall|winter|season|academic year"
           rf"|school year|decade|quarter|({_WEEKDAY})|({_MONTH}))|(in )?the (coming|upcoming|next few|next two) (days|weeks|months"
           rf"|years|week|month|year|season)|later (this|in the|next) (week|month|year|season|spring|summer|autumn|fall"
           rf"|winter)|by the end of (the|this|next) (week|month|year|decade|quarter)|tomorrow|the day after tomorrow"
           rf"|(with)?in (the next )?(\d+|{NUM_WORDS}|a few|several) (days|weeks|months|years))(?!\w)")
ANSWER_RX = {
    "date": lazy_re.compile(_DATE, re.I),
    "coming_date": lazy_re.compile(rf"{_DATE}|{_COMING}", re.I),
    # a count, or a growth told as a multiple ("quadrupled", "a threefold rise")
    "number": lazy_re.compile(rf"\d|\b({NUM_WORDS}|doubled|tripled|trebled|quadrupled|halved|\w+fold)\b", re.I),
    # "how long" asks a span of time or, of a thing, its length ("73.8 metres long")
    "duration": lazy_re.compile(rf"\b((\d+|{NUM_WORDS})[- ](day|days|night|nights|week|weeks|month|months|year|years|hour"
                           rf"|hours|minute|minutes|decades?)|(many|several|extra) (days?|weeks|months|years|decades)"
                           rf"|every (year|month|week)|[\d.,]+[- ]?(metres|meters|kilometres|kilometers|km|miles"
                           rf"|feet)( long)?|from ({_WEEKDAY}|{_MONTH}).* to |until|till|through|for (the )?(past|last|next)"
                           # a span without a figure ("for a week", "over a year", "one extra day", "a week-long
                           # festival", "a fortnight") or between two days of a month ("on September 28 and 29")
                           rf"|(for|over|within|about|nearly|almost|than) (a|an|one|half an?) (day|night|week|month|year"
                           rf"|decade|hour)|(a|an|one) (extra|more|further|full|whole) (day|night|week|month|year)"
                           rf"|(day|week|month|year)-long|fortnight|the (whole|entire|full) (day|night|week|month|year)|all day"
                           rf"|({_MONTH}) \d{{1,2}} ?(and|-|–|to) ?\d{{1,2}}"
                           rf"|\d{{1,2}} ?(and|-|–|to) ?\d{{1,2}} ({_MONTH})"
                           # "half a century", "two centuries", "roughly a year of talks",
                           # "more than 600 pages" (a book's length)
                           rf"|(half an?|(\d+|{NUM_WORDS}|a|one)( and a half)?) (centur(y|ies)|decades?)"
                           rf"|(roughly|around|approximately|some|more than|less than|just over|under|after|in|past) (a|an|one|half an?) "
                           rf"(day|night|week|month|year|decade|hour|century)"
                           rf"|\d+ pages)\b",
                           re.I),
    "reason": lazy_re.compile(r"\b(because|due to" + NOT_DUE + r"|owing to|as part of|in order to|so as to|aimed at|aims to|aim of|"
                         r"to (discuss|review|promote|boost|attend|mark|celebrate|strengthen|prepare|seek|sign)|"
                         r"on the occasion of|reason|since|as the|amid|after|following|postponed|delayed|"
                         r"cancell?ed|for the purpose|"
                         # as news also gives a reason: a purpose ("so that", "meant to", "came to inform"), a
                         # thanks or a sympathy and what for ("thanked Russia for sending", "sympathy over the
                         # losses"), a ground ("thanks to", "given", "in light of") or an end ("would help")
                         r"so that|so as|(meant|intended|designed|created|set up|established|came|come|travell?ed|went)"
                         r" to|thank(s|ed)? .{0,80}? for|(sympathy|condolences?) .{0,80}?\bover|thanks to|given|"
                         r"in light of|in view of|would (help|make|give|strengthen|allow|let|boost|bring|deepen)|"
                         r"purpose|allow(s|ed)? (them|the two|both)|to prevent|on being)\b", re.I),
    # "how often": once a year, twice a week, every two years, annually, regularly
    "frequency": lazy_re.compile(r"\b((once|twice|\w+ times) (a|per|every|each)|every (\w+ )?(day|week|month|year|decade)s?|"
                            r"annual(ly)?|yearly|monthly|weekly|daily|biennial|regular(ly)?|each year|(a|per) (week|month|year))\b",
                            re.I),
    # "which session", "what number", "thứ mấy": a place in an order (ordinal_asked.py), or the first place
    # (an anniversary's ordinal counts years, no place in an order)
    "ordinal": lazy_re.compile(rf"\b(\d+(st|nd|rd|th)|{_ORDINAL_WORDS}|eleventh|twelfth|\w+teenth|\w+tieth"
                          r"|biggest|largest)\b(?![ -]anniversary)", re.I),
    # "how did X react / respond to the idea": what X did with it
    "reaction": lazy_re.compile(r"\b(welcom\w*|back(ed|s)|support(ed|s)?|agree[ds]?|prais\w*|accept\w*|reject\w*|thank\w*|"
                           r"respond\w*|repl(ied|y)|answer\w*|hail\w*|spoke highly|applaud\w*|endors\w*|approv\w*|"
                           r"declin\w*|refus\w*|voiced|expressed|pleased|delighted|glad)\b", re.I),
    "invitation": lazy_re.compile(r"\binvit(ation|ed|e)\b", re.I),
    "acceptance": ACCEPTANCE,  # "did X accept the invitation": "X accepted", "gladly agreed" (question/acceptance.py)
    # an anniversary as news also writes it: "seven decades since", "20 years since", "two decades of", a
    # hundred years as "the centenary", a round one as "the jubilee", a pact's as "marked its second year in force"
    "anniversary": lazy_re.compile(rf"\banniversar(y|ies)\b|\b(\d+|{NUM_WORDS}|several|many) (years|decades) (since|of|ago|after)\b"
                              rf"|\b(bi)?centenar(y|ies)\b|\b(bi)?centennial\b|\bjubilee\b"
                              rf"|\b({_ORDINAL_WORDS}|\d+(st|nd|rd|th)) year (in force|in operation|since)\b"
                              # a national holiday or a birthday counted: "Việt Nam's 80th National Day"
                              rf"|\b\d+(st|nd|rd|th) (national|independence|victory|reunification|liberation) day\b"
                              rf"|\b\d+(st|nd|rd|th) birthday\b", re.I),
    "format": lazy_re.compile(r"\b(video|videoconference|online|virtual|phone|telephone|teleconference|in person|in-person|"
                         r"face-to-face|working lunch|working breakfast|plenary|restricted|expanded|tete-a-tete|working session|"
                         r"round[- ]?table|courtesy call|joint statement|letter of (welcome|congratulations)|"
                         r"tête-à-tête|format|closed-door|one-on-one|bilateral meeting|on the sidelines|via"
                         # a session's format may be who chaired it ("X and Y jointly chaired an exchange")
                         r"|(jointly |co-?)chair(ed|s)?"
                         # condolences or greetings sent in writing: "sent a cable", "a telegram", "sent a letter"
                         r"|cable|telegram|sent (a|an) (letter|message)"
                         # a meeting held partly online, remarks made to the press, words put in writing, a
                         # fair entered together: "a hybrid seminar", "in an interview with", "told a press
                         # briefing", "in a letter dated …", "under a national pavilion"
                         r"|hybrid|webinar|interview|press (conference|briefing)|briefing|in (a|an|his|her|their) "
                         r"(letter|message)|pavilion)\b", re.I),
    # what someone called a country or a tie: "a reliable friend", "described Vietnam as …", "its top priority"
    "character": lazy_re.compile(r"\b(as (a|an|the|its|one of|their|our)|call(ed|s|ing)?|described|consider(s|ed)?|"
                            r"regard(s|ed)?|views?|viewed|sees?|friends?|partners?|priorit(y|ies)|ally|allies)\b", re.I),
    # how two people are related, as news writes it: "X and his Russian counterpart Y", "the host"
    "relation": lazy_re.compile(r"\b(counterparts?|hosts?|hosted|guests?|colleagues?|successor|predecessor|deputy|"
                           r"co-?chairs?|co-?chaired|wife|husband|son|daughter|brother|father|chaired by|led by)\b", re.I),
    # a name asked ("what was the forum called", "what is the name of the centre"): a title in quotation marks,
    # or a name after a verb or noun of naming ("titled …", "known as Leningrad", "given the name X")
    "name": lazy_re.compile(r"[\"“«][A-ZА-ЯĐ0-9][^\"”»]{2,}[\"”»]|\b(?:called|named|titled|entitled|dubbed|known as"
                       r"|the name|under the name|the title|the slogan|the theme|the motto)\s+(?:of\s+)?[\"“«]?"
                       r"(?:the\s+)?[A-ZА-ЯĐ0-9]"),
    "document": lazy_re.compile(r"\b(signed|sign|signing|memorand\w*|mou|agreements?|declaration|treaty|protocol|"
                           r"documents?|contracts?|plan|programme|program|roadmap|accord|statement|issued|adopted)\b",
                           re.I),
}


# the last day of a span of days ("November 24 and 25", "17 to 21 September"): part of the date, no count
_DAYS_TO = r"\s*(?:and|to|-|–)\s*\d{1,2}(?![,.]\d)"
# what a figure is not: a year, an ordinal ("the 7th forum"), the day of a date ("on November 22"), "the two
# countries" and "one of" (news writes them of every meeting)
NOT_FIGURE = lazy_re.compile(rf"\b(19|20)\d\d(s|[-–](19|20)?\d\d)?\b|\b({_MONTH}) \d{{1,2}}({_DAYS_TO})?\b|\b\d{{1,2}}({_DAYS_TO})? ({_MONTH})\b"
                         r"|\btwo (countries|sides|nations|peoples|states|governments|parties|leaders|ministers|"
                         r"ministries|delegations|cities|capitals|provinces|localities|heads|legislatures|parliaments)\b"
                         r"|\bone of\b|\bone another\b|\b[a-z]+-\d+\b"  # and a name's number: COVID-19, Su-30
                         # "two-way trade", "the two economies", "both": the sides news refers back to, no count
                         r"|\b(two|three)-(way|sided)\b|\bthe (two|three) (economies|peoples|nations|foreign ministers)\b",
                         re.I)
_ORDINAL = lazy_re.compile(r"\b\d+(st|nd|rd|th)\b", re.I)


@lru_cache(maxsize=1 << 14)
def has_figure(text: str, ordinals: bool = False) -> bool:
    """Does the sentence write a count or an amount, not only years, dates and (unless an
    anniversary's number is asked) ordinals?"""
    text = NOT_FIGURE.sub(" ", text)
    return ANSWER_RX["number"].search(text if ordinals else _ORDINAL.sub(" ", text)) is not None
