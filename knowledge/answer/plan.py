"""The question read against the store, before any answerer runs: the topics it names, the words and
the people no article knows, and the person and place slots of its mentions."""

from __future__ import annotations

import re
import sqlite3

from knowledge import lazy_re, names
from knowledge.answer.answer_class import asked_class, unwritten
from knowledge.answer.intent import ADDED, answer_type
from knowledge.answer.irregular_verbs import other_forms
from knowledge.answer.paraphrases import paraphrases
from knowledge.answer.region_words import written_region
from knowledge.answer.support import frames_time_or_place
from knowledge.answer.typos import one_letter_edits
from knowledge.answer.ru_sounds import sound_spelling
from knowledge.match import Found, Mention, TITLE_WORDS
from knowledge.match.name_forms import (CYRILLIC, latin_spellings, place_adjective_bases, ru_name_forms, ru_place_forms,
                                        vi_spellings, vi_stems)
from knowledge.names import fold
from knowledge.question import COMMON, Question
from knowledge.question.vocab_frames import ASKING_WORDS
from knowledge.topics import TOPIC_SYNONYMS, topics_of


def topics(q: Question) -> tuple[list[str], set[int]]:
    """Topics named in the question (English, Vietnamese, Russian synonyms) and their tokens.
    Worked out once per question's tokens (ask and the 'said about' checks both need them);
    callers get their own copies."""
    key = tuple(q.tokens)
    memo = q.__dict__.get("_topics_memo")
    if memo is None or memo[0] != key:
        memo = (key, *topics_uncached(q))
        q.__dict__["_topics_memo"] = memo
    return list(memo[1]), set(memo[2])


def topics_uncached(q: Question) -> tuple[list[str], set[int]]:
    toks = q.tokens
    out: list[str] = []
    idx: set[int] = set()
    for n in (3, 2, 1):
        for i in range(len(toks) - n + 1):
            if any(k in idx for k in range(i, i + n)):
                continue
            phrase = " ".join(toks[i : i + n])
            t = TOPIC_SYNONYMS.get(phrase)
            if t is None and n == 1 and len(phrase) > 4 and phrase.endswith("s"):
                t = TOPIC_SYNONYMS.get(phrase[:-1])
            if t and not (n == 1 and phrase in ("help", "past", "party", "un", "ties")):
                out.append(t)
                idx.update(range(i, i + n))
    for t in topics_of(" ".join(toks)):
        if t not in out:
            out.append(t)
    return out, idx


def in_vocab(eng, word: str) -> bool:
    if word not in eng._vocab_cache:
        # the index folds diacritics but keeps "đ": "Đổi Mới" is "đoi moi" there, "doi moi" in a question
        forms = [word] + (["đ" + word[1:]] if word.startswith("d") else [])
        hit = None
        for form in forms:
            try:
                hit = hit or eng.conn.execute("SELECT 1 FROM sentences_fts WHERE sentences_fts MATCH ? LIMIT 1",
                                              [f'"{form}"' if not form.endswith("*") else f'"{form[:-1]}"*']).fetchone()
            except sqlite3.Error:
                pass
        if len(eng._vocab_cache) > 5000:
            eng._vocab_cache.clear()
        eng._vocab_cache[word] = hit is not None
    return eng._vocab_cache[word]


_FORMAT_WORDS = {"format", "form"}


