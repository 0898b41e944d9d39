"""The senses of Vietnamese "đến" and "vào" that the word-by-word reading misses: the lexicon reads
"đến" as a visit (a person arriving somewhere), but after a time's start or a place already named it
is "until" ("ở lại Vladivostok đến ngày nào": stayed until when), before "từ" it is coming from
("đoàn đến từ nước nào"), after a motion verb or a carried thing it is "to" ("bay đến Hà Nội",
"chuyến bay mỗi tuần đến Cam Ranh"); "vào" before the asked time is "on" or nothing ("vào ngày
nào": when), never "into"."""

from __future__ import annotations

from collections.abc import Callable

from knowledge.question.words import MONTHS

# verbs that move someone or something to a place: "đến" after them is the destination ("to")
_MOTION = {"fly", "flew", "bring", "brought", "carry", "carried", "send", "sent", "transported", "shipped",
           "deliver", "delivered", "returned", "exported", "moved", "travel", "travelled"}
# things that travel somewhere without visiting it, a few words before "đến" ("chuyến bay đầu tiên
# của Aeroflot đến Cam Ranh", "bao nhiêu chuyến bay mỗi tuần đến"); a ship's call is a visit
_CARRIED = {"flight", "flights", "route", "routes", "railway", "train", "trains", "exports", "goods", "cargo",
            "freight", "shipment", "shipments", "charter", "products", "seafood"}
# states that last until a time ("ở lại", "kéo dài", "gia hạn", "mục tiêu ... đến năm 2030")
_LASTING = {"stay", "stayed", "lasted", "last", "extend", "extended", "valid", "remain", "remained", "target",
            "open", "continue", "continued"}
_ASKED_TIME = {"when"}
_ASKED_UNIT = {"year", "month", "day", "date", "time"}


def _time_at(toks: list[str], k: int) -> bool:
    """Does a time start at token k: the asked "when", "what/which year", a year or month after
    "in"/"on" ("in 2028", "on march")?"""
    if k >= len(toks):
        return False
    if toks[k] in _ASKED_TIME:
        return True
    if toks[k].isdigit() and k + 1 < len(toks) and toks[k + 1] in MONTHS:
        return True
    nxt = toks[k + 1] if k + 1 < len(toks) else ""
    if toks[k] in ("what", "which") and nxt in _ASKED_UNIT:
        return True
    return toks[k] in ("in", "on") and (nxt.isdigit() and len(nxt) == 4 or nxt in MONTHS)


def _place_before(toks: list[str], k: int) -> bool:
    """Do the words right before position k name a place or a country ("vladivostok", "ho chi minh city")?"""
    from knowledge.names import canonical_country, canonical_place

    return any(canonical_place(w) or canonical_country(w)
               for n in range(1, min(k, 4) + 1) if (w := " ".join(toks[k - n : k])))


def den_senses(toks: list[str]) -> list[str]:
    """"visit" read from "đến" -> "to", "until" or nothing, by its neighbours."""
    out = list(toks)
    for k, t in enumerate(toks):
        if t != "visit":
            continue
        before = toks[k - 1] if k else ""
        after = toks[k + 1] if k + 1 < len(toks) else ""
        if after == "from" and not _time_at(toks, k + 2):
            out[k] = ""  # "đến từ nước nào": came from which country
        elif before in _MOTION or _CARRIED & set(toks[max(0, k - 4) : k]):
            out[k] = "to"
        elif _time_at(toks, k + 1) and (before in _LASTING or _place_before(toks, k)):
            out[k] = "until"
            if after in ("in", "on"):
                out[k + 1] = ""  # "until 2028", "until march"
    return [t for t in out if t]


# words that put a verb or a destination between a delegation and "dự" ("đoàn sang Việt Nam để dự",
# "tiễn đoàn đi tham dự"): there "dự" is the delegation's own act, attended
_DELEGATION_GAP = {"to", "visit", "for", "in", "went", "go", "came", "come", "send", "sent", "and", "with", "at"}


def du_senses(toks: list[str]) -> list[str]:
    """"attended" read from "dự" right after a delegation's name -> "to": "đoàn Việt Nam dự Diễn đàn X"
    is the delegation to forum X, which is how the articles write it; "attended" asked an act they
    seldom write of a delegation ("headed the delegation to the forum")."""
    out = list(toks)
    for k, t in enumerate(toks):
        if t != "attended":
            continue
        back = [j for j in range(max(0, k - 5), k) if toks[j] == "delegation"]
        if back and not _DELEGATION_GAP & set(toks[back[-1] + 1 : k]):
            out[k] = "to"
    return out


def vao_asked(toks: list[str]) -> list[str]:
    """"into when" -> "when", "into what year" -> "in what year": "vào" before the asked time."""
    out: list[str] = []
    for k, t in enumerate(toks):
        if t == "into" and k + 1 < len(toks) and _time_at(toks, k + 1) and toks[k + 1] not in ("in", "on"):
            if toks[k + 1] != "when":
                out.append("on" if toks[k + 2] in ("day", "date") else "in")
            continue
        out.append(t)
    return out


def into_place(words: list[str], i: int, n: int, place_at: Callable, toks: list[str]) -> bool:
    """Would a phrase of n words at i, its first word lower case, take the capitalised first word of
    a place of several words ("toi Da Lat": tới Đà Lạt, never "tối đa", up to)?"""
    last = i + n - 1
    if n < 2 or words[i][:1].isupper() or not words[last][:1].isupper():
        return False
    place = place_at(toks, last, words)
    return place is not None and place[0] > 1  # "tiếng Nga" (Russian language) takes a whole place


def vi_to(toks: list[str], words: list[str], i: int, place_at: Callable) -> list[str] | None:
    """'sang' or 'toi' typed without diacritics and before a place ("sang Nga", "toi Phu Quoc") is "sang"
    or "tới" (over to), as "sáng" or "tối" (morning, evening) or the name Sang never stands before one."""
    if toks[i] in ("sang", "toi") and words[i] == toks[i] and i + 1 < len(toks) and place_at(toks, i + 1, words):
        return ["to"]
    return None
