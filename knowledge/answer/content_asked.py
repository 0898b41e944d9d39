"""Questions that ask for the content of an exchange — what someone said, what two sides discussed —
and replies whose quotes write none.

"What did X and Y discuss?" is not answered by "X received Y" (a meeting with no word of its topics), nor
"What did X say at the congress?" by a passage in which X only attended ("X was also present"): the reply
names the right people and occasion, but not the thing asked. Nor is "What order did X confer on Y?" by
"X received Y" (a guest received, nothing given). The checks read only the quotes the reply would give
(and its head line, for a gift), so they decline only when none of them writes any word of talk, speech
or a thing handed over.
"""

from __future__ import annotations

import re

from knowledge import lazy_re
from knowledge.answer.asked_detail import REASON_ASKED
from knowledge.answer.detail_conflict import gift_unwritten
from knowledge.facts import Answer

# "what did X and Y discuss", "what did X talk about", "what will the talks cover / focus on"
_DISCUSS_ASKED = lazy_re.compile(r"^\s*(?:what|which)\b.*\b(?:discuss(?:ed|es)?|talk(?:ed|s)? about|talks? (?:cover|focus)"
                            r"|focus(?:ed)? on)\b")
# what news writes of the content of an exchange: the talk itself, a topic noun, or a stance taken in it
_DISCUSSION = lazy_re.compile(r"\b(?:discuss\w*|talk\w*|views?|focus\w*|cent(?:er|re)[ds]?|agree\w*|review\w*|stock"
                         r"|cooperat\w*|ties|relations|partnership|spoke|touch\w*|address\w*|said|told|raised|outlined"
                         r"|exchang\w*|consult\w*|agenda|topics?|issues?|matters?|questions?|propos\w*|plans?"
                         r"|looked at|examined|considered|covered|went over)\b", re.I)

# "what did X say / tell Y / write" (not "what did X say Y showed": that one is read the same way)
_SAY_ASKED = lazy_re.compile(r"^\s*what did .+\b(?:say|tell|write)\b")
# speech written in a passage: a verb of saying or of a stance voiced, a quote, or "according to"
_SPEECH = lazy_re.compile(r"[\"“”«»]|\b(?:sa(?:y|ys|id|ying)|t(?:ell|ells|old)|wr(?:ote|itten|ites)|spoke|speak\w*|speech"
                     r"|stress\w*|not(?:ed|es|ing)|add(?:ed|s|ing)|affirm\w*|reaffirm\w*|express\w*|emphasi[sz]\w*"
                     r"|underlin\w*|highlight\w*|voic\w*|urg\w*|call(?:ed|s|ing)|ask\w*|propos\w*|suggest\w*|assur\w*"
                     r"|pledg\w*|promis\w*|vow\w*|hop(?:ed|es|ing)|believ\w*|describ\w*|recall\w*|pointed out|welcom\w*"
                     r"|prais\w*|thank\w*|congratulat\w*|acknowledg\w*|confirm\w*|announc\w*|insist\w*|argu\w*|warn\w*"
                     r"|agre\w*|remark\w*|comment\w*|explain\w*|declar\w*|stated|mention\w*|repl\w*|respon\w*"
                     r"|according to|interview\w*|address\w*|outlin\w*|review\w*|briefed|informed|conveyed|wish\w*"
                     r"|appreciat\w*|lauded|hailed|commended|pleased|satisf\w*|confiden\w*|message|letter|views?|opinion)\b", re.I)
PARTIAL_STATEMENT = "My sources report no statement by"

# "what did X promise / pledge (Y)": a commitment asked
_PROMISE_ASKED = lazy_re.compile(r"^\s*what did .+\b(?:promise|pledge|vow)\b")
# what news writes of a commitment: the word itself, or what one will, would, is ready or plans to do
_COMMITMENT = lazy_re.compile(r"\b(?:promis\w*|pledg\w*|vow\w*|commit\w*|assur\w*|undert\w*|guarant\w*|will|would|ready"
                         r"|willing\w*|offer\w*|intend\w*|plan\w*|agree\w*|prepared|support\w*|continu\w*|provid\w*)\b",
                         re.I)


