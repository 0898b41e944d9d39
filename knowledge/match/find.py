"""Finding the actors a question names, in order: a person's title of a body (titled), roles and
titles (role_mentions), exact aliases and full names by surname, demonyms, then fuzzy spellings and
other-language forms."""

from __future__ import annotations

from rapidfuzz import fuzz, process

from knowledge.match import role_mentions, titled
from knowledge.match.found import Found, Mention
from knowledge.match.name_forms import (CYRILLIC, alt_vietnamese_translit, each_word_close, ru_name_forms, swaps,
                                        place_adjective_bases, ru_place_forms, vi_name_candidates, vi_spellings,
                                        vi_stems)
from knowledge.match.slips import slipped_name
from knowledge.match.roles import COUNTRY_OF, DEMONYMS, TITLE_WORDS
from knowledge.names import CAPITALS, canonical_place, fold
from knowledge.question import COMMON, Question

_HONORIFICS = {"mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr.", "madam", "comrade", "ông", "bà", "г-н", "господин"}


def find(ix, q: Question) -> Found:
    """Every actor mention in the question, longest first: exact alias, role, fuzzy alias."""
    found = Found()
    toks = q.latin
    raw = q.tokens
    free = [i not in q.date_idx for i in range(len(toks))]

    def claim(i: int, j: int, ids: set[int], score: float, how: str) -> None:
        found.mentions.append(Mention(set(ids), (i, j), " ".join(raw[i:j]), score, how))
        for k in range(i, j):
            free[k] = False
            found.claimed.add(k)

    # 1. a person's whole titled alias ("President of the Russia-Vietnam Friendship Association"): that person,
    # before its title and its body are read apart as a role and an organisation
    titled.titled_aliases(ix, toks, free, claim)
    titled.title_of_body(ix, toks, free, claim)
    # 2. roles ("the Russian foreign minister", "president of Russia", "Russian leaders")
    role_mentions.find_roles(ix, q, toks, free, claim, found)
    # 3. exact aliases, longest windows first
    _exact_aliases(ix, q, toks, raw, free, claim)
    # 4. demonyms left over are nationality hints ("Russian" in "Russian leaders" handled above)
    for i, t in enumerate(toks):
        if free[i] and t in DEMONYMS:
            found.nationalities.add(DEMONYMS[t])
            free[i] = False
            found.claimed.add(i)
    # 5. fuzzy aliases and name parts
    for n in range(min(3, len(toks)), 0, -1):
        for i in range(0, len(toks) - n + 1):
            if not all(free[i : i + n]):
                continue
            hit = _fuzzy_window(ix, q, toks, raw, free, i, n)
            if hit is not None:
                claim(i, i + n, *hit)
    _drop_titles_of_others(ix, found, toks)
    _capitals_as_states(ix, q, found)
    return found


_STATE_OF_CAPITAL = {capital: country for country, capital in CAPITALS.items()}
# words before a capital that make it the state acting ("with Moscow", "did Hanoi", "by Moscow"), where
# "in Moscow", "visit Hanoi", "the Moscow talks" keep the city
_ACTOR_BEFORE = {"with", "from", "by", "for", "and", "between", "against", "towards", "toward", "despite", "did", "does",
                 "do", "has", "had", "have", "will", "would", "can", "could", "is", "was", "are", "were", "how", "why",
                 "what", "which", "whether", "that"}


# words after a capital that make it the state acting ("want Moscow to back", "Hanoi had rejected",
# "say Moscow would stick"), unless a word before it places something there ("flew to Moscow to attend")
_ACTOR_AFTER = {"to", "would", "will", "had", "has", "have", "should", "could", "might", "may", "must", "can",
                "wants", "wanted", "kept", "rejected", "offered", "agreed", "refused", "sent", "gave"}
_PLACE_BEFORE = {"in", "at", "to", "into", "near", "via", "visit", "visits", "visited", "visiting", "reach", "reached",
                 "arrive", "arrived", "flew", "fly", "travel", "travelled", "traveled", "went", "go", "come", "came",
                 "trip", "return", "returned", "back", "of", "the"}


