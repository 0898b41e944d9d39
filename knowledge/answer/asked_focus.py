"""The attribute or role a question asks of a named thing, which the best sentence must write.

"What is the registered capital of X", "what was the voter turnout in the election", "what was the
score in the final", "who is the general director of X", "who chairs X": the question asks one
attribute of a thing, and a sentence about the thing that never writes the attribute (its word, a
form of it, a paraphrase the ranking already reads, or for a role any word of leading) does not
give it, however well it matches the thing. Only that attribute shape is read ("what / who is the
<noun> of …", "… X's <noun>", "who heads / chairs / leads …"), from an English question; "which X did
…" is not, as a sentence answers it by naming an instance ("which document" by "a memorandum").

Nouns that name the kind of answer or a measure (support.names_kind: "the purpose of", "the size
of"), and nouns a sentence gives by a figure, a quote or an instance rather than by the word ("the
outcome of", "the relationship between", "the link to", "the mood in", "X's counterpart", "X's words",
"the output of") ask nothing a sentence must write. asked_detail.unwritten declines on it (pipeline._type_missing) when
neither the best sentence nor any other of its article, nor a runner-up the reply may quote, writes
it: then the articles leave that detail out, and the best sentence only names the thing.
"""

from __future__ import annotations

import re

from knowledge import lazy_re
from knowledge.answer.irregular_verbs import other_forms
from knowledge.answer.rank import term_matcher
from knowledge.answer.support import GENERIC_WORDS, names_kind

_BE = r"(?:is|was|are|were|will be|has been|had been|'s)"
_OWNER = r"(?:the|its|their|his|her|[\w-]+(?: [\w-]+){0,3}'s)"
# "what is the registered capital of X", "who was Fesco's chief executive?": the phrase before "of" or the end
_ATTRIBUTE = lazy_re.compile(r"^\s*(?:what|which|who)\s+" + _BE + r"\s+" + _OWNER + r"\s+([a-z -]+?)\s*"
                        r"(?:\b(?:of|in|at|for|on|between|during|to|behind|from|with)\b|\?|$)")
# "who heads / chairs / led X": a role asked by its verb
_LEADS = lazy_re.compile(r"^\s*who\s+(?:heads|chairs|leads|coaches|captains|manages|led|headed|chaired|coached|captained"
                    r"|managed)\b")
# how news writes that someone leads a body ("general director Oleg …", "headed by", "under Deputy Auditor …")
_LEADING = lazy_re.compile(r"\b(?:lead\w*|led|head\w*|chair\w*|co-chair\w*|presidents?|director\w*|chief|ceo|executive"
                      r"|manag\w*|boss|governor|mayor|command\w*|captain\w*|coach\w*|conduct\w*|under|rector|ministers?"
                      r"|secretary|principal|dean|editor\w*|founder|owner|premier|generals?|superintendent)\b", re.I)
_LEADER_NOUNS = {"director", "head", "chief", "executive", "ceo", "chairman", "chair", "chairwoman", "chairperson",
                 "president", "leader", "manager", "boss"}
# a title is written as a name in quotes, or said to be one
_TITLED = lazy_re.compile(r"[\"“«]|\b(?:titled|entitled|called|named)\b", re.I)
_NOMINAL = lazy_re.compile(r"(?:ment|ion|ance|ence|ure|ity)$")
_STOP = {"who", "that", "which", "of", "in", "at", "to", "for", "on", "when", "did", "does", "was", "is", "were", "are",
         "and", "whose", "with", "from", "by", "between", "during", "like", "after", "before", "over", "under", "about"}
# nouns a sentence gives by a figure, a quote or an instance rather than by the word, and words the
# pattern takes for a noun in "what is the deal worth according to", "what is the centre set to"
_BY_INSTANCE = {"relationship", "relation", "relations", "ties", "growth", "share", "shares", "limit", "result",
                "outcome", "significance", "importance", "content", "contents", "message", "meaning", "status",
                "situation", "state", "plan", "agenda", "schedule", "programme", "program", "progress", "impact",
                "effect", "counterpart", "partner", "policy", "words", "remarks", "position", "stance", "view",
                "opinion", "output", "production", "volume", "venue", "location", "site", "address", "route",
                "destination", "origin", "duration", "length", "period", "term", "deadline", "timing", "distance",
                "range", "depth", "height", "weight", "speed", "area", "theme", "slogan", "motto", "priority",
                "priorities", "highlight", "basis", "source", "target", "objective",
                # a tie or an effect is told by what joins or follows ("at the invitation of his former student",
                # "leaving many dead"), a mood by what was heard or seen ("the hall rang with laughter")
                "link", "connection", "bond", "consequence", "aftermath", "mood", "atmosphere",
                "according", "set", "due", "able", "expected", "likely"}


def _single(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def focus(question: str) -> str | None:
    """The attribute or role noun the question asks of a thing ("capital", "director"; "lead" for
    "who heads / chairs X"), or None."""
    q = question.lower().replace("’", "'")
    if _LEADS.search(q):
        return "lead"
    m = _ATTRIBUTE.search(q)
    if not m or len(m.group(1).split()) > 4:
        return None
    words = []
    for w in m.group(1).split():
        if w in _STOP:
            break
        words.append(w)
    noun = words[-1] if words else None
    if noun is None or "'" in noun or noun.endswith(("ed", "ing")) or noun in ("name", "names") or other_forms(noun) \
            or any(names_kind(w) or w in GENERIC_WORDS or w in _BY_INSTANCE for w in (noun, _single(noun))):
        return None
    return noun


def unwritten(question: str, sentence: str) -> bool:
    """Does the question ask an attribute or a role of a thing that the sentence never writes?"""
    noun = focus(question)
    if noun is None:
        return False
    if noun == "lead" or {_single(p) for p in noun.split("-") if p != "co"} & _LEADER_NOUNS:
        return not _LEADING.search(sentence)
    if noun in ("title", "titles") and (_TITLED.search(sentence) or "'s " in question and _LEADING.search(sentence)):
        return False  # "the title of the book" is a name; "Miller's title" his post
    if term_matcher([noun])(sentence)[0] > 0.0:
        return False
    base = _NOMINAL.sub("", noun)  # "displacement" is written "it displaces", "election" "was elected"
    return len(base) < 5 or not re.search(r"\b" + re.escape(base), sentence, re.I)
