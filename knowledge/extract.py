"""Seed file -> Article: sentences, actors, events and statements.

Pipeline per article: clean paragraphs (knowledge.segment) -> one spaCy doc per paragraph
(batched with nlp.pipe across articles) -> sentences with verbatim offsets -> actors and the
token->actor map (knowledge.extract_actors) -> per sentence, in order: coreference state,
events (knowledge.extract_events) and statements (knowledge.extract_statements).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Iterator

from knowledge import segment, sentence_parse
from knowledge.dates import find_date_phrases
from knowledge.extract_actors import (
    PERSON_PRONOUNS, ROLE_HEADS, ActorRec, ActorTable, nationality_of_phrase, pronoun_gender, role_compatible,
)
from knowledge.extract_counterpart import office_fits
from knowledge.extract_mentions import collect_actors, role_mentions
from knowledge.facts import Actor, Article, SeedFile, Sentence
from knowledge.names import fold
from knowledge.nlp_surnames import names_from_surnames

__all__ = ["extract_article", "extract_articles"]

# plural nouns that name a delegation's members
_MEMBERS = {"officials", "delegates", "guests", "visitors", "members"}
# role heads that say nothing of rank: without a nationality they cannot pick one of two sides
_GENERIC_HEADS = {"official", "chief", "head", "leader", "minister", "host", "guest", "visitor", "envoy"}


@dataclass
class SentCtx:
    sent: Sentence
    span: object  # spaCy Span
    doc_id: int
    dates: list[tuple[int, int, str]] = field(default_factory=list)  # token start, end, phrase


@dataclass
class Ctx:
    seed: SeedFile
    pub: str | None
    sents: list[SentCtx]
    table: ActorTable
    last_subject: ActorRec | None = None
    commemorated: set[str] = field(default_factory=set)  # people only named as the subject of a statue etc.
    events: list = field(default_factory=list)
    statements: list = field(default_factory=list)
    cur: int = 0  # current sentence position
    # what one pass over the article notes for a later one (events are keyed by id(), being unhashable)
    pending: list = field(default_factory=list)  # the current sentence's events, before they join `events`
    delegation_leader: ActorRec | None = None  # who heads "the delegation" the text goes on to speak of
    site_events: set[int] = field(default_factory=set)  # visits to a site (an institute, an embassy), not to a state
    passing: set[int] = field(default_factory=set)  # visits told only as the setting of another act or in an aside
    arrivals_only: set[int] = field(default_factory=set)  # visits known only from an arrival
    planned: set[int] = field(default_factory=set)  # undated visits a later "the visit, scheduled to start …" puts ahead
    aside_events: set[int] = field(default_factory=set)  # events told on the way to the sentence's own act (aside, framed)
    deed_settings: set[int] = field(default_factory=set)  # asides that only set a deed, with no day of their own: recalled
    arrival_days: dict = field(default_factory=dict)  # id(visit) -> (date, phrase) of an arrival told after the visit
    arrival_places: dict = field(default_factory=dict)  # id(visit) -> where the plane landed
    talk_evidence: list = field(default_factory=list)  # (position, people, event) of "at the talks, A and B …"
    group_receptions: list = field(default_factory=list)  # a group's reception, visit or act that names no leader yet
    attended: list = field(default_factory=list)  # events told by a noun, and the people each sentence ties to them

    # -- coreference -----------------------------------------------------------------------
    def resolve(self, tok) -> ActorRec | None:
        """The actor a token refers to (name, title, role reference or pronoun)."""
        sc = self.sents[self.cur]
        a = self.table.at(sc.doc_id, tok.i)
        if a is not None:
            return a
        low = tok.text.lower()
        if low in PERSON_PRONOUNS:
            return self.pronoun(tok)
        if low in ("who", "whom") and tok.dep_ == "nsubj" and tok.head.dep_ == "relcl":
            return self.resolve(tok.head.head)
        if low == "whose":
            return self.whose(tok)
        if tok.dep_ in ("nsubj", "nsubjpass") and self.delegation_said(tok):
            return self.delegation_leader
        # compound/appositive/flat children carrying a name ("Minister ... of ... Lavrov")
        for ch in tok.children:
            if ch.dep_ in ("appos", "compound", "flat") or (ch.dep_ == "prep" and ch.text == "of" and
                                                            low in ROLE_HEADS):
                for g in ([ch] if ch.dep_ != "prep" else list(ch.children)):
                    a = self.table.at(sc.doc_id, g.i)
                    if a is not None and a.kind == "person":
                        return a
        return None

    def delegation_said(self, tok) -> bool:
        """'The delegation then held a working session with X', 'They then held ...' right after a
        sentence whose subject is 'a delegation led by Y': the delegation acting, Y at its head."""
        low = tok.lower_
        if low == "delegation":
            return any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children) and not any(
                c.dep_ in ("acl", "prep", "relcl") for c in tok.children)
        # ('They then held ...', 'the Lao officials sat down with ...': the delegation's members)
        members = low in _MEMBERS and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and not any(
            c.dep_ in ("acl", "prep", "relcl") for c in tok.children)
        if not (low == "they" or members) or self.cur == 0:
            return False
        prev = self.sents[self.cur - 1].span
        return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "delegation" for c in prev.root.children)

    def whose(self, tok) -> ActorRec | None:
        """'with B, General Secretary of the Party, whose official visit to Russia runs ...': the
        person the phrase just before 'whose' belongs to, up through titles and 'of' phrases (the
        parser often hangs the relative clause on the main verb, so its own head is no guide)."""
        sc = self.sents[self.cur]
        t = next((x for x in reversed(sc.span.doc[sc.span.start:tok.i]) if not x.is_punct), None)
        while t is not None:
            a = self.table.at(sc.doc_id, t.i)
            if a is not None and a.kind == "person":
                return a
            if t.dep_ not in ("pobj", "prep", "appos", "compound", "flat") or t.head == t:
                return None
            t = t.head
        return None

    def pronoun(self, tok) -> ActorRec | None:
        """he/she: a person subject earlier in the same sentence, else the last subject, else
        the most recently named person; never one of the other gender where it is known."""
        sc = self.sents[self.cur]
        g = pronoun_gender(tok.text)
        own = self._clause_subjects(tok)

        def fits(a: ActorRec | None) -> bool:
            return a is not None and a.kind == "person" and not (g and a.gender and a.gender != g) \
                and a.name not in self.commemorated and a.name not in own

        obj = self._verb_object(tok)
        if fits(obj):
            return obj
        from knowledge.extract_reporter import unknown_reporter
        if self.people_object_owns(tok) or unknown_reporter(self, tok):
            return None
        for t in sc.span:
            if t.i >= tok.i:
                break
            if t.dep_ in ("nsubj", "nsubjpass") and t.text.lower() not in PERSON_PRONOUNS:
                a = self.table.at(sc.doc_id, t.i)
                if fits(a):
                    return a
        # news marks women (Ms., Chairwoman) far more often than men: an unmarked last subject
        # is a poor guess for "she" when the article names a woman
        woman_named = g == "f" and any(a.gender == "f" and a.first <= self.cur for a in self.table.persons())
        if fits(self.last_subject) and not (woman_named and self.last_subject.gender is None):
            return self.last_subject
        # the last subject cannot be meant ("she" after a man spoke): the latest fitting person named
        best = None
        for pos in range(self.cur, -1, -1):
            s2 = self.sents[pos]
            for t in reversed(list(s2.span)):
                if pos == self.cur and t.i >= tok.i:
                    continue
                a = self.table.at(s2.doc_id, t.i)
                if fits(a) and self.table.how.get((s2.doc_id, t.i)) in ("name", "title", "role"):
                    if not g or a.gender == g:
                        return a
                    best = best or a
        return best

    def _verb_object(self, tok) -> ActorRec | None:
        """'accompanying X on his working visit', 'congratulated X on her election', 'thanked X for
        his support': a possessive in an on/for/during phrase of a verb whose object is a person is
        that person's, not the subject's (not so 'met X during his trip'). None otherwise."""
        if tok.lower_ not in ("his", "her") or tok.dep_ != "poss" or tok.head.dep_ != "pobj":
            return None
        prep = tok.head.head
        v = prep.head
        if prep.lower_ not in ("on", "for") or v.pos_ != "VERB" or v.lemma_.lower() not in _FOR_THE_OBJECT:
            return None
        sc = self.sents[self.cur]
        objs = [self.table.at(sc.doc_id, c.i) for c in v.children if c.dep_ == "dobj" and c.i < tok.i]
        return objs[0] if len(objs) == 1 else None

    def people_object_owns(self, tok) -> bool:
        """'congratulated its leaders on their successful trip': 'their' in an on/for phrase of such a
        verb is its plural object's ('leaders'), no one the article names — never the subject's."""
        if tok.lower_ != "their" or tok.dep_ != "poss" or tok.head.dep_ != "pobj":
            return False
        prep = tok.head.head
        v = prep.head
        return prep.lower_ in ("on", "for") and v.pos_ == "VERB" and v.lemma_.lower() in _FOR_THE_OBJECT and any(
            c.dep_ == "dobj" and c.tag_ == "NNS" and c.i < tok.i for c in v.children)

    def _clause_subjects(self, tok) -> set[str]:
        """Names of the subject of the clause an object pronoun stands in: 'X presided over a
        ceremony for Y and then held talks with him' — 'him' is not X (a reflexive would be), so
        the clause's own subject is no antecedent. Empty for subjects and possessives."""
        if tok.lower_ not in ("him", "her") or tok.dep_ not in ("dobj", "pobj", "dative"):
            return set()
        v = tok.head
        while v.pos_ not in ("VERB", "AUX") and v.head != v:
            v = v.head
        if v.pos_ not in ("VERB", "AUX"):
            return set()
        from knowledge.extract_tree import expand, subject_of

        subs, _ = subject_of(self, v)
        sc = self.sents[self.cur]
        return {a.name for s_ in subs for x in expand(s_) if (a := self.table.at(sc.doc_id, x.i)) is not None}

    def role(self, phrase: str, exclude: ActorRec | None = None) -> ActorRec | None:
        """Resolve a role phrase to the best-fitting person named in this article."""
        # a role reference points back: never to someone the article only names later
        persons = self.table.persons()
        cands = [a for a in persons if a is not exclude and a.first <= self.cur and a.name not in self.commemorated
                 and role_compatible(phrase, a) and not _shadowed(a, phrase, persons)]
        if not cands:
            return None
        head = fold(phrase).split()[-1]
        if head == "counterpart" and exclude is not None:
            cands = [a for a in cands if office_fits(exclude, a)]  # the same office, not only the other country
            if not cands:
                return None
        # 'the visiting official' is the guest as much as 'the guest' is: never a host guessed by salience
        as_role = head if head in ("host", "guest", "visitor") else "visitor" if "visiting" in fold(phrase).split() else None
        if as_role:
            # the host / the guest: whoever had that role in the events reported so far
            role = {"host": ("host",), "guest": ("visitor",), "visitor": ("visitor",)}[as_role]
            had = {p.actor for ev in self.events for p in ev.participants if p.role in role}
            if had:
                fit = [a for a in cands if a.name in had]
                if not fit:
                    return None
                cands = fit
            elif as_role != head and not nationality_of_phrase(phrase):
                # no visitor yet: 'the visiting official' is one this sentence names ('A told B when
                # he received the visiting official'), never someone only named before
                sc = self.sents[self.cur]
                here = {id(x) for i in range(sc.span.start, sc.span.end) if (x := self.table.at(sc.doc_id, i))}
                cands = [a for a in cands if id(a) in here]
                if not cands:
                    return None
            elif not nationality_of_phrase(phrase):
                return None
        # named before this sentence first, then a title that is the role itself (an ambassador
        # before a foreign minister for "the diplomat"), then salience, then recency
        cands.sort(key=lambda a: (a.first <= self.cur, _names_role(head, a), a.mentions, -a.first), reverse=True)
        before = [a for a in cands if a.first < self.cur]
        if len(before) > 1 and not nationality_of_phrase(phrase) and head in _GENERIC_HEADS:
            # "the official" / "the minister" with two such people of different countries: ambiguous
            nats = {a.nationality for a in before}
            if len(nats) > 1:
                return None
        return cands[0]


