"""How sure an event is, from evidence that does not depend on how the event was worded.

Each extractor rule fits the phrasings it was written for; on a new article a rule may fire on a
sentence it was never meant for. The checks here ask what any true event row satisfies, whatever
rule made it: each person in it is named in its own sentence, or the sentence has a pronoun or a
group word ('the two leaders', 'the delegation') that can stand for them; an undated event of a
sentence whose only dates lie after the article is no past event; an event the sentence tells as
arranged ('were to watch') is not yet done. A row told as not yet done (arranged, or among only
later dates) is not stored: no answer may read it as a past event, and the sentence stays
quotable from its passage. Any other row that fails is kept below the engine's stating
threshold (`UNSURE`): stored, listed by `facts` and quoted, never stated as an answer line. And a
body named only inside a participant's title is that person's employer, no party of its own.
(Tried and left out, as they doubted more true rows than false ones on the development sets:
roles against the place's state — hosts abroad and site visits at home are common — and
two-sided kinds with one side found.)
"""

from __future__ import annotations

from knowledge import names
from knowledge.dates import resolve_date
from knowledge.extract_actors import PERSON_PRONOUNS
from knowledge.extract_irrealis import be_to
from knowledge.extract_kinds import kind_of
from knowledge.extract_passing import only_in_passing
from knowledge.extract_tree import CLAUSE_EDGES
from knowledge.extract_visits import UNSURE, nationality_of
from knowledge.facts import Event

_REFERRING = PERSON_PRONOUNS | {"who", "whom", "whose"}
# words that stand for several people or a body of them ('the two leaders', 'both sides', 'they')
_GROUPS = {"they", "them", "their", "both", "two", "delegation", "side", "group", "team", "leader", "official",
           "minister", "member", "guest", "visitor", "host", "participant", "representative", "ship", "vessel",
           "crew", "we", "our", "us", "counterparts", "sides"}


def mentioned(ctx, pos: int) -> tuple[set[str], int, bool]:
    """What sentence `pos` refers to: the actors its names, titles and roles were marked as; how
    many persons it points at by a pronoun (he, his, who, ...), and whether it names a group
    ('the two leaders', 'they', 'the delegation', 'both sides') that may stand for several."""
    sc = ctx.sents[pos]
    named, pointers, group = set(), 0, False
    for t in sc.span:
        a = ctx.table.at(sc.doc_id, t.i)
        if t.lower_ in _REFERRING:
            pointers += 1  # (also inside a role: 'His counterpart' names one person, points at another)
        elif a is not None:
            named.add(a.name)
        elif t.lower_ in _GROUPS or t.lemma_.lower() in _GROUPS and t.tag_ in ("NNS", "NNPS"):
            group = True
    return named, pointers, group


def _kind(ctx, name: str) -> str | None:
    a = ctx.table.actors.get(names.fold(name))
    return a.kind if a is not None else None


def unreferred(ctx, ev: Event) -> list[str]:
    """People of the event that nothing in its own sentence can refer to: not named there, more of
    them than the sentence has pronouns, and no group word that could hold them — carried from
    elsewhere by a rule that reached too far."""
    named, pointers, group = mentioned(ctx, ev.sentence)
    missing = [p.actor for p in ev.participants if _kind(ctx, p.actor) == "person" and p.actor not in named]
    return [] if group or len(missing) <= pointers else missing


def only_later_dates(ctx, ev: Event) -> bool:
    """An undated event whose sentence names only dates after the article's own day: told as
    something still to come ('major events expected in 2010')."""
    if ev.date or not ctx.pub:
        return False
    days = [resolve_date(p, ctx.pub)[0] for _, _, p in ctx.sents[ev.sentence].dates]
    days = [d for d in days if d]
    return bool(days) and all((d + "-01" * (2 - d.count("-")))[:10] > ctx.pub[:10] for d in days)


def _in_title(ctx, sc, t, name: str, owned: bool = False) -> bool:
    """Is token t part of another person's title ('X, Deputy Head of Rossotrudnichestvo', 'Novatek
    chief executive X', 'X of Novatek'): up its head chain through titles, 'of' phrases and
    possessives to a token the article marks as someone else, a person. With `owned`, only a
    title that says whose the other person is ('Y, special envoy of President X', 'an adviser to
    X', "X's aide Y"): a person's own name is no title of another's ('President X Y')."""
    through = False
    for _ in range(6):
        if t.dep_ not in ("compound", "pobj", "prep", "poss", "appos") or t.head == t:
            return False
        through = through or t.dep_ == "poss" or t.dep_ == "prep" and t.lower_ in ("of", "to", "for")
        t = t.head
        a = ctx.table.at(sc.doc_id, t.i)
        if a is not None and a.kind == "person" and a.name != name:
            return through or not owned
    return False


