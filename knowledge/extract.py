"""Seed file -> Article: sentences, actors, events and statements.

Pipeline per article: clean paragraphs (knowledge.segment) -> one spaCy doc per paragraph
(batched with nlp.pipe across articles) -> sentences with verbatim offsets -> actors and the
token->actor map (knowledge.extract_actors) -> per sentence, in order: coreference state,
events (knowledge.extract_events) and statements (knowledge.extract_statements).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Iterator

from knowledge import names, segment
from knowledge.dates import find_date_phrases
from knowledge.extract_actors import (
    HONORIFICS, PERSON_PRONOUNS, ROLE_HEADS, HEAD_NOUNS, ActorRec, ActorTable, _ORG_BARE, _ORG_JUNK,
    _norm_det, clean_person_span, gender_of_words, is_formal_title, nationality_of_phrase, pronoun_gender,
    role_compatible, title_before, title_text,
)
from knowledge.facts import Actor, Article, SeedFile, Sentence
from knowledge.names import fold

__all__ = ["extract_article", "extract_articles"]

# role heads that say nothing of rank: without a nationality they cannot pick one of two sides
_GENERIC_HEADS = {"official", "chief", "head", "leader", "minister", "host", "guest", "envoy"}


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
    events: list = field(default_factory=list)
    statements: list = field(default_factory=list)
    cur: int = 0  # current sentence position

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
        # compound/appositive/flat children carrying a name ("Minister ... of ... Lavrov")
        for ch in tok.children:
            if ch.dep_ in ("appos", "compound", "flat") or (ch.dep_ == "prep" and ch.text == "of" and
                                                            low in ROLE_HEADS):
                for g in ([ch] if ch.dep_ != "prep" else list(ch.children)):
                    a = self.table.at(sc.doc_id, g.i)
                    if a is not None and a.kind == "person":
                        return a
        return None

    def pronoun(self, tok) -> ActorRec | None:
        """he/she: a person subject earlier in the same sentence, else the last subject, else
        the most recently named person; never one of the other gender where it is known."""
        sc = self.sents[self.cur]
        g = pronoun_gender(tok.text)

        def fits(a: ActorRec | None) -> bool:
            return a is not None and a.kind == "person" and not (g and a.gender and a.gender != g)

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

    def role(self, phrase: str, exclude: ActorRec | None = None) -> ActorRec | None:
        """Resolve a role phrase to the best-fitting person named in this article."""
        # a role reference points back: never to someone the article only names later
        cands = [a for a in self.table.persons() if a is not exclude and a.first <= self.cur
                 and role_compatible(phrase, a)]
        if not cands:
            return None
        head = fold(phrase).split()[-1]
        if head in ("host", "guest"):
            # the host / the guest: whoever had that role in the events reported so far
            role = {"host": ("host",), "guest": ("visitor",)}[head]
            had = {p.actor for ev in self.events for p in ev.participants if p.role in role}
            if had:
                fit = [a for a in cands if a.name in had]
                if not fit:
                    return None
                cands = fit
            elif not nationality_of_phrase(phrase):
                return None
        # named before this sentence first, then salience, then recency
        cands.sort(key=lambda a: (a.first <= self.cur, a.mentions, -a.first), reverse=True)
        before = [a for a in cands if a.first < self.cur]
        if len(before) > 1 and not nationality_of_phrase(phrase) and head in _GENERIC_HEADS:
            # "the official" / "the minister" with two such people of different countries: ambiguous
            nats = {a.nationality for a in before}
            if len(nats) > 1:
                return None
        return cands[0]


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
            sent = Sentence(position=len(out), start=s, end=e, text=text[s:e], paragraph=pi)
            out.append(SentCtx(sent=sent, span=span, doc_id=pi))
    return out


def _collect_actors(ctx: Ctx) -> None:
    table = ctx.table
    # people: full names first, then short names link to them by folded tokens
    def register(sc: SentCtx, s: int, e: int) -> ActorRec:
        doc = sc.span.doc
        surface = doc[s:e].text
        key_toks = fold(surface).split()
        target = None
        if len(key_toks) == 1 or " " not in surface:  # 'Lavrov', 'Oyun-Erdene'
            key_toks = [fold(surface)]
            for a in table.persons():
                if len(a.name.split()) > 1 and fold(names.short_name(a.name)) == key_toks[0]:
                    target = a
                    break
            if target is None:
                for a in table.persons():
                    if key_toks[0] in fold(a.name).split():
                        target = a
                        break
        if target is None:
            target = table.get(surface, "person")
        target.aliases.add(surface)
        target.mentions += 1
        target.first = min(target.first, sc.sent.position)
        table.mark(sc.doc_id, s, e, target, "name")
        # "Mr. Trong", "Ms. Vo"
        if s > 0 and doc[s - 1].text.rstrip(".").lower() in HONORIFICS:
            target.aliases.add(f"{doc[s - 1].text} {surface}")
            table.mark(sc.doc_id, s - 1, s, target, "name")
            target.gender = target.gender or gender_of_words([doc[s - 1].text])
        # title / role phrase before the name
        lim = sc.span.start
        tb = title_before(doc, s if not (s > 0 and doc[s - 1].text.rstrip(".").lower() in HONORIFICS) else s - 1, lim)
        if tb:
            k, ks = tb
            title, alias = title_text(doc, k, ks)
            target.aliases.add(alias)
            target.gender = target.gender or gender_of_words(title.split())
            target.aliases.add(f"{title} {surface}")
            if is_formal_title(title):
                target.titles.add(title)
            nat = nationality_of_phrase(title)
            if nat and (target.nationality is None or target.nationality != nat and "counterpart" not in title.lower()):
                target.nationality = nat
            table.mark(sc.doc_id, k, ks, target, "title")
        # appositive title after the name: "Sergey Lavrov, Russia's Foreign Minister,"
        if e + 1 < len(doc) and doc[e].text == "," and e + 1 < sc.span.end:
            j = e + 1
            while j < sc.span.end and doc[j].text not in (",", ".", ";") and (
                    doc[j].is_title or doc[j].text.lower() in ROLE_HEADS or doc[j].text.lower() in ("of", "the", "'s", "’s")):
                j += 1
            words = {doc[x].text.lower() for x in range(e + 1, j)}
            if j < sc.span.end and doc[j].text in (",", ".") and words & HEAD_NOUNS and j - e - 1 <= 8:
                title = doc[e + 1:j].text
                target.aliases.add(title)
                if is_formal_title(title):
                    target.titles.add(title)
                target.nationality = target.nationality or nationality_of_phrase(title)
        return target

    persons: list[tuple[SentCtx, int, int]] = []
    others = []
    for sc in ctx.sents:
        for ent in sc.span.ents:
            if ent.label_ == "PERSON":
                r = clean_person_span(ent)
                if r:
                    persons.append((sc, *r))
                continue
            if ent.label_ == "ORG" and not names.canonical_org(ent.text):
                # "People's Committee Phan Văn Mãi": an office glued to a Vietnamese name
                doc = sc.span.doc
                for j in range(ent.start + 1, ent.end - 1):
                    if fold(doc[j].text) in names.VIETNAMESE_SURNAMES and 2 <= ent.end - j <= 4 and all(
                            doc[x].is_title for x in range(j, ent.end)):
                        persons.append((sc, j, ent.end))
                        break
                else:
                    others.append((sc, ent))
                continue
            others.append((sc, ent))
    persons.sort(key=lambda x: -(x[2] - x[1]))  # longest names first
    for sc, s, e in persons:
        register(sc, s, e)
    short = {}
    for a in table.persons():
        if len(a.name.split()) > 1:
            short.setdefault(fold(names.short_name(a.name)), a)
    for sc, ent in others:
        span = sc.span
        doc = span.doc
        lab = ent.label_
        if fold(ent.text) in short and (len(ent) == 1 or " " not in ent.text):  # 'Lavrov', 'Oyun-Erdene'
            register(sc, ent.start, ent.end)
            continue
        if True:
            txt = ent.text
            canon_c = names.canonical_country(txt) or (ent.ent_id_ if ent.ent_id_ in names.COUNTRIES else None)
            if lab in ("GPE", "LOC", "FAC", "ORG") and canon_c:
                a = table.get(canon_c, "country")
            elif lab in ("GPE", "LOC", "FAC", "ORG") and (names.canonical_place(txt) or ent.ent_id_ in names.PLACES):
                a = table.get(names.canonical_place(txt) or ent.ent_id_, "place")
            elif lab == "ORG" or (ent.ent_id_ and ent.ent_id_ in names.ORGS):
                canon = names.canonical_org(txt)
                if canon is None:
                    bare = names._strip_the(txt)
                    if fold(bare) in _ORG_BARE or _ORG_JUNK.search(bare) or len(bare) < 2:
                        continue
                    if fold(bare).startswith("vietnamese party"):
                        canon = "Communist Party of Vietnam"
                    elif not all(w[:1].isupper() or w in ("of", "and", "for", "the") for w in bare.split()):
                        continue
                a = table.get(canon or names._strip_the(txt), "org")
            elif lab == "GPE":
                a = table.get(names._strip_the(txt), "place")
            else:
                continue
            a.aliases.add(names._strip_the(txt))
            a.mentions += 1
            a.first = min(a.first, sc.sent.position)
            table.mark(sc.doc_id, ent.start, ent.end, a, "name")

    # short-name mentions the model did not tag as PERSON ("Putin welcomed ..."); the first name
    # of a foreign two-part name too, where no other person shares it ('Thongloun', 'Xi')
    firsts: dict[str, ActorRec | None] = {}
    for a in table.persons():
        toks = a.name.split()
        if len(toks) > 1 and not names.is_vietnamese_name(a.name) and len(toks[0]) > 1:
            k = fold(toks[0])
            firsts[k] = None if k in firsts and firsts[k] is not a else a
    firsts = {k: a for k, a in firsts.items() if a is not None and k not in short}
    for sc in ctx.sents:
        doc = sc.span.doc
        for t in sc.span:
            if not t.is_title or (sc.doc_id, t.i) in table.tok:
                continue
            if fold(t.text) in short and t.ent_type_ not in ("GPE", "ORG", "NORP", "LOC"):
                register(sc, t.i, t.i + 1)
            elif fold(t.text) in firsts and t.pos_ == "PROPN" and t.ent_type_ not in ("GPE", "ORG", "NORP", "LOC") \
                    and not (t.i + 1 < sc.span.end and doc[t.i + 1].is_title):
                register(sc, t.i, t.i + 1)
            elif t.i + 2 < sc.span.end and doc[t.i + 1].text == "-" and not t.whitespace_ \
                    and not doc[t.i + 1].whitespace_ and fold(doc[t.i:t.i + 3].text) in short:
                register(sc, t.i, t.i + 3)  # a hyphenated short name the model left untagged
    for a in table.persons():
        gen = names.person_aliases(a.name)
        if a.gender == "f":  # "Ms. Vo", never "Mr. Vo"
            gen = {x for x in gen if not x.startswith("Mr. ")}
        a.aliases |= gen
        # a bare role word ("President") names nobody in particular
        a.aliases = {x for x in a.aliases if fold(x) not in ROLE_HEADS}
        if a.nationality is None and names.is_vietnamese_name(a.name):
            a.nationality = "Vietnam"
        # titles that are a word-suffix of a longer title stay aliases only
        for t in list(a.titles):
            if any(o != t and (o.endswith(" " + t) or o.startswith(t + " ")) for o in a.titles):
                a.titles.discard(t)
                a.aliases.add(t)


def _role_mentions(ctx: Ctx, sc: SentCtx) -> None:
    """Mark role references ('the Party leader', 'the Russian diplomat') in this sentence."""
    doc = sc.span.doc
    for t in sc.span:
        low = t.text.lower()
        if low not in HEAD_NOUNS or t.tag_ in ("NNS", "NNPS") or (sc.doc_id, t.i) in ctx.table.tok \
                or t.pos_ not in ("NOUN", "PROPN") or t.dep_ in ("amod",):
            continue
        if t.dep_ == "compound" and ctx.table.at(sc.doc_id, t.head.i) is not None:
            continue
        left = [c for c in t.lefts if c.dep_ in ("det", "amod", "compound", "poss", "nmod")]
        start = min([c.left_edge.i for c in left] + [t.i])
        phrase_toks = [x for x in doc[start:t.i + 1]]
        if phrase_toks and phrase_toks[0].text.lower() in ("a", "an", "another", "each", "every", "two", "both"):
            continue
        if any(x.ent_type_ == "PERSON" for x in phrase_toks):
            continue
        phrase = doc[start:t.i + 1].text
        exclude = None
        if low in ("counterpart", "host", "guest") or t.dep_ in ("dobj", "pobj"):
            subj = next((c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            exclude = ctx.resolve(subj) if subj is not None else None
        a = ctx.role(phrase, exclude=exclude)
        if a is None:
            continue
        a.aliases.add(_norm_det(phrase))
        a.mentions += 1
        ctx.table.mark(sc.doc_id, start, t.i + 1, a, "role")


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
    from knowledge.extract_events import events_in_sentence
    from knowledge.extract_finish import finish_events
    from knowledge.extract_statements import statements_in_sentence

    sents = _sentences(seed, paras, docs)
    ctx = Ctx(seed=seed, pub=seed.source.date, sents=sents, table=ActorTable())
    _collect_actors(ctx)
    for sc in sents:
        ctx.cur = sc.sent.position
        _dates(sc)
        _role_mentions(ctx, sc)
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