def _asked(pattern: re.Pattern, raw: str, tokens: list[str]) -> bool:
    return any(pattern.search(t) for t in (raw.lower(), " ".join(tokens)))


def _quotes(ans: Answer) -> list[str]:
    return [c.quote for c in ans.citations if c.quote]


def discussion_unwritten(raw: str, tokens: list[str], ans: Answer) -> bool:
    """Does a "what did X and Y discuss" question get quotes none of which writes a word of talk, topic or
    stance ("The same day, X also received Y")?"""
    quotes = _quotes(ans)
    return bool(quotes) and _asked(_DISCUSS_ASKED, raw, tokens) and not any(_DISCUSSION.search(q) for q in quotes)


def speech_unwritten(raw: str, tokens: list[str], ans: Answer) -> bool:
    """Does a "what did X say" question get quotes none of which writes any speech or view ("X and a
    delegation were also present")? A statement line of the reply's own (not a passage given for want of
    one: "X said that …") is speech read by the extractor, whatever its quote's words."""
    quotes = _quotes(ans)
    if not quotes or not _asked(_SAY_ASKED, raw, tokens):  # first: _SPEECH over a long head line is costly
        return False
    own = not ans.headline.startswith(PARTIAL_STATEMENT) and _SPEECH.search(ans.headline)
    return not own and not any(_SPEECH.search(q) for q in quotes)


def promise_unwritten(raw: str, tokens: list[str], ans: Answer) -> bool:
    """Does a "what did X promise Y" question get quotes none of which writes a commitment, nothing
    anyone will, would or is ready to do ("about 90 pupils study Russian, the vice chairman noted")? A
    premise no article supports is not answered by whatever the person asked said."""
    quotes = _quotes(ans)
    return bool(quotes) and _asked(_PROMISE_ASKED, raw, tokens) and not any(_COMMITMENT.search(q) for q in quotes)


# a thing received ("will receive scholarships", "received a certificate"), not a guest received: "received
# Ambassador X", "received visiting Russian Prime Minister Y", "received him" are meetings, which say nothing given
_RECEIPT = lazy_re.compile(r"\breceiv\w*\b(?!(?:\s+(?:the|a|an|visiting|outgoing|incoming|new|former|\w+ly))*\s+"
                      r"(?:[A-Z\u00C0-\u1EF8]|him\b|her\b|them\b|guests?\b|delegat|visitors?\b|ambassador|minister"
                      r"|envoy|leader|governor|president|chairman|chairwoman|mayor|officials?\b))")
# thanks for gifts ("who thanked X for the gifts", "поблагодарил за подарки") ask about the thanks
_THANKS = lazy_re.compile(r"\bthank|благодар|c[aảá]m [oơ]n", re.I)


def gift_unshown(raw: str, ans: Answer) -> bool:
    """Does a "what did X give Y" / "which order did X confer on Y" question (detail_conflict.py), not why
    nor thanks for it, get a reply none of whose quotes, nor its head line, writes anything given or
    received? A meeting line of the two ("X received Y in Hanoi"), the fact answer's own or the best
    sentence's, says nothing of what changed hands. The check before the decision
    (asked_detail.gift_unwritten) reads the best sentence alone and lets any "received" pass, and a fact
    line settled on the best sentence never reaches it."""
    quotes = _quotes(ans)
    if not quotes or REASON_ASKED.search(raw) or _THANKS.search(raw):
        return False
    text = " ".join([ans.headline, *quotes])
    return gift_unwritten(raw, text) and not _RECEIPT.search(text)


def unwritten(raw: str, tokens: list[str], ans: Answer) -> bool:
    """Any check: the reply names the people asked but not the content of the exchange, or the thing
    given, asked."""
    return ans.answered and (discussion_unwritten(raw, tokens, ans) or speech_unwritten(raw, tokens, ans)
                             or promise_unwritten(raw, tokens, ans) or gift_unshown(raw, ans))
