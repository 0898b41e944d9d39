"""Statements: who said what, with which reporting verb, about which topics.

Cue -> content -> source, as in quote-attribution systems: a reporting verb (said, affirmed,
thanked, spoke highly of ...), its content (a `that`-clause, a fronted clause in "X, said Y" /
"X, he said", a quotation, or the verb's objects), and its speaker (the grammatical subject,
inherited through coordination and participles, resolved to a named person). A speaker we
cannot resolve to a person stays None; a country or organisation as subject is not a speaker.
"""

from __future__ import annotations

import re

from knowledge import lazy_re
from knowledge.extract_actors import PERSON_PRONOUNS, ROLE_HEADS
from knowledge.facts import Statement
from knowledge.topics import topics_of

REPORT_VERBS = {
    "say", "affirm", "reaffirm", "emphasize", "emphasise", "stress", "congratulate", "note", "thank",
    "express", "inform", "share", "wish", "ask", "agree", "speak", "state", "add", "underline",
    "highlight", "confirm", "propose", "suggest", "assert", "declare", "announce", "hope", "urge",
    "pledge", "vow", "reiterate", "voice", "acknowledge", "appreciate", "recall", "tell", "praise",
    "welcome", "invite", "believe", "insist", "warn", "explain", "point", "call", "attach",
    "request", "hail", "laud", "mention", "reply", "respond", "remark", "admit", "argue", "claim",
    "describe", "stated", "promise", "assure", "reassure",
}
_NORMAL = {"emphasise": "emphasize", "stated": "state"}
_CONTENT_STRIP = " \t\n,;:\"“”'‘’—–-"
_TOPIC_LEAD = lazy_re.compile(r"^(?:Regarding|Concerning|On|About|As for|As to|Speaking (?:about|of)|"
                         r"With regard to|Referring to|Turning to|Discussing)\b[^,]{2,120},", re.I)


def _lemma(tok) -> str | None:
    if tok.pos_ not in ("VERB", "AUX"):
        return None  # tested below too; first, before the lemma, as most tokens fail it
    lem = (tok.lemma_ or tok.text).lower()
    lem = _NORMAL.get(lem, lem)
    if lem not in REPORT_VERBS or tok.pos_ not in ("VERB", "AUX"):
        return None
    if lem == "speak":
        if not any(c.text.lower() in ("highly", "well") for c in tok.children):
            return None
        return "speak highly"
    if lem == "point" and not any(c.dep_ == "prt" and c.text.lower() == "out" for c in tok.children):
        return None
    if lem == "call" and not any(c.dep_ == "prep" and c.text.lower() in ("for", "on") for c in tok.children):
        return None
    if lem == "attach" and not any(c.text.lower() == "importance" for c in tok.subtree):
        return None
    if tok.dep_ == "relcl" and _relative_report(tok) is None:
        return None
    if tok.dep_ in ("amod", "compound", "acl", "pcomp", "csubj", "nsubj", "pobj", "dobj"):
        return None
    if any(c.dep_ == "aux" and c.text.lower() == "to" for c in tok.children):
        return None  # "to say", "invited X to share": not a report
    if tok.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children):
        return None  # "as proposed by X", "was welcomed": passive, not a report by the subject
    if any(c.dep_ == "mark" and c.text.lower() == "as" for c in tok.children):
        return None
    return lem


def _relative_report(v):
    """'..., which he said demonstrated X': the ccomp of a reporting verb inside a relative
    clause whose subject is the relative pronoun; None for other relative clauses."""
    subj = _own_subject(v)
    if subj is None or subj.i > v.i:
        return None
    for c in v.children:
        if c.dep_ == "ccomp" and c.i > v.i and any(
                g.dep_ in ("nsubj", "nsubjpass") and g.text.lower() in ("which", "that", "who") and g.i < subj.i
                for g in c.children):
            return c
    return None


def _own_subject(v):
    for c in v.children:
        if c.dep_ in ("nsubj", "nsubjpass") and c.text.lower() not in ("it", "there", "which", "that"):
            return c
    return None


def _speaker_token(v, heads: dict):
    """Subject of v, inherited through conj / participle / xcomp chains."""
    s = _own_subject(v)
    if s is not None:
        return s, False
    t = v
    for _ in range(6):
        if t.dep_ not in ("conj", "advcl", "xcomp", "acl", "dobj", "pobj", "prep", "pcomp", "ccomp") or t.head == t:
            return None, True
        if t.dep_ == "ccomp" and t.head.i in heads:
            return heads[t.head.i], True
        t = t.head
        s = _own_subject(t)
        if s is not None:
            return s, t
    return None, True


