"""Who holds a post, and who did an act: the answers news writes beside a name or after "by".

Three kinds of "who" question ask for something the sentence writes in one grammatical place:
- "What is X's job / what post does X hold / what rank": X's title, written before the name
  ("Senior Lieutenant General Tô Lâm", "Vietnam's Consul General in Vladivostok, Nguyen Dang Hien")
  or in apposition after it ("Kirill Bychkov, head of the Sakha government", "X, who chairs …");
- "Who heads / chairs / leads X", "who is the director of X": a person with such a title
  ("association president Do Xuan Hoang", "Do Tuan Dat, president of VABIOTECH");
- "Who organised / hosted / led X": the agent of the passive ("was organised by the city's
  Committee …", "is co-hosted by the ministries …", "came under the leadership of …").
A sentence that writes the wanted thing counts as bearing the answer (Ranked.bears); when the
best sentence does not and one of the next few does, not far behind, that one goes first.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import replace
from functools import lru_cache

from knowledge import lazy_re
from knowledge.answer.paraphrases import paraphrases
from knowledge.answer.promote import MARGIN, promote
from knowledge.answer.retrieve import stem
from knowledge.answer.title_body import other_body
from knowledge.match.roles import PORTFOLIO, ROLE_MODS, TITLE_WORDS
from knowledge.names import DEMONYMS, fold, strip_diacritics

# the nouns that head a title (a rank is one too: "Lieutenant General")
TITLE_NOUNS = {"president", "chairman", "chairwoman", "chairperson", "chair", "director", "head", "chief", "leader",
               "secretary", "minister", "ambassador", "governor", "mayor", "consul", "rector", "commander", "general",
               "lieutenant", "colonel", "admiral", "marshal", "major", "captain", "spokesman", "spokeswoman",
               "spokesperson", "envoy", "premier", "ceo", "speaker", "chancellor", "attache", "representative",
               "co-chair", "manager", "editor", "founder", "dean", "principal", "officer", "commissioner"}
# the titles of whoever heads a body, and the verbs a reader asks them with
LEAD_NOUNS = {"president", "chairman", "chairwoman", "chairperson", "chair", "director", "head", "chief", "leader",
              "rector", "governor", "mayor", "commander", "ceo", "manager", "co-chair"}
LEAD_VERBS = {stem(w) for w in ("head", "heads", "headed", "chair", "chairs", "chaired", "lead", "leads", "led",
                                 "direct", "directs", "directed", "run", "runs", "preside", "presides", "presided",
                                 "co-chair", "co-chairs", "co-chaired")}
# words a title joins or is qualified by between its head noun and the name ("Consul General in Vladivostok,")
_JOIN = {"of", "the", "for", "in", "to", "s", "and", "on", "at", "'s", ",", "-"}
POST_WORDS = {"position", "positions", "post", "posts", "role", "roles", "hold", "holds", "title", "titles", "job",
              "office", "occupy", "occupies", "rank", "work", "works", "serve", "serves", "capacity"}
# "organised by", "co-hosted by", "staged in the city by", "under the leadership of"
_PARTICIPLE = lazy_re.compile(r"\b((?:co-)?[a-z]+(?:ed|en)|led|held|run)(?: (?:in|at|on) [\w'-]+(?: [\w'-]+)?)?"
                         r"(?: (?:jointly|also|mainly|largely|partly))? by\b"
                         r"|\bunder the (leadership|chairmanship) of\b", re.I)
_CAME_FROM = lazy_re.compile(r"\b([a-z]+) (?:came|comes|had come) from\b", re.I)


def _words(text: str) -> list[str]:
    return list(_word_tuple(text))


@lru_cache(maxsize=1 << 14)
def _word_tuple(text: str) -> tuple[str, ...]:
    """A sentence's words, once per sentence: bears() reads them for each person a candidate names."""
    return tuple(re.findall(r"[\w'-]+|,", strip_diacritics(text).replace("’", "'")))


