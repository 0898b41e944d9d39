"""A "who <act>" question answered by the sentence that names the act's doer.

"Who led the delegation?", "Who conducted the orchestra?", "Who curated the exhibition?", "Ai dẫn
đầu đoàn?" ask for the one who did a role's act. The article's lead usually restates the event in the
question's own words ("X received a Russian delegation …", "the orchestra played …") and outranks
the sentence that names the doer ("… were led by Dmitry Mironov", "under conductor Nikolay
Alexeev", "Curator Olga Zotova said …"), which shares fewer of the question's words. This stage puts
such a sentence first when the best one writes no doer of the act: the act tied to a name, by the
passive ("led by Name"), the doer's title before the name ("conductor Name"), or the name doing it
("Name, who heads …", "Name, <apposition>, led …"), but not a head of another body than the one asked
("Likhachev, who heads Rosatom" for "who led the delegation", title_body.py). The act alone is not
enough (the lead may say "the delegation led by …" of another side): the doer must be a name the
question does not already give. A "who is / was the
<title>" question is read the same way, its holder named beside the title (title_asked.title_named);
"which <title>" is not, since there the lead's holder is as often the one asked (on eval150..214 it
gained two and lost five, declines of a sentence quoted rightly before).
"""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge.answer import holders
from knowledge.answer.rank import Ranked
from knowledge.answer.title_body import headed_elsewhere, other_body
from knowledge.answer.title_asked import TitleAsked, asked_holder, title_named
from knowledge.names import fold

REACH = 5  # how far down the ranking the doer's sentence may come from
MARGIN = 4.5  # how much lower the ranker may score it: the tie of act and name is a precise cue

# the asked act (as the question writes it, or its English gloss) -> the act's written forms and its doer's titles
_ACTS: dict[str, tuple[str, str]] = {
    "led": (r"led|leads|headed|heads", r"leader|head"),
    "lead": (r"led|leads|headed|heads", r"leader|head"),
    "headed": (r"led|leads|headed|heads", r"head"),
    "chaired": (r"chaired|chairs|presided over", r"chairman|chairwoman|chairperson|chair"),
    "hosted": (r"hosted|hosts", r"host"),
    "organised": (r"organi[sz]ed|arranged|staged|hosted", r"organi[sz]er"),
    "organized": (r"organi[sz]ed|arranged|staged|hosted", r"organi[sz]er"),
    "represented": (r"represented|representing", r"representative"),
    "accompanied": (r"accompanied", r"companion"),
    "conducted": (r"conducted", r"conductor"),
    "commanded": (r"commanded|commands", r"commander|captain"),
    "commands": (r"commanded|commands", r"commander|captain"),
    "curated": (r"curated", r"curator"),
    "edited": (r"edited", r"editor"),
    "translated": (r"translated", r"translator"),
    "directed": (r"directed", r"director"),
    "sponsored": (r"sponsored", r"sponsor"),
    "moderated": (r"moderated", r"moderator"),
    "composed": (r"composed", r"composer"),
    "paid": (r"paid for|funded|financed|sponsored", r"sponsor|funder"),
    "funded": (r"paid for|funded|financed|sponsored", r"sponsor|funder"),
    "welcomed": (r"welcomed|greeted|received|met", r"host"),
    "greeted": (r"welcomed|greeted|received|met", r"host"),
}
_UP = "A-ZÀ-ÖØ-ÞĐ"  # a capital, Vietnamese ones too ("Đặng")
_NAME = rf"((?:[{_UP}][\w'’.-]+|[{_UP}]\.)(?: (?:[{_UP}][\w'’.-]+|[{_UP}]\.))*)"


