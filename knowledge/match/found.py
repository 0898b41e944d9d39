"""What the question names: actor mentions with their token spans, groups, nationalities, roles nobody
holds."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Mention:
    actor_ids: set[int]
    span: tuple[int, int]  # token range in the question
    text: str  # the words of the question
    score: float
    how: str  # "alias" | "fuzzy" | "role" | "part" | "group"
    # a role several people hold: those whose titles fit it most closely (actor_ids holds them all,
    # the alternatives the question's other words choose among; answer.alternatives)
    closest: set[int] = field(default_factory=set)


@dataclass
class Found:
    mentions: list[Mention] = field(default_factory=list)
    claimed: set[int] = field(default_factory=set)
    unknown_roles: list[str] = field(default_factory=list)
    unknown_role_spans: list[tuple[int, int]] = field(default_factory=list)
    # (Role, place qualifier, the people holding that office for another country)
    unknown_role_parts: list[tuple[object, str | None, set[int]]] = field(default_factory=list)
    groups: list[Mention] = field(default_factory=list)  # "Russian leaders": any of these actors
    nationalities: set[str] = field(default_factory=set)  # demonyms not part of a role ("Russian")
