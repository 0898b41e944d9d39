"""Answers to "what did X say (about Y)": X's statements on the topic or thing asked about, else
passages that name both, else a decline that says what was looked for."""

from __future__ import annotations

import re
import sqlite3
from functools import lru_cache

from knowledge import reply
from knowledge.answer import plan
from knowledge.answer.intent import answer_type, speech_verb_at
from knowledge.answer.textmatch import has_terms, quick_fold, sentence_topics
from knowledge.facts import Answer
from knowledge.match import Found
from knowledge.names import fold
from knowledge.question import COMMON, Question
from knowledge.topics import TOPIC_KEYWORDS


def answer(eng, q, persons, places, found, topics, frame) -> Answer:
    """Statements by the speakers asked about (or on the topic, or naming what is asked about),
    narrowed to the thing, topic, nationality and year asked; passages when no statement fits."""
    cut = plan.about_split(q, found)
    at = speech_verb_at(q)  # "what did X ask / urge / thank Y": Y listened
    heard = at[1] if at is not None and q.tokens[at[1]] in _ADDRESSED else cut
    speaker_ids, about_ids = _speakers_and_about(eng, frame, cut, heard)
    sts = _candidates(eng, q, found, speaker_ids, topics, about_ids)
    if sts is None:
        return eng._decline(reply.DECLINE, found, topics, frame)
    # words after "about" that name no person, place or lexicon topic ("the Akademgorodok
    # Technopark", "the Quảng Trị 1 power plant"): a statement must contain them, or it is
    # about something else
    about_terms = terms_after_about(q, found, cut)
    if speaker_ids and about_terms:
        sts = [st for st in sts if has_terms(st.text, about_terms)]
        if not sts:
            return _about_thing(eng, q, found, topics, frame, speaker_ids, about_terms, cut)
        topics, about_ids = [], set()
    sts = _narrow(eng, q, found, sts, speaker_ids, topics, about_ids)
    if not sts and not (speaker_ids and not (topics or about_ids)):
        passages = find_passages(eng, q, found, speaker_ids, topics, about_ids)
        if passages:
            return passage_answer(eng, passages, speaker_ids, topics, about_ids)
    if not sts:
        return eng._decline(_nothing_said(eng, speaker_ids, topics, about_ids), found, topics, frame)
    return _statements_answer(eng, q, found, sts, speaker_ids, topics)


# speech verbs whose object is the one spoken to ("asked Y to …", "thanked Y for …")
_ADDRESSED = {"ask", "asked", "urge", "urged", "thank", "thanked", "invite", "invited", "congratulate",
              "congratulated", "wish", "wished", "promise", "promised", "offer", "offered", "request", "requested"}


def _speakers_and_about(eng, frame, cut: int, heard: int) -> tuple[list[int], set[int]]:
    """Who speaks (people and organisations named before 'about') and what about (actors named
    after it; the countries named before it when no one speaks). Those named after a verb of
    speech to someone (`heard`: "asked Y") and before 'about' are spoken to: neither."""
    speakers: list[set[int]] = []
    about: list[set[int]] = []
    for m in frame.mentions:
        ids = {a for a in m.actor_ids}
        if heard < m.span[0] <= cut and m.how != "context":
            continue
        (about if m.span[0] > cut and not m.how == "context" else speakers).append(ids)
    speaker_ids = sorted({a for s in speakers for a in s if eng.index.kind(a) in ("person", "org")})
    if speaker_ids and all(eng.index.kind(a) == "org" for a in speaker_ids):
        speaker_ids = sorted(set(speaker_ids) | _speaking_for(eng, speaker_ids))
    about_countries = {a for s in speakers for a in s if eng.index.kind(a) in ("country", "place")}
    about_ids = {a for s in about for a in s} | (about_countries if not speaker_ids else set())
    return speaker_ids, about_ids


def _speaking_for(eng, org_ids: list[int]) -> set[int]:
    """People whose title names an organisation asked about ('Vietnam Airlines Executive Vice
    President'): what they said, the organisation said ('What did the Vietnam Airlines executive
    say?' — a company's statements are its officers'), when no person is asked about."""
    out: set[int] = set()
    for org in org_ids:
        name = " " + " ".join(re.findall(r"\w+", fold(eng.index.name(org)))) + " "
        if len(name.split()) < 2:
            continue  # a one-word name ('Gazprom') is matched fuzzily elsewhere; only whole names here
        out |= {aid for aid, texts in eng.index.title_text.items() if any(name in t for t in texts)}
    return out


