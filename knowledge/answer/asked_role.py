"""A role the question asks which holder of: "which Russian deputy prime minister toured the booth?",
"which Vietnamese diplomat announced the plan?". The match stage ties the role to everyone whose
title fits; those people are then the question's own names to every other test, and a sentence
naming one of them would count as naming no one new. Here they are the answer instead."""

from __future__ import annotations

import re

from knowledge.match import Found
from knowledge.match.found import Mention
from knowledge.names import strip_diacritics


def role_asked(tokens: list[str], m: Mention) -> bool:
    """Is the mention a role right after "which" or "what" (the words after "the" allowed): the
    question asks which of its holders, so naming one of them answers it?"""
    return m.how == "role" and tokens[:1] in (["which"], ["what"]) and m.span[0] in (1, 2) and all(
        t == "the" for t in tokens[1:m.span[0]])


_AUX = {"did", "does", "do", "was", "were", "is", "are", "has", "have", "had", "will", "would", "can", "could"}
# light verbs: "held talks", "made a speech", "paid a visit" - the act is the noun after, which any meeting shares
_LIGHT = {"held", "holds", "hold", "made", "makes", "took", "takes", "gave", "gives", "paid", "pays", "got", "gets"}


def asked_roles(tokens: list[str], found: Found, kind: str) -> list[str]:
    """Per slot of the plan (each mention with actors, in order), in a question asking for a person:
    for a role asked "which" of, the act asked of its holder (the word after the role: "toured"; "-"
    when none is there, "did" puts the act after another subject or a light verb says none), else ""."""
    return [_act_after(tokens, m.span[1]) if kind == "person" and role_asked(tokens, m) else ""
            for m in found.mentions if m.actor_ids]


def _act_after(tokens: list[str], end: int) -> str:
    word = tokens[end] if end < len(tokens) else ""
    return word if word.isalpha() and word not in _AUX | _LIGHT else "-"


def names_holder(slots: list[set[int]], asked_role: list[str], ties, text: str, name_forms) -> bool:
    """Does the sentence write by name a holder of a role asked "which" of ("Deputy Health Minister
    Tran Van Binh said …")? One it only points back at ("…, he noted") does not answer which one.
    `name_forms(actor)`: the actor's names as padded word runs, as retrieve.name_forms gives them."""
    held = [a for s, on in zip(slots, asked_role) if on for a in s if a in ties]
    if not held:
        return False
    plain = " " + " ".join(re.findall(r"\w+", strip_diacritics(text))) + " "
    return any(f in plain for a in held for f in name_forms(a))


def holder_answers(slots: list[set[int]], asked_role: list[str], c, name_forms, matcher) -> bool:
    """Does the candidate name a holder of the role asked "which" of, and write the act asked (its word,
    by `matcher`: rank.term_matcher)? A holder's sentence about something else answers no "which", even
    in the best sentence's article (crediting those lost answers whose holder did the act elsewhere), so
    an act asked gives the credit only where written; with none asked ("-": "which diplomat was at the
    congress", a light verb) naming a holder answers, else a sentence naming no one at all went first."""
    acts = [w for w in asked_role if w not in ("", "-")]
    if not acts:  # "which Russian diplomat was at the congress": no act to tell holders by, naming one answers
        return "-" in asked_role and names_holder(slots, asked_role, c.ties, c.text, name_forms)
    return names_holder(slots, asked_role, c.ties, c.text, name_forms) and any(
        max(matcher([w])(c.text)) >= 0.9 for w in acts)