def _capitals_as_states(ix, q: Question, found: Found) -> None:
    """News names a state by its capital ("talks with Moscow", "Hanoi's position", "what did Moscow
    propose"): a capital asked about as an actor is found by the state's name as well. Not where it
    is the place of the event ("in Moscow", "to Hanoi"), which stays the city."""
    for m in found.mentions:
        country = _STATE_OF_CAPITAL.get(canonical_place(m.text) or "")
        if country is None or m.how not in ("alias", "part", "fuzzy"):
            continue
        i, j = m.span
        if i == 0 or q.latin[i - 1] in _ACTOR_BEFORE or j < len(q.tokens) and (q.tokens[j] in ("'s", "s", "’s") or (
                q.tokens[j] in _ACTOR_AFTER and q.latin[i - 1] not in _PLACE_BEFORE)):
            m.actor_ids = m.actor_ids | ix.country_actor.get(country, set())


def _exact_aliases(ix, q: Question, toks: list[str], raw: list[str], free: list[bool], claim) -> None:
    """Windows of the question that are an alias as written (or folded), a run of a longer name, or
    a full name whose surname the store knows; longest windows first."""
    n_tok = len(toks)
    cyrillic = any(CYRILLIC.search(w) for w in raw)  # else no window can be a name Russian spells
    # per word, once: unknown to every alias (a window with one such word may be a swapped-letter
    # slip, _transposed) and capitalised (a surname must be, _by_surname); windows share words
    unknown = [t not in ix.alias_words for t in toks]
    like: dict[int, bool] = {}
    for n in range(min(ix.max_n, n_tok), 0, -1):
        for i in range(0, n_tok - n + 1):
            if not all(free[i : i + n]):
                continue
            phrase = " ".join(toks[i : i + n])
            if n == 1 and (phrase in COMMON or len(phrase) < 2):
                continue
            ids = ix.exact.get(phrase) or (ix.exact.get(" ".join(raw[i : i + n])) if raw != toks else None)
            if ids and n == 1 and q.has_capitals() and not q.raw_has_capital(i) and not CYRILLIC.search(raw[i]) \
                    and all(ix.kind(a) == "person" for a in ids):
                continue  # "sang" (Vietnamese 'to') where names are capitalised is not Sang
            if ids:
                claim(i, i + n, ids, 100, "alias")
            elif n >= 2 and (ids := ix.runs.get(phrase)):
                claim(i, i + n, ids, 95, "alias")
            elif n >= 2 and cyrillic and not _longer_name(q, free, i, i + n) and (ids := _vietnamese_name(ix, raw[i : i + n])):
                claim(i, i + n, ids, 90, "alias")
            elif n >= 2 and sum(unknown[i : i + n]) == 1 and (ids := _transposed(ix, toks[i : i + n], False)):
                claim(i, i + n, ids, 90, "fuzzy")  # 'Trna Thanh Man': a full name, one word's letters swapped
            elif n >= 3 and sum(unknown[i : i + n]) == 1 and (ids := slipped_name(ix, toks[i : i + n])):
                claim(i, i + n, ids, 88, "fuzzy")  # 'Nguyen Xuan Phuk': a full name, one word a letter off
            elif 2 <= n <= 4 and q.raw_has_capital(i + n - 1):
                _by_surname(ix, q, i, n, free, claim, like)


def _longer_name(q: Question, free: list[bool], i: int, j: int) -> bool:
    """A capitalised Cyrillic word right before or after the window: the name goes on ('Нгуен' of
    'Нгуен Фу Чонг'), so the window is not the whole of it."""
    return any(0 <= k < len(q.tokens) and free[k] and CYRILLIC.search(q.tokens[k]) and q.raw_has_capital(k)
               for k in (i - 1, j))


def _vietnamese_name(ix, words: list[str]) -> set[int]:
    """A Vietnamese person's full name (or a run of it) as Russian spells it: 'Чан Тхань Мана' is
    Trần Thanh Mẫn, 'Фам Минь Тинем' Phạm Minh Chính."""
    if not all(CYRILLIC.search(w) for w in words):
        return set()
    for cand in vi_name_candidates(words, ix.name_words):
        ids = ix.exact.get(cand) or ix.runs.get(cand)
        if ids and all(ix.kind(a) == "person" for a in ids):
            return set(ids)
    return set()