# verbs done to a person on or for what is theirs: 'accompanied X on his visit', 'thanked X for his help'
_FOR_THE_OBJECT = {"accompany", "join", "escort", "congratulate", "thank", "welcome", "greet", "receive", "host",
                   "praise", "commend", "applaud"}
# a role word that a loosely fitting title also satisfies, and the titles that are the role itself
_OWN_TITLES = {"diplomat": {"ambassador", "envoy", "consul", "diplomat", "charge"}}


def _names_role(head: str, a: ActorRec) -> bool:
    """Is the role word (or its own titles) one of this person's title words?"""
    words = a.title_words() | {w for t in a.aliases for w in fold(t).split()}
    return bool(words & _OWN_TITLES.get(head, set()))


def _shadowed(a: ActorRec, phrase: str, persons) -> bool:
    """A one-word name ("Lan") stands for the fuller name it is part of ("Đào Hồng Lan"): when that
    person does not fit the role, neither does the short form."""
    if " " in a.name.strip():
        return False
    return any(b is not a and a.name in b.name.split() and not role_compatible(phrase, b) for b in persons)


# things that stand for a person rather than show them acting: 'a statue of President X'
_MEMORIALS = {"statue", "statues", "monument", "bust", "portrait", "mausoleum", "memorial", "tomb", "relic"}


