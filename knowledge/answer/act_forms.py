"""The other words news reports an asked act in. The act check (checks._acts_kept) keeps only
sentences that write the act a question asks about ("what did X and Y agree", "who invited Y",
"who nominated X"), so that one of talks or of another act is no answer; but news often writes the
act as a phrase, not the reader's verb or its stem paraphrases (paraphrases.py, one word each):
an invitation as "asked Y to come to Z", congratulations as "extended warm greetings", a
nomination as "was put forward by", a signing as "will put their names to", an agreement as
"saw eye to eye on" or "backed", a request as "told it to prepare", a departure as "flew out".
Each family is a phrase of the same act, never a neighbouring one ("discussed", "proposed talks")."""

from __future__ import annotations

import re

from knowledge.answer.retrieve import stem

_ASKING = r"\btold (?:[\w'-]+ ){1,3}to [a-z]+|\bcalled (?:on|upon)\b|\bplease\b"
_PHRASES = {
    # "Lavrov asked Son to come to Russia", "asked the heads of the region to come to Vietnam"
    "invite": r"\b(?:asked|urged|welcomed|requested)\b[^.;:]{0,60}?\bto (?:come|visit|pay a visit|attend|join|take part)\b",
    # "extended warm greetings to the Party", "sent greetings to Lavrov", "his felicitations"
    "congratulate": r"\bgreetings\b|\bfelicitations?\b|\bcongratulatory\b",
    # "put its name on Saturday to a contract", "inked", "signatories", "put pen to paper on"
    "sign": r"\bput (?:its|their|his|her|our) names?\b[^.;:]{0,30}?\b(?:to|on)\b|\binked\b|\bsignator|\bsignature"
            r"|\bput pen to paper\b",
    # "saw eye to eye on", "backed signing a plan", "settled all the terms", "concluded a deal"
    "agree": r"\b(?:saw|see|sees|seeing) eye to eye\b|\bbacked\b|\bendorsed\b|\bsettled\b[^.;:]{0,20}?\bterms\b"
             r"|\bconcluded (?:a|an|the|two|several|\d+)\b[^.;:]{0,30}?\b(?:deals?|contracts?|agreements?|accords?)\b"
             r"|\bconsensus\b|\bunanimous",
    "ask": _ASKING, "request": _ASKING, "urge": _ASKING,
    # "Mishustin was put forward for the post by Putin"
    "nominate": r"\bput (?:\w+ )?forward\b|\bput up (?:as|for)\b",
    # "the delegation had flown out of Vietnam on August 20"
    "leave": r"\b(?:flew|flown|flying|set|sets|setting) (?:out|off)\b|\bheaded home\b",
    "left": r"\b(?:flew|flown|flying|set|sets|setting) (?:out|off)\b|\bheaded home\b",
    "depart": r"\b(?:flew|flown|flying|set|sets|setting) (?:out|off)\b",
    # "the minister valued the Russian side's presence"
    "thank": r"\bvalued\b|\bgratitude\b|\bgrateful\b|\bappreciat",
}
ACT_PHRASES = {stem(k): re.compile(v) for k, v in _PHRASES.items()}


def act_phrase(st: str) -> re.Pattern | None:
    """The phrases of the act whose verb has this stem, matched on a sentence's folded words."""
    return ACT_PHRASES.get(st)


def phrasal(tokens: list[str], term: str) -> bool:
    """Is the question's act word the first of a phrasal verb that is another act ("how many firms
    signed up": registered, no signing; "asked around")? Then the sentence need not write it."""
    return any(a == term and b in ("up", "around", "off") for a, b in zip(tokens, tokens[1:]))