@lru_cache(maxsize=64)
def _pattern(act: str) -> re.Pattern:
    forms, titles = _ACTS[act]
    forms, titles = rf"(?:co-)?(?:{forms})", rf"(?i:(?:co-)?(?:{titles}))"  # "co-chaired by", "co-host"
    parts = [rf"\b{forms} (?:jointly |together |personally )?by (?:the )?{_NAME}",  # "were led by Dmitry Mironov"
             rf"\b{titles}s? {_NAME}",  # "conductor Nikolay Alexeev", "Curator Olga Zotova"
             rf"{_NAME},? (?:who (?:has |had )?)?{forms}\b",  # "Diveikin, who heads …", "Mironov led …"
             # "Zinchenko, the department's deputy director, headed …" (not "headed by / to …")
             rf"{_NAME}, [^,()]{{3,60}}, {forms}\b(?! (?:by|to|for|towards?|back|home|off|out)\b)",
             rf"{_NAME} (?:was|were|is|are) (?:the |a |an )?(?:[a-z]+ )?{titles}\b",  # "X was the sole sponsor"
             rf"\b{titles}s? (?:was|were|is|are) (?:the )?{_NAME}"]  # "The organiser was the X Union"
    if act in ("commanded", "commands"):
        parts.append(rf"\bunder the command of (?:the )?{_NAME}")  # "under the command of Captain X"
    if act == "represented":
        parts.append(rf"\b(?:representing|on behalf of|speaking for) (?:the )?{_NAME}")
    return re.compile("|".join(parts))


_NO_NAME = {"he", "she", "they", "it", "the", "this", "that", "these", "those", "his", "her", "their", "its", "who", "a",
            "an", "we", "i"}


def asked_act(tokens: list[str]) -> str | None:
    """The role act a "who" question asks the doer of ("who led", "by whom was it hosted"), or None."""
    if not any(t in ("who", "whom") for t in tokens):
        return None
    return next((t for t in tokens if t in _ACTS), None)


def names_doer(text: str, act: str, asked: set[str]) -> bool:
    """Does the sentence write the act tied to a name the question does not give?"""
    for m in _pattern(act).finditer(text):
        name = next((g for g in m.groups() if g), "")
        if re.search(r"['’]s$", name):
            continue  # "Director X's <film>": the act tied to a work the question need not ask
        words = {fold(w).lower() for w in re.findall(r"\w+", name)}
        if " who " in m.group(0) and other_body(text, (name,), sorted(asked)) or headed_elsewhere(
                text, m.start(), name, sorted(asked)):
            continue  # "Likhachev, who (also) heads Rosatom" for "who led the delegation": another body's head
        if words and not words <= asked | _NO_NAME:
            return True
    return False


def prefer(ranked: list[Ranked], tokens: list[str]) -> list[Ranked]:
    """The ranking with the first close sentence naming the asked act's doer (or the asked title's holder,
    title_asked.py) put first, when the best one names none."""
    act = asked_act(tokens)
    # "who is / was the <title>" (not "which <title>": there the lead's holder is as often the one asked)
    title = asked_holder(tokens) if tokens[:1] == ["who"] else TitleAsked("")
    if act is None and not title.noun or len(ranked) < 2:
        return ranked
    asked = {fold(t).lower() for t in tokens}

    def named(r: Ranked) -> bool:
        return (act is not None and names_doer(r.cand.text, act, asked)
                or bool(title.noun) and title_named(r.cand.text, title))
    best = ranked[0]
    if named(best):
        return ranked
    for k, r in enumerate(ranked[1:REACH], start=1):
        if r.score >= best.score - MARGIN and named(r):
            r.score = max(r.score, best.score)  # first, it weighs as the first (as holders.py's stage does)
            return [r, *ranked[:k], *ranked[k + 1:]]
    return ranked


def said(plan, best: Ranked | None, tokens: list[str]) -> bool:
    """Does the best sentence answer the question outright: the holder of the title asked
    (holders.holder_said), or a name tied to the asked act ("the orchestra was led by conductor X"
    for "who conducted the orchestra"), in the article of every entity asked by name? prefer() puts
    such a sentence first over the lead that shares more of the question's words, so the decision's
    weight on those words should not decline it."""
    if best is None:
        return False
    if holders.holder_said(plan, best, tokens):
        return True
    act = asked_act(list(tokens))
    if act is None or not any(a in ("who", "whom") and b == act for a, b in zip(tokens, tokens[1:])):
        return False  # the act must be what "who" does ("who was appointed to lead X" asks an appointment)
    got = [g for g, hard in zip(best.slots, plan.hard) if hard]
    return min(got or [1.0]) >= 0.35 and names_doer(best.cand.text, act, {fold(t).lower() for t in tokens})
