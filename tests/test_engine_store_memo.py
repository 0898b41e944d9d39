"""The engine's memory of what retrieval reads (knowledge/answer/store_memo.py) gives what the
store itself gives: every article's sentences with their actor ties, the articles of an actor and
the busiest of them, before and after the article cache has had to forget some."""

from __future__ import annotations

import sqlite3

import pytest

from knowledge.answer import retrieve, store_memo
from knowledge.answer.store_memo import StoreMemo
from tests.data.engine_articles import build_store


@pytest.fixture(scope="module")
def conn(tmp_path_factory):
    db = build_store(tmp_path_factory.mktemp("memo") / "q.db")
    c = sqlite3.connect(db)
    yield c
    c.close()


def sentences_in_store(conn, sources: set[int]) -> list[tuple]:
    rows = conn.execute("SELECT id, source_id, position, paragraph, text FROM sentences"
                        f" WHERE source_id IN ({','.join(map(str, sources))}) ORDER BY source_id, position")
    return [(*r, tuple(conn.execute("SELECT actor_id, how FROM sentence_actors WHERE sentence_id = ?"
                                    " ORDER BY actor_id", [r[0]]))) for r in rows]


def test_sentences_and_ties_match_the_store(conn):
    sources = {r[0] for r in conn.execute("SELECT id FROM sources")}
    assert len(sources) >= 5
    memo = StoreMemo(conn)
    got = memo.sentences(sources)
    assert got == sentences_in_store(conn, sources)
    assert any(row[5] for row in got), "some sentence is tied to an actor"
    assert memo.sentences(sources) == got  # read again from memory


def test_article_cache_forgets_and_rereads(conn, monkeypatch):
    sources = sorted(r[0] for r in conn.execute("SELECT id FROM sources"))
    sizes = dict(conn.execute("SELECT source_id, count(*) FROM sentences GROUP BY source_id"))
    monkeypatch.setattr(store_memo, "MAX_SENTENCES", max(sizes.values()))
    memo = StoreMemo(conn)
    for s in sources:
        assert memo.sentences({s}) == sentences_in_store(conn, {s})
    assert len(memo._articles) < len(sources), "older articles were forgotten"
    assert memo.sentences(set(sources[:3])) == sentences_in_store(conn, set(sources[:3]))


def test_sentences_by_id_match_the_store(conn, monkeypatch):
    ids = [r[0] for r in conn.execute("SELECT id FROM sentences ORDER BY id")]
    by_id = {row[0]: row for row in sentences_in_store(conn, {r[0] for r in conn.execute("SELECT id FROM sources")})}
    monkeypatch.setattr(store_memo, "MAX_SENTENCES", 5)
    memo = StoreMemo(conn)
    ask = [ids[7], ids[2], ids[2], 10 ** 9, ids[-1]]  # a repeat and an id no sentence has
    assert memo.sentences_by_id(ask) == [by_id[i] for i in sorted({ids[2], ids[7], ids[-1]})]
    assert memo.sentences_by_id(ids[:12]) == [by_id[i] for i in ids[:12]]  # more than the memo holds
    assert len(memo._by_id) == 5
    assert memo.sentences_by_id([ids[-1], ids[0]]) == [by_id[ids[0]], by_id[ids[-1]]]


