"""Plain-text wording of answers: dates, event lines, statement lines, quotes with citations.

Every name, date and place these functions print is passed in from the store; they only choose
the words around them. The same text goes to the terminal, `ask --json` and Telegram.
"""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge.facts import Citation
from knowledge.names import fold

MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"]
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_MONTHS = {m.lower() for m in MONTH_NAMES}

DECLINE = "My sources don't cover that."


_LEADS_ON = {"and", "or", "of", "the", "a", "an", "in", "at", "to", "with", "for", "on", "from", "by", "as"}


def cut_words(text: str, limit: int) -> str:
    """The text cut to at most `limit` characters at a word's end, "…" after it: never inside a
    multiword name ("Huế and Quy Nhơn" loses "Quy" too, not only "Nhơn") nor after a word that only
    leads on ("and", "of", "the"); the text whole when it is short enough."""
    if len(text) <= limit:
        return text
    tokens = text.split(" ")
    kept: list[str] = []
    for tok in tokens:
        if len(" ".join([*kept, tok])) > limit - 1:
            break
        kept.append(tok)
    nxt, dropped = tokens[len(kept)] if len(kept) < len(tokens) else "", 0
    while len(kept) > 1 and dropped < 4 and kept[-1][:1].isupper() and kept[-1][-1:].isalnum() and nxt[:1].isupper():
        nxt, dropped = kept.pop(), dropped + 1
    while len(kept) > 1 and kept[-1].lower() in _LEADS_ON:
        kept.pop()
    return " ".join(kept).rstrip(",;:") + "…"


def fmt_date(iso: str | None) -> str:
    """'2024-06-20' -> '20 June 2024'; reduced precision ('2024-06', '2012') stays reduced."""
    if not iso:
        return ""
    parts = iso.split("-")
    try:
        if len(parts) == 3:
            return f"{int(parts[2])} {MONTH_NAMES[int(parts[1]) - 1]} {parts[0]}"
        if len(parts) == 2:
            return f"{MONTH_NAMES[int(parts[1]) - 1]} {parts[0]}"
    except (ValueError, IndexError):
        return iso
    return parts[0]


def fmt_range(start: str, end: str) -> str:
    """'2024-06-19'..'2024-06-20' -> '19–20 June 2024'."""
    a, b = start.split("-"), end.split("-")
    if len(a) == 3 and len(b) == 3:
        if a[:2] == b[:2]:
            return f"{int(a[2])}–{fmt_date(end)}"
        if a[0] == b[0]:
            return f"{int(a[2])} {MONTH_NAMES[int(a[1]) - 1]} – {fmt_date(end)}"
    return f"{fmt_date(start)} – {fmt_date(end)}"


@lru_cache(maxsize=4096)
def fmt_when(date: str | None, date_end: str | None = None, phrase: str | None = None) -> str:
    """The resolved date with the article's own words where they differ:
    'on Thursday, 20 June 2024', 'from Wednesday to Thursday (19–20 June 2024)'.
    Memoised: a pure function of three short strings, asked for every listed event."""
    phrase = (phrase or "").strip().rstrip(",.")
    if phrase[:3] in ("On ", "In "):
        phrase = phrase[0].lower() + phrase[1:]  # it opened its sentence ("On Monday, …"); here it doesn't
    if not date:
        return _with_preposition(phrase)
    if date_end and date_end != date:
        resolved = fmt_range(date, date_end)
        if phrase and not _same_words(phrase, resolved):
            return f"{phrase} ({resolved})"
        return "from " + resolved.replace(" – ", " to ").replace("–", " to ")
    resolved = fmt_date(date)
    prep = "in" if len(date.split("-")) < 3 else "on"
    if not phrase or _same_words(phrase, resolved):
        return f"{prep} {resolved}"
    words = fold(phrase).split()
    if words and words[0] == "on" and len(words) == 2 and words[1] in _WEEKDAYS:
        return f"{phrase}, {resolved}"
    if len(words) == 1 and words[0] in _WEEKDAYS:
        return f"on {phrase}, {resolved}"
    return f"{prep} {resolved} ({phrase})"


def _with_preposition(phrase: str) -> str:
    """An undated event's own words as they fit after a verb: 'October 26' -> 'on October 26',
    'October' -> 'in October', '1998' -> 'in 1998'; words that bring their own ('last week') stay."""
    words = fold(phrase).split()
    if not words:
        return phrase
    days = [w for w in words if w.isdigit() and len(w) <= 2]
    if words[0] in _WEEKDAYS or (days and (words[0] in _MONTHS or words[0].isdigit())):
        return f"on {phrase}"
    if words[0] in _MONTHS or (len(words) == 1 and re.fullmatch(r"(1[89]|20)\d\d", words[0])):
        return f"in {phrase}"
    return phrase


def _same_words(phrase: str, resolved: str) -> bool:
    p = set(fold(phrase).split()) - {"on", "in", "from", "to", "the", "of", "since", "by"}
    r = set(fold(resolved).split())
    return bool(p) and p <= r | {m.lower()[:3] for m in MONTH_NAMES}


def fmt_pub(date: str | None) -> str:
    return fmt_date(date) if date else "date unknown"