def _commemorated(ctx: Ctx) -> set[str]:
    """People the article names only inside 'a statue / monument / portrait of X': no one present,
    so no antecedent for 'he' or 'the Vietnamese official' and no one at the unveiling."""
    inside: dict[str, bool] = {}
    for sc in ctx.sents:
        for t in sc.span:
            a = ctx.table.at(sc.doc_id, t.i)
            if a is None or a.kind != "person":
                continue
            h = t
            while h.dep_ in ("compound", "flat", "appos") and h.head != h:
                h = h.head
            memorial = h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.head.lower_ in _MEMORIALS
            inside[a.name] = inside.get(a.name, True) and memorial
    return {n for n, only in inside.items() if only}


def _sentences(seed: SeedFile, paras, docs) -> list[SentCtx]:
    out: list[SentCtx] = []
    text = seed.text
    for pi, ((ps, pe), doc) in enumerate(zip(paras, docs)):
        for span in doc.sents:
            s, e = ps + span.start_char, ps + span.end_char
            t = segment.trim_sentence(text, s, e)
            if not t:
                continue
            s, e = t
            sent = Sentence(position=len(out), start=s, end=e, text=text[s:e], paragraph=pi,
                            parse=sentence_parse.encode(span, s, e, ps))
            out.append(SentCtx(sent=sent, span=span, doc_id=pi))
    return out