def _trim(doc, s: int, e: int) -> tuple[int, int]:
    while s < e and (doc[s].text in _CONTENT_STRIP or doc[s].dep_ == "mark" and doc[s].text.lower() in ("that", "whether")
                     or doc[s].text.lower() in ("and", "but")):
        s += 1
    while e > s and (doc[e - 1].text in _CONTENT_STRIP or doc[e - 1].text.lower() in ("and", "but", "while", "as", "which", "who")):
        e -= 1
    return s, e


def _content_range(v, stmt_heads: set[int], subj) -> tuple[int, int] | None:
    doc = v.doc
    comp = [c for c in v.children if c.dep_ == "ccomp"]
    if comp:
        c = comp[0]
        toks = sorted(x.i for x in c.subtree)
        s, e = toks[0], toks[-1] + 1
        if v.dep_ == "relcl":  # "which he said demonstrated X": the predicate after the verb
            s = v.i + 1
        # "X, said Mr. Trong": a fronted clause may start after a sentence-initial quote mark
    else:
        excl = {v.i}
        if subj is not None:
            excl |= {x.i for x in subj.subtree}
        toks = []
        for c in v.rights:
            if c.dep_ in ("punct", "cc") or (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")):
                continue
            if c.dep_ == "advcl" and c.tag_ == "VBG":
                continue
            toks.extend(x.i for x in c.subtree)
        toks = sorted(set(toks) - excl)
        if not toks:
            return None
        s, e = toks[0], toks[-1] + 1
    # cut at the first other statement's verb inside (its own content follows)
    root = comp[0].i if comp else None
    for i in range(s, e):
        if i != v.i and i != root and i in stmt_heads and i > s and doc[i].dep_ in ("conj", "advcl"):
            e = i
            break
        if i != v.i and i in stmt_heads and i > s and doc[i].dep_ == "relcl":
            e = doc[i].left_edge.i  # ", which he said ...": that report is its own statement
            break
    if not comp:
        while s < e and (doc[s].head == v and doc[s].dep_ in ("advmod",) or
                         doc[s].dep_ == "prep" and doc[s].text.lower() == "of" and doc[s].head == v):
            s += 1
    s, e = _trim(doc, s, e)
    return (s, e) if e > s else None


def _quoted(sent_text: str, base: int, v_char: int) -> tuple[int, int] | None:
    """A quotation adjacent to the verb's clause: '"...," he said' or 'he said: "..."'."""
    for m in re.finditer(r"[\"“]([^\"“”]{8,})[\"”]", sent_text):
        qs, qe = m.start(1) + base, m.end(1) + base
        return qs, qe
    return None


def statements_in_sentence(ctx, sc) -> None:
    """What the people of this sentence said: a statement per reporting verb whose speaker is a
    person (or a pronoun or role standing for one), with the words reported, verbatim, and their
    topics; a report that only wraps another is dropped, and the sentence's statements keep the
    order of their words."""
    cands = [(t, _lemma(t)) for t in sc.span]
    cands = [(t, lem) for t, lem in cands if lem]
    if not cands:
        return
    heads: dict[int, object] = {}
    stmt_heads = {t.i for t, _ in cands}
    # first pass: verbs with their own subject (so inherited ones can look them up)
    order = sorted(cands, key=lambda x: _own_subject(x[0]) is None)
    for v, lem in order:
        st = _statement_of(ctx, sc, v, lem, heads, stmt_heads)
        if st is not None:
            ctx.statements.append(st)
    _drop_wrappers(ctx, sc)
    # keep sentence order of verbs
    mine = [st for st in ctx.statements if st.sentence == sc.sent.position]
    rest = [st for st in ctx.statements if st.sentence != sc.sent.position]
    mine.sort(key=lambda st: ctx.seed.text.find(st.content, sc.sent.start))
    ctx.statements[:] = rest + mine


def _statement_of(ctx, sc, v, lem: str, heads: dict, stmt_heads: set[int]) -> Statement | None:
    """The statement a reporting verb makes, or None: no person speaking, a greeting ('welcomed
    the Vietnamese leader'), or fewer than two words reported. Records the verb's speaker token in
    `heads` for the verbs that inherit it."""
    found = _speaker_of(ctx, v, heads)
    if found is None:
        return None
    subj, actor, inherited = found
    if not _speaks(ctx, v, lem, subj, actor):
        return None
    rng = _content_range(v, stmt_heads, subj)
    if rng is None:
        return None
    content = _content_text(ctx, sc, v, rng)
    if len(content.split()) < 2:
        return None
    topics = topics_of(content)
    lead = _TOPIC_LEAD.match(sc.span.text)
    if lead and v.dep_ == "ROOT":
        topics = list(dict.fromkeys(topics_of(lead.group(0)) + topics))
    doc = sc.span.doc
    sp_tokens = [x for x in subj.subtree] if subj.dep_ != "relcl" else [subj]
    sp_phrase = doc[min(x.i for x in sp_tokens):max(x.i for x in sp_tokens) + 1].text
    return Statement(
        speaker=actor.name if actor else None, verb=lem, content=content, sentence=sc.sent.position,
        topics=topics, speaker_phrase=sp_phrase, confidence=_confidence(ctx, sc, subj, actor, inherited))


def _speaker_of(ctx, v, heads: dict):
    """(speaker token, its actor, how it was inherited) of a reporting verb, or None. A report
    coordinated inside another's reported clause ('He said that Russia supported ... and thanked
    Viet Nam') belongs to the outer speaker, not to the clause's subject."""
    subj, inherited = _speaker_token(v, heads)
    if subj is None:
        return None
    actor = ctx.resolve(subj)
    if inherited is not True and inherited is not False and (actor is None or actor.kind != "person") \
            and subj.text.lower() not in PERSON_PRONOUNS:
        # "He said that Russia supported ... and thanked Viet Nam": the coordinated report
        # belongs to the outer speaker, not to the subject of the reported clause
        t = inherited
        while t.dep_ != "ccomp" and t.head != t:
            t = t.head
        if t.dep_ == "ccomp" and t.head.i in heads:
            subj = heads[t.head.i]
            actor = ctx.resolve(subj)
    heads[v.i] = subj
    return subj, actor, inherited


def _speaks(ctx, v, lem: str, subj, actor) -> bool:
    """The speaker is a person (a known one, a person pronoun, a role word, a PERSON entity) and
    the verb reports words, not a greeting ('Putin welcomed the Vietnamese leader')."""
    low = subj.text.lower()
    person_like = low in PERSON_PRONOUNS or low in ROLE_HEADS or subj.ent_type_ == "PERSON" or (
        actor is not None and actor.kind == "person")
    if actor is not None and actor.kind != "person":
        return False
    if not person_like:
        return False
    if lem == "welcome" and any(c.dep_ == "dobj" and (ctx.resolve(c) is not None or c.text.lower() in ROLE_HEADS)
                                for c in v.children):
        return False  # "Putin welcomed the Vietnamese leader": a greeting, not a statement
    return True


def _content_text(ctx, sc, v, rng: tuple[int, int]) -> str:
    """The words reported, verbatim from the file: the content's tokens, or the quotation they
    overlap (without its closing punctuation)."""
    span = sc.span
    doc = span.doc
    s, e = rng
    cs, ce = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
    q = _quoted(span.text, span.start_char, v.idx)
    if q and (q[0] <= cs < q[1] or cs <= q[0] < ce):
        cs, ce = q
        while ce > cs and doc.text[ce - 1] in _CONTENT_STRIP:
            ce -= 1
    off = sc.sent.start - span.start_char
    return ctx.seed.text[cs + off:ce + off]


def _confidence(ctx, sc, subj, actor, inherited) -> float:
    """How sure the speaker is: a name best, a role reference less, a pronoun less again, an
    inherited subject at most 0.85, no known actor 0.3."""
    how = ctx.table.how.get((sc.doc_id, subj.i))
    if actor is None:
        conf = 0.3
    elif subj.text.lower() in PERSON_PRONOUNS:
        conf = 0.8
    elif how == "role":
        conf = 0.85
    else:
        conf = 0.95
    if inherited:
        conf = min(conf, 0.85)
    return conf


def _drop_wrappers(ctx, sc) -> None:
    """'..., adding he firmly believes that X': 'add' and 'believe' report the same words of the
    same speaker. Keep the inner report (its verb says more), drop the one that only wraps it."""
    mine = [st for st in ctx.statements if st.sentence == sc.sent.position]
    drop = set()
    for a in mine:
        for b in mine:
            if a is b or id(b) in drop or a.speaker is None or a.speaker != b.speaker:
                continue
            if b.content in a.content and len(b.content) < len(a.content):
                head = a.content[:a.content.index(b.content)]
                # a wraps b when what precedes b's content is just the inner subject and verb
                if len(head.split()) <= 5 and re.search(r"\b(?:that|he|she|they|it|we|I)\b|^\S+\s+\S+\s*$", head):
                    drop.add(id(a))
    if drop:
        ctx.statements[:] = [st for st in ctx.statements if id(st) not in drop]