def test_actor_articles_and_busiest_match_sql(conn, monkeypatch):
    memo = StoreMemo(conn)
    kinds = dict(conn.execute("SELECT id, kind FROM actors"))
    people = [a for a, k in kinds.items() if k == "person"]
    assert len(people) >= 4
    for a in people:
        want = dict(conn.execute("SELECT s.source_id, count(*) FROM sentence_actors sa JOIN sentences s"
                                 " ON s.id = sa.sentence_id WHERE sa.actor_id = ? GROUP BY s.source_id", [a]))
        assert memo.actor_sources(a) == want
    # the busiest articles by sentence ties of the asked actors, ties broken by the later article
    slots = [set(people[:2]), set(people[2:4])]
    everywhere = {r[0] for r in conn.execute("SELECT id FROM sources")}
    ids = ",".join(str(a) for s in slots for a in s)
    counted = conn.execute(f"SELECT s.source_id, count(*) c FROM sentence_actors sa JOIN sentences s"
                           f" ON s.id = sa.sentence_id WHERE sa.actor_id IN ({ids}) GROUP BY s.source_id"
                           f" ORDER BY c DESC, s.source_id DESC").fetchall()
    assert retrieve._busiest(memo, everywhere, slots) == {r[0] for r in counted[:retrieve.MAX_SOURCES]}
    assert len(counted) > 2
    monkeypatch.setattr(retrieve, "MAX_SOURCES", 2)
    assert retrieve._busiest(memo, everywhere, slots) == {r[0] for r in counted[:2]}


def test_word_counts_match_fts(conn):
    memo = StoreMemo(conn)
    for term in ("met", "talks", "putin", "nosuchwordanywhere"):
        assert memo.doc_count(term) == retrieve.doc_count(conn, term)
        assert memo.in_vocab(term) == retrieve.in_vocab(conn, term)
    for stem in ("promis", "tal", "met", "nosuchwordanywhere"):  # a paraphrase searched as a prefix ('promis*')
        assert memo.doc_count(stem, prefix=True) == retrieve.doc_count(conn, stem, prefix=True)
    assert memo.doc_count("met") > 0 and not memo.in_vocab("nosuchwordanywhere")
    assert memo.doc_count("tal", prefix=True) > memo.doc_count("tal") == 0  # kept apart from the word's ('talks')


def test_full_text_searches_are_read_once_and_match_the_store(conn):
    memo = StoreMemo(conn)
    for match in ("text : (talks)", "text : (met OR talks)", "text : (nosuchwordanywhere)"):
        want = retrieve.search_ids(conn, match, 50)
        got = memo.search_ids(match, 50)
        assert got == want
        got.append(-1)  # the caller's own list: the memory keeps its copy
        reads: list[str] = []
        conn.set_trace_callback(reads.append)
        try:
            assert memo.search_ids(match, 50) == want
        finally:
            conn.set_trace_callback(None)
        assert not reads, "the search was not run again"
    assert memo.search_ids("text : (met OR talks)", 50), "the articles have these words"


def test_statement_lists_kept_per_query_and_forgotten_oldest_first(tmp_path_factory, monkeypatch):
    from knowledge.answer import Engine, event_index

    eng = Engine.open(build_store(tmp_path_factory.mktemp("st") / "q.db"))
    speakers = [r[0] for r in eng.conn.execute("SELECT DISTINCT speaker_id FROM statements WHERE speaker_id"
                                                " IS NOT NULL ORDER BY speaker_id")]
    assert len(speakers) >= 3

    def ids_of(a):
        return lambda: [r[0] for r in eng.conn.execute("SELECT id FROM statements WHERE speaker_id = ?", [a])]

    reads: list[int] = []

    def counted(a):
        return lambda: reads.append(a) or ids_of(a)()

    want = {a: [(s.id, s.text, s.topics) for s in eng._statements(ids_of(a)())] for a in speakers}
    got = eng._statement_list(("speaker", speakers[0]), counted(speakers[0]))
    assert [(s.id, s.text, s.topics) for s in got] == want[speakers[0]]
    got.clear()  # a caller's list is its own
    again = eng._statement_list(("speaker", speakers[0]), counted(speakers[0]))
    assert [(s.id, s.text, s.topics) for s in again] == want[speakers[0]] and reads == [speakers[0]]
    bound = len(want[speakers[1]]) + len(want[speakers[2]])
    monkeypatch.setattr(event_index, "_MAX_STATEMENTS", bound)
    for a in speakers[1:3]:  # these fill the bound: the first speaker's list, least recently used, goes
        assert [s.id for s in eng._statement_list(("speaker", a), counted(a))] == [w[0] for w in want[a]]
    assert eng._st_lists_size <= bound and ("speaker", speakers[0]) not in eng._st_lists
    eng._statement_list(("speaker", speakers[0]), counted(speakers[0]))
    assert reads == [speakers[0], speakers[1], speakers[2], speakers[0]]
    eng.close()


