"""English irregular verbs: a question's "when did the talks begin" and an article's "the talks
began" are one verb, which no suffix rule (nor FTS5's Porter stemmer) joins. A question's form finds
the others as a usual paraphrase does (rank._matcher), and is searched with them.

Left out are forms that are as often another word in news: found (to find, or to found a body),
left (to leave, or the side), saw, lay, bound, wound, ground, bore, tore, spring, shot (a vaccine
dose), lit, fed, and the forms of say, tell, take, make, get, go, do, have and be (question words,
or in nearly every sentence).
"""

from __future__ import annotations

import re

# base: its past and past participle forms (space-separated; a form equal to the base is not repeated)
_TABLE = """
arise arose arisen | die died | awake awoke awoken | beat beaten | become became | begin began begun | bend bent |
bleed bled | blow blew blown | break broke broken | breed bred | bring brought | build built |
burn burnt | buy bought | catch caught | choose chose chosen | cling clung | creep crept | deal dealt |
dig dug | draw drew drawn | dream dreamt | drink drank drunk | drive drove driven | eat ate eaten |
fall fell fallen | feel felt | fight fought | flee fled | fly flew flown | forbid forbade forbidden |
foresee foresaw foreseen | forget forgot forgotten | forgive forgave forgiven | freeze froze frozen |
give gave given | grow grew grown | hang hung | hear heard | hide hid hidden | hold held |
keep kept | know knew known | lead led | lean leant | leap leapt | learn learnt | lend lent |
lose lost | mean meant | meet met | mislead misled | overcome overcame | overtake overtook overtaken |
oversee oversaw overseen | pay paid | prove proven | ride rode ridden | ring rang rung |
rise rose risen | run ran | seek sought | sell sold | send sent | shake shook shaken | shine shone |
show shown | shrink shrank shrunk | sing sang sung | sink sank sunk | sit sat | sleep slept |
slide slid | speak spoke spoken | speed sped | spend spent | spin spun | stand stood |
steal stole stolen | stick stuck | strike struck stricken | strive strove striven | swear swore sworn |
sweep swept | swim swam swum | swing swung | teach taught | think thought | throw threw thrown |
undergo underwent undergone | understand understood | undertake undertook undertaken | wake woke woken |
wear wore worn | weave wove woven | win won | withdraw withdrew withdrawn | write wrote written |
uphold upheld | withhold withheld | outgrow outgrew outgrown | rebuild rebuilt | resell resold |
befall befell befallen | foretell foretold | forgo forwent forgone | partake partook partaken
"""

BASE_OF: dict[str, str] = {}
FORMS_OF: dict[str, tuple[str, ...]] = {}
for _row in _TABLE.split("|"):
    _words = _row.split()
    if len(_words) < 2:
        continue
    FORMS_OF[_words[0]] = tuple(_words)
    for _w in _words[1:]:
        BASE_OF[_w] = _words[0]
for _base, _forms in list(FORMS_OF.items()):
    for _w in _forms[1:]:
        FORMS_OF[_w] = _forms


def base_form(word: str) -> str:
    """The verb's base for an irregular past or participle ('began' -> 'begin'), else the word."""
    return BASE_OF.get(word, word)


def other_forms(word: str) -> tuple[str, ...]:
    """The other written forms of an irregular verb ('begin' -> 'began', 'begun'); () for others."""
    return tuple(f for f in FORMS_OF.get(word, ()) if f != word)


# verbs of handing and sending, whose other forms let a quote bear out "what gift did X give Y"
# (support.unsupported): the rest of the table is left out of that check, where it cost declines
_HANDING = ("give", "send", "bring")


def forms_written(words: list[str], text: str) -> bool:
    """Does the text write another form of a verb of handing ("gave" for "give") as a whole word —
    never as a word's beginning: "sent" is no "sentence"."""
    from knowledge.answer.retrieve import stem
    from knowledge.names import fold

    stems = {stem(w) for w in re.findall(r"[a-z0-9]+", fold(text))}
    for w in words:
        forms = next((FORMS_OF[b] for b in _HANDING if stem(w) in {stem(f) for f in FORMS_OF[b]}), ())
        if any(stem(f) != stem(w) and stem(f) in stems for f in forms):
            return True
    return False


_LEFT_OUT_PASTS = {"took", "taken", "made", "got", "went", "gone", "did", "done", "had", "said", "told", "saw", "seen",
                   "found", "shot", "fed", "lit"}


def irregular_past(word: str) -> bool:
    """Is the word an irregular verb's past or participle ('gave', 'held', 'took'), the table's or one it leaves out?"""
    return word in BASE_OF or word in _LEFT_OUT_PASTS