def titled_at(words: list[str], i: int, n: int, nouns: set[str] = TITLE_NOUNS, deputies: bool = True) -> bool:
    """Does the name at words[i:i+n] carry a title: one of `nouns` heading a run of title words and
    joins just before it ("association president X", "Secretary of the provincial Party Committee X",
    "Consul General in Vladivostok, X"), or in apposition after it (", head of the Sakha government",
    ", who chairs …")? Without `deputies`, a deputy's title is not one ("Vice President X" heads nothing)."""
    k = i - 1
    while k >= 0 and i - k <= 12:
        w = words[k].lower()
        if _is_title(w, nouns):
            return deputies or not (_deputy(words, k) or _hyphen_deputy(w))
        if not (words[k][:1].isupper() or w in _JOIN or w in _MODS) or w == "and":
            break
        k -= 1
    j = i + n
    if j < len(words) and words[j] == ",":
        after = [w.lower() for w in words[j + 1:j + 7] if w.lower() not in ("also", "now", "currently")]
        if after[:1] == ["who"] and len(after) > 1 and (stem(after[1]) in LEAD_VERBS and nouns & LEAD_NOUNS
                                                         or after[1] in ("is", "was", "serves")):
            return True
        for x, w in enumerate(after[:5]):
            if w == ",":
                break
            if _is_title(w, nouns):
                return deputies or not (x and after[x - 1] in _DEPUTY or _hyphen_deputy(w))
    return False


def _is_title(w: str, nouns: set[str]) -> bool:
    """A title noun, also joined by hyphens ("vice-president", "editor-in-chief", "deputy-director")."""
    return w in nouns or "-" in w and any(part in nouns for part in w.split("-"))


def _hyphen_deputy(w: str) -> bool:
    return "-" in w and w.split("-")[0] in _DEPUTY


_DEPUTY = {"vice", "deputy", "co"}
# lower-case words a title may hold between its head and the name ("provincial Party Committee")
_MODS = (ROLE_MODS | PORTFOLIO | TITLE_WORDS) - {"and"}


def _deputy(words: list[str], k: int) -> bool:
    return k > 0 and words[k - 1].lower() in _DEPUTY


def _name_at(words: list[str], form: str) -> list[int]:
    """Where the name form's words start in the sentence's (only where its first word is: few places)."""
    toks = form.split()
    if not toks or toks[0] not in words:
        return []
    n, head = len(toks), toks[0]
    return [i for i in range(len(words) - n + 1) if words[i] == head and words[i:i + n] == toks]


# a post asked of a named person ("what post did X hold") is also answered by a membership, a chair or an
# academic rank written beside the name ("X, a corresponding member of the Academy", "Professor X",
# "chargé d'affaires X"): no one is asked to be found by these, so only post_of reads them
POST_NOUNS = TITLE_NOUNS | {"member", "professor", "academician", "deputy", "affaires", "adviser", "advisor",
                            "counsellor", "counselor"}


def post_written(text: str, forms: tuple[str, ...], nouns: set[str] = TITLE_NOUNS, deputies: bool = True) -> bool:
    """Does the sentence write a title beside one of the person's name forms?"""
    words = _words(text)
    return any(titled_at(words, i, len(f.split()), nouns, deputies) for f in forms for i in _name_at(words, f))


def agent_written(text: str, verbs: list[str]) -> bool:
    """Does the sentence write the agent of one of the question's verbs after "by" ("organised by",
    "co-hosted by"; for leading, "headed by", "under the leadership of")?"""
    wanted = set()
    for v in verbs:
        wanted |= {stem(v), *paraphrases(v)}
    lead = bool(wanted & LEAD_VERBS)
    for m in _CAME_FROM.finditer(text):  # "The praise came from Maj. Gen. …": the act's noun, then its doer
        if stem(m.group(1)) in wanted:
            return True
    for m in _PARTICIPLE.finditer(text):
        if m.group(2):
            if lead:
                return True
            continue
        p = m.group(1).lower().removeprefix("co-")
        st = stem(p)
        if st in wanted or any((st.startswith(w) or w.startswith(st)) for w in wanted if min(len(w), len(st)) >= 4) \
                or lead and st in LEAD_VERBS:  # ("staged": stem 'stag', paraphrase 'stage')
            return True
    return False


def names_post(term: str) -> bool:
    """Does a question's word only name a post or leading one ("job", "rank", "heads", "director")?"""
    return term in POST_WORDS or term in TITLE_NOUNS or stem(term) in LEAD_VERBS