def _candidates(eng, q, found, speaker_ids: list[int], topics: list[str], about_ids: set[int]):
    """The statements to choose from: the speakers', else the topic's, else those naming what is
    asked about, else those with the question's own words; None when the question has none."""
    params: list = []
    if speaker_ids:
        sql = f"SELECT id FROM statements WHERE speaker_id IN ({','.join('?' * len(speaker_ids))})"
        params = speaker_ids
    elif topics:
        sql = f"SELECT statement_id FROM statement_topics WHERE topic IN ({','.join('?' * len(topics))})"
        params = topics
    elif about_ids:
        terms = sorted({a for aid in about_ids for a in eng._aliases_of(aid)})[:20]
        sql = "SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?"
        params = [" OR ".join(f'"{t}"' for t in terms)] if terms else ['"\u0000"']
    else:
        terms = plan.content_terms(q, found)
        if not terms:
            return None
        sql = "SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?"
        params = [" AND ".join(f'"{t}"' for t in terms)]
    return eng._statement_list((sql, *params), lambda: [r[0] for r in eng.conn.execute(sql + " LIMIT 500", params)])


def _about_thing(eng, q, found, topics, frame, speaker_ids: list[int], about_terms: list[str], cut: int) -> Answer:
    """No statement of the speakers names the thing asked about: passages that name both, or a decline."""
    passages = [p for p in find_passages(eng, q, found, speaker_ids, [], set(), terms=about_terms)]
    if passages:
        return passage_answer(eng, passages, speaker_ids, [], set(), what=about_phrase(q, cut))
    who = reply.join_names([eng.index.name(a) for a in speaker_ids][:2])
    return eng._decline(f"My sources don't report {who} saying anything about {about_phrase(q, cut)}.",
                        found, topics, frame)


def _narrow(eng, q, found, sts, speaker_ids: list[int], topics: list[str], about_ids: set[int]):
    """The statements on the topic or naming what is asked about, by speakers of the nationality
    asked about, published in the years asked about."""
    if speaker_ids and (topics or about_ids):
        kept = []
        tset = set(topics)
        for st in sts:
            # the statement's own topics, or its sentence's ("…, he said, thanking Việt Nam for ASEAN …")
            if tset and (tset & st.topics or (may_have_topic(eng, st.text, topics)
                                              and tset.intersection(sentence_topics(st.text)))):
                kept.append(st)
            elif about_ids and any(eng._mentions(st.text, a, st.source_id) for a in about_ids):
                kept.append(st)
        sts = kept
    if not speaker_ids and found.nationalities:
        # "What did the Russian side say about ASEAN?": speakers of that nationality only
        sts = [s for s in sts if s.speaker_id and eng.index.nationality.get(s.speaker_id, set()) & found.nationalities]
    if q.date_lo:
        sts = [s for s in sts if eng._pub(s.source_id)[:4] >= q.date_lo[:4] and eng._pub(s.source_id)[:4] <= q.date_hi[:4]]
    return sts


def _nothing_said(eng, speaker_ids: list[int], topics: list[str], about_ids: set[int]) -> str:
    """'My sources don't report X saying anything about Y.'"""
    who = reply.join_names([eng.index.name(a) for a in speaker_ids][:2]) or "anyone"
    what_l: list[str] = []
    for w in [eng._topic_name(t) for t in topics[:2]] + [eng.index.name(a) for a in sorted(about_ids)][:2]:
        if fold(w) not in {fold(x) for x in what_l}:
            what_l.append(w)
    what = reply.join_names(what_l)
    return f"My sources don't report {who} saying anything" + (f" about {what}." if what else ".")


