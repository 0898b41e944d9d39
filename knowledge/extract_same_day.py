"""The day 'the same day' means: the latest dated event told before, else the last day an earlier
sentence names for someone's deed — the news day, never the background's. Split from extract_tree."""

from __future__ import annotations

from datetime import date


def date_ref(ctx) -> str | None:
    """The day 'the same day' refers to: the latest event told with a full date — not one told in
    an aside ('X, who had arrived on Monday for a visit, said ...': the news is not the arrival);
    with none, the last full day an earlier sentence names for a deed of someone ('The programme
    got under way on September 21 ... The delegation called the same day on X'), not the day of a
    happening ('sent letters on Monday ... The attack took place on March 22 ... The same day, Y
    ...': Monday) — never the page's date, nor a day of the background, long before the page's
    date ('measures announced on August 29 last year' in a report dated March: 'On the same day'
    is the news day, so None -> the page's)."""
    asides = ctx.aside_events
    for ev in reversed(ctx.events):
        if ev.date and ev.date_how not in ("anniversary arithmetic",) and len(ev.date) == 10 and id(ev) not in asides:
            return ev.date
    from knowledge.dates import resolve_date

    for sc in reversed(ctx.sents[:ctx.cur]):
        for s, _e, phrase in reversed(sc.dates):
            d, _end, how = resolve_date(phrase, ctx.pub)
            if d and len(d) == 10 and how != "same day" and not background_day(d, ctx.pub) \
                    and not _happening(sc.span.doc[s]):
                return d
    return None


_HAPPENING_SUBJECTS = {"PERSON", "ORG", "GPE", "NORP"}


def _happening(tok) -> bool:
    """The day phrase at tok dates what happened to no one named ('The attack took place on March
    22', 'The attack at the City Hall took place ...'): the verb it hangs on has a subject that is
    neither a name nor a pronoun (its own words, not what its phrases mention)."""
    v = tok
    while v.pos_ not in ("VERB", "AUX") and v.head != v:
        v = v.head
    subs = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subs) and not any(
        x.ent_type_ in _HAPPENING_SUBJECTS or x.pos_ in ("PRON", "PROPN")
        for c in subs for x in [c] + [g for g in c.children if g.dep_ in ("compound", "poss")])


# a day this long before the page's date is the background's, not the news day 'the same day' means
_NEWS_SPAN_DAYS = 45


def background_day(day: str, pub: str | None) -> bool:
    """A full day (ISO) more than _NEWS_SPAN_DAYS before the page's date (unknown: False)."""
    if not pub or len(pub) < 10:
        return False
    try:
        return (date.fromisoformat(pub[:10]) - date.fromisoformat(day)).days > _NEWS_SPAN_DAYS
    except ValueError:
        return False