def employers(ctx, ev: Event) -> list[str]:
    """Participants that the event's sentence names only inside another person's title: that
    person's employer (a company the model may type as a person), no party of its own."""
    sc = ctx.sents[ev.sentence]
    out = []
    for p in ev.participants:
        rec = ctx.table.actors.get(names.fold(p.actor))
        if rec is None or rec.kind not in ("org", "person"):
            continue
        # (a company the model typed as a person has a one-word name; a person of a full name
        # is one only by a title that says so: 'special envoy of President X')
        owned = rec.kind == "person" and " " in rec.name
        toks = [t for t in sc.span if ctx.table.at(sc.doc_id, t.i) is rec]
        if toks and all(_in_title(ctx, sc, t, p.actor, owned) for t in toks):
            out.append(p.actor)
    return out


def arranged(ctx, ev: Event) -> bool:
    """The sentence's main predicate is 'be' with a to-infinitive ('X and Y were to watch the
    parade', 'the talks were to be held'), or every word of the event's kind in it stands in a
    clause of that form ('glad to welcome X, who is to make his first trip to Y'): what was
    arranged or due, not yet what was done."""
    span = ctx.sents[ev.sentence].span
    # (not a clause joined to it: 'X visited Y, and Z is to attend the talks' tells a done visit)
    if any(be_to(c) for c in [span.root, *span.root.children] if c.pos_ in ("VERB", "AUX") and c.dep_ != "conj"):
        return True
    words = [t for t in span if _family(kind_of(t)) == _family(ev.kind)]
    return bool(words) and all(_due(t) for t in words)


def _family(kind: str | None) -> str | None:
    return "visit" if kind and "visit" in kind else kind


def _due(t) -> bool:
    """Is word t told in a clause of 'be' with a to-infinitive ('who is to make a trip')? Up its
    own clause only: a clause above it may be arranged while it tells what was done."""
    for _ in range(8):
        if be_to(t):
            return True
        if t.dep_ in CLAUSE_EDGES or t.head == t:
            return False
        t = t.head
    return False


# doubts that say the event has not happened (yet): such a row is left out, not just lowered
NOT_DONE = ("only later dates", "arranged, not done")


def doubts(ctx, ev: Event) -> list[str]:
    """What speaks against the event row, wording aside (empty: nothing)."""
    out = []
    if unreferred(ctx, ev):
        out.append("participant not in its sentence")
    if only_later_dates(ctx, ev):
        out.append(NOT_DONE[0])
    if arranged(ctx, ev):
        out.append(NOT_DONE[1])
    if only_in_passing(ctx, ev):
        out.append("a trip told only as the setting of another act")
    if dated_by_an_earlier_year(ctx, ev):
        out.append("a deed of an earlier year, told as background")
    return out


def dated_by_an_earlier_year(ctx, ev: Event) -> bool:
    """'X and Y signed a deal in 2014' in a 2016 story, 'awarded him the prize in 1986': news tells
    its own event by the day; a row dated by a year or a month alone, wholly before the year the
    article appeared, is history the article recalls — kept for quoting, never stated as news."""
    if not ctx.pub or not ev.date or ev.date.count("-") == 2 or ev.kind in ("established", "agreement"):
        return False
    return (ev.date_end or ev.date)[:4] < str(ctx.pub)[:4]


def acronym_of(short: str, full: str) -> bool:
    """'NCSC' for 'National Cyber Security Center': the initials of the full name's capitalised
    words (a name written out and then its short form in brackets, both taken as actors)."""
    caps = [w[0] for w in full.replace("-", " ").split() if w[:1].isupper()]
    return 2 <= len(short) <= 8 and short.isupper() and short.isalpha() and len(caps) >= 2 and "".join(caps) == short


def _one_body_once(ev: Event) -> None:
    """A body named twice in one event, by its name and by its initials, is one party."""
    full = [p.actor for p in ev.participants]
    ev.participants = [p for p in ev.participants if not any(acronym_of(p.actor, f) for f in full if f != p.actor)]


def weigh(ctx, events: list[Event]) -> list[Event]:
    """Employers named in a title leave the event (one left with nobody is dropped); an event not
    yet done is dropped; each other doubtful event is lowered below the stating threshold."""
    out = []
    for ev in events:
        _one_body_once(ev)
        bodies = employers(ctx, ev)
        if bodies:
            ev.participants = [p for p in ev.participants if p.actor not in bodies]
            left = {(p.actor, p.role) for p in ev.participants}
            if not left or any(o is not ev and o.sentence == ev.sentence and o.kind == ev.kind and left <= {
                    (p.actor, p.role) for p in o.participants} for o in events):
                continue  # nobody left, or only what another row of the sentence already holds
        why = doubts(ctx, ev)
        if any(w in NOT_DONE for w in why):
            continue  # planned or still to come: a past-event row would be false
        if why:
            ev.confidence = min(ev.confidence, UNSURE)
        out.append(ev)
    return out
