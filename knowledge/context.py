"""Follow-up questions: what a short or pronoun question borrows from the previous turn.

The context is a small JSON-serialisable dict the front ends pass back with the next question:
the previous kind, the actors it named (by store key, stable across reloads), the actors and
events its answer was about, and its topics. "And what did he say about Ukraine?" borrows the
person; "When?" borrows the events; "And Lavrov?" borrows the kind and the topics. A whole
question that names nobody ("Who met whom?") borrows nothing: it asks about everyone.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from knowledge.match import ActorIndex, Found, Mention
from knowledge.question import AGREE_WORDS, CALL_WORDS, COMMON, MEET_WORDS, SAY_WORDS, SIGN_WORDS, VISIT_WORDS, Question

_ELLIPTIC_KINDS = {"when", "where", "occasion", "who_met", "other", "said"}
# A verb or event word of the question's own makes it whole ("Who met whom?", "Who said what?");
# "tell me more" is a request, not one. After "the", "that" … the word points back ("the talks").
_OWN_PREDICATES = (MEET_WORDS | VISIT_WORDS | CALL_WORDS | SAY_WORDS | AGREE_WORDS | SIGN_WORDS) - {"tell"}
_POINTING_BACK = {"the", "that", "this", "these", "those"}


@dataclass
class Frame:
    kind: str
    mentions: list[Mention]
    topics: list[str]
    event_ids: list[int] = field(default_factory=list)
    from_context: bool = False


def _ids(keys, index: ActorIndex) -> list[int]:
    return [index.by_key[k] for k in keys or [] if k in index.by_key]


def is_fragment(q: Question) -> bool:
    """A question without a predicate of its own ("When?", "With whom?", "Who else?", "Where did the
    talks take place?") means something only with the previous turn; one with it, naming nobody and
    without a pronoun or "and …", stands alone, or "Who met whom?" after a question about Putin
    would list only Putin's meetings."""
    return not any(t in _OWN_PREDICATES and not (i and q.tokens[i - 1] in _POINTING_BACK)
                   for i, t in enumerate(q.tokens))


def apply_context(q: Question, found: Found, topics: list[str], ctx: dict, index: ActorIndex) -> Frame:
    frame = Frame(kind=q.kind, mentions=list(found.mentions), topics=list(topics))
    if not ctx or not isinstance(ctx, dict):
        return frame
    persons_here = [m for m in found.mentions if any(index.kind(a) in ("person", "org") for a in m.actor_ids)]
    prev_actors = _ids(ctx.get("actors"), index)
    prev_answer = _ids(ctx.get("answer_actors"), index)
    prev_people = [a for a in prev_actors if index.kind(a) in ("person", "org")]
    content = [t for i, t in enumerate(q.tokens) if t not in COMMON and i not in q.date_idx]
    pos = next((i for i, t in enumerate(q.tokens) if t in ("he", "him", "his", "she", "her", "they", "them",
                                                              "their")), 0)
    if q.pronoun in ("he", "she", "they") and not persons_here:
        if q.pronoun == "they":
            pick = prev_people + [a for a in prev_answer if a not in prev_people] if len(prev_people) < 2 else prev_people
        else:
            pick = prev_people[:1] or prev_answer[:1]
        for a in pick:
            frame.mentions.append(Mention({a}, (pos, pos + 1), q.tokens[pos] if q.tokens else "", 100, "context"))
        frame.from_context = bool(pick)
    elliptic = not found.mentions and not topics and not found.groups and not content \
        and (q.pronoun is not None or q.followup or is_fragment(q))
    if elliptic and q.kind in _ELLIPTIC_KINDS:
        if q.kind in ("when", "where", "occasion") and ctx.get("events"):
            frame.event_ids = [int(e) for e in ctx["events"] if isinstance(e, int)][:20]
        if q.kind == "other" and ctx.get("kind"):
            frame.kind = ctx["kind"]
        if not frame.from_context:  # carried along, so "he" in the next turn still means them
            for a in prev_actors:
                frame.mentions.append(Mention({a}, (0, 0), index.name(a), 100, "context"))
        if not frame.topics:
            frame.topics = list(ctx.get("topics") or [])
        frame.from_context = True
    elif q.followup and not q.explicit_kind and ctx.get("kind"):
        frame.kind = ctx["kind"]
        if not found.mentions and not frame.from_context:
            for a in prev_actors:
                frame.mentions.append(Mention({a}, (0, 0), index.name(a), 100, "context"))
        if not topics:
            frame.topics = list(ctx.get("topics") or [])
        frame.from_context = True
    return frame


def make_context(q: Question, found: Found, frame: Frame, answer, index: ActorIndex) -> dict:
    actors: list[str] = []
    for m in frame.mentions:
        for a in sorted(m.actor_ids):
            key = index.actors[a][0]
            if key not in actors:
                actors.append(key)
    answer_actors = [index.actors[a][0] for a in getattr(answer, "_answer_actors", []) if a in index.actors]
    return {
        "kind": frame.kind,
        "actors": actors[:6],
        "answer_actors": answer_actors[:6],
        "events": list(getattr(answer, "_events", []))[:20],
        "topics": list(frame.topics)[:4],
        "lang": q.lang,
    }