def _fuzzy_window(ix, q: Question, toks: list[str], raw: list[str], free: list[bool], i: int, n: int):
    """(actor ids, score, how) for a free window that is a name part, a Russian form of a known name,
    or a close spelling of an alias; None when it is none of them."""
    window = toks[i : i + n]
    if any(w in COMMON or w.isdigit() for w in window):
        return None
    phrase = " ".join(window)
    if q.has_capitals() and not any(q.raw_has_capital(k) for k in range(i, i + n)) and not any(
            CYRILLIC.search(w) for w in raw[i : i + n]):
        return None  # "an international role", "Moscow's government", "ai đứng đầu": no name where case says so
    if n == 1 and phrase in ix.part:
        if not _inside_unknown_name(q, free, i):
            return ix.part[phrase], 90, "part"
        return None
    cyr = CYRILLIC.search(raw[i]) is not None
    if n == 1 and cyr:
        ids = _russian_word(ix, raw[i], phrase, q.raw_has_capital(i))
        if ids is not None:
            return ids
    if not cyr and (ids := _transposed(ix, window, n == 1 and not _inside_unknown_name(q, free, i))):
        return ids, 85, "fuzzy"  # 'Pitun', 'Vladimir Pitun', 'Hnaoi': two letters of a word swapped
    if len(phrase) < 4:
        return None
    cutoff = 80 if len(phrase) >= 6 else 85
    best = ix.closest(phrase, cutoff)
    if best is None and cyr:
        alt = alt_vietnamese_translit(raw[i : i + n])
        if alt != phrase:
            best = ix.closest(alt, cutoff)
    if best is None and cyr and n == 1:
        ids = _vietnamese_from_russian(ix, raw[i])
        if ids:
            return ids, 82, "fuzzy"
    if best is not None and n >= 2 and not cyr and not each_word_close(window, best[0]):
        best = None  # "Dmitry Kozlov" is not "Dmitry Belov": every word must be near one of the name's
    if best is not None:
        return ix.exact[best[0]], best[1], "fuzzy"
    return None


def _transposed(ix, window: list[str], part: bool) -> set[int] | None:
    """The actors whose alias (or, `part`, name part) the window spells with two letters of one of
    its words swapped; None if none. Only a word no alias writes can be the slip, and only one."""
    unknown = [k for k, w in enumerate(window) if w not in ix.alias_words]
    if len(unknown) != 1:
        return None
    k = unknown[0]
    for cand in swaps(window[k]):
        phrase = " ".join([*window[:k], cand, *window[k + 1:]])
        ids = ix.exact.get(phrase) or (ix.part.get(phrase) if part else None)
        if ids:
            return set(ids)
    return None


def _russian_word(ix, word: str, phrase: str, capital: bool = False):
    """A Cyrillic word in any case of a known name ('Олегом', 'Лаврову', 'Путиным', 'Ханое'), or a
    short Russian rendering of a Vietnamese name part: (ids, score, how); None to go on fuzzily."""
    place_ids = next((ids for f in ru_place_forms(word) if len(f) >= 4 and (ids := ix.exact.get(f))), None)
    if place_ids:  # "Калужской области": the region of Kaluga
        return place_ids, 90, "alias"
    joined = _vietnamese_place(ix, word, capital)
    if joined:  # "в Дананге": Da Nang
        return joined, 88, "alias"
    if len(phrase) >= 4:  # any case of a known name word: "Олегом", "Лаврову"
        form_ids = next((ids for f in ru_name_forms(word)[1:]
                         if (ids := ix.exact.get(f) or ix.part.get(f))), None)
        if form_ids:
            return form_ids, 88, "fuzzy"
    if len(phrase) >= 5:  # Russian case endings: "Путиным", "Ханое"
        stem_ids = _stem(ix, phrase) or _stem(ix, word)
        if stem_ids:
            return stem_ids, 88, "fuzzy"
    if len(phrase) < 5:  # short Russian renderings of Vietnamese names
        ids = _vietnamese_from_russian(ix, word)
        if ids:
            return ids, 82, "fuzzy"
    return None


