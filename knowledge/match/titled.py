"""A person named by a title of a body ("president of the Hanoi Law Society", "director of JINR"):
found before roles, which would read the title word for anyone holding it and the body apart."""

from __future__ import annotations

from knowledge.match.roles import COUNTRY_OF, DEMONYMS, TITLE_WORDS
from knowledge.question import COMMON

# words a body's name is built with that its acronym leaves out ("Academy of Science and Technology": AST)
_LINKS = {"of", "and", "the", "for", "&", "on", "in"}
# words that end the body's name in a question ("director of JINR who spoke", "head of X in Moscow")
_BODY_END = {"who", "whom", "that", "which", "when", "where", "in", "at", "on", "during", "mentioned", "quoted",
             "from", "to", "with", "by", "before", "after", "said", "says", "spoke", "was", "is", "were", "did"}

_DEPUTY = {"deputy", "vice", "acting", "assistant"}

# words before a title that ask for one holder among several over time
_WHICH_HOLDER = {"first", "former", "previous", "late", "new", "next", "founding", "then", "second"}


def titled_aliases(ix, toks: list[str], free: list[bool], claim) -> None:
    """Windows of three words or more that are one person's stored alias as a title of a body ("chairman
    of the Hanoi Bar Association"): the alias names the person."""
    for n in range(min(ix.max_n, len(toks)), 2, -1):
        for i in range(0, len(toks) - n + 1):
            if not all(free[i : i + n]) or not _title_of(toks[i : i + n]) or _country_before(toks, i):
                continue
            ids = ix.exact.get(" ".join(toks[i : i + n]))
            if ids and all(ix.kind(a) == "person" for a in ids):
                claim(i, i + n, ids, 100, "role")


def title_of_body(ix, toks: list[str], free: list[bool], claim) -> None:
    """"<title> of [the] <body>" where the people whose stored titles write that title word with the
    body (its words, or its acronym: "VAST President" for "president of the Vietnam Academy of Science
    and Technology") are one person: that person. A title no stored title ties to the body is left to
    the role reading (and its decline)."""
    for i, t in enumerate(toks):
        if t not in TITLE_WORDS or i + 2 >= len(toks) or toks[i + 1] != "of" or not all(free[i : i + 2]):
            continue
        start = i + 3 if toks[i + 2] == "the" else i + 2
        end = start
        while end < len(toks) and free[end] and toks[end] not in _BODY_END and end - start < 8:
            end += 1
        for stop in range(end, start, -1):
            ids = set() if _country_before(toks, i) else _holders_of(ix, t, toks[start:stop], set(toks[max(0, i - 3):i]))
            if ids:
                claim(i, stop, ids, 95, "role")
                break


def _country_before(toks: list[str], i: int) -> bool:
    """A country or its adjective among the three words before a title ("the Russian Minister of
    Foreign Affairs"): a country's office, which the role reading resolves by nationality."""
    return any(w in DEMONYMS or w in COUNTRY_OF for w in toks[max(0, i - 3):i])


def _title_of(words: list[str]) -> bool:
    """A title word followed by "of": "president of the …", not "deputy transport minister"."""
    return any(w in TITLE_WORDS and nxt == "of" for w, nxt in zip(words, words[1:]))


def _holders_of(ix, title: str, body: list[str], before: set[str]) -> set[int]:
    """The one person (or the one name's several entries) whose stored title text holds the title word
    and the body, by its words or its acronym; empty when none or several people do. A deputy ("Deputy
    Mayor of Tula") holds no office the question asks without the word (`before` the title: its three words
    before)."""
    words = [w for w in body if w not in _LINKS]
    if not words or all(w in COMMON for w in words):
        return set()
    acronym = "".join(w[0] for w in words) if len(words) >= 3 else None
    hits = set()
    for aid, texts in ix.title_text.items():
        for text in texts:
            have = set(text.split())
            if any(w in have and w not in before for w in _DEPUTY) or any(
                    w not in have for w in before & _WHICH_HOLDER):
                continue  # "the first director of X" need not be the director the article names
            if title in have and (all(w in have for w in words) or acronym and acronym in have):
                hits.add(aid)
                break
    return hits if len({ix.name(a) for a in hits}) == 1 else set()
