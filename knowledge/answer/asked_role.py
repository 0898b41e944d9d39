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


def asked_roles(tokens: list[str], found: Found, kind: str) -> list[bool]:
    """Per slot of the plan (each mention with actors, in order): a role asked "which" of, in a
    question asking for a person."""
    return [kind == "person" and role_asked(tokens, m) for m in found.mentions if m.actor_ids]


def names_holder(slots: list[set[int]], asked_role: list[bool], ties, text: str, name_forms) -> bool:
    """Does the sentence write by name a holder of a role asked "which" of ("Deputy Health Minister
    Tran Van Binh said …")? One it only points back at ("…, he noted") does not answer which one.
    `name_forms(actor)`: the actor's names as padded word runs, as retrieve.name_forms gives them."""
    held = [a for s, on in zip(slots, asked_role) if on for a in s if a in ties]
    if not held:
        return False
    plain = " " + " ".join(re.findall(r"\w+", strip_diacritics(text))) + " "
    return any(f in plain for a in held for f in name_forms(a))