def test_remembered_answers_equal_a_fresh_engines(tmp_path_factory):
    """Questions whose answerers remember what they read (statements, relation sentences and start
    dates), asked again and in another order, answer as an engine that never saw them."""
    from knowledge.answer import Engine
    from tests.data.questions import QUESTIONS

    folder = tmp_path_factory.mktemp("again")
    db = build_store(folder / "q.db", folder / "seeds")
    asked = [q["q"] for q in QUESTIONS if q["kind"] in ("relationship", "said") and not q["after"]]
    assert len(asked) >= 8
    with Engine.open(db, folder / "seeds") as eng:
        twice = [eng.ask(q).text for q in asked + asked[::-1]]
    for i, q in enumerate(asked + asked[::-1]):
        with Engine.open(db, folder / "seeds") as fresh:
            assert twice[i] == fresh.ask(q).text, q


def test_events_read_with_remembered_texts_equal_a_fresh_engines(tmp_path_factory, monkeypatch):
    from knowledge.answer import Engine, event_index

    db = build_store(tmp_path_factory.mktemp("ev") / "q.db")
    with Engine.open(db) as eng, Engine.open(db) as fresh:
        ids = [r[0] for r in eng.conn.execute("SELECT id FROM events ORDER BY id DESC")]
        assert len(ids) >= 6
        want = [(e.id, e.text, e.parts) for e in fresh._events(ids)]
        assert [e.id for e in fresh._events(ids)] == [e.id for e in sorted(fresh._events(ids), key=fresh._ev_order)]
        assert [(e.id, e.text, e.parts) for e in eng._events(ids[:3])] == [w for w in want if w[0] in ids[:3]]
        monkeypatch.setattr(event_index, "_MAX_TEXTS", 4)  # the next call overflows the text memo
        assert [(e.id, e.text, e.parts) for e in eng._events(ids)] == want


def test_a_misspelt_name_finds_its_alias_again_and_each_cutoff_is_its_own():
    from knowledge.match.index import ActorIndex
    from knowledge.question import parse

    ix = ActorIndex({1: ("ivan petrov", "Ivan Petrov", "person"), 2: ("oleg belov", "Oleg Belov", "person")},
                    [(1, "Petrov"), (2, "Belov")], [])
    for _ in range(2):  # the second time from what the index remembers of the spelling
        found = ix.find(parse("Who did Petorv meet?"))
        assert [(sorted(m.actor_ids), m.how) for m in found.mentions] == [([1], "fuzzy")]
    assert ix.closest("petorv", 80)[0] == "petrov"
    assert ix.closest("petorv", 99) is None  # a stricter cutoff is not answered from the looser one's memory
    assert ix.closest("belvo", 80)[0] == "belov"


def test_remembered_events_are_each_callers_own(tmp_path_factory, monkeypatch):
    """_events remembers what it built; a caller filling in a place (_dedupe, inherit_place) or
    changing the participant list changes its own copy, never what the next question reads."""
    from knowledge.answer import Engine, event_index

    db = build_store(tmp_path_factory.mktemp("evown") / "q.db")
    with Engine.open(db) as eng, Engine.open(db) as fresh:
        ids = [r[0] for r in eng.conn.execute("SELECT id FROM events ORDER BY id")]
        want = fresh._events(ids)
        got = eng._events(ids)
        assert got == want
        for ev in got:
            ev.place, ev.place_id, ev.occasion = "Samarkand", -1, "a test"
            ev.parts.append((-1, "host"))
        assert eng._events(ids) == want
        monkeypatch.setattr(event_index, "_MAX_EVENTS", 3)  # the memo starts over and reads again
        assert eng._events(ids[::-1]) == want and eng._events(ids[:2]) == fresh._events(ids[:2])


