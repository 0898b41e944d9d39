"""Questions to offer with a decline, built from stored facts so that each one is answerable: the
names and topics in it are checked to read back as themselves."""

from __future__ import annotations

from knowledge.answer import plan
from knowledge.answer.records import Ev
from knowledge.match import Found
from knowledge.question import parse


def suggest(eng, found: Found | None = None, topics: list[str] | None = None, n: int = 3) -> list[str]:
    """Two or three questions about what the question did recognise, each checked answerable."""
    cands: list[str] = []
    actor_ids: list[int] = []
    for m in (found.mentions if found else []):
        for a in sorted(m.actor_ids):
            if a not in actor_ids:
                actor_ids.append(a)
    persons = [a for a in actor_ids if eng.index.kind(a) == "person"]
    for aid in persons[:2]:
        cands += questions_about(eng, aid, topics or [])
    for t in (topics or [])[:2]:
        if not topic_reads_back(eng, t):
            continue
        for sp in eng.conn.execute(
                "SELECT DISTINCT t.speaker_id FROM statement_topics x JOIN statements t ON t.id = x.statement_id"
                " WHERE x.topic = ? AND t.speaker_id IS NOT NULL LIMIT 2", [t]):
            if sp[0] in eng.index.actors and name_reads_back(eng, sp[0]):
                cands.append(f"What did {eng.index.name(sp[0])} say about {t}?")
    if len(cands) < n:
        if eng._top_people is None:  # the most active people, once per engine
            eng._top_people = [r[0] for r in eng.conn.execute(
                "SELECT p.actor_id, COUNT(*) c FROM event_participants p JOIN actors a ON a.id = p.actor_id"
                " WHERE a.kind = 'person' GROUP BY p.actor_id ORDER BY c DESC LIMIT 3")]
        for aid in eng._top_people:
            cands += questions_about(eng, aid, topics or [])[:2]
    # every template is built from stored facts and its names and topic are checked to read
    # back as themselves, so no suggestion needs asking (a decline stays a few SQL queries)
    return list(dict.fromkeys(cands))[:n]


def questions_about(eng, aid: int, topics: list[str]) -> list[str]:
    key = (aid, tuple(topics))
    if key not in eng._about_memo:
        if len(eng._about_memo) > 2000:
            eng._about_memo.clear()
        eng._about_memo[key] = make_questions_about(eng, aid, topics)
    return eng._about_memo[key]


def make_questions_about(eng, aid: int, topics: list[str]) -> list[str]:
    """Questions about one person that the store answers by construction: a meeting with
    another person, statements on a topic; names and topics that read back as themselves."""
    if not name_reads_back(eng, aid):
        return []
    name = eng.index.name(aid)
    out = []
    for other, kind in eng.conn.execute(
            "SELECT p2.actor_id, e.kind FROM event_participants p1 JOIN event_participants p2 ON p1.event_id = p2.event_id"
            " JOIN events e ON e.id = p1.event_id JOIN actors a ON a.id = p2.actor_id"
            " WHERE p1.actor_id = ? AND p2.actor_id != ? AND a.kind = 'person' LIMIT 20", [aid, aid]):
        fam = Ev(0, kind, 0, 0, None, None, None, None, None, None, None, 1.0, "", 0).family
        if fam in ("meet", "call") and other in eng.index.actors and name_reads_back(eng, other):
            out.append(f"When did {name} meet {eng.index.name(other)}?")
            out.append(f"Who did {name} meet?")
            break
    rows = list(eng.conn.execute(
        "SELECT x.topic, COUNT(*) c FROM statements t JOIN statement_topics x ON x.statement_id = t.id"
        " WHERE t.speaker_id = ? GROUP BY x.topic ORDER BY c DESC LIMIT 5", [aid]))
    wanted = [t for t in [r[0] for r in rows if r[0] in topics] + [r[0] for r in rows] if topic_reads_back(eng, t)]
    if wanted:
        out.insert(1, f"What did {name} say about {wanted[0]}?")
    return out


def name_reads_back(eng, aid: int) -> bool:
    """Does the actor's display name, asked about, find this actor and no one else?"""
    key = ("name", aid)
    if key not in eng._answerable_memo:
        q = parse(f"Who did {eng.index.name(aid)} meet?")
        found = eng.index.find(q)
        ids = [m.actor_ids for m in found.mentions]
        eng._answerable_memo[key] = len(ids) == 1 and ids[0] == {aid} and not found.unknown_roles
    return eng._answerable_memo[key]


def topic_reads_back(eng, topic: str) -> bool:
    key = ("topic", topic)
    if key not in eng._answerable_memo:
        q = parse(f"What was said about {topic}?")
        eng._answerable_memo[key] = topic in plan.topics(q)[0] and not plan.unknown_terms(eng, q, eng.index.find(q), plan.topics(q)[1])
    return eng._answerable_memo[key]
