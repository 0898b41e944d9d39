"""People a sentence lists as the guests of the event told just before it: 'Among the guests
were A and B', 'Among the participants was C', 'Guests included D', 'The attendees included E'.
A body often holds the event ('The embassy held a ceremony in Moscow ...') and the next
sentence names the people there by these words alone; the caller ties them to that event."""

from __future__ import annotations

from knowledge.extract_heads import people_in as _people

# nouns for the people at an event ('the guests', 'the participants', 'distinguished guests')
GUEST_NOUNS = {"guest", "participant", "attendee", "invitee", "dignitary", "delegate"}


def _guest_noun(t) -> bool:
    return t.lemma_.lower() in GUEST_NOUNS or t.lower_.rstrip("s") in GUEST_NOUNS


def among_listed(ctx, sc, fits) -> list:
    """The people of 'Among <those present / the guests> were A and B', where `fits` takes the 'among'
    phrase's object: the names hang on the verb the phrase modifies."""
    out = []
    for t in sc.span:
        if t.lower_ == "among" and t.dep_ == "prep" and any(fits(o) for o in t.children):
            out += _people(ctx, [c for c in t.head.children if c.dep_ in ("nsubj", "attr", "dobj")])
    return out


def guests_listed(ctx, sc) -> list:
    """'Among the guests were A and B', 'Guests included A and B' (the names are the object of
    'include')."""
    out = among_listed(ctx, sc, lambda o: o.dep_ == "pobj" and _guest_noun(o))
    for t in sc.span:
        if t.lemma_.lower() == "include" and t.pos_ == "VERB" and any(
                c.dep_ == "nsubj" and _guest_noun(c) for c in t.children):
            out += _people(ctx, [c for c in t.children if c.dep_ == "dobj"])
    return out
