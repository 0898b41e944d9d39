"""Does the best sentence write the very act the question asks about ("which news agency did X
*speak* to" and "X *spoke* to TASS", "who *recommended* X" and "academicians *recommended* him",
"which deputy minister *went* to the embassy" and "… *went* to the Russian Embassy")?

The fact answerers' "no such meeting / visit" (early.negative_asked) is evidence against a sentence
only while that sentence does not report the act itself: the events table holds meetings, visits and
calls, and misses the many acts news writes in a verb of their own. A sentence that writes the
question's act (any inflection, an irregular past, or the paraphrase news uses for it) reports the
event, so the events' silence says nothing about it.

The acts are the question's verbs as the lexicon has them: a word that is only a verb ("speak",
"recommended", "went"), a participle in "-ed" that is otherwise only an adjective ("organised",
"received"), or an irregular verb's form ("spoke", "met", "led"). Words that are nouns as well
("market", "value", "heads", "discuss") and the light verbs of a question's frame ("do", "have",
"take", "say", "give") are no act, nor a meeting, a greeting, an invitation or an agreement: those are the events
table's own, which early.meeting_written weighs with who is named. A signing is left out: an article reports several documents
signed, and a question about one signing ("what did X sign in 2016") is as often about another
that no article has."""

from __future__ import annotations

import re

from knowledge.answer import paraphrases
from knowledge.answer.english_lexicon import classes
from knowledge.answer.intent import STOP
from knowledge.answer.irregular_verbs import BASE_OF, FORMS_OF
from knowledge.answer.retrieve import stem
from knowledge.names import fold

_LIGHT = {"be", "is", "was", "were", "are", "been", "do", "did", "does", "done", "have", "has", "had", "make", "made",
          "take", "took", "taken", "get", "got", "go", "say", "said", "tell", "told", "give", "gave", "given", "come",
          "came", "become", "became", "sign", "signed", "signs", "signing", "ink", "inked"}
# meetings are the events table's own: early.meeting_written weighs them, with who is named
_MEETING = ("meet", "met", "talk", "hold", "held", "receiv", "welcom", "host", "greet", "invit", "agre")
_ONLY_VERB = frozenset({"verb"})
_PARTICIPLE = frozenset({"adj", "verb"})


def _stem(word: str) -> str:
    return stem(BASE_OF.get(word, word))


def acts(tokens: list[str]) -> list[str]:
    """The question's act verbs (its English-like tokens; see the module's docstring)."""
    out = []
    for t in tokens:
        if len(t) < 3 or t in STOP or t in _LIGHT or _stem(t).startswith(_MEETING):
            continue
        kinds = classes(t)
        if t in FORMS_OF or kinds == _ONLY_VERB or kinds == _PARTICIPLE and t.endswith("ed"):
            out.append(t)
    return out


def written(tokens: list[str], text: str) -> bool:
    """Does the sentence write one of the question's acts, in any of its forms or news's paraphrase?"""
    asked = acts(tokens)
    if not asked:
        return False
    words = {_stem(w) for w in re.findall(r"[a-z0-9]+", fold(text))}
    for act in asked:
        if _stem(act) in words:
            return True
        ps = [p for p in paraphrases.paraphrases(act, stem(act)) if len(p) >= 4]
        if any(w.startswith(p) for w in words for p in ps):
            return True
    return False