def _vietnamese_place(ix, word: str, capital: bool = False) -> set[int]:
    """A Vietnamese place Russian writes as one word by sound, in any case: 'Дананге' (Da Nang),
    'Камрани' (Cam Ranh), 'Хайфоне' (Hai Phong, its final g unwritten). Case endings off (a soft
    sign dropped before one put back), the letters read as Vietnamese spells those sounds, then
    compared with the store's places written without spaces: exactly, or closely when long."""
    if len(word) < 3 or len(word) == 3 and not capital:  # "Хюэ" (Huế) as a name is written, never "все"
        return set()
    stems = vi_stems(word) + place_adjective_bases(word)  # "Хоабинской ГЭС": Hoa Binh
    cands = [c for stem in stems for c in vi_spellings(stem)]
    for cand in cands:
        if cand in ix.joined:
            return set(ix.joined[cand])
    for cand in cands:
        if len(cand) >= 6:
            best = process.extractOne(cand, list(ix.joined), scorer=fuzz.ratio, processor=None, score_cutoff=90)
            if best is not None and len(best[0]) >= 6:
                return set(ix.joined[best[0]])
    return set()


def _by_surname(ix, q: Question, i: int, n: int, free: list[bool], claim, like: dict[int, bool] | None = None) -> None:
    """'Oleg Kozhemyako' when the store knows only 'Kozhemyako': a full name whose last word is a
    person's surname-only name or alias, with given names the store doesn't contradict, is that
    person. Persons stored with other given names ('Nikolai Patrushev' for 'Dmitry Patrushev')
    never match; if that leaves nobody, the whole name stays unmatched (a stranger, declined),
    so neither its first name ('Dmitry' Medvedev) nor its surname picks someone else."""
    like = {} if like is None else like  # word index -> _name_like, for the question's every window

    def name_like(k: int) -> bool:
        got = like.get(k)
        if got is None:
            got = like[k] = _name_like(ix, q, k)
        return got

    given = list(range(i, i + n - 1))
    if not all(name_like(k) for k in given):
        return
    if i > 0 and free[i - 1] and name_like(i - 1):
        return  # part of a longer name: its own (longer) window decides
    last = i + n - 1
    if not q.raw_has_capital(last):
        return
    ids: set[int] = set()
    for form in _name_forms(q, last):
        ids = {a for a in ix.exact.get(form, set()) | ix.part.get(form, set()) if ix.kind(a) == "person"
               and fold(ix.name(a)).split()[-1] == form}  # the surname, never a middle name ("Van")
        if ids:
            break
    if not ids:
        return
    asked = [_name_forms(q, k) for k in given]
    keep = {a for a in ids if _given_fit(ix, asked, a)}
    if keep:
        claim(i, i + n, keep, 92, "alias")
    else:
        for k in range(i, i + n):
            free[k] = False  # unclaimed: the question names someone the store doesn't know


# titles a question writes before a name that the role reading leaves to the words ("Counsellor Lê Quang Anh",
# "Professor Takhchidi"): never a given name that makes the person a stranger
_TITLES_BEFORE_NAMES = {"counsellor", "counselor", "councillor", "academician", "professor", "rector"}


def _name_like(ix, q: Question, k: int) -> bool:
    t = q.latin[k]
    return (q.raw_has_capital(k) and t.isalpha() and t not in COMMON and q.tokens[k] not in COMMON
            and t not in TITLE_WORDS and q.tokens[k] not in TITLE_WORDS and t not in _TITLES_BEFORE_NAMES
            and k not in q.date_idx
            and t not in DEMONYMS and t not in COUNTRY_OF and not ix.exact.get(t))


def _name_forms(q: Question, k: int) -> list[str]:
    """The Latin forms a name word of the question may stand for: as written, and for a Russian
    word its stems without a case ending ('Олегом' -> 'oleg', 'Патрушевым' -> 'patrushev')."""
    return ru_name_forms(q.tokens[k]) if CYRILLIC.search(q.tokens[k]) else [q.latin[k]]


