"""Background: what a sentence recalls rather than reports.

News about a visit recounts earlier ones ("this was Putin's fifth trip to Vietnam since 2001",
"the two leaders previously met in 2019", "last year, X visited Laos"). Those clauses are not
events of the article: read as events they give a visit dated 2001 or a meeting of the wrong
year. A trigger is background when its own clause says so — a recalling adverb, the past
perfect, a time reference into the past, a count of occasions, an ordinal or 'previous' on the
trigger noun in a clause that sums up a span ('since 2001') or only says what the visit is.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from knowledge import lazy_re
from knowledge.extract_tree import CLAUSE_EDGES

_RECALL_ADVS = {"previously", "formerly", "ever", "never", "once"}
_PAST_MODS = {"previous", "past", "last", "earlier", "former", "prior", "recent"}
_ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
             "eleventh", "twelfth", "latest", "umpteenth", "nth"}
_ORDINAL_RX = lazy_re.compile(r"^\d+(?:st|nd|rd|th)$")
_PERIODS = {"year", "month", "week", "decade", "years", "months", "weeks", "decades", "summer", "autumn", "fall",
            "winter", "spring", "term"}
_COUNTS = {"times", "twice", "occasions"}
_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"}
_OCCASIONS = {"visit", "trip", "tour", "meeting", "talks", "summit", "session", "call", "visits", "trips"}
_RECALL_VERBS = {"mention", "recall", "single", "review", "cite", "remember", "evoke", "reminisce", "recount", "list",
                 "name", "learn", "praise", "hail", "underline"}  # ('named X's visit as the event of the year')
# verbs that value what they are about: recalled only as their object, never at a setting
# ('praised the visit' recalls it; 'At the ceremony, X praised ...' tells the ceremony)
_VALUING = {"praise", "hail", "underline"}
_SETTING_PREPS = {"in", "at", "during", "over", "on", "throughout"}


def _clause_verbs(t) -> list[tuple[object, bool]]:
    """(word, reached over a coordination) for the trigger, the verb it hangs on and the verbs
    of its clause up to the clause's head, following coordination back to the first conjunct
    ('Last year, X visited Laos and met Y') — unless the conjunct names its own day ('had
    accepted …, and on May 9 he watched the parade')."""
    out = [(t, False)]
    x, over = t, False
    for _ in range(8):
        if x.head == x:
            break
        # a 'when' clause shares its main clause's time ('previously visited X, when he met Y')
        when = x.dep_ in ("advcl", "relcl") and any(c.lower_ in ("when", "while", "during") for c in x.children
                                                    if c.dep_ in ("advmod", "mark"))
        if x.dep_ in CLAUSE_EDGES and x.dep_ != "conj" and not when:
            break
        if x.dep_ == "conj" and x.pos_ in ("VERB", "AUX") and _dated_in_story(x):
            break
        over = over or x.dep_ == "conj"
        x = x.head
        out.append((x, over))
    return out


def _time_back(tok) -> bool:
    """'last year', 'two years ago', 'in the past', 'earlier this month', 'in recent years'."""
    low = tok.lower_
    kids = {c.lower_ for c in tok.children}
    if low in _PERIODS and kids & {"last", "previous", "past", "ago", "recent"}:
        return True
    if low in _MONTHS and "last" in kids:
        return True  # 'last June'; 'last Monday' may be the story's own day
    if low == "ago":
        return True
    if low == "back" and any(c.lower_ == "then" or _dated_prep(c) for c in tok.children) or _dated_prep(tok) and any(
            c.dep_ == "advmod" and c.lower_ == "back" for c in tok.children):
        return True  # 'signed a deal back in 2000', 'back then' (not 'back in Hanoi')
    if low in _PERIODS and "earlier" in {c.lower_ for c in tok.children} | {tok.head.lower_}:
        return True
    if low == "past" and tok.head.lower_ == "in" and "the" in kids:
        return True
    if low == "earlier" and any(c.lower_ in ("this", "that") or c.lower_ in _PERIODS for c in tok.subtree if c != tok):
        return True  # 'earlier this year' (not 'earlier the same day': that is today's news)
    return False


def _dated_prep(tok) -> bool:
    """'in 2000', 'on May 5': a preposition whose object is a date."""
    return tok.dep_ == "prep" and tok.lower_ in ("in", "on") and any(
        o.dep_ == "pobj" and o.ent_type_ == "DATE" for o in tok.children)


def _phrase(tok) -> list:
    """tok's phrase without the clauses inside it ('talks with Y, whom he met two years ago')."""
    out, stack = [], [tok]
    while stack:
        x = stack.pop()
        out.append(x)
        stack.extend(c for c in x.children if c.dep_ not in ("relcl", "acl", "advcl", "ccomp", "parataxis"))
    return out


def _to_now(tok) -> bool:
    """'in recent years', 'over the past decade': a span that runs up to the story's day."""
    kids = {c.lower_ for c in tok.children}
    return tok.lower_ in _PERIODS and bool(kids & {"recent", "past"}) and not kids & {"ago", "last", "previous"}


def _setting(t) -> bool:
    """'In/At/During their talks, the two leaders praised ...': the event noun fronts its clause
    as the setting of what was done at it."""
    p = t.head
    return t.pos_ in ("NOUN", "PROPN") and t.dep_ == "pobj" and p.lower_ in ("in", "at", "during") \
        and p.i == t.sent.start and p.head.pos_ == "VERB"


def _recalls(v, own: bool = True, trend: bool = False) -> bool:
    """Does this verb's (or noun's) own modifier list say the act lies in the past of the story?
    (A conjunct's tense is its own: 'had accepted …, and watched' — not `own` — keeps only the
    time words.)"""
    now = v.lemma_ == "be" and v.tag_ in ("VBZ", "VBP")  # 'X is in Russia on his first trip since ...'
    for c in v.children:
        if now and c.lower_ == "since":
            continue  # what the trip X is on now is: no recalled one
        if c.dep_ == "advmod" and c.lower_ in _RECALL_ADVS and not any(g.lower_ == "again" for g in c.children) \
                and not (c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ == "again"):
            return True
        if c.dep_ == "advmod" and c.lower_ in ("first", "last") and v.tag_ == "VBD" and not any(
                x.lower_ in ("then", "later", "afterwards", "before", "after") for x in v.sent):
            return True  # 'The two leaders first (last) met in Moscow in October': recalled, not the news
        if c.dep_ == "advmod" and c.lower_ == "recently" and any(g.lower_ == "most" for g in c.children):
            return True  # 'stayed in contact, most recently through talks between A and B': the last of a series
        if c.dep_ == "advmod" and c.lower_ == "recently" and any(
                m.dep_ == "mark" and m.lower_ in ("after", "since", "when", "as", "because") for m in v.children):
            return True  # 'refused the deal after A and B met recently': what led up to the news
        if own and c.dep_ == "aux" and c.lower_ in ("had", "'d") and v.tag_ == "VBN" and not _dated_in_story(v):
            return True  # past perfect: 'had met' (but 'had earlier, on November 24, talked with')
        if c.dep_ in ("npadvmod", "advmod", "prep", "nummod") and any(
                _time_back(x) and not (trend and _to_now(x)) for x in _phrase(c)):
            return True  # (at a setting told now, 'praised cooperation in recent years' recalls nothing)
        if c.lower_ in _COUNTS and c.dep_ in ("npadvmod", "advmod", "dobj"):
            return True  # 'has visited Vietnam five times', 'met twice'
        if c.dep_ == "prep" and c.lower_ in ("during", "on", "at", "in") and any(
                o.dep_ == "pobj" and o.lower_ in _OCCASIONS and any(d.dep_ == "det" and d.lower_ in ("that", "those")
                                                                      for d in o.children) for o in c.children):
            return True  # 'During that trip, they signed ...': on the earlier trip just recalled
        if c.dep_ in ("prep", "mark") and c.lower_ == "since":
            return True  # 'has met him three times since 2019', 'the first visit since 2001'
        if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _OCCASIONS and any(
                g.dep_ == "amod" and g.lower_ in _PAST_MODS for g in c.children):
            return True  # 'The last visit ... took place in 2014, when X travelled to Y'
    return False


_DAY_RX = lazy_re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                     r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
                     r"\s+\d{1,2})\b")