def citation_line(c: Citation) -> str:
    bits = [b for b in (c.outlet, fmt_date(c.date) if c.date else None) if b]
    return "— " + ", ".join(bits) + f" ({c.source})" if bits else f"— {c.source}"


def quote_block(c: Citation) -> str:
    quote = " ".join(c.quote.split())  # line breaks inside a scraped sentence read as spaces
    return f"“{quote}”\n{citation_line(c)}"


def compose(headline: str, citations: list[Citation], lines: list[str] | None = None, note: str | None = None) -> str:
    """Answer line, optional bullet lines (several facts), then the quotes with their citations."""
    parts = [headline]
    if lines:
        parts.append("\n".join(f"• {ln}" for ln in lines))
    for c in citations:
        parts.append(quote_block(c))
    if note:
        parts.append(note)
    return "\n\n".join(parts)


def decline_text(headline: str, suggestions: list[str]) -> str:
    if not suggestions:
        return headline
    return headline + "\n\nYou could ask:\n" + "\n".join(f"• {s}" for s in suggestions)


# reporting verbs whose content is a clause ("said that …"); others take an object ("expressed his delight")
CLAUSE_VERBS = {"say", "affirm", "emphasize", "emphasise", "note", "stress", "believe", "add", "state", "assert",
                "reiterate", "confirm", "underline", "underscore", "point", "insist", "declare", "announce",
                "tell", "acknowledge", "observe", "explain", "argue", "warn", "agree", "hope", "think", "share"}

# --- verbs ---------------------------------------------------------------------------------

_IRREGULAR = {"say": "said", "tell": "told", "speak": "spoke", "hold": "held", "meet": "met", "give": "gave",
              "make": "made", "send": "sent", "take": "took", "write": "wrote", "think": "thought",
              "see": "saw", "come": "came", "keep": "kept", "lead": "led", "pay": "paid",
              "seek": "sought", "shed": "shed", "set": "set", "put": "put", "let": "let"}


def past(verb: str) -> str:
    v = (verb or "say").strip().lower()
    if " " in v:
        head, rest = v.split(" ", 1)
        return past(head) + " " + rest
    if v in _IRREGULAR:
        return _IRREGULAR[v]
    if v.endswith("ed"):
        return v
    if v.endswith("e"):
        return v + "d"
    if re.search(r"[^aeiou]y$", v):
        return v[:-1] + "ied"
    if re.search(r"[^aeiou][aeiou][pt]$", v) and len(v) <= 4:
        return v + v[-1] + "ed"
    return v + "ed"


# --- events --------------------------------------------------------------------------------

def join_names(names: list[str]) -> str:
    names = list(dict.fromkeys(n for n in names if n))
    if not names:
        return ""
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


def event_line(kind: str, parts: list[tuple[str, str]], place: str | None, when: str,
               first: list[str] | None = None) -> str:
    """One event as a plain sentence. parts: (name, role); `first`: names to put as subject."""
    kind = (kind or "meeting").strip()
    k = kind.lower()
    first = first or []
    visitors = [n for n, r in parts if r in ("visitor", "caller")]
    hosts = [n for n, r in parts if r in ("host", "callee", "recipient")]
    others = [n for n, r in parts if r not in ("visitor", "caller", "host", "callee", "recipient")]
    names = list(dict.fromkeys(n for n, _r in parts))
    place_s = f" in {place}" if place else ""
    when_s = f" {when}" if when else ""
    if "visit" in k:
        who = join_names(visitors or others or names)
        to = join_names(hosts) or place
        art = "an" if k[:1] in "aeiou" else "a"
        dest = f" to {to}" if to else ""
        where = f" ({place})" if place and hosts and place not in hosts else ""
        return f"{who} paid {art} {kind}{dest}{where}{when_s}."
    subj = [n for n in first if n in names][:1] or names[:1]
    rest = [n for n in names if n not in subj]
    s, o = join_names(subj), join_names(rest)
    if k in ("talks", "talk", "held talks", "phone talks", "consultations", "political consultations",
             "negotiations"):
        verb = "held phone talks" if "phone" in k else f"held {kind}"
        return f"{s} {verb} with {o}{place_s}{when_s}." if o else f"{s} {verb}{place_s}{when_s}."
    if "call" in k or "phone" in k:
        return f"{s} held a phone call with {o}{when_s}." if o else f"{s} held a phone call{when_s}."
    if k in ("reception", "received", "receive"):
        if hosts and (visitors or others):
            return f"{join_names(hosts)} received {join_names(visitors or others)}{place_s}{when_s}."
        return f"{s} received {o}{place_s}{when_s}." if o else f"{s} held a reception{place_s}{when_s}."
    if k == "message":  # sent from afar: who sent it to whom, never 'met'
        senders = [n for n, r in parts if r == "sender"] or names[:1]
        to = [n for n in names if n not in senders]
        return f"{join_names(senders)} sent a message to {join_names(to)}{when_s}." if to else \
            f"{join_names(senders)} sent a message{when_s}."
    if k in ("meeting", "meet", "met"):
        return f"{s} met {o}{place_s}{when_s}." if o else f"{s} held a meeting{place_s}{when_s}."
    return f"{s} and {o}: {kind}{place_s}{when_s}." if o else f"{s}: {kind}{place_s}{when_s}."