def _given_fit(ix, asked: list[list[str]], aid: int) -> bool:
    """No given name of the stored person contradicts the asked ones (a surname-only person never does)."""
    toks = fold(ix.name(aid)).split()
    if len(toks) < 2:
        return True
    have = toks[:-1] if len(toks) > 1 else []
    have = [t for t in have if t not in TITLE_WORDS] or have
    for forms in asked:
        if forms and forms[0].endswith(("ovich", "evich", "ovna", "evna", "ich", "vna")):
            continue  # a patronymic the store may leave out
        if not any(fuzz.ratio(f, t) >= 75 for f in forms for t in have):
            return False
    return True


def _name_after(names_at: dict, toks: list[str], end: int):
    """The name mention that starts at `end`, or after title words the role left unread ("Consul
    General Nguyen Dang Hien": the role read "consul", then "general", then the name)."""
    k = end
    while k < len(toks) and k - end < 2 and k not in names_at and toks[k] in TITLE_WORDS:
        k += 1
    return names_at.get(k)


def _drop_titles_of_others(ix, found: Found, toks: list[str]) -> None:
    """'President Dang Thi Ngoc Lan': a title written right before a name is that person's title.
    When the name's actors don't hold it, the name wins (never a second, unrelated person)."""
    names_at = {m.span[0]: m for m in found.mentions if m.how in ("alias", "fuzzy", "part")
                and any(ix.kind(a) == "person" for a in m.actor_ids)}
    keep = []
    for m in found.mentions:
        nxt = _name_after(names_at, toks, m.span[1]) if m.how == "role" else None
        if nxt is not None and not (m.actor_ids & nxt.actor_ids):
            continue
        if nxt is not None:  # "Deputy Prime Minister Kravtsov": the title is his alone
            m.actor_ids &= nxt.actor_ids
        keep.append(m)
    found.mentions = keep
    # "Acting Minister Le Van Tam": a title nobody holds, written before a known name, is hers
    for k in range(len(found.unknown_roles) - 1, -1, -1):
        if k < len(found.unknown_role_spans) and found.unknown_role_spans[k][1] in names_at:
            del found.unknown_roles[k]
            del found.unknown_role_spans[k]
            del found.unknown_role_parts[k]


def _vietnamese_from_russian(ix, word: str) -> set[int]:
    """A Vietnamese name part as Russian spells it, in any case: 'Зянгом' -> Giang, 'Тьи' -> Chí,
    'Чонгу' -> Trọng, 'Фука' -> Phúc. Case endings off, then the letters Russian uses for
    Vietnamese sounds tried both ways; exact name parts first, then a close fuzzy match."""
    stems = vi_stems(word)  # a soft sign or "й" drops before the ending: 'Миня' is 'Минь' (Minh), 'Кхоя' 'Кхой'
    for stem in stems:
        for cand in vi_spellings(stem):
            if len(cand) < 2:
                continue
            ids = ix.part.get(cand) or (ix.exact.get(cand) if len(cand) >= 3 else None)
            if ids and all(ix.actors[a][2] == "person" for a in ids):
                return set(ids)
    for stem in stems:
        for cand in vi_spellings(stem):
            if len(cand) >= 4:
                best = process.extractOne(cand, list(ix.part), scorer=fuzz.ratio, processor=None, score_cutoff=80)
                if best is not None:
                    return set(ix.part[best[0]])
    return set()


def _stem(ix, tok: str) -> set[int]:
    for cut in range(0, 4):
        stem = tok[: len(tok) - cut] if cut else tok
        if len(stem) < 4:
            break
        ids = ix.stems.get(stem)
        if ids:
            return ids
        for alias in (stem + "a", stem + "i", stem + "ia", stem + "iya", stem + "ya", stem + "и", stem + "я"):
            ids = ix.stems.get(alias)
            if ids and len(alias) >= 5:
                return ids
    return set()


def _inside_unknown_name(q, free: list[bool], i: int) -> bool:
    """'the Long Phu 1 plant': a name part glued to other capitalised words nobody is called
    belongs to another proper name (a project, a place), not to the person who shares it."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(q.tokens) and free[j] and q.tokens[j] not in _HONORIFICS and q.tokens[j] not in TITLE_WORDS \
                and q.raw_has_capital(j):
            return True
    return False
