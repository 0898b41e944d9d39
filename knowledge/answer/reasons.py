"""How news writes a reason outright, for "why" and "what was the purpose" questions.

answer_types.ANSWER_RX["reason"] is broad on purpose: "after", "since", "to discuss", "would help" may all
give a reason, so most sentences near the question's event carry one of them, the sentence that
only restates the event ("They swapped ideas on rice exports") as well as the one that explains it.
Some wordings say nothing but the reason: "because", "thanks to", "so that", "is meant to", "came to
see", "to mark", "in recognition of", and a ground written beside the act ("citing", "explained it by",
"the order recognised their contributions", "under pressure from", "part of a wider effort", "wanted to
learn"). A sentence that writes one of these is
a little likelier to answer a "why" than one that carries only the broad cues (measured on the
development sets). "Due to" before a verb is a schedule ("is due to leave"), no reason. Being somewhere
to do something or for an occasion ("arrived in Hanoi to sign", "was in Moscow for the congress") is a
purpose too, and the ranker counts such a sentence as writing the reason asked (rank.py). When the best
sentence writes no reason outright, reason_sentence finds a close one of its article that does, quoted
beside it (yesno_subject.py) rather than put first: moving it first changed what the decision weighs and
declined answers the best sentence gave (eval150..214: +3/-6 put first, +5/-0 quoted beside).
"""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge import lazy_re
from knowledge.answer.promote import close_in_article

# "due to" before a verb is a schedule ("the ship is due to leave on Friday")
NOT_DUE = (r"(?! (be|take|visit|leave|arrive|hold|open|start|begin|sign|meet|attend|return|run|end|finish|come|travel"
           r"|make|launch|resume|enter|go|host)\b)")
# verbs of coming and going, and what one comes to do, as news writes a visit's purpose
_CAME = r"(came|come|comes|coming|travell?ed|flew|went)"
_TO_DO = (r"(attend|see|visit|mark|celebrate|discuss|sign|seek|inform|learn|study|take part|join|explore|look|find"
          r"|promote|boost|strengthen|review|meet|deliver|present|open|launch|pay|lay|honou?r|receive|report)")
# being or coming somewhere to do something: "arrived in Hanoi on Friday to sign", "were in Vietnam to attend"
# or for an occasion ("was in Moscow for the party congress")
_THERE_TO = (r"(arrived|arrives|went|goes|is|are|was|were|" + _CAME[1:-1] + r") (in|to) ([\w'.-]+ ){1,4}"
             r"((on|this|last|next) \w+ )?(to (" + _TO_DO[1:-1] + r"|exchange|hold|talk|help|inform|work)"
             r"|for (the|a|an|its|his|her|their) )")
# a ground as news writes it beside an act: "shut the market, citing violations", "explained the delay by
# the weather", "the order recognised their contributions", "under pressure from", "is part of a wider
# effort", "acting out of its determination", "came down to money", "he wanted to learn"
_GROUNDS = (r"citing|explain(ed|s|ing) (that|([\w'’-]+ ){1,4}by)|under pressure (from|of)"
            r"|(recogni[sz]|acknowledg|honou?r)(ed|es|e|s|ing)? ([\w'’-]+ ){0,4}"
            r"(contributions?|efforts?|part|role|work|services?|achievements?|dedication)"
            r"|(is|are|was|were|forms?|formed|forming) (a |an )?part of ([\w'’-]+ ){0,4}"
            r"(efforts?|campaign|drive|bid|push|strategy|initiative)"
            r"|out of (its|his|her|their|a|an) (\w+ ){0,2}(determination|concern|respect|gratitude|desire|need)"
            r"|(came|comes|come) down to|in (his|her|their|its) search for|in search of"
            r"|(he|she|they|it|we) (wanted|wants) to|in response to|in protest (at|against)"
            r"|prompted by|triggered by|stemm(ed|s|ing) from|(caused|driven) by|(is|are|was|were) tasked with"
            # a call paid to do something: "called on the President on Wednesday to bid him farewell"
            r"|(called on|paid (a |an )?(\w+ )?(call|visit) (on|to)) ([\w'.-]+ ){1,6}((on|this|last|next) \w+ )?to \w+")
OUTRIGHT = lazy_re.compile(
    r"\b(because|owing to|due to" + NOT_DUE + r"|in order (not )?to|so as (not )?to|so that"
    r"|(meant|intended|designed) to|purposes?|the (main )?aim (is|was)|aims? to|aimed at|thanks to"
    r"|the reason|reasons? (for|why|behind)|amid|in a bid to|with a view to|in recognition of|in honou?r of|to mark"
    r"|named after|at a time when|grew out of|attribut(ed|es|ing) (\w+ ){1,6}to|as a result of"
    r"|for (the|its|his|her|their) (\w+ ){0,2}(anniversary|centenary|jubilee)"
    r"|" + _THERE_TO +
    r"|on the occasion of|" + _CAME + r" (here |there )?to " + _TO_DO +
    r"|for (his|her|their|its) (\w+ ){0,3}(contributions?|efforts?|role|work|support|help|assistance)"
    r"|" + _GROUNDS + r")\b", re.I)


@lru_cache(maxsize=1 << 14)
def gives_reason(text: str) -> bool:
    """Does the sentence write a reason in words that only a reason takes?"""
    return OUTRIGHT.search(text) is not None


def asks_reason(plan) -> bool:
    """Is a reason the answer asked: "why", "on what occasion", "what was the purpose of"?"""
    return "reason" in (getattr(plan, "answer_type", None), getattr(plan, "implied", None))


# a sentence that gives its reason by pointing back: "This is why …", "For that reason …", "… because of this"
_BACK = lazy_re.compile(r"\b((this|that) (is|was) (why|the reason)|which is why|for (this|that|these|those) reasons?"
                   r"|because of (this|that)|(this|that) (is|was) because)\b", re.I)


def reason_before(text: str) -> bool:
    """Does the sentence say its reason lies in the sentence before ("They said this is why firms
    need better access")? That sentence is then quoted with it, whoever it names."""
    return _BACK.search(text) is not None


REACH = 8  # how far down the ranking the reason's sentence may stand
MARGIN = 3.0  # how much lower the ranker may score it


def reason_sentence(ranked: list, plan):
    """For a "why" question whose best sentence writes no reason outright, the first of the next few
    candidates of its article, scored within MARGIN, that writes one; else None."""
    if len(ranked) < 2 or not asks_reason(plan) or gives_reason(ranked[0].cand.text):
        return None
    return close_in_article(ranked, lambda r: gives_reason(r.cand.text), REACH, MARGIN)