def _dated_in_story(v) -> bool:
    """A past perfect with a day of the story ('had earlier, on November 24, talked') or 'earlier'
    tells what happened before the main news, on the trip reported: no background."""
    for c in v.children:
        if c.dep_ == "advmod" and c.lower_ == "earlier":
            return True
        if c.dep_ in ("prep", "npadvmod") and _DAY_RX.search(" ".join(x.text for x in c.subtree)):
            return True
    return False


def _recalled(t) -> bool:
    """An event noun that is what a verb of recalling is about: 'They singled out ... the state
    visit of X last June', 'They also mentioned the official visit ... paid in September'. Not
    the setting where the verb's act takes place, told for the first time: 'A and B reviewed
    cooperation in a phone conversation'."""
    if t.dep_ == "pobj" and t.head.lower_ in ("in", "at", "during", "over") \
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children):
        return False
    x = t
    for _ in range(6):
        if x.head == x:
            return False
        if x.dep_ in ("pobj", "prep", "appos", "conj", "dobj", "npadvmod", "nsubjpass", "dep") or x.head.pos_ != "VERB":
            x = x.head
            if x.pos_ == "NOUN" and x.lemma_.lower() in ("result", "outcome") and t.dep_ == "pobj" and not any(
                    c.dep_ == "acl" and (_dated_in_story(c) or any(d.lower_ in ("earlier", "today", "same")
                                                                   for d in c.subtree)) for c in t.children):
                # 'praised the results of his phone talks with X': talks held before (not 'of talks
                # held earlier the same day')
                return True
            if x.pos_ == "VERB" and x.dep_ != "prep":  # 'including' leads on to what is listed
                lem = x.lemma_.lower()
                # the setting of a verb with an object of its own is where the act took place:
                # 'At the talks, A and B reviewed cooperation' (not 'reviewed the talks')
                return lem in _RECALL_VERBS and not (t.dep_ == "pobj" and t.head.lower_ in _SETTING_PREPS
                                                     and t.head.head == x and (lem in _VALUING or any(
                                                         c.dep_ == "dobj" for c in x.children)))
            continue
        return False
    return False