def _statements_answer(eng, q, found, sts, speaker_ids: list[int], topics: list[str]) -> Answer:
    """The first statement as the head line, one quote per sentence; for a topic with few
    statements, other passages on it after them."""
    seen, uniq = set(), []
    for st in sts:
        if st.sentence_id not in seen:
            seen.add(st.sentence_id)
            uniq.append(st)
    terms = plan.content_terms(q, found) if speaker_ids and not topics else []
    if terms:  # 'what did X say passengers would gain': the statement with those words first
        uniq.sort(key=lambda st: -sum(has_terms(st.text, [t]) for t in terms))
    head = statement_head(eng, uniq, speaker_ids)
    cites = [eng._cite(s.source_id, s.sentence_id, s.text) for s in uniq]
    if not speaker_ids and topics and len(cites) < 3:
        # a topic question: sentences about it that are not anyone's statement come after
        extra = [eng._cite(src, sid, text) for _p, src, _pos, sid, text in find_passages(eng, q, found, [], topics, set())
                 if sid not in seen]
        if extra:
            head += f" Other passages of my sources on {reply.join_names([eng._topic_name(t) for t in topics[:2]])} follow."
            cites += extra
    first_speaker = next((s.speaker_id for s in uniq if s.speaker_id), None)
    return eng._answered(head, cites[:3], [], cites[3:], [], [{first_speaker}] if first_speaker else [],
                         statements=uniq)


# words that open a quoted sentence and are no name: lower-cased when it follows "said that"
_OPENERS = r"(The|A|An|This|That|These|Those|It|Its|There|Both|Such|All|Each|Every|In|On|At|For|With)\b"


def statement_head(eng, uniq, speaker_ids: list[int]) -> str:
    """'X said that …' from the first statement (cut at 160 characters), with the count of the rest."""
    top = uniq[0]
    speaker = eng.index.name(top.speaker_id) if top.speaker_id in eng.index.actors else "An unnamed speaker"
    content = " ".join(top.content.split())
    content = reply.cut_words(content, 160)
    verb = reply.past(top.verb)
    clause = top.verb.split()[0].lower() in reply.CLAUSE_VERBS and not re.match(r"(that|on|to|for|about)\b", content, re.I)
    if len(content.split()) < 4:  # a fragment the article quotes ("entirely realistic"): no clause to build on
        head = f"{speaker}, quoted: “{content.strip(chr(34) + '“”.')}”"
    else:
        if clause and re.match(_OPENERS, content):  # a quoted sentence's capital: "said that the …"
            content = content[0].lower() + content[1:]
        head = f"{speaker} {verb} that {content}" if clause else f"{speaker} {verb} {content}"
    head = head if head.endswith("…") else head.rstrip(".") + "."
    if len(uniq) > 1:
        speakers_all = reply.join_names(_first_names(eng, uniq, 3))
        head += f" ({len(uniq)} statements in my sources" + (f", by {speakers_all})" if not speaker_ids else ")")
    return head


def _first_names(eng, sts, n: int) -> list[str]:
    """The first n different speakers' names, in statement order."""
    names: dict[str, None] = {}
    for s in sts:
        if s.speaker_id in eng.index.actors:
            names[eng.index.name(s.speaker_id)] = None
            if len(names) == n:
                break
    return list(names)


def terms_after_about(q: Question, found: Found, cut: int) -> list[str]:
    """Content words after 'about' that are no name, date, question word or topic word."""
    if cut >= len(q.tokens):
        return []
    _t, topic_idx = plan.topics(q)
    stop = {"said", "say", "says", "what", "about"}
    return [q.latin[i] for i in range(cut + 1, len(q.tokens))
            if i not in found.claimed and i not in q.date_idx and i not in topic_idx
            and (q.tokens[i] not in COMMON or q.raw_has_capital(i))
            and q.tokens[i] not in stop and not q.tokens[i].isdigit() and len(q.latin[i]) >= 3
            and re.fullmatch(r"[a-z0-9]+", q.latin[i])][:5]


def about_phrase(q: Question, cut: int) -> str:
    """The question's own words for what it asks about, as the user wrote them."""
    m = re.search(r"\b(?:about|on|regarding|concerning)\s+(.+?)[?.!]*\s*$", q.raw, re.I)
    if m:
        return m.group(1).strip()
    return "“" + " ".join(q.tokens[cut + 1:]) + "”"


def may_have_topic(eng, text: str, topics: list[str]) -> bool:
    """A cheap substring pre-check before topics_of (which runs every keyword's regex)."""
    return _may_have_topic(text, tuple(topics))