def asked_post(plan, q, kinds: dict[int, str]) -> set[int]:
    """The person whose post a question asks ("What is X's job", "what rank does X hold", "which body
    does X work for", "what committee does X chair"): the one person named by name, when the
    question's other words only name a post. A clause that only sets the time of the post asked
    ("what post did X hold when he spoke in Y", "X's position at the time of the Games") is left out."""
    head = _post_clause(q)
    slots = [(s, hard) for s, hard, w in zip(plan.slots, plan.hard, plan.slot_words)
             if head is None or set(fold(w).split()) <= head]
    terms = [t for t in plan.terms if (head is None or t in head) and t not in _post_qualifiers(q)]
    people = [s for s, hard in slots if hard or all(kinds.get(a) == "person" for a in s)]
    if len(people) != 1 or plan.answer_type in ("person", "date", "place", "number", "duration", "reason"):
        return set()
    rest = [t for t in terms if t not in POST_WORDS and t not in TITLE_WORDS and stem(t) not in LEAD_VERBS
            and t != plan.class_noun]
    return people[0] if not rest and (set(terms) & (POST_WORDS | TITLE_WORDS) or any(
        stem(t) in LEAD_VERBS for t in terms)) else set()


def _post_qualifiers(q) -> set[str]:
    """The lower-case words right before a post noun that only qualify it ("X's full diplomatic title",
    "what academic post"): the post is still all that is asked."""
    out: set[str] = set()
    tokens = q.tokens
    for i, t in enumerate(tokens):
        if t not in _POST_NOUNS:
            continue
        k = i - 1
        while k >= 0 and i - k <= 2 and tokens[k].isalpha() and tokens[k] not in _NOT_QUALIFIERS \
                and not q.raw_has_capital(k):
            out.add(tokens[k])
            k -= 1
    return out


# words before a post noun that are the question's, not the post's ("what is X's post", "which post")
_NOT_QUALIFIERS = {"s", "what", "which", "the", "a", "an", "his", "her", "their", "its", "is", "was", "did", "does",
                   "hold", "held", "other", "another", "same", "new", "first"}
# words that open a clause setting the time of what the question asks ("when he spoke", "at the time of")
_TIME_CLAUSE = {"when", "while", "during", "at the time", "at the moment"}
# a preposition right after the post noun sets where the post was held ("X's role at the dialogue", "X's job in Y")
_SETTING = {"at", "in"}
_POST_NOUNS = {"position", "post", "role", "title", "job", "rank", "capacity"}
UNNAMED_MARGIN = 4.0  # how far behind a sentence writing the post may score when the best does not name the person


def _post_clause(q) -> set[str] | None:
    """The words of the question before a clause that sets its time, when a post word comes before it
    ("what position did X hold | when he met Y"), or before the place or occasion written right after
    the post noun ("what was X's role | at the dialogue"); None without such a clause."""
    words = fold(q.raw).split()
    for k in range(1, len(words)):
        if (words[k] in _TIME_CLAUSE or " ".join(words[k:k + 3]) in _TIME_CLAUSE) and set(words[:k]) & POST_WORDS:
            return set(words[:k])
        if words[k] in _SETTING and words[k - 1] in _POST_NOUNS:
            return set(words[:k])
    return None


def asked_holder(plan, q) -> tuple[str, ...]:
    """The titles a "who heads / chairs X", "who is the director of X" question asks a person with:
    the leading ones for a verb of leading, else the title noun the question puts right after "who
    is" (past "the", a country's adjective or name, a modifier: "who is Vietnam's consul general")."""
    if plan.answer_type != "person" or q.tokens[:1] != ["who"]:
        return ()
    if any(stem(t) in LEAD_VERBS for t in q.tokens[1:3]):
        return tuple(sorted(LEAD_NOUNS))
    if q.tokens[1:2] not in (["is"], ["was"]):
        return ()
    for i in range(2, len(q.tokens)):
        t = q.tokens[i]
        if t in TITLE_NOUNS and t != "general":
            return (t, *_SAME_TITLE.get(t, ()))
        if not (t in ("the", "s", "a", "current") or t in DEMONYMS or t in ROLE_MODS or q.raw_has_capital(i)):
            return ()
    return ()


# a title asked as news writes it: "Vietnam's envoy" is its ambassador, a spokeswoman a spokesperson
_SPOKES = ("spokesman", "spokeswoman", "spokesperson")
_SAME_TITLE = {"envoy": ("ambassador",), **{w: tuple(o for o in _SPOKES if o != w) for w in _SPOKES}}
_AUX = {"is", "was", "are", "were", "would", "will", "has", "have", "had", "did", "does", "do", "can", "could"}