def _ordinal(t) -> bool:
    return any(c.dep_ in ("amod", "nummod", "compound") and (c.lower_ in _ORDINALS or _ORDINAL_RX.match(c.lower_))
               for c in t.children)


# 'in 1962, the year X visited Y', 'at a time when X was visiting Y': a clause that only says which
# past time the sentence means
_PAST_TIMES = {"year", "decade", "century", "era", "time", "period"}


def of_a_past_time(t) -> bool:
    """Is t inside a past-tense relative clause of a time noun ('goes back to 1962, the year
    Peruvian President X visited Y')? The event only names a time of the past; it is no news."""
    x = t
    for _ in range(8):
        if x.pos_ in ("VERB", "AUX") and x.tag_ in ("VBD", "VBN") and any(
                c.dep_ == "npadvmod" and c.lemma_.lower() in _PAST_TIMES and [d.lower_ for d in c.children] == ["the"]
                for c in x.children):
            return True  # ', the year X visited Y' (parsed with 'the year' on the verb)
        if x.head == x:
            return False
        if x.dep_ == "relcl":
            past = x.tag_ in ("VBD", "VBN") or any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "were", "had")
                                                   for c in x.children)
            return past and x.head.lemma_.lower() in _PAST_TIMES
        x = x.head
    return False


# verbs of recalling whose 'that' clause tells the past, not the news ('He recalled that ...')
_RECALLING = {"recall", "remember", "reminisce", "recount"}


def _recalled_clause(t) -> bool:
    """'He recalled that Russia and Vietnam have signed more than 80 agreements': the trigger's
    clause is what a verb of recalling is about."""
    head = _clause_verbs(t)[-1][0]
    return head.dep_ == "ccomp" and head.head.lemma_.lower() in _RECALLING


def is_background(t) -> bool:
    """Is the event trigger t (a verb or an event noun) inside a background clause?"""
    if of_a_past_time(t) or _recalled_clause(t):
        return True
    if t.pos_ in ("NOUN", "PROPN"):
        mods = {c.lower_ for c in t.children if c.dep_ in ("amod", "compound", "nmod", "poss")}
        if mods & _PAST_MODS:
            return True  # 'his previous visit', 'the last meeting'
        # 'This was X's fifth trip to Vietnam': what the visit is, not a new one
        if _ordinal(t) and (t.dep_ in ("attr", "nsubj") and t.head.lemma_ == "be" or _recalls(t)):
            return True
        if _recalled(t):
            return True
    return any(_recalls(v, own=not over, trend=_setting(t)) for v, over in _clause_verbs(t))


# how long before its publication an article still reports an event as news: a visit that
# began a few weeks earlier is covered; one of three months earlier is recalled
_NEWS_DAYS = 31
# kinds that are facts about the past by nature (when relations were established)
_HISTORICAL = {"established"}


def _last_day(iso: str) -> date | None:
    """The last day an ISO date, month or year covers."""
    try:
        parts = [int(x) for x in iso.split("-")]
    except ValueError:
        return None
    if len(parts) == 1:
        return date(parts[0], 12, 31)
    if len(parts) == 2:
        nxt = date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1)
        return nxt - timedelta(days=1)
    return date(*parts[:3])


_ASIDE_EDGES = {"acl", "relcl", "advcl", "pcomp"}
_ASIDE_PREPS = {"after", "before", "since", "following"}


