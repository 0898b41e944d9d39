"""Which gold events are the core ones issue 7's recall target speaks of: the meeting, talks,
call or visit a headline reports. The gold annotates ceremonies, conferences, statements and fires
too, kinds the store has none for; a second recall line over the core kinds tells whether the
extractor finds what it is built to find, apart from what it never stores."""

from __future__ import annotations

import re

# a kind is core when one of its words is one of these ('official visit', 'state visit',
# 'phone call', 'courtesy call', 'port call', 'online meeting', 'reception'); words, not
# substrings, so 'recall' or 'callout' are not calls
CORE_WORDS = frozenset({"meeting", "meetings", "talks", "call", "calls", "visit", "visits", "reception"})


def is_core_kind(kind: str) -> bool:
    """True for a meeting, talks, call or visit, by the words of the kind."""
    return any(w in CORE_WORDS for w in re.split(r"[\s_\-]+", kind.lower()) if w)
