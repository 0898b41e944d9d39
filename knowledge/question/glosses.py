"""Names a Vietnamese or Russian question writes as the English articles do. A Russian name followed
by its English gloss in brackets («Силовые машины» (Power Machines)): the articles write the gloss,
so the question is read with the gloss in the name's place; left in, the Russian words are
transliterated into words no article writes ("silovye") and the question is declined for them. An
English title quoted in the question ('Russia in My Soul') stays as written: none of its words is
read as a Vietnamese word ("My" is no Mỹ, the United States)."""

from __future__ import annotations

import re

from knowledge import lazy_re

# a quoted name, or a run of Cyrillic words, right before a bracketed gloss in Latin letters
_QUOTED = lazy_re.compile(r"[«\"“]([^»\"”]{1,80})[»\"”]\s*\(([A-Za-z][^()\u0400-\u04FF]{0,80})\)")
_BARE = lazy_re.compile(r"((?:[\u0400-\u04FF][\w-]*\s+){0,5}[\u0400-\u04FF][\w-]*)\s*\(([A-Za-z][^()\u0400-\u04FF]{0,80})\)")


def gloss_names(raw: str) -> str:
    """The question with each Russian name that a bracketed Latin gloss follows replaced by the gloss:
    a quoted name whole; an unquoted one as its last words, as many as the gloss has, from a
    capitalised word (a lower-case one before them is the question's own: "компания")."""
    raw = _QUOTED.sub(lambda m: m.group(2) if re.search(r"[\u0400-\u04FF]", m.group(1)) else m.group(0), raw)
    return _BARE.sub(_bare, raw)


def _bare(m: re.Match) -> str:
    words = m.group(1).split()
    n = len(m.group(2).split())
    start = max(1 if m.start() == 0 else 0, len(words) - n)  # the question's first word is capitalised anyway
    while start < len(words) and not words[start][:1].isupper():
        start += 1  # the name starts at a capital
    if start == len(words):
        return m.group(0)
    return " ".join([*words[:start], m.group(2)])


_QUOTE = lazy_re.compile(r"['\"«“‘]([^'\"»”’]{2,80})['\"»”’]")


def latin_quoted(raw: str, words: list[str]) -> set[int]:
    """The positions in `words` (the question's words as written) of an English title it quotes:
    a quoted run of Latin words with no diacritic and at least one capital, found in `words` in order."""
    out: set[int] = set()
    for m in _QUOTE.finditer(raw):
        title = re.findall(r"\w+", m.group(1))
        if not title or not all(w.isascii() for w in title) or not any(w[:1].isupper() for w in title):
            continue
        for k in range(len(words) - len(title) + 1):
            if words[k : k + len(title)] == title:
                out.update(range(k, k + len(title)))
                break
    return out


def unquoted(raw: str) -> str:
    """The question without what it quotes: a Vietnamese question may quote an English title ("đêm
    nhạc "The Journey of Youth""), whose words say nothing of the language it asks in."""
    return _QUOTE.sub(" ", raw)
