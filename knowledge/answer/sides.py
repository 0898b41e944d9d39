"""Which side a "who led / signed for the Vietnamese side" question asks: a sentence that names the
other country's side or delegation ("The Russian side was led by …") answers for the wrong one.

News on two-country meetings writes each side's head in its own sentence, so the ranking's best
sentence may well be the other side's: same words, same meeting. When it is, the first of the next
few candidates that writes the side asked goes first (prefer); and a best sentence that writes the
side asked beside a person the question does not name answers it (said), as "led by X" answers
"who led" (pipeline._agent_said).
"""

from __future__ import annotations

from knowledge import lazy_re
from knowledge.match.roles import COUNTRY_OF, DEMONYMS
from knowledge.names import fold

# the nouns a country's part in a meeting is written with
SIDE_NOUNS = {"side", "sides", "delegation", "delegations", "team", "group", "contingent"}
_WORD = lazy_re.compile(r"[\w-]+")
_VI_SIDE = {"phia", "doan"}  # folded: "phía", "(phái) đoàn"
_RU_SIDE = ("сторон", "делегац")
_RU_ADJ = {fold("российск"): "Russia", "вьетнамск": "Vietnam"}  # adjectives' stems, as fold writes them
_RU_OF = {fold("росси"): "Russia", "вьетнам": "Vietnam"}  # "со стороны Вьетнама": the country's genitive
REACH = 10  # how far down the side asked may come: written in other words, the ranker scores it low


def sides_written(text: str) -> set[str]:
    """The countries whose side the text writes: "the Russian side", "Vietnam's delegation",
    "Viet Nam's team" (a country's adjective, or its name with "'s", right before a side noun), and
    one acted for ("on behalf of Vietnam", "signed for Russia by …")."""
    words = _WORD.findall(fold(text).replace("'s ", " s ").replace("\u2019s ", " s "))
    out = set()
    for i, w in enumerate(words):
        if w not in SIDE_NOUNS or i == 0:
            continue
        if words[i - 1] in DEMONYMS:
            out.add(DEMONYMS[words[i - 1]])
        elif words[i - 1] == "s":
            for n in (2, 1):  # "viet nam s", "russia s"
                name = " ".join(words[max(0, i - 1 - n):i - 1])
                if name in COUNTRY_OF:
                    out.add(COUNTRY_OF[name])
                    break
    return out | _vi_ru_sides(words) | _on_behalf(words)


def _on_behalf(words: list[str]) -> set[str]:
    """A country a person acts for: "on behalf of Vietnam", "signed for Russia by X" (the side is its own)."""
    out = set()
    for i, w in enumerate(words):
        if w == "of" and words[i - 1:i] == ["behalf"] or w == "for" and words[i - 1:i] == ["signed"]:
            for n in (2, 1):
                name = " ".join(words[i + 1:i + 1 + n])
                if name in COUNTRY_OF and (w == "of" or words[i + 1 + n:i + 2 + n] == ["by"]):
                    out.add(COUNTRY_OF[name])
                    break
    return out


def _vi_ru_sides(words: list[str]) -> set[str]:
    """A side as a Vietnamese or Russian question writes it: "phía Việt Nam", "(phái) đoàn Nga"
    (the noun before the country), "российская делегация", "вьетнамской стороны" (an adjective's stem)."""
    out = set()
    for i, w in enumerate(words[:-1]):
        if w in _VI_SIDE:
            for n in (2, 1):
                name = " ".join(words[i + 1:i + 1 + n])
                if name in COUNTRY_OF:
                    out.add(COUNTRY_OF[name])
                    break
        elif words[i + 1].startswith(_RU_SIDE):
            out |= {country for stem, country in _RU_ADJ.items() if w.startswith(stem)}
        elif w.startswith(_RU_SIDE):
            out |= {country for stem, country in _RU_OF.items() if words[i + 1].startswith(stem)}
    return out


def prefer(ranked: list, raw_question: str) -> list:
    """The ranking with the first of the next few sentences that writes the side asked put first, when
    the question asks one country's side and the best sentence writes only another's. It may score
    well behind: the side's head is often written in other words ("headed the Vietnamese delegation"
    for "led the Vietnamese side"), and the best sentence answers for the wrong side."""
    asked = sides_written(raw_question)
    if len(asked) != 1 or not ranked:
        return ranked
    best = sides_written(ranked[0].cand.text)
    if not best or best & asked:
        return ranked
    for k, r in enumerate(ranked[1:REACH], start=1):
        if sides_written(r.cand.text) & asked:
            r.score = max(r.score, ranked[0].score)  # first, it weighs as the first
            return [r, *ranked[:k], *ranked[k + 1:]]
    return ranked


def said(choice, raw_question: str, kinds: dict[int, str]) -> bool:
    """The best sentence writes the one side asked and names a person the question does not, in the
    article of every entity asked by name: it says who was that side's part ("Deputy Minister X
    headed the Vietnamese delegation")."""
    asked = sides_written(raw_question)
    best = choice.ranked[0] if choice.ranked else None
    if len(asked) != 1 or best is None or not sides_written(best.cand.text) & asked:
        return False
    named = set().union(*(s for s, hard in zip(choice.plan.slots, choice.plan.hard) if hard))
    return any(kinds.get(a) == "person" and a not in named for a in best.cand.ties) and all(
        got >= 0.35 for got, hard in zip(best.slots, choice.plan.hard) if hard)
