"""The Engine: opening a store, the public questions (ask, who, timeline, sources, paragraph), and
the Answer every answerer returns (answered with citations, or a decline with suggestions)."""

from __future__ import annotations

import re
import sqlite3
from collections import OrderedDict
from dataclasses import replace
from pathlib import Path

from knowledge import reply, smalltalk_reply
from knowledge.answer import (alternatives, amount_tied, anchors_unwritten, asked_unshown, asked_unwritten, count_act,
                              count_body, count_nation, count_noun, count_organ, count_place, count_shown, datelines,
                              detail_shown, event_dateline, figure_shown, figure_year, first_later, founded_other,
                              joined_names, language_asked, named_other, ordinal_checks, person_shown, pipeline,
                              place_elsewhere, plan, profile, role_holder, route, said, said_by_other, side_shown,
                              suggest, time_shown, typos, yesno_party, yesno_year)
from knowledge.answer.acronyms import Acronyms
from knowledge.answer.compose import LOW_CONFIDENCE
from knowledge.answer.event_index import EventIndex
from knowledge.answer.lookups import Lookups
from knowledge.answer.records import Ev, St
from knowledge.context import apply_context, make_context
from knowledge.facts import Answer, Citation, Source, TimelineItem
from knowledge.match import ActorIndex, Found
from knowledge.names import fold
from knowledge.question import detect_language, parse

_NO_SOURCE = ("?", None, None, None, None)
_MAX_CITATIONS = 20_000  # citations kept for reuse (see Engine._cite)


