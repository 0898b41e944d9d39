"""A role several people hold ("the party chief", "the Russian minister", "the Vietnamese leader")
means one of them. Sentence retrieval searches all of them and ranks by the question's other words
(a place, a date, a counterpart, a topic), and the answerers quote what fits. A question asking who
holds the role ("Who is the director of the institute?") is answered by one person's profile,
though, not everyone's: for it the question is ranked once over all holders, and the holders the
best sentence about any of them names become the role's people. Where no sentence near the top is
about a holder, or the closest fits' sentences rank as well, the holders whose titles fit the role
most closely stay."""

from __future__ import annotations

from knowledge.match import Found, Mention
from knowledge.question import Question

REACH = 5  # how far down the ranking a sentence about a holder may choose them
# question kinds answered by one person's facts: "who is the director …" (measured: narrowing the
# meetings and visits asked of a role as well lost more than it gained on the development sets)
ONE_PERSON_KINDS = {"profile"}


def choose(eng, q: Question, found: Found) -> None:
    """Narrow each role mention held by several people to the holders the question's best
    sentence is about (in place: the mention's actor_ids)."""
    open_roles = [m for m in found.mentions if m.how == "role" and len(_people(eng, m.actor_ids)) > 1]
    if not open_roles or q.kind not in ONE_PERSON_KINDS:
        return
    from knowledge.answer.pipeline import rank_question  # (pipeline imports the answerers)

    r = eng.retrieval
    ranked = rank_question(r.store, q, found, r.kinds, r.total, r.vocab)[1]
    dated = _of_dates(r.conn, q, ranked)[:REACH]  # "who was the ambassador in January 2026"
    for m in open_roles:
        m.actor_ids = _chosen(m, dated) or _chosen(m, ranked[:REACH]) or set(m.closest or m.actor_ids)


def _of_dates(conn, q: Question, ranked: list) -> list:
    """The ranked sentences of articles dated within the question's dates (none when it names none)."""
    if not q.date_lo:
        return []
    hi = q.date_hi or q.date_lo
    dates = dict(conn.execute("SELECT id, date FROM sources"))
    return [r for r in ranked if (d := dates.get(r.cand.source_id)) and q.date_lo <= d[:len(hi)] <= hi]


def _chosen(m: Mention, ranked: list) -> set[int]:
    """The holders tied to the best-ranked sentence about any holder; a holder who fits less closely
    only when his sentence ranks above every sentence about the closest fits."""
    for r in ranked:
        tied = set(r.cand.ties) & m.actor_ids
        if tied:
            close = tied & m.closest
            return close or tied
    return set()


def _people(eng, ids: set[int]) -> set[int]:
    return {a for a in ids if eng.index.kind(a) == "person"}