def test_an_event_line_is_remembered_by_what_it_is_made_of(tmp_path_factory):
    """The line of an event whose place a duplicate row filled in names that place, though the same
    event's line without it was written before."""
    from knowledge.answer import Engine

    db = build_store(tmp_path_factory.mktemp("evline") / "q.db")
    with Engine.open(db) as eng:
        ev = next(e for e in eng._events([r[0] for r in eng.conn.execute("SELECT id FROM events ORDER BY id")])
                  if e.family == "meet" and e.place and len(e.parts) >= 2)
        focus = [ev.parts[-1][0]]
        before = eng._event_line(ev, focus)
        assert before == eng._event_line(ev, focus) == eng._make_event_line(ev, tuple(focus), False)
        ev.place = "Samarkand"
        assert "Samarkand" in eng._event_line(ev, focus) and ev.place not in before
        assert eng._event_line(ev, [ev.parts[0][0]]).startswith(eng.index.name(ev.parts[0][0]))


def test_claim_checks_remembered_equal_the_stores(conn):
    from knowledge.answer import compose

    memo = StoreMemo(conn)
    ids = [r[0] for r in conn.execute("SELECT id FROM events ORDER BY id")]
    want = [compose.event_claim_ok(conn, i) for i in ids]
    assert True in want
    assert [memo.claim_ok(i) for i in ids] == want == [memo.claim_ok(i) for i in ids]


def test_candidates_remembered_per_entities_asked_are_each_questions_own(tmp_path_factory, monkeypatch):
    """The candidate sentences of a retrieval, with the ties found by name, come back from memory for
    the same people asked again (the names are not searched again), each question with its own
    Candidates (ranking sets their BM25), and other people's retrieval is its own."""
    from knowledge.answer import Engine
    from knowledge.answer.intent import make_plan
    from knowledge.question import parse

    def fields(cands):
        return [(c.sentence_id, c.source_id, c.position, c.paragraph, c.text, c.bm25, c.ties) for c in cands]

    folder = tmp_path_factory.mktemp("cands")
    db = build_store(folder / "q.db")
    asked = ["What did Putin say about energy?", "When did Lavrov meet Pham Binh Minh?"]
    with Engine.open(db) as eng, Engine.open(db) as fresh:
        def got(engine, text):
            q = parse(text)
            plan = make_plan(q, engine.index.find(q))
            return retrieve.retrieve(engine.retrieval.store, plan, engine.retrieval.kinds, engine.retrieval.vocab)

        want = {t: fields(got(fresh, t).candidates) for t in asked}
        assert all(want.values()) and want[asked[0]] != want[asked[1]]
        searched = []
        tie = retrieve.tie_by_name
        monkeypatch.setattr(retrieve, "tie_by_name", lambda *a: searched.append(1) or tie(*a))
        first = got(eng, asked[0]).candidates
        for c in first:
            c.bm25 = 99.0
        assert fields(got(eng, asked[0]).candidates) == want[asked[0]] and len(searched) == 1
        assert fields(got(eng, asked[1]).candidates) == want[asked[1]] and len(searched) == 2
        monkeypatch.setattr(store_memo, "MAX_SENTENCES", 1)  # one retrieval's rows at most: the older go
        assert fields(got(eng, "Who did Putin meet in Hanoi?").candidates) and len(searched) == 3
        assert fields(got(eng, asked[0]).candidates) == want[asked[0]] and len(searched) == 4