def _dates(sc: SentCtx) -> None:
    span = sc.span
    base = span.start_char
    doc = span.doc
    for s, e, phrase in find_date_phrases(span.text):
        cs = doc.char_span(base + s, base + e, alignment_mode="expand")
        if cs is not None:
            sc.dates.append((cs.start, cs.end, phrase))


def _update_subject(ctx: Ctx, sc: SentCtx) -> None:
    root = sc.span.root
    for c in root.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            a = ctx.resolve(c)
            if a is not None and a.kind == "person":
                ctx.last_subject = a
                return
    for st in ctx.statements:
        if st.sentence == sc.sent.position and st.speaker:
            a = ctx.table.actors.get(fold(st.speaker))
            if a is not None:
                ctx.last_subject = a
                return


def _build(seed: SeedFile, paras, docs) -> Article:
    from knowledge.extract_dateline import story_day
    from knowledge.extract_events import events_in_sentence
    from knowledge.extract_finish import finish_events
    from knowledge.extract_statements import statements_in_sentence

    names_from_surnames(docs)
    sents = _sentences(seed, paras, docs)
    ctx = Ctx(seed=seed, pub=story_day(seed) or seed.source.date, sents=sents, table=ActorTable())
    collect_actors(ctx)
    ctx.commemorated = _commemorated(ctx)
    for sc in sents:
        ctx.cur = sc.sent.position
        _dates(sc)
        role_mentions(ctx, sc)
        statements_in_sentence(ctx, sc)
        events_in_sentence(ctx, sc)
        _update_subject(ctx, sc)
    events = finish_events(ctx)
    actors = [Actor(name=a.name, kind=a.kind, aliases={x for x in a.aliases if x.strip() and fold(x) not in ROLE_HEADS},
                    titles=set(a.titles)) for a in ctx.table.actors.values()]
    return Article(source=seed.source, text=seed.text, sentences=[s.sent for s in sents], actors=actors,
                   events=events, statements=ctx.statements)


def _paras(seed: SeedFile) -> list[tuple[int, int]]:
    return segment.paragraphs(seed.text, seed.body_start, seed.source.title)


def extract_article(seed: SeedFile, nlp=None) -> Article:
    """Extract one article (see extract_articles for batches)."""
    return next(extract_articles([seed], nlp=nlp))


def extract_articles(seeds: Iterable[SeedFile], nlp=None, batch_size: int = 64) -> Iterator[Article]:
    """Extract articles in order, piping all their paragraphs through spaCy in batches."""
    if nlp is None:
        from knowledge.nlp import get_nlp

        nlp = get_nlp()
    pending: list[tuple[SeedFile, list[tuple[int, int]]]] = []

    def texts():
        for seed in seeds:
            paras = _paras(seed)
            pending.append((seed, paras))
            for s, e in paras:
                yield seed.text[s:e]
            if not paras:
                yield ""  # keep at least one doc per article so results stay aligned

    buf = []
    idx = 0
    for doc in nlp.pipe(texts(), batch_size=batch_size):
        buf.append(doc)
        while idx < len(pending):
            seed, paras = pending[idx]
            need = max(1, len(paras))
            if len(buf) < need:
                break
            docs, buf = buf[:need], buf[need:]
            idx += 1
            yield _build(seed, paras, docs if paras else [])
