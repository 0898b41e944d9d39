"""Actor identity in the store: one row per actor, keyed by its folded name, and one actor per
person across articles where that is safe for namesakes."""

from __future__ import annotations

from typing import Any


def actor_id(db: Any, name: str, kind: str, titles: set[str] | frozenset[str] = frozenset()) -> int:
    from knowledge.names import fold

    key = fold(name)
    row = db.execute("SELECT id, name FROM actors WHERE key = ?", [key]).fetchone()
    if row is None and kind == "person":
        row = _same_person(db, key, name, titles)
    if row is None:
        return db.execute("INSERT INTO actors(key, name, kind) VALUES (?, ?, ?)", [key, name, kind]).lastrowid
    actor_id, current = row
    # Prefer the spelling with diacritics: it is the one the articles' own language uses.
    if _diacritic_count(name) > _diacritic_count(current):
        db.execute("UPDATE actors SET name = ? WHERE id = ?", [name, actor_id])
    return actor_id


_NOT_ROLE = {"russian", "vietnamese", "viet", "nam", "russia", "vietnam", "the", "of", "and", "mr", "ms", "mrs",
             "former", "then", "current", "state", "federation"}


def _role_words(titles) -> set[str]:
    from knowledge.names import fold

    return {w for t in titles for w in fold(t).split() if w not in _NOT_ROLE and len(w) > 2}


def _same_person(db: Any, key: str, name: str, titles) -> tuple[int, str] | None:
    """One actor per person across articles: 'Putin' in one article and 'Vladimir Putin' in another
    are one actor when it is safe for namesakes — exactly one person of the store has that last
    name, and their titles don't conflict ('Agriculture Minister Sokolov' and 'Pavel Sokolov, a
    diplomat' stay apart). A bare surname joins the full name; a full name takes over a
    surname-only actor (its row is renamed, so every fact keeps pointing at it)."""
    toks = key.split()
    variant = _spelling_variant(db, toks, titles, name)
    if variant is not None:
        return variant
    if len(toks) == 1:
        rows = list(db.execute("SELECT id, name FROM actors WHERE kind = 'person' AND key LIKE ?", ["% " + key]))
    else:
        others = db.execute("SELECT count(*) FROM actors WHERE kind = 'person' AND key LIKE ?",
                            ["% " + toks[-1]]).fetchone()[0]
        rows = [] if others else list(db.execute("SELECT id, name FROM actors WHERE kind = 'person' AND key = ?",
                                                 [toks[-1]]))
    if len(rows) != 1:
        return None
    mine = _role_words(titles)
    theirs = _role_words(t for (t,) in db.execute("SELECT title FROM titles WHERE actor_id = ?", [rows[0][0]]))
    if mine and theirs and not mine & theirs:
        return None
    if len(toks) > 1:
        db.execute("UPDATE actors SET key = ?, name = ? WHERE id = ?", [key, name, rows[0][0]])
        return rows[0][0], name
    return tuple(rows[0])


def _given(word: str) -> str:
    """A Russian given name's romanisations made one: Sergei/Sergey, Alexei/Aleksey, Dmitri/Dmitry,
    Nikolai/Nikolay, Yevgeny/Evgeny."""
    import re

    w = word.replace("x", "ks")
    w = re.sub(r"^ye", "e", w)
    w = re.sub(r"(ey|ej)$", "ei", w)
    w = re.sub(r"ay$", "ai", w)
    w = re.sub(r"(iy|ii|yi)$", "i", w)
    return re.sub(r"(?<=[^aeiou])y$", "i", w)


def _surname(word: str) -> str:
    """A Russian surname's romanisations made one: Matviyenko/Matvienko, Shoygu/Shoigu,
    Kozhemyako/Kozhemiako (a y after the first letter is an i; a doubled i is one)."""
    import re

    return re.sub(r"i+", "i", word[:1] + word[1:].replace("y", "i"))


def _spelling_variant(db: Any, toks: list[str], titles, spelled: str) -> tuple[int, str] | None:
    """'Sergei Lavrov' and 'Sergey Lavrov', 'Valentina Matviyenko' and 'Valentina Matvienko',
    'Vladislav Shapsha' and 'Vladislav Valerievich Shapsha', 'A.V. Konovalov' and 'Alexander
    Konovalov': one person when exactly one person of the store has that surname and a given name
    that romanises the same (or initials that begin its given names), any middle name of one also
    the other's (or absent), and the titles don't conflict."""
    if len(toks) < 2:
        return None
    rows = []
    for aid, name, key in db.execute("SELECT id, name, key FROM actors WHERE kind = 'person' AND key LIKE ?",
                                     ["% " + toks[-1][:3] + "%"]):
        other = key.split()
        if len(other) < 2 or other == toks or _surname(other[-1]) != _surname(toks[-1]):
            continue
        if _initials_fit(toks[:-1], other[:-1]) or _initials_fit(other[:-1], toks[:-1]):
            rows.append((aid, name, key))
            continue
        if _given(other[0]) != _given(toks[0]):
            continue
        mid, omid = set(toks[1:-1]), set(other[1:-1])
        if mid <= omid or omid <= mid:
            rows.append((aid, name, key))
    if len(rows) != 1:
        return None
    mine = _role_words(titles)
    theirs = _role_words(t for (t,) in db.execute("SELECT title FROM titles WHERE actor_id = ?", [rows[0][0]]))
    if mine and theirs and not mine & theirs:
        return None
    aid, name, key = rows[0]
    if _initials_fit(key.split()[:-1], toks[:-1]):  # 'A.V. Konovalov' stored first: the full name takes over
        db.execute("UPDATE actors SET key = ?, name = ? WHERE id = ?", [" ".join(toks), spelled, aid])
        name = spelled
    return aid, name


def _initials_fit(initials: list[str], given: list[str]) -> bool:
    """'A.V. Konovalov' (folded 'a v') is 'Alexander (Vladimirovich) Konovalov': every word of the
    first is one letter, and they begin the other's given names in order (a middle one may be missing)."""
    return bool(initials) and all(len(w) == 1 for w in initials) and len(given[0]) > 1 \
        and all(g.startswith(i) for i, g in zip(initials, given))


def _diacritic_count(s: str) -> int:
    return sum(1 for ch in s if ord(ch) > 127)