class Engine(EventIndex, Lookups):
    """Question answering over one fact store (read-only)."""

    def __init__(self, conn: sqlite3.Connection, seeds_dir: Path | None = None):
        self.conn = conn
        self.seeds_dir = seeds_dir
        self.sources_by_id: dict[int, tuple[str, str | None, str | None, str | None, str | None]] = {
            r[0]: tuple(r[1:]) for r in conn.execute("SELECT id, file, title, outlet, date, url FROM sources")}
        actors = {r[0]: (r[1], r[2], r[3]) for r in conn.execute("SELECT id, key, name, kind FROM actors")}
        aliases = list(conn.execute("SELECT DISTINCT actor_id, alias FROM aliases"))
        titles = list(conn.execute("SELECT DISTINCT actor_id, title FROM titles"))
        partners = list(conn.execute(
            "SELECT DISTINCT p1.actor_id, p2.actor_id FROM aliases al"
            " JOIN event_participants p1 ON p1.actor_id = al.actor_id"
            " JOIN event_participants p2 ON p2.event_id = p1.event_id AND p2.actor_id != p1.actor_id"
            " WHERE al.folded LIKE '%counterpart%'"))
        self.index = ActorIndex(actors, aliases, titles, partners)
        self._load_event_index()
        self.topics = self._distinct_topics()
        self._vocab_cache: dict[str, bool] = {}
        self._suggesting = False
        self._canon_cache: dict[int, str] = {}
        self._answerable_memo: dict[tuple, bool] = {}  # names and topics that read back
        self._places_by_canon: dict[str, set[int]] | None = None
        self._locatable: set[int] = set()
        self._top_people: list[int] | None = None
        self._alias_map: dict[int, list[str]] | None = None
        self._about_memo: dict[tuple, list[str]] = {}
        self._text_memo: dict[int, str] = {}  # sentence id -> text, see EventIndex._sentence_texts
        self._line_memo: dict[tuple, str] = {}  # see EventIndex._event_line
        self._people_memo: dict[int, frozenset[int]] = {}  # see EventIndex._dedupe
        self._date_rank: dict[int, int] | None = None  # see EventIndex._date_order
        self._ev_memo: dict[int, tuple | None] = {}  # event id -> its fields, see EventIndex._events
        self._cand_memo: dict[tuple, tuple[int, ...]] = {}  # see EventIndex._candidate_events
        self._st_lists: OrderedDict[tuple, list[St]] = OrderedDict()  # see EventIndex._statement_list
        self._st_lists_size = 0
        self._cite_memo: dict[tuple, Citation] = {}  # (source id, sentence id, quote) -> its Citation
        self._texts_memo: dict[str, tuple] = {}  # file -> (its text, folded, its words): anchors_unwritten
        self._file_memo: dict[str, tuple] = {}  # file -> ((mtime, size), its text): _file_text
        self._dateline_rows: dict[int, tuple | None] = {}  # sentence id -> its offsets, text, file: datelines
        self._relation_memo: dict[tuple, tuple] = {}  # see relationship._remembered
        self._nationals_by: dict[str, set[int]] | None = None
        self._place_rx: re.Pattern | None = None
        self._place_rx_memo: dict[frozenset, re.Pattern | None] = {}
        self._place_forms: dict[str, int] = {}
        self._place_verdicts: dict[tuple, bool] = {}  # see Lookups._place_test
        self._venue_rx_memo: dict[tuple, re.Pattern | None] = {}  # (venue id, place pattern) -> "<venue> in <place>"
        self.retrieval = pipeline.Retrieval(conn)
        self.acronyms = Acronyms(conn, lambda phrase: any(
            self.index.kind(a) == "person" for a in self.index.exact.get(fold(phrase), ())))

    @classmethod
    def open(cls, db_path: str | Path | None = None, seeds_dir: str | Path | None = None) -> "Engine":
        from knowledge import store
        from knowledge.paths import default_paths

        default_seeds, default_db = default_paths()
        conn = store.connect(Path(db_path) if db_path else default_db, readonly=True)
        return cls(conn, Path(seeds_dir) if seeds_dir else default_seeds)

    def close(self) -> None:
        try:
            self.conn.close()
        except sqlite3.Error:
            pass

    def __enter__(self) -> "Engine":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def ask(self, question: str, context: dict | None = None) -> Answer:
        question = (question or "").strip()
        if not question:
            return self._decline("Ask me about Vietnam–Russia meetings, visits and statements.", Found(), [], None)
        if (talk := smalltalk_reply.reply(self, question, context)) is not None:
            return talk  # "hi", "cảm ơn", "кто ты?": small talk, never read as a question
        lang = detect_language(question[:500])
        text = joined_names.joined(self.acronyms.expand(question[:500]), lambda w: plan.in_vocab(self, w))
        q = parse(typos.corrected(self.retrieval.store, text) if lang == "en" else text, lang)
        found = self.index.find(q)
        if q.lang == "ru" and (latin := plan.respell(self, q, found)) != q.latin:
            q.latin = latin  # "Лонгфу": Long Phu, a name the store may know under that spelling
            found = self.index.find(q)
        alternatives.choose(self, q, found)  # a role several people hold: the one the question is about
        topics, topic_idx = plan.topics(q)
        frame = apply_context(q, found, topics, context or {}, self.index)
        answer = route.answer(self, q, found, frame.topics, topic_idx, frame)
        if not frame.from_context:  # a follow-up rests on the conversation's facts
            answer = self.retrieval.decide(answer, q, found, self._cite, _Texts(self, found))
            dated = datelines.asked_kind(q)  # "when" / "where" also when asked under another kind
            answer = datelines.with_datelines(self.conn, dated, answer, self._file_text, self._dateline_rows)
            if anchors_unwritten.unwritten(self.conn, q.raw, q.lang, answer, self._file_text, self._article_texts):
                answer = self._decline(pipeline.NOT_FOUND, found, [], None)  # a figure, name, country unwritten
            if q.kind == "when" and time_shown.asks_time(q.raw) and time_shown.no_time(answer):
                answer = self._decline(pipeline.NOT_FOUND, found, [], None)  # "when …" and no quote writes a time
            if time_shown.no_clock(answer, q.raw) or time_shown.no_unit(answer, q.raw):
                answer = self._decline(pipeline.NOT_FOUND, found, [], None)  # "what time …", "which weekday …" and no quote writes it
            if figure_shown.asks_figure(q.raw) and figure_shown.no_figure(answer, q.raw):
                answer = self._decline(pipeline.NOT_FOUND, found, [], None)  # "how many …" and no quote writes a figure
            if figure_shown.asks_figure(q.raw) and count_shown.uncounted(
                    self.conn, q.raw, count_shown.counted_focus(q, found), answer, count_noun.counts_translated(q)):
                answer = self._decline(pipeline.NOT_FOUND, found, [], None)  # "how many X": every figure counts another
            if figure_year.other_year(q.raw, answer) or count_act.other_act(q.tokens, answer) or (
                    yesno_year.other_year(q.yesno, q.raw, answer) or yesno_party.other_party(q.yesno, q.raw, answer)) or (
                    figure_shown.asks_figure(q.raw) and ordinal_checks.figures_of_another(q, answer)):
                answer = self._decline(pipeline.NOT_FOUND, found, [], None)  # 2014's figure, signed for ratified, 2nd flight's
            if (first_later.later_round(q.raw, answer) or first_later.first_time_unwritten(q.raw, answer)
                    or ordinal_checks.reply_unwritten(self.conn, q, answer)):
                answer = self._decline(pipeline.NOT_FOUND, found, [], None)  # the first forum asked, the second quoted
            if q.lang == "en" and (amount_tied.other_amount(self.conn, q.raw, answer)
                                   or amount_tied.duration_age(q.raw, answer)):
                answer = self._decline(pipeline.NOT_FOUND, found, [], None)  # "how much did it cost": a prize's sum
            if count_noun.declines(self.conn, q, answer) or count_nation.other_people(self.conn, q, answer) \
                    or count_place.other_place(self.conn, q.raw, q.lang, answer) \
                    or count_body.other_body(self.conn, q, found, answer) \
                    or count_organ.organ_only(self.conn, q, answer):
                answer = self._decline(pipeline.NOT_FOUND, found, [], None)  # "how many doctors": "25 staff members"
            if (person_shown.no_person(self.conn, q.raw, answer) or person_shown.act_unwritten(q.raw, answer)
                    or role_holder.deputy_only(q.raw, answer)
                    or role_holder.profession_unheld(self.conn, q.tokens, q.raw, answer)):
                answer = self._decline(pipeline.NOT_FOUND, found, [], None)  # "who signed …" and no quote names anyone
            if side_shown.other_side_offered(self.conn, self.index, q.tokens, answer):
                answer = self._decline(pipeline.NOT_FOUND, found, [], None)  # "who led the Russian side": a Vietnamese
            if detail_shown.unshown(self.conn, q.tokens, q.raw, answer):
                answer = self._decline(pipeline.NOT_FOUND, found, [], None)  # "which province …" and no quote names one
            if asked_unwritten.unwritten(q.tokens, q.raw, q.lang, answer) or asked_unshown.unshown(q.raw, q.tokens, answer):
                answer = self._decline(pipeline.NOT_FOUND, found, [], None)  # today's rate, an age, goods, a span unwritten
            if (place_elsewhere.elsewhere(q.raw, q.lang, answer) or named_other.other_named(q.raw, q.lang, answer)
                    or language_asked.other_language(q.raw, q.lang, answer)
                    or founded_other.other_founded(self.conn, q, question, answer)
                    or said_by_other.other_speaker(self.conn, q, found, answer, self.index)):
                answer = self._decline(pipeline.NOT_FOUND, found, [], None)  # "in Hanoi" / "Spanish edition" / a body founded
            lede = event_dateline.with_lede(self, dated, answer)  # last: it rescues no decline
            if lede is not answer:  # the quote it added, from its dateline on as the others already are
                answer = datelines.with_datelines(self.conn, dated, lede, self._file_text, self._dateline_rows)
        answer.context = make_context(q, found, frame, answer, self.index)
        return answer

    def who(self, name: str) -> Answer:
        q = parse(name)
        q.kind = "profile"
        found = self.index.find(q)
        return profile.answer(self, q, found, [])

    def timeline(self) -> list[TimelineItem]:
        # events the extractor doubts (below LOW_CONFIDENCE) are no facts to draw
        ids = [r[0] for r in self.conn.execute("SELECT id FROM events WHERE confidence >= ?"
                                                " ORDER BY date IS NULL, date, id LIMIT 500", [LOW_CONFIDENCE])]
        out = []
        # dated events in date order, then the undated ones (never between dated entries as if the
        # article's publication date were theirs)
        evs = sorted(self._dedupe(self._events(ids)), key=lambda e: (e.date is None, e.date or "", self._ev_order(e)))
        for ev in evs:
            out.append(TimelineItem(kind=ev.kind, participants=[self.index.name(a) for a, _r in ev.parts],
                                    place=ev.place, date=ev.date, date_end=ev.date_end,
                                    date_phrase=ev.date_phrase, citation=self._cite(ev.source_id, ev.sentence_id, ev.text)))
        return out

    def sources(self) -> list[Source]:
        rows = self.conn.execute("SELECT file, sha256, title, outlet, date, url FROM sources ORDER BY date, file")
        return [Source(file=r[0], sha256=r[1], title=r[2], outlet=r[3], date=r[4], url=r[5]) for r in rows]

    def paragraph(self, citation: Citation) -> Citation:
        """The citation with the whole paragraph as its quote.

        The store keeps sentences, not the text between them, so the paragraph is cut from the
        seed file itself, and only when every stored sentence of that paragraph still sits at its
        offsets in the file (the file is unchanged). Otherwise the citation comes back as it was:
        a shorter verbatim quote is honest, a paragraph glued together from sentences may not be.
        """
        if citation.sentence_id is None:
            return citation
        row = self.conn.execute(
            "SELECT s.source_id, s.paragraph, src.file FROM sentences s JOIN sources src ON src.id = s.source_id"
            " WHERE s.id = ?", [citation.sentence_id]).fetchone()
        if row is None:
            return citation
        source_id, para, file = row
        sents = list(self.conn.execute(
            'SELECT start, "end", text FROM sentences WHERE source_id = ? AND paragraph = ? ORDER BY position',
            [source_id, para]))
        if len(sents) <= 1:
            return citation
        text = self._file_text(file)
        if text is None or any(text[a:b] != t for a, b, t in sents):
            return citation
        start, end = min(s[0] for s in sents), max(s[1] for s in sents)
        start -= len(datelines.dateline_before(text, start))  # a quote given with its dateline stays inside
        return replace(citation, quote=text[start:end])

    def _article_texts(self, file: str) -> tuple:
        """An article's text, its fold and the fold's words, kept for the next question (a bounded memo: the
        anchor check reads every quoted article whole, question after question)."""
        got = self._texts_memo.get(file)
        if got is None:
            if len(self._texts_memo) >= 512:  # (a busy hour's quoted articles: fewer start it over)
                self._texts_memo.clear()
            got = self._texts_memo[file] = anchors_unwritten.article_texts(self.conn, file, self._file_text)
        return got

    def _file_text(self, file: str) -> str | None:
        """The seed file's text, kept while the file is unchanged (its time and size): the dateline and
        anchor checks read the quoted articles again for every question."""
        if not self.seeds_dir:
            return None
        path = self.seeds_dir / file
        try:
            st = path.stat()
            got = self._file_memo.get(file)
            if got is not None and got[0] == (st.st_mtime_ns, st.st_size):
                return got[1]
            data = path.read_bytes()
        except OSError:
            return None
        text = data.decode("utf-8-sig", errors="replace")
        if len(self._file_memo) >= 64:
            self._file_memo.clear()
        self._file_memo[file] = ((st.st_mtime_ns, st.st_size), text)
        return text

    def _cite(self, source_id: int, sentence_id: int, text: str) -> Citation:
        """The citation of a quote, one object per quote: a topic's answer cites hundreds of
        statements (the rest under More), the same ones question after question, and nothing
        changes a Citation once made (Engine.paragraph makes a new one)."""
        key = (source_id, sentence_id, text)
        got = self._cite_memo.get(key)
        if got is None:
            if len(self._cite_memo) >= _MAX_CITATIONS:
                self._cite_memo.clear()
            file, title, outlet, date, _url = self.sources_by_id.get(source_id, _NO_SOURCE)
            got = self._cite_memo[key] = Citation(file, title, outlet, date, text, sentence_id)
        return got

    def _answered(self, head: str, cites: list[Citation], lines: list[str], more: list[Citation], evs: list[Ev],
                  persons, statements: list[St] | None = None) -> Answer:
        ans = Answer(answered=True, text=reply.compose(head, cites, lines), headline=head, citations=cites, more=more)
        ans._events = [e.id for e in evs]  # type: ignore[attr-defined]
        ans._answer_actors = sorted({a for e in evs for a, _r in e.parts if self.index.kind(a) == "person"} |
                                    {s.speaker_id for s in statements or [] if s.speaker_id})  # type: ignore[attr-defined]
        return ans

    def _decline(self, head: str, found: Found, topics: list[str], frame) -> Answer:
        suggestions = [] if self._suggesting else suggest.suggest(self, found, topics)
        ans = Answer(answered=False, text=reply.decline_text(head, suggestions), headline=head, suggestions=suggestions)
        ans._events = []  # type: ignore[attr-defined]
        ans._answer_actors = []  # type: ignore[attr-defined]
        return ans

    def suggest(self, found: Found | None = None, topics: list[str] | None = None, n: int = 3) -> list[str]:
        """Two or three questions about what the question did recognise, each checked answerable."""
        return suggest.suggest(self, found, topics, n)


class _Texts:
    """The fact answerers' wording of one event or statement, for retrieval's head line."""

    def __init__(self, eng: Engine, found: Found | None = None):
        self.eng = eng
        self.found = found or Found()

    def decline(self, head: str) -> Answer:
        return self.eng._decline(head, self.found, [], None)

    def event(self, event_id: int, focus: list[int]) -> str:
        return self.eng._event_line(self.eng._events([event_id])[0], focus)

    def name(self, actor_id: int) -> str:
        return self.eng.index.name(actor_id)

    def statement(self, statement_id: int) -> str:
        st = self.eng._statements([statement_id])
        return said.statement_head(self.eng, st, [st[0].speaker_id]) if st else ""

