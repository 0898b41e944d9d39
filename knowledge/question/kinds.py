"""What kind of question it is (who met, when, where, said, agreed, relationship, profile …), the
event family it asks about, and whether it is a yes/no question."""

from __future__ import annotations

import re

from knowledge import lazy_re
from knowledge.question.acceptance import asks_acceptance
from knowledge.question.words import (AGREE_WORDS, CALL_WORDS, MEET_WORDS, RELATION_WORDS, SAY_WORDS, SIGN_WORDS,
                                     VISIT_WORDS)


_YESNO_START = {"did", "has", "have", "had", "was", "were", "is", "are", "does", "do"}


# "what is X's position", "what post does X hold" ("X holds what post", as Vietnamese asks it), "what
# is the title of X": the person's office,
# which the profile answer gives with the titles the articles use
_OFFICE_ASKED = lazy_re.compile(r" (what|which) (is|was|are|were) (\w+ ){1,4}(position|positions|title|titles|post|posts"
                           r"|job|office|role) (?!(on|about|regarding|towards?|over|concerning|in|of) )| (what|which) (position|positions|post|posts|title|titles|office|job)"
                           r" (does|did|do) .* (hold|held|have|occupy) | (what|which) (is|was) the (position|title|post"
                           r"|office) of | (hold|holds|held|holding) (what|which) (position|post|title|office) "
                           # Russian order: "какую должность занимает X" (which post holds X)
                           r"| (what|which) (position|post|title|office) (holds|held|hold) (?!.* (when|while) )")


_STATE_NOUNS = {"president", "visit", "visits", "duma", "secretary", "council", "agency", "budget", "media",
                "owned", "enterprises", "enterprise", "university", "bank", "corporation", "company", "group",
                "level", "guest", "guests", "banquet", "reception", "honours", "funeral", "award", "awards", "order"}


def _has(tokens: list[str], words: set[str]) -> bool:
    return any(t in words for t in tokens)


def classify(tokens: list[str], lang: str = "en") -> tuple[str, str | None, bool, bool]:
    """(kind, event family, yes/no, explicit) from the English-like tokens."""
    t = tokens
    s = " " + " ".join(t) + " "
    # "called for investment", "what did X call for": an appeal, said, no phone call
    appeal = {k for k, w in enumerate(t) if w in ("call", "called", "calls", "calling") and t[k + 1 : k + 2] == ["for"]}
    family = _family(t, s, appeal)
    lead = [w for w in t if w not in ("and", "so", "then", "but", "also", "ok", "okay", "well")]
    first = lead[0] if lead else ""
    # a translated "which … was" ("Какая страна была …", "… tỉnh nào") asks which one, never yes or no
    yesno = first in _YESNO_START or (lang in ("vi", "ru") and _has(t, {"did", "was", "were"}) and not _has(
        t, {"who", "whom", "when", "where", "what", "why", "how", "which", "whose"}))
    if yesno and asks_acceptance(t):
        return "accepted", None, True, True  # "did X accept the invitation to visit": no visit, no agreement asked
    # "state" of a state president, visit or body is no statement
    office = {k for k, w in enumerate(t) if w == "state" and t[k + 1 : k + 2] and t[k + 1] in _STATE_NOUNS}
    says = any(w in SAY_WORDS and k not in office for k, w in enumerate(t)) or appeal or re.search(
        r" (talk|talked|spoke|speak|speaking) (about|on) ", s)
    # "since when …" asks a relationship's start only where the question is about one: "since when
    # is this his first trip" asks about the trip
    if re.search(r" since when | how long | what year did .* (start|begin|establish)", s) and not says and (
            _has(t, RELATION_WORDS | {"diplomatic"}) or not family):
        return "relationship", None, False, True
    if _has(t, RELATION_WORDS) and not says and re.search(
            r" (what|how|which|describe|state|kind|type|nature|status|level|since|is|are) ", s) and not re.search(
            r" (who|whom|when|where) ", s):
        return "relationship", None, False, True
    # a translated question's "why" asks a reason even beside an agreement ("vì sao … gia hạn thỏa thuận")
    asked = r" (who|whom|when|where) " if lang == "en" else r" (who|whom|when|where|why) "
    if _has(t, AGREE_WORDS) and re.search(r" (what|which|how|did|agree on|about) ", s) and not re.search(asked, s):
        return "agreed", family, yesno, True
    if _has(t, SIGN_WORDS) and family is None and not says:
        # "Who signed the memorandum?", "When was the agreement signed?", "Where did they agree ...?"
        return "agreed", "agree", yesno, True
    if re.search(r" (who is|who was|who s|tell me about|what do you know about|know about|information on"
                 r"|information about|profile) ", s) or _OFFICE_ASKED.search(s):
        return "profile", None, False, True
    if re.search(r" (occasion|why|purpose|reason|what for) ", s):
        return "occasion", family, False, True
    if says and not re.search(r" (who|whom) (did|does|has) ", s) and not re.search(r" (when|where) ", s):
        return "said", None, yesno, True
    if " where " in s:
        return "where", family, False, True
    if re.search(r" (when|what date|which date|what day|which day|what year|which year|what time"
                 r"|(what|which) (exact|precise|specific|particular) (date|day|year|time)) ", s):
        return "when", family, False, True
    if yesno and family == "visit":
        return "visit", family, True, True
    if yesno and family in ("meet", "call"):
        return "met", family, True, True
    if re.search(r" (who|whom) ", s):
        return "who_met", family, False, True
    if family:
        return "who_met", family, yesno, False
    if says:
        return "said", None, yesno, False
    return "other", None, yesno, False


def _family(t: list[str], s: str, appeal: set[int]) -> str | None:
    """The kind of event asked about: a call, a visit or a meeting (None: no event word)."""
    if any(w in CALL_WORDS and k not in appeal for k, w in enumerate(t)) or " phone " in s:
        return "call"
    if _has(t, VISIT_WORDS) and not (" talks " in s and "visit" not in s):
        return "visit"
    if _has(t, MEET_WORDS):
        return "meet"
    return None