def asked_agent(plan, q) -> list[str]:
    """The verb of a "who organised / is hosting / would lead X" ("which body hosted X") question, whose
    agent a passive writes after "by"."""
    if plan.answer_type != "person" or q.tokens[:1] not in (["who"], ["which"]):
        return []
    i = 1 if q.tokens[0] == "who" else 2
    while i < len(q.tokens) and q.tokens[i] in _AUX:
        i += 1
    i += q.tokens[i:i + 1] == ["co"]  # "who co-hosted": the verb after the prefix
    verb = q.tokens[i] if i < len(q.tokens) else ""
    return [verb] if verb in plan.terms and verb.isalpha() and len(verb) > 2 else []


def bears(plan, cand, forms_of, kinds: dict[int, str], asked: set[int]) -> bool:
    """Does the candidate write what the question asks in its grammatical place? A leading title written
    of a body the question does not name ("X, who heads Rosatom" for "who led the delegation") is not it."""
    if plan.post_of:
        return post_written(cand.text, tuple(f.strip() for a in plan.post_of for f in forms_of(a)), POST_NOUNS)
    if plan.agent and agent_written(cand.text, plan.agent):
        return True
    if plan.holder:  # someone the question names by name is not the one asked for; whom a role names may be
        nouns = set(plan.holder)
        named = set().union(*(s for s, hard in zip(plan.slots, plan.hard) if hard))
        asked_words = [*plan.terms, *(w or "" for w in plan.slot_words)]  # a head of another body is no answer
        return any(kinds.get(a) == "person" and a not in named and post_written(
            cand.text, forms := tuple(f.strip() for f in forms_of(a)), nouns, deputies=False)
            and not (nouns & LEAD_NOUNS and other_body(cand.text, forms, asked_words)) for a in cand.ties)
    return False


def quotes_post(fact, plan, forms_of) -> bool:
    """Does the fact answer's first quote write the post asked beside the person's name?"""
    forms = tuple(f.strip() for a in plan.post_of for f in forms_of(a))
    return any(post_written(c.quote, forms, POST_NOUNS) for c in fact.citations[:1])


def misread_roles(conn: sqlite3.Connection, plan, kinds: dict[int, str], q_tokens: list[str] = ()) -> list[int]:
    """The slots of a role ("the president", "director") the matcher tied to people who never share a
    sentence with the organisation the question names by name ("the president of VABIOTECH" read as
    Putin), or with whatever the question names right after the title and "of" ("the general director
    of Anh Duong", a firm the store may have taken for a person): the role is someone else's, to be
    found by the title written beside a name."""
    out = []
    for k, (slot, hard, words) in enumerate(zip(plan.slots, plan.hard, plan.slot_words)):
        named = [s for s, h, w in zip(plan.slots, plan.hard, plan.slot_words) if h and (
            all(kinds.get(a) == "org" for a in s) or _title_of_named(q_tokens, words, w))]
        if hard or not named or not set(fold(words).split()) & TITLE_NOUNS:
            continue
        if not any(_together(conn, slot, other) for other in named):
            out.append(k)
    return out


def _title_of_named(toks: list[str], role: str | None, named: str | None) -> bool:
    """Does the question write the role, "of" ("the") and then the named entity ("director of Anh Duong")?"""
    r, n = fold(role or "").split(), fold(named or "").split()
    for i in range(len(toks) - len(r) - len(n)):
        if r and toks[i:i + len(r)] == r and toks[i + len(r)] == "of":
            j = i + len(r) + 1 + (toks[i + len(r) + 1:i + len(r) + 2] == ["the"])
            if n and toks[j:j + len(n)] == n:
                return True
    return False


def _together(conn: sqlite3.Connection, a: set[int], b: set[int]) -> bool:
    ma, mb = ",".join(str(x) for x in a), ",".join(str(x) for x in b)
    return conn.execute(f"SELECT 1 FROM sentence_actors x JOIN sentence_actors y ON x.sentence_id = y.sentence_id"
                        f" WHERE x.actor_id IN ({ma}) AND y.actor_id IN ({mb}) LIMIT 1").fetchone() is not None


def apply(plan, q, conn: sqlite3.Connection, kinds: dict[int, str]):
    """The plan with what a post, title or agent question asks (Plan.post_of, .holder, .agent) and
    any role the matcher misread dropped (Plan.role_dropped)."""
    drop = misread_roles(conn, plan, kinds, q.tokens) if plan.answer_type == "person" else []
    if drop:
        keep = [k for k in range(len(plan.slots)) if k not in drop]
        plan = replace(plan, slots=[plan.slots[k] for k in keep], slot_words=[plan.slot_words[k] for k in keep],
                       hard=[plan.hard[k] for k in keep], role_dropped=True)
    return replace(plan, holder=asked_holder(plan, q), post_of=asked_post(plan, q, kinds), agent=asked_agent(plan, q))