def unknown_terms(eng, q: Question, found: Found, topic_idx: set[int]) -> list[str]:
    """Words the question relies on that no article contains ("Biden", "weather")."""
    out = []
    class_idx = asked_class(q.tokens)[1]  # "which body": the answer names a body, seldom the word
    class_idx = class_idx if class_idx is not None and unwritten(q.tokens[class_idx]) else None
    kind = answer_type(q)[0]
    asks_format = kind == "format"  # "in what format": the format check finds "by phone", "online"
    # a Vietnamese or Russian question's lower-case words are read only when it names nothing the store
    # knows (no one, no place, no topic), and only those the lexicon put in English (off_subject)
    unnamed = q.lang != "en" and not found.claimed and not topic_idx
    translated, lower_unknown = set(), []
    for i, t in enumerate(q.tokens):
        if i in found.claimed or i in topic_idx or i in q.date_idx or t in COMMON or t.isdigit() or i == class_idx:
            continue
        if len(t) < 3 or t in ADDED and kind == "number" or frames_time_or_place(t, kind):
            continue  # ("how many extra arrivals": the arrivals are counted; "in which month": a month is named)
        low = q.lang != "en" and not q.raw_has_capital(i)
        if low and not (unnamed and t not in ASKING_WORDS and lexicon_translated(q, i)):
            continue
        t = q.latin[i]
        if low:
            translated.add(t)
        if written_word(eng, q, i):
            continue
        if q.lang == "en" and (typo_of(eng, t) or t in ASKING_WORDS or t in _FORMAT_WORDS and asks_format):
            continue
        (lower_unknown if low else out).append(t)
    if out and q.lang == "en":
        out = not_worded_otherwise(eng, q, found, topic_idx, out)
    return out + off_subject(eng, q, found, topic_idx, lower_unknown, translated)


def written_word(eng, q: Question, i: int) -> bool:
    """Do the articles write token i of the question, in some form: itself, its singular or plural,
    another form of the verb, a longer word it begins, the Vietnamese word a Russian one renders by
    sound, or the region of an adjective ("Asian" of an article that writes Asia)?"""
    t = q.latin[i]
    if in_vocab(eng, t) or (len(t) > 4 and t.endswith("s") and in_vocab(eng, t[:-1])) or in_vocab(eng, t + "s"):
        return True
    if any(in_vocab(eng, f) for f in other_forms(t)):
        return True  # "send" where the articles write "sent": one verb, which no stemmer joins
    if len(t) >= 6 and in_vocab(eng, t[: max(5, len(t) - 3)] + "*"):
        return True
    if CYRILLIC.search(q.tokens[i]) and _vietnamese_in_vocab(eng, q.tokens[i]):
        return True
    return written_region(q.latin, i, lambda w: in_vocab(eng, w))


def off_subject(eng, q: Question, found: Found, topic_idx: set[int], unknown: list[str], translated: set[str]) -> list[str]:
    """The translated words no article writes of a Vietnamese or Russian question that names nothing the
    store knows, when they are at least two and most of its translated words ("самая высокая гора":
    highest mountain): a question off the articles' subject, as an English one with such a word is.
    One such word is not enough, nor a few among many the articles write: a translation picks one
    English word of several, and the articles may write another (a paraphrase: "прибыли" is arrived,
    where they write reached)."""
    unknown = translated_unwritten(eng, q, found, topic_idx, unknown)
    out = unknown if len(unknown) >= 2 and 2 * len(unknown) > len(translated) else []
    q.off_subject = out
    return out


def translated_unwritten(eng, q: Question, found: Found, topic_idx: set[int], words: list[str]) -> list[str]:
    """Translated words no article writes, once each ("núi … là núi nào": one mountain), left once those
    written otherwise beside the question's other words, or by a usual paraphrase ("participate" for
    "took part"), are taken out."""
    words = not_worded_otherwise(eng, q, found, topic_idx, words) if words else []
    return [w for w in dict.fromkeys(words) if not any(in_vocab(eng, p + "*") for p in paraphrases(w))]


def off_subject_asked(q: Question, fact) -> bool:
    """Was the question found off the articles' subject when it was read (off_subject), and declined
    for it? That decline is as firm as an unknown name's: no sentence found by its other words answers."""
    return not fact.answered and bool(q.off_subject)


def lexicon_translated(q: Question, i: int) -> bool:
    """Did the question's lexicon put token i in English: neither left in Cyrillic ("шасси") nor a
    word written in the question itself (an untranslated Vietnamese syllable, "truyen")?"""
    return not CYRILLIC.search(q.tokens[i]) and q.tokens[i] not in fold(q.raw).split()


def not_worded_otherwise(eng, q: Question, found: Found, topic_idx: set[int], unknown: list[str]) -> list[str]:
    """The unknown words left once those an article writes otherwise, beside the question's other
    supported words (names, topics, content words), are taken out."""
    from knowledge.answer.worded_otherwise import worded_in_same_article

    others = []
    for i, t in enumerate(q.latin):
        if t in unknown or i in q.date_idx or t.isdigit() or len(t) < 3 or t in ASKING_WORDS:
            continue
        if (t not in COMMON or i in found.claimed or i in topic_idx) and in_vocab(eng, t) and t not in others:
            others.append(t)
    return [t for t in unknown if not worded_in_same_article(eng, t, others)]