@lru_cache(maxsize=256)
def _topic_keys(topics: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(fold(k.rstrip("*")) for t in topics for k in TOPIC_KEYWORDS.get(t, [t]))


@lru_cache(maxsize=1 << 15)
def _may_have_topic(text: str, topics: tuple[str, ...]) -> bool:
    """Memoised: a speaker's statements are checked for the same topics question after question."""
    f = quick_fold(text)
    return any(k in f for k in _topic_keys(topics))


def topic_fts(topics: list[str]) -> str:
    """An FTS5 query for a topic's keywords, every token quoted ("oil and gas" -> "oil" "gas")."""
    alts = []
    for t in topics:
        for kw in TOPIC_KEYWORDS.get(t, [t]):
            prefix = kw.endswith("*")
            toks = [w for w in re.findall(r"[a-z0-9]+", fold(kw.rstrip("*"))) if w not in ("and", "of", "the", "in")]
            if not toks:
                continue
            phrase = " ".join(f'"{w}"' for w in toks)
            alts.append(f"({phrase}{'*' if prefix else ''})" if len(toks) > 1 else f'"{toks[0]}"' + ("*" if prefix else ""))
    return " OR ".join(dict.fromkeys(alts))


def find_passages(eng, q: Question, found: Found, speaker_ids: list[int], topics: list[str],
              about_ids: set[int], terms: list[str] | None = None) -> list[tuple[str, int, int, int, str]]:
    """Sentences (not statements) about the topic: any sentence when no one is named, else the
    sentences that name one of the speakers. (pub, source, position, sentence id, text)"""
    if terms:
        match = " AND ".join(f'"{t}"' + ("*" if len(t) >= 6 else "") for t in terms)
    elif topics:
        match = topic_fts(topics)
    elif about_ids and not speaker_ids:
        terms = sorted({a for aid in about_ids for a in eng._aliases_of(aid)})[:20]
        match = " OR ".join(f'"{t}"' for t in terms)
    else:
        terms = plan.content_terms(q, found)
        match = " AND ".join(f'"{t}"' for t in terms)
    if not match:
        return []
    try:
        rows = list(eng.conn.execute(
            "SELECT s.id, s.source_id, s.position, s.text FROM sentences_fts f JOIN sentences s ON s.id = f.rowid"
            " WHERE sentences_fts MATCH ? LIMIT 200", [match]))
    except sqlite3.Error:
        return []
    out = []
    speech = answer_type(q)[1] and all(eng.index.kind(a) == "person" for a in speaker_ids)  # what people said
    for sid, source_id, pos, text in rows:
        if topics and not set(topics) & set(sentence_topics(text)):
            continue
        if terms and not has_terms(text, terms):
            continue
        if speaker_ids and (not any(eng._mentions(text, a, source_id) for a in speaker_ids)
                            or speech and _others_words(eng, sid, speaker_ids)):
            continue
        if q.date_lo and not (q.date_lo[:4] <= eng._pub(source_id)[:4] <= q.date_hi[:4]):
            continue
        out.append((eng._pub(source_id), source_id, pos, sid, text))
    return sorted(out)


def _others_words(eng, sentence_id: int, speaker_ids: list[int]) -> bool:
    """The loader stored the sentence's statement with a speaker, a person or a body, none of those asked
    ("Rear Admiral X said …" naming Y among the guests, "She told them Y would attend"): another's words."""
    said = {a for (a,) in eng.conn.execute("SELECT speaker_id FROM statements WHERE sentence_id = ? AND speaker_id"
                                           " IS NOT NULL", [sentence_id]) if eng.index.kind(a) in ("person", "org")}
    return bool(said) and said.isdisjoint(speaker_ids)


def passage_answer(eng, passages, speaker_ids, topics, about_ids, what: str | None = None) -> Answer:
    what = what or reply.join_names([eng._topic_name(t) for t in topics[:2]] or
                                    [eng.index.name(a) for a in sorted(about_ids)][:2]) or "that"
    if speaker_ids:
        who = reply.join_names([eng.index.name(a) for a in speaker_ids][:2])
        own = fold(what) in fold(who) or fold(who) in fold(what)  # the topic is the speaker's own name
        head = (f"My sources report no statement by {who}{'' if own else f' about {what}'}, but "
                f"{'this passage names' if len(passages) == 1 else 'these passages name'} "
                f"{who if own else f'{who} and {what}'}:")
    else:
        head = (f"My sources report no statement about {what}; "
                f"{'this passage mentions' if len(passages) == 1 else 'these passages mention'} it:")
    cites = [eng._cite(src, sid, text) for _p, src, _pos, sid, text in passages]
    return eng._answered(head, cites[:3], [], cites[3:], [], [])