def test_the_earliest_events_of_a_busy_person_are_taken_in_date_order(tmp_path_factory):
    """Past the limit, a person's candidate events are the earliest (undated first, then by date and
    id), as ORDER BY e.date LIMIT n gives them."""
    from knowledge.answer import Engine

    db = build_store(tmp_path_factory.mktemp("limit") / "q.db")
    with Engine.open(db) as eng:
        rows = list(eng.conn.execute("SELECT p.actor_id, e.id, e.date FROM event_participants p"
                                     " JOIN events e ON e.id = p.event_id"))
        by_actor: dict[int, set] = {}
        for a, e, d in rows:
            by_actor.setdefault(a, set()).add((d is not None, d or "", e))
        busy = [a for a, evs in by_actor.items() if len({k[1] for k in evs}) >= 3]
        assert busy
        for a in busy:
            for limit in (1, 2):
                want = [k[2] for k in sorted(by_actor[a])[:limit]]
                assert sorted(eng._candidate_events([{a}], [], limit=limit)) == sorted(want)  # (callers sort them)


def test_a_place_verdict_is_remembered_for_the_event_as_it_stands(tmp_path_factory):
    """'Did it happen in Moscow?' is remembered per event, but for the event as the caller has it: one
    whose place a duplicate row (or the meeting before a signing) filled in is judged by that place."""
    from knowledge.answer import Engine

    db = build_store(tmp_path_factory.mktemp("placed") / "q.db")
    with Engine.open(db) as eng:
        moscow = {a for a, (_k, name, kind) in eng.index.actors.items() if name == "Moscow"}
        hanoi = next(a for a, (_k, name, kind) in eng.index.actors.items() if name == "Hanoi")
        evs = eng._events([r[0] for r in eng.conn.execute("SELECT id FROM events ORDER BY id")])
        ev = next(e for e in evs if e.place_id == hanoi and "Moscow" not in e.text)
        in_moscow = eng._place_test(moscow)
        assert moscow and not in_moscow(ev) and not in_moscow(ev)
        ev.place, ev.place_id = "Moscow", min(moscow)
        assert in_moscow(ev) and eng._place_test(moscow)(ev)
        with Engine.open(db) as fresh:
            ids = [e.id for e in evs]
            want = [fresh._place_test(moscow)(e) for e in fresh._events(ids)]
            assert [in_moscow(e) for e in eng._events(ids)] == want


def test_remembered_candidate_events_are_those_worked_out_and_bounded(tmp_path_factory, monkeypatch):
    """A person's candidate events, asked again, are the ids worked out the first time (a fresh list
    a caller may change), and the memory of them starts over past its bound."""
    from knowledge.answer import Engine, event_index

    db = build_store(tmp_path_factory.mktemp("cands") / "q.db")
    with Engine.open(db) as eng:
        people = sorted({a for a, in eng.conn.execute("SELECT actor_id FROM event_participants")})
        places = [{a} for a, in eng.conn.execute("SELECT id FROM actors WHERE kind = 'place'")][:2]
        monkeypatch.setattr(event_index, "_MAX_CANDIDATES", 3)
        for a in people:
            for where in ([], *([p] for p in places)):
                want = eng._find_candidate_events([{a}], where)
                first = eng._candidate_events([{a}], where)
                assert first == want
                first.append(-1)  # the caller's own list
                assert eng._candidate_events([{a}], where) == want
                assert len(eng._cand_memo) <= 3


def test_claim_checks_remembered_per_event_and_quoted_sentences_match_the_store(conn):
    from knowledge.answer.compose import event_claim_ok

    memo = StoreMemo(conn)
    events = list(conn.execute("SELECT id, sentence_id FROM events ORDER BY id"))
    sentences = [r[0] for r in conn.execute("SELECT id FROM sentences ORDER BY id LIMIT 3")]
    assert events
    for event_id, sid in events:
        for quoted in ((), [sid], [sid, *sentences]):
            assert memo.claim_ok(event_id, quoted) == event_claim_ok(conn, event_id, quoted)
            assert memo.claim_ok(event_id, quoted) == event_claim_ok(conn, event_id, quoted)  # from memory
    assert (events[0][0], ()) in memo._claims and (events[0][0], (events[0][1],)) in memo._claims  # kept apart
