"""Which of an English question's words name what is asked, read from their word classes and uses.

A word no article writes weighs against every sentence as the rarest word of the question. That is
right for a word that names the thing asked ("the *population* of Dak Lak", "the *weather* in
Hanoi", "the *tickets*") or the act asked about ("why did X *cancel* the trip", "who *unveiled* the
statue"): a sentence without it answers another question. It is wrong for a word that only frames
the question: an adverb or a preposition ("*besides* food", "*partly*", "*per* X"), an adjective or participle
before a noun ("the *big* cooperation plan"), a verb whose act is the one after it ("what does the
group *want* to explore"), a gerund after a noun or a preposition ("the documentary *featuring*
X"). News words those otherwise or not at all, and the sentence that answers carries the rest of
the question. Such a word is incidental: it no longer weighs as a word every sentence
misses, and the calibrated decision (its `unknown` feature still counts it) and the later checks
weigh the rest. A capitalised word (a name, "the Siberian region"), a word of no dictionary, an
adjective the question asks about ("how *old* is he", "how *tall*"), an adverb or preposition said
of the subject ("were *aboard* the ship") or of a yes/no question ("did X *personally* sign it") are never
incidental.

The classes are english_lexicon's (WordNet's, as the spaCy model ships them, read without loading
spaCy: asking never does); a word's neighbours tell its use: "want" before "to explore" is a verb
whose act comes after it, "big" between "the" and "plan" an adjective before its noun.
"""

from __future__ import annotations

import re

from knowledge.answer.english_lexicon import classes
from knowledge.names import fold

_AUX = {"is", "are", "was", "were", "do", "does", "did", "has", "have", "had", "can", "could", "will", "would",
        "should", "may", "might", "must", "shall"}
_BE = {"is", "are", "was", "were", "be", "been", "being", "am", "s"}
# what stands before an adjective that qualifies the noun after it ("the big plan", "what exact date")
_DETERMINERS = {"the", "a", "an", "its", "his", "her", "their", "our", "your", "my", "this", "that", "these", "those",
                "what", "which", "whose", "s", "any", "each", "every", "some"}
# English prepositions (a closed class WordNet leaves out): "per Lam", "besides Y", "after leaving Vietnam"
_PREPOSITIONS = set("""aboard about above across after against along alongside amid amidst among amongst apart around
as at atop before behind below beneath beside besides between beyond by concerning despite down during except
following for from in inside into like near of off on onto opposite outside over past per regarding round since
than through throughout till to toward towards under underneath unlike until up upon versus via while with within
without""".split())
Token = tuple[str, bool]  # (folded word, written with a capital inside the question)


def _tokens(raw: str) -> list[Token]:
    return [(fold(m.group(0)), m.start() > 0 and m.group(0)[:1].isupper()) for m in re.finditer(r"\w+", raw)]


def incidental(raw: str, words: list[str]) -> set[str]:
    """Those of `words` (folded words of the English question `raw`) that only frame what it asks:
    an adverb or a preposition ("besides", "partly", "per"), an adjective or participle before a noun ("the *big*
    plan", "the *existing* statue"), a verb whose act is the one after it ("does X *want* to explore",
    "was X *going* to meet"), a gerund after a noun or a preposition ("the documentary *featuring* X",
    "after *leaving* Vietnam"). The verb of the question's act ("why did X *cancel* the trip", "who
    *unveiled* the statue") names what is asked about, and is never one; nor is a capitalised word, a
    word of no dictionary, or an adverb of a yes/no question ("did X *personally* sign it"). A word
    the question writes twice counts as its first use."""
    if not words:
        return set()
    toks = _tokens(raw)
    out: set[str] = set()
    seen: set[str] = set()
    for i, (word, capital) in enumerate(toks):
        if word in seen or word not in words:
            continue
        seen.add(word)
        if not capital and _frames(toks, i):
            out.add(word)
    return out


def _frames(toks: list[Token], i: int) -> bool:
    """Does the i-th word of the question only frame it (see `incidental`)?"""
    word = toks[i][0]
    kinds = classes(word)
    before = toks[i - 1][0] if i > 0 else ""
    later = toks[i + 1:i + 6] + [("", False)] * 2
    noun_after = next((w for w, capital in toks[i + 1:] if not capital), "")  # past names: "the big TASS plan"
    if kinds == {"adv"}:
        # a yes/no question asks its whole act, its manner too; "were aboard the ship" says where they were
        return toks[0][0] not in _AUX and before not in _BE
    if word in _PREPOSITIONS:
        return before not in _BE
    if not kinds:
        return False
    if "verb" in kinds and before not in _DETERMINERS and any(
            a == "to" and "verb" in classes(b) and not capital for (a, _c), (b, capital) in zip(later[:4], later[1:5])):
        return True  # "want to explore", "allow the two peoples to do" (not "which documents did To Lam sign")
    participle = "verb" in kinds and word.endswith(("ing", "ed"))
    if (kinds & {"adj"} or participle) and "noun" not in kinds and before in _DETERMINERS \
            and "noun" in classes(noun_after):
        return True  # before its noun
    return word.endswith("ing") and "verb" in kinds and (
        before in _PREPOSITIONS or "noun" in classes(before) and before not in _BE and before not in _DETERMINERS)