def typo_of(eng, word: str) -> str | None:
    """The word a typo stands for: two neighbouring letters swapped ("worht", "grwo") into a word the
    articles write (or begin: "grow" of "growth") or a question's common word, a letter left out
    of a common word ("abut"), or a one-letter slip of a word the articles write (typos.slip_of:
    "capcity", "univercity"; not a word of the language: "tour" is no "tours", "pay" no "play")."""
    if len(word) < 4 or not word.isalpha():
        return None
    swaps = {word[:k] + word[k + 1] + word[k] + word[k + 2:] for k in range(len(word) - 1)} - {word}
    for cand in sorted(swaps):
        if cand in COMMON or in_vocab(eng, cand) or in_vocab(eng, cand + "*"):
            return cand
    inserted = one_letter_edits(word, insert_only=True)
    return next((cand for cand in inserted if cand in COMMON), None) or eng.retrieval.store.slip_word(word)


def _vietnamese_in_vocab(eng, word: str) -> bool:
    """A Russian rendering of a Vietnamese word the articles write ('Мок Тинь' is Moc Tinh, a gas
    field no actor stands for): no unknown word."""
    return _vietnamese_spelling(eng, word) is not None


def _vietnamese_spelling(eng, word: str, plural: bool = False) -> str | None:
    """How the articles spell the Vietnamese word a Russian word renders by sound, if they do.
    `plural`: the word follows a noun of a family or line ("королей Хунгов": the Hung kings), so a
    genitive plural's "-ов" comes off too (never off a surname standing alone: "Иванов" is no Ivan)."""
    stems = vi_stems(word) + place_adjective_bases(word)  # "Кхоя": Khoi, "Хоабинской": Hoa Binh
    low = word.lower()
    stems += [low[:-2] for e in ("ов", "ев") if plural and low.endswith(e) and len(low) >= 5]
    cands = [c for stem in stems for c in vi_spellings(stem, limit=24) if len(c) >= 2]
    return next((c for c in cands if in_vocab(eng, c)), None) or next(
        (p for c in cands if len(c) >= 6 for p in _syllable_splits(c) if in_vocab(eng, p)), None)


def _syllable_splits(word: str, limit: int = 8) -> list[str]:
    """A Vietnamese place written as one Russian word ('Дьенбьенфу': dienbienphu) in the syllables
    the articles write apart ('dien bien phu'): each way of cutting it into Vietnamese syllables,
    two syllables or more."""
    from knowledge.question.vi_names import vi_syllable_form

    def cuts(rest: str) -> list[list[str]]:
        if not rest:
            return [[]]
        return [[rest[:n], *tail] for n in range(min(len(rest), 7), 0, -1) if vi_syllable_form(rest[:n])
                for tail in cuts(rest[n:])][:limit]
    return [" ".join(c) for c in cuts(word) if len(c) >= 2]


# a lower-case noun of a family, line or group before a name in the genitive plural:
# "королей", "династии", "братьев"
_LINE_NOUN = lazy_re.compile(r"[а-яё]+(?:ей|ии|ия|ов|ев)")


def _after_plural(raw: str, tok: str) -> bool:
    """Does the raw question write the word (folded `tok`) right after a lower-case noun of a line or group?"""
    words = re.findall(r"\w+", raw)
    return any(_LINE_NOUN.fullmatch(a) is not None and fold(b) == tok for a, b in zip(words, words[1:]))


def respell(eng, q: Question, found: Found) -> list[str]:
    """The question's Latin forms, with each capitalised Russian word no name matched and the
    articles know by no transliteration spelled as the Vietnamese word it renders ('Кыу Лонг' ->
    'cuu long'), so that the search finds what the articles write."""
    out = list(q.latin)
    for i, tok in enumerate(q.tokens):
        if i in found.claimed or not CYRILLIC.search(tok) or not q.raw_has_capital(i):
            continue
        if len(tok) >= 2 and not in_vocab(eng, out[i]):
            out[i] = _vietnamese_spelling(eng, tok, _after_plural(q.raw, tok)) or _nominative(eng, tok) \
                or _latin_spelling(eng, tok) \
                or next((f for f in ru_place_forms(tok) if len(f) >= 4 and in_vocab(eng, f)), None) \
                or sound_spelling(tok, lambda s: in_vocab(eng, s)) or out[i]
    return out