def aside(t) -> bool:
    """Is trigger t told on the way to something else — inside a modifier or a subordinate
    clause ('the agreements reached during X's visit', 'coming three months after X's trip')
    rather than the sentence's own act?"""
    x = t
    for _ in range(12):
        if x.head == x:
            return False
        if x.dep_ in _ASIDE_EDGES or x.dep_ == "pobj" and x.head.lower_ in _ASIDE_PREPS:
            return True
        x = x.head
    return False


def recalled_setting(t) -> bool:
    """Is t told in background, or inside a clause that only times the sentence's news by an
    earlier deed ('cooperation had grown after X paid a visit to Y and joined the celebration
    there', 'since X's visit in May, when he attended the parade')? An event attended there is
    no event of the article (its own day is seldom told, so no date can tell it from news)."""
    if is_background(t):
        return True
    x = t
    for _ in range(12):
        if x.head == x:
            return False
        if x.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _ASIDE_PREPS for c in x.children) \
                or x.dep_ == "pobj" and x.head.lower_ in _ASIDE_PREPS:
            return True
        x = x.head
    return False


def deed_setting(t) -> bool:
    """'the understandings reached at the top level during X's trip to Y': the event noun only
    says when a thing the sentence names was done (a past participle modifying a noun other than
    a meeting) — a setting recalled for that thing, not the article's news."""
    x = t
    for _ in range(8):
        if x.dep_ == "pobj" and x.head.dep_ == "prep":
            x = x.head.head
            continue
        # (meetings or talks held during it are the trip's own news)
        return x.dep_ == "acl" and x.tag_ == "VBN" and x.head.pos_ == "NOUN" and x != t \
            and x.head.lemma_.lower() not in _OCCASIONS and x.head.lower_ not in _OCCASIONS
    return False


def came_after(t) -> bool:
    """'it comes after X's visit to Y', 'came to Russia soon after X's trip', 'since X's visit',
    'The news follows a visit by X': someone's earlier trip named only to place the news after it
    — a setting (stored only when a date of its own shows it recent)."""
    if t.pos_ == "NOUN" and t.dep_ == "dobj" and t.head.lemma_.lower() == "follow":
        return True
    if t.pos_ == "VERB" and t.dep_ == "pcomp" and t.head.lower_ == "after":
        return True  # 'told reporters after travelling to X for the session': the trip behind the news
    return t.pos_ == "NOUN" and t.dep_ == "pobj" and t.head.lower_ in ("after", "following", "since") \
        and any(c.dep_ == "poss" and c.lower_ not in ("this", "the") for c in t.children)


def framed(t) -> bool:
    """'during X's visit to Y in 2018', 'as part of his official visit', 'The news follows a visit
    by X': an event noun that only frames what the sentence tells — an aside, recalled when its
    date (or, undated, every date of its sentence) lies over a month before the article."""
    if came_after(t):
        return True
    if t.pos_ != "NOUN":
        return False
    if t.dep_ != "pobj":
        return False
    p = t.head
    if p.lower_ in ("during", "throughout"):  # only a trip dated by its own words: 'during X's visit in 2018'
        return _own_date(t)
    return p.lower_ == "of" and p.head.lower_ == "part" and p.head.dep_ == "pobj" and p.head.head.lower_ == "as"


def _own_date(t) -> bool:
    """A date among the event noun's own words, not in a clause hung on it ('during the visit,
    where he marked the party's founding on October 10, 1945' is no 1945 visit)."""
    todo = list(t.children)
    while todo:
        x = todo.pop()
        if x.dep_ in ("relcl", "acl", "advcl", "appos"):
            continue
        if x.ent_type_ == "DATE":
            return True
        todo.extend(x.children)
    return False


def recalled_by_date(ev, pub: str | None) -> bool:
    """An event told in an aside (see `aside`) that was over more than a month before the
    article appeared is one the article recalls ('the agreements reached during X's visit in
    June', 'those reached during Y's official visit in 2018'), not its news: read as news it
    widens what the article reports. (A main clause's event of weeks before is still reported.)"""
    if not pub or not ev.date or ev.kind in _HISTORICAL:
        return False
    end = _last_day(ev.date_end or ev.date)
    try:
        published = date.fromisoformat(pub[:10])
    except ValueError:
        return False
    return end is not None and end < published - timedelta(days=_NEWS_DAYS)


def never_dates(phrase: str) -> bool:
    """'since 2001' marks the start of a span, 'by 2030' a deadline: neither is an event's date."""
    return bool(re.match(r"(?:since|by)\b", phrase.strip(), re.I))