def prefer(ranked: list, plan, kinds: dict[int, str], q_tokens: tuple[str, ...] | list[str] = ()) -> list:
    """The ranking with a sentence bearing the answer first, when the best one does not and such a
    sentence stands among the next few, not far behind and no farther from any entity asked by name
    (but a country, which every article of the pair names). For a title asked ("who is the director of
    X"), or a best sentence naming no one, a sentence of its article that holder_said accepts may come
    from farther behind: the lead names X and scores high, the head is named later ("director of the
    fair")."""
    if not (plan.post_of or plan.agent or plan.holder) or not ranked or ranked[0].bears:
        return ranked
    best = ranked[0]
    if plan.holder and (len(plan.holder) == 1 or not best.typed):  # a title asked, or a best naming no one:
        # the lead names the body, a later sentence its head ("director of the fair")
        moved = promote(ranked, lambda r: r.cand.source_id == best.cand.source_id and holder_said(plan, r, q_tokens),
                        UNNAMED_MARGIN)
        if moved is not None:
            moved[0].score = max(moved[0].score, best.score)
            return moved
    # a best sentence that does not name the person whose post is asked cannot write the post beside
    # him: a sentence that does may come from farther behind
    unnamed = bool(plan.post_of) and any(s == plan.post_of and got < 1.0 for s, got in zip(plan.slots, best.slots))
    margin = UNNAMED_MARGIN if unnamed else MARGIN
    moved = promote(ranked, lambda r: r.bears and not any(  # (of a post asked, only its holder counts)
        got < top and hard and any(kinds.get(a) != "country" for a in slot)
        and (not plan.post_of or slot == plan.post_of)
        for got, top, hard, slot in zip(r.slots, best.slots, plan.hard, plan.slots)), margin)
    if moved is None:
        return ranked
    moved[0].score = max(moved[0].score, best.score)  # first, it weighs as the first (no negative margin to decline on)
    return moved


# the title of a body written of it by a common noun or a pronoun: "director of the fair", "its
# director", "who chairs the association", "the museum's director"
_TIED_BACK = lazy_re.compile(r"\b(?:[Ii]ts|[Tt]heir|[Tt]he (?P<n1>[a-z]+)'s) (?:[a-z]+ ){0,2}(?P<a>[a-z-]+)\b"
                        r"|\b(?P<b>[a-z-]+) of the (?:[a-z]+ ){0,2}(?P<n2>[a-z]+)\b"
                        r"|\bwho (?P<c>[a-z]+) the (?:[a-z]+ ){0,2}(?P<n3>[a-z]+)\b")


def holder_said(plan, best, q_tokens: tuple[str, ...] | list[str]) -> bool:
    """'Who is the director of X', 'who heads X' and the best sentence writes a person, not one the
    question names, with that title (Ranked.bears): that answers it when an entity asked by name is
    in the sentence and the others in its article ("X, director of Foodzone LLC" for "who directs
    Foodzone according to the Prodexpo report"), or the title is written of a body by a common noun
    or pronoun ("X, director of the fair", "its director, X") in the article that names them all:
    news names the body once in its lead and then writes "the fair", so the decision's weight on
    the entities' absence from the sentence should not stop it. A common noun the question writes
    itself ("who chaired the jury") must be the one the title is written of ("head of the
    federation" is another body's)."""
    if not plan.holder or best is None or not best.bears:
        return False
    got = [g for g, hard in zip(best.slots, plan.hard) if hard] or [1.0]
    if min(got) < 0.35:
        return False
    if max(got) == 1.0:
        return True  # the body is in the sentence, the occasion asked in its article
    if any(g == 1.0 for g, hard in zip(best.slots, plan.hard) if not hard):
        return True  # the one the question's title was read as is in it, titled: "Ambassador X" for "Vietnam's ambassador"
    wanted = set(plan.holder)
    asked = {stem(t) for t in q_tokens}
    nouns = [t for t in plan.terms if not names_post(t)]
    text = strip_diacritics(best.cand.text).replace("’", "'")
    for m in _TIED_BACK.finditer(text):
        noun = m.group("n1") or m.group("n2") or m.group("n3")
        if nouns and noun and stem(noun) not in asked:
            continue
        if (m.group("a") or m.group("b")) in wanted or m.group("c") and stem(m.group("c")) in LEAD_VERBS \
                and wanted & LEAD_NOUNS:
            return True
    return False