def _latin_spelling(eng, word: str) -> str | None:
    """How the articles spell a Western name or brand the question writes in Russian letters
    ("Продэкспо": Prodexpo, "Русвьетпетро": Rusvietpetro), in the case asked or the nominative."""
    w = fold(word)
    stems = [w] + [w[: -len(e)] + n for e in ("ом", "ем", "ой", "ей", "а", "я", "у", "ю", "е", "ы", "и")
                   if w.endswith(e) and len(w) - len(e) >= 4 for n in ("", "а", "ь")]
    return next((c for s in stems for c in latin_spellings(s) if len(c) >= 4 and in_vocab(eng, c)), None)


def _nominative(eng, word: str) -> str | None:
    """How the articles spell a Russian name the question writes in another case ("в Уфе": Ufa,
    "Казани": Kazan), when no actor stands for it: its forms with a case ending taken off and a
    nominative one put back, transliterated, the first one the articles write."""
    w = fold(word)
    forms = ru_name_forms(word)[1:]
    if len(w) <= 4 and w[-1:] in ("е", "у", "ы", "и", "ю"):  # "Уфе": too short for ru_name_forms' stems
        forms += [fold(names.translit_cyrillic(w[:-1] + n)) for n in ("а", "я", "ь", "")]
    return next((f for f in forms if len(f) >= 3 and in_vocab(eng, f)), None)


def unknown_person(eng, q: Question, found: Found, topic_idx: set[int]) -> str | None:
    """A capitalised word in a name's position (not after 'the', 'in', 'about' …, not inside a
    place or project name) that no actor of the store matches: plausibly a person we don't know."""
    cut = about_split(q, found)
    words = re.findall(r"\w+", q.raw)
    skip_after = {"the", "in", "at", "about", "on", "of", "from", "to", "near", "regarding", "for", "a", "an",
                  "concerning", "during", "into", "via"}
    prev_skipped = False
    for i, t in enumerate(q.tokens):
        if i >= cut:
            break
        if i in found.claimed or i in topic_idx or i in q.date_idx or t in COMMON or t.isdigit() or len(t) < 2:
            prev_skipped = False
            continue
        if not q.raw_has_capital(i):
            prev_skipped = False
            continue
        if t in TITLE_WORDS or q.latin[i] in TITLE_WORDS:  # "Vice President ...": a title, not a name
            prev_skipped = False
            continue
        if q.latin[i] != t and (in_vocab(eng, q.latin[i]) or _vietnamese_in_vocab(eng, t)):
            prev_skipped = False  # a Russian spelling of a word the articles write ("Внуково"): no stranger
            continue
        if written_region(q.latin, i, lambda w: in_vocab(eng, w)):
            prev_skipped = False  # "Latin American": a region an article writes as a country of it
            continue
        prev = q.tokens[i - 1] if i > 0 else ""
        if prev in skip_after or i > 0 and q.latin[i - 1] in _PLACE_NOUNS and not q.raw_has_capital(i - 1) or prev_skipped or names.canonical_place(t) \
                or names.canonical_country(t):
            prev_skipped = True
            continue
        # the whole name as asked: "Dmitry Afanasyev", even when "Dmitry" alone is someone's first name
        part_of = {k for m in found.mentions if m.how in ("part", "fuzzy") and m.span[1] - m.span[0] == 1
                   for k in range(*m.span)}

        def name_word(k: int) -> bool:
            return (0 <= k < cut and q.raw_has_capital(k) and q.tokens[k] not in COMMON
                    and q.tokens[k] not in TITLE_WORDS and k not in topic_idx and k not in q.date_idx
                    and (k not in found.claimed or k in part_of))

        a, b = i, i + 1
        while name_word(a - 1):
            a -= 1
        while name_word(b):
            b += 1
        if _known_phrase(eng, q, a, b) or _names_occasion(q, b):
            prev_skipped = True
            continue
        shown = [next((w for w in words if fold(w) == q.tokens[k] or fold(names.translit_cyrillic(w)) == q.latin[k]),
                      q.tokens[k]) for k in range(a, b)]
        return " ".join(shown)
    return None


# a word naming a kind of place, before a name ("vịnh Aden", "Gulf Aden", "tỉnh Tula"): a place, not a person
_PLACE_NOUNS = {"gulf", "bay", "sea", "ocean", "river", "lake", "island", "islands", "strait", "cape", "mount", "port",
                "province", "region", "oblast", "krai", "city", "town", "district", "village", "peninsula",
                "vinh", "bien", "song", "dao", "tinh", "pho", "huyen", "cang", "mui", "nui",
                "zaliv", "reka", "ostrov", "gorod"}


# a capitalised word that heads these names an occasion or a thing ("Victory Day", "Tet Festival"), not a person
_OCCASION_HEADS = {"day", "days", "week", "festival", "holiday", "holidays", "eve", "games", "cup", "expo", "fair",
                   "forum", "summit", "parade", "prize", "medal", "award"}


def _names_occasion(q: Question, b: int) -> bool:
    """Is the capitalised name ending before b the first word of an occasion's name ("their Victory Day
    greetings")? Its word is then one of the question's words, looked for as such, not a stranger."""
    return b < len(q.tokens) and q.tokens[b] in _OCCASION_HEADS and q.raw_has_capital(b)


def _known_phrase(eng, q: Question, a: int, b: int) -> bool:
    """Do the articles write the capitalised words a..b together with the name before them
    ("Vladivostok Air", "Hanoi Times")? Then they name a company or a paper the store keeps no
    actor for, not a stranger."""
    if b - a >= 2 and in_vocab(eng, " ".join(q.latin[a:b])):
        return True  # "Doi Moi", "Swan Lake": words the articles write together name a thing (or a person they name)
    if a == 0:
        return False
    phrase = " ".join(q.latin[a - 1 : b])
    return re.fullmatch(r"[a-z0-9 ]+", phrase) is not None and in_vocab(eng, phrase)


def slots(eng, mentions: list[Mention]) -> tuple[list[set[int]], list[set[int]]]:
    """Split mentions into person/org slots and place/country slots, dropping duplicates."""
    persons: list[set[int]] = []
    places: list[set[int]] = []
    for m in sorted(mentions, key=lambda m: m.span[0]):
        p = {a for a in m.actor_ids if eng.index.kind(a) in ("person", "org")}
        l = {a for a in m.actor_ids if eng.index.kind(a) in ("place", "country")}
        if p and p not in persons:
            persons.append(p)
        elif l and not p and l not in places:
            places.append(l)
    # the same person named twice ("Russian President Vladimir Putin")
    merged: list[set[int]] = []
    for s in persons:
        if any(s <= o or o <= s for o in merged):
            for o in merged:
                if s <= o or o <= s:
                    o &= s if s <= o else o
            continue
        merged.append(set(s))
    return merged, places


_TOLD = {"tell", "told", "inform", "informed", "assure", "assured", "brief", "briefed"}


def about_split(q: Question, found: Found) -> int:
    """Where the speakers end: at 'about' ("what did X say about Y"), or at the verb that names
    whom X spoke to ("what did X tell Y", "what did X say to Y": Y listened, X spoke)."""
    toks = q.tokens
    for i, t in enumerate(toks):
        if t in ("about", "on", "regarding", "concerning", "re") and i > 0:
            return i
        if i > 1 and (t in _TOLD or t == "to" and toks[i - 1] in ("say", "said", "speak", "spoke", "write", "wrote")):
            return i
    return len(toks)


def content_terms(q: Question, found: Found) -> list[str]:
    """The question's own words that are neither names, dates nor question words, for FTS."""
    return [q.latin[i] for i, t in enumerate(q.tokens)
            if i not in found.claimed and i not in q.date_idx and t not in COMMON and len(t) >= 3
            and not t.isdigit() and re.fullmatch(r"[a-z0-9]+", q.latin[i])][:4]
