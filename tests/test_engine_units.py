"""Unit tests for the engine's parts: folding and matching, question classification, dates in
questions, reply wording, follow-up context, paragraphs, and the Engine API contract."""

from __future__ import annotations

import json

import pytest

from knowledge.answer import Engine
from knowledge.match import Role, normalise, parse_title, role_fits
from knowledge.names import fold
from knowledge.question import detect_language, parse
from knowledge import reply
from tests.data.engine_articles import build_store


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    d = tmp_path_factory.mktemp("units")
    return build_store(d / "u.db", d / "seeds"), d / "seeds"


@pytest.fixture(scope="module")
def engine(store):
    eng = Engine.open(*store)
    yield eng
    eng.close()


def names_found(engine: Engine, question: str) -> set[str]:
    found = engine.index.find(parse(question))
    return {engine.index.name(a) for m in found.mentions for a in m.actor_ids}


# --- folding and matching --------------------------------------------------------------------

def test_normalise_folds_diacritics_d_and_punctuation():
    assert normalise("Nguyễn Phú Trọng") == normalise("NGUYEN PHU TRONG") == "nguyen phu trong"
    assert normalise("Đà Nẵng") == "da nang"
    assert normalise("Viet-Nga") == "viet nga"


@pytest.mark.parametrize("question, expected", [
    ("When did Nguyen Phu Trog meet him?", "Nguyen Phu Trong"),  # typo
    ("Whom did Puttin meet?", "Vladimir Putin"),
    ("What did Lavorv say?", "Sergey Lavrov"),
    ("what did LAVROV say", "Sergey Lavrov"),  # case
    ("What did Trọng say?", "Nguyen Phu Trong"),  # short name with diacritics
    ("What did Trong say?", "Nguyen Phu Trong"),  # and without
    ("Что сказал Путин?", "Vladimir Putin"),  # Cyrillic
    ("С кем встречался Лавровым?", "Sergey Lavrov"),  # Russian case ending
    ("Когда Нгуен Фу Чонг встречался?", "Nguyen Phu Trong"),  # Russian spelling of a Vietnamese name
    ("Who did the Russian president meet?", "Vladimir Putin"),  # role
    ("Who did the party chief meet?", "Nguyen Phu Trong"),
    ("Who did the general secretary meet?", "Nguyen Phu Trong"),
    ("What did the Russian foreign minister say?", "Sergey Lavrov"),
    ("What did Russia's top diplomat say?", "Sergey Lavrov"),
    ("Tổng Bí thư gặp ai?", "Nguyen Phu Trong"),
    ("Tổng thống Nga gặp ai?", "Vladimir Putin"),
])
def test_actor_matching(engine, question, expected):
    """A role several people hold keeps them all as alternatives; its closest fit is the one expected."""
    found = engine.index.find(parse(question))
    got = {engine.index.name(a) for m in found.mentions for a in (m.closest or m.actor_ids)}
    assert {fold(n) for n in got} == {fold(expected)}, got  # that person and no one else


@pytest.mark.parametrize("question", [
    "What did the Chinese president say?",  # a role nobody in the store has
    "Who did the Vietnamese defence minister meet?",  # only foreign ministers in the store
])
def test_unknown_roles_are_not_guessed(engine, question):
    found = engine.index.find(parse(question))
    assert found.unknown_roles and not found.mentions


def test_common_words_never_fuzzy_match_names(engine):
    assert names_found(engine, "When did they meet and what did they say about it?") == set()


def test_a_name_with_two_letters_swapped_is_the_name():
    """One slip of the fingers: neighbours swapped, or two letters one apart ('Bolev' of 'Belov'),
    in a name alone or in one word of a full name; never another name that shares the letters."""
    from knowledge.match.index import ActorIndex

    ix = ActorIndex({1: ("ivan petrov", "Ivan Petrov", "person"), 2: ("oleg belov", "Oleg Belov", "person")},
                    [(1, "Petrov"), (2, "Belov")], [])
    for question, want in [("Who did Bolev meet?", [2]), ("Who did Ivan Pertov meet?", [1]),
                           ("Who did Oelg Belov meet?", [2]), ("Who did Ivan Belov meet?", [])]:
        assert [sorted(m.actor_ids) for m in ix.find(parse(question)).mentions if m.how != "part"][:1] == (
            [want] if want else []), question


# the store has two actors for Vietnam and for Hanoi (the articles spell them both ways)
VIETNAM, HANOI = {"Vietnam", "Việt Nam"}, {"Hanoi", "Hà Nội"}


@pytest.mark.parametrize("question, expected", [
    ("Khi nào Putin thăm Việt Nam?", {"Vladimir Putin", *VIETNAM}),
    ("Когда Путин посетил Вьетнам?", {"Vladimir Putin", *VIETNAM}),
    ("Putin gặp ai ở Hà Nội?", {"Vladimir Putin", *HANOI}),
    ("Кто встречался с Путиным в Ханое?", {"Vladimir Putin", *HANOI}),
    ("Did Phuc visit Nga?", {"Nguyễn Xuân Phúc", "Russia"}),
])
def test_places_and_countries_in_other_languages(engine, question, expected):
    assert names_found(engine, question) == expected


def test_titles_reduce_to_roles():
    r = parse_title("Russian Minister of Foreign Affairs")
    assert (r.head, r.nat, r.deputy) == ("foreign minister", frozenset({"Russia"}), False)
    assert parse_title("Russian Deputy Foreign Minister").deputy
    assert role_fits(parse_title("party chief"), parse_title("Party General Secretary"))
    assert not role_fits(parse_title("foreign minister"), parse_title("Deputy Foreign Minister"))
    assert not role_fits(Role("president", frozenset(), frozenset(), False), parse_title("Prime Minister"))


# --- questions -----------------------------------------------------------------------------

@pytest.mark.parametrize("question, kind", [
    ("Who did Putin meet in Hanoi?", "who_met"), ("Who met whom?", "who_met"),
    ("When did Trong meet Lavrov?", "when"), ("Where did they hold talks?", "where"),
    ("On what occasion did Lavrov visit Vietnam?", "occasion"), ("Why did Putin go to Hanoi?", "occasion"),
    ("What did Trong say about Ukraine?", "said"), ("What was Putin's position on Ukraine?", "said"),
    ("What is Lavrov's position?", "profile"), ("What post does Lavrov hold?", "profile"),
    # an English question with a Vietnamese name and 'which' is English, not a yes/no question
    ("Which areas did Trọng name as pillars of cooperation?", "other"),
    ("Did Putin visit Vietnam?", "visit"), ("Did Putin meet Trong?", "met"),
    ("What is the relationship between Vietnam and Russia?", "relationship"),
    ("Since when are they partners?", "relationship"),
    ("What did Putin and Trong agree on?", "agreed"), ("Who is Lavrov?", "profile"),
    ("Ai gặp Putin?", "who_met"), ("Khi nào Lavrov gặp Trọng?", "when"), ("Lavrov gặp Trọng ở đâu?", "where"),
    ("Putin nói gì về Ukraine?", "said"), ("Кто встречался с Лавровым?", "who_met"),
    ("С кем встречался Путин?", "who_met"), ("Когда Лавров был в Ханое?", "when"), ("Где встречались?", "where"),
    ("Что сказал Путин об Украине?", "said"),
])
def test_classification(question, kind):
    assert parse(question).kind == kind


@pytest.mark.parametrize("question, lang", [
    ("Who met Putin?", "en"), ("Ai gặp Putin?", "vi"), ("Putin gap ai o Ha Noi", "vi"), ("Кто такой Путин?", "ru"),
])
def test_language(question, lang):
    assert detect_language(question) == lang


@pytest.mark.parametrize("question, lo, hi", [
    ("Who did Lavrov meet on 6 July 2022?", "2022-07-06", "2022-07-06"),
    ("Who did Lavrov meet on July 6, 2022?", "2022-07-06", "2022-07-06"),
    ("Who met in 2024?", "2024-01-01", "2024-12-31"),
    ("Who met in June 2024?", "2024-06-01", "2024-06-30"),
    ("Putin gặp ai tháng 6 năm 2024?", "2024-06-01", "2024-06-30"),
    ("Кто встречался 20 июня 2024 года?", "2024-06-20", "2024-06-20"),
])
def test_dates_in_questions(question, lo, hi):
    q = parse(question)
    assert (q.date_lo, q.date_hi) == (lo, hi)


# --- replies -------------------------------------------------------------------------------

def test_dates_keep_the_articles_words_where_they_differ():
    assert reply.fmt_when("2024-06-20", None, "on Thursday") == "on Thursday, 20 June 2024"
    # a phrase that opened its sentence ("On Friday, X held talks …") is not capitalised mid-line
    assert reply.fmt_when("2018-03-09", None, "On Friday") == "on Friday, 9 March 2018"
    assert reply.fmt_when(None, None, "On Monday") == "on Monday"
    assert reply.fmt_when("2024-06-19", "2024-06-20", "from Wednesday to Thursday") == \
        "from Wednesday to Thursday (19–20 June 2024)"
    assert reply.fmt_when("2021-11-30", None, "on November 30") == "on 30 November 2021"
    assert reply.fmt_when("2012", None, None) == "in 2012"
    assert reply.fmt_when(None, None, "on Monday") == "on Monday"


def test_past_tense():
    assert [reply.past(v) for v in ("say", "emphasize", "affirm", "note", "speak highly", "stress")] == \
        ["said", "emphasized", "affirmed", "noted", "spoke highly", "stressed"]


def test_answer_text_layout(engine):
    a = engine.ask("When did Trong meet Lavrov?")
    lines = a.text.split("\n")
    assert lines[0] == a.headline
    assert "6 July 2022" in a.headline and "on Wednesday" in a.headline
    assert 1 <= len(a.citations) <= 3
    for c in a.citations:
        assert f"“{' '.join(c.quote.split())}”" in a.text
        assert f"({c.source})" in a.text and c.outlet in a.text


def test_several_facts_in_date_order(engine):
    a = engine.ask("When did Trong meet Russian leaders?")
    assert a.headline.index("6 July 2022") < a.headline.index("20 June 2024")
    bullets = [ln for ln in a.text.split("\n") if ln.startswith("• ")]
    assert len(bullets) == 2 and "Lavrov" in bullets[0] and "Putin" in bullets[1]


def test_decline_cites_nothing_and_suggests_answerable_questions(engine):
    a = engine.ask("When did Putin meet Lavrov in Hanoi?")
    assert not a.answered and not a.citations and not a.more
    assert 2 <= len(a.suggestions) <= 3
    for s in a.suggestions:
        assert engine.ask(s).answered, s
        assert s in a.text


def test_json_contract(engine):
    a = engine.ask("Who did Putin meet in Hanoi?")
    j = json.loads(json.dumps(a.to_json()))
    assert set(j) == {"answered", "text", "citations", "suggestions"}
    assert set(j["citations"][0]) == {"source", "title", "outlet", "date", "quote"}
    assert j["citations"][0]["date"] == "2024-06-20"


# --- follow-ups ----------------------------------------------------------------------------

def test_followup_pronoun_and_elliptic(engine):
    a1 = engine.ask("Who did Trong meet in 2022?")
    assert json.loads(json.dumps(a1.context)) == a1.context  # JSON-serialisable
    a2 = engine.ask("And what did he say about Ukraine?", a1.context)
    assert a2.answered and "hostilities" in a2.text
    b1 = engine.ask("Who did Putin meet in Hanoi?")
    b2 = engine.ask("When?", b1.context)
    assert b2.answered and "20 June 2024" in b2.headline
    b3 = engine.ask("And what did he say about Ukraine?", b2.context)  # still Putin: he didn't
    assert not b3.answered and "Putin" in b3.headline


def test_no_context_means_no_followup(engine):
    assert not engine.ask("When?").answered
    alone = engine.ask("What did he say about Ukraine?")  # searched by its words: whoever said it
    assert "Putin" not in alone.headline


# --- API -----------------------------------------------------------------------------------

def test_who_timeline_sources(engine):
    w = engine.who("lavrov")
    assert w.answered and "Sergey Lavrov" in w.headline and "Russian Minister of Foreign Affairs" in w.headline
    assert not engine.who("Joe Biden").answered
    tl = engine.timeline()
    dates = [t.date for t in tl if t.date]
    assert dates == sorted(dates) and len(tl) == 25  # every meeting, visit, call and agreement of the articles
    undated = [i for i, t in enumerate(tl) if not t.date]
    assert undated and undated == list(range(len(tl) - len(undated), len(tl)))  # undated ones last
    assert all(t.citation.quote for t in tl)
    assert sorted(s.file for s in engine.sources()) == [
        "000_660d5ccee3f9ddf8.txt", "003_ba13613c7541d8ad.txt", "deputy_fm_hcmc_2019.txt", "kremlin_reception_2021.txt",
        "phone_call_2023.txt", "test_kazan_2018.txt", "test_siberia_2026.txt", "test_vladivostok_2025.txt"]


def test_paragraph_is_verbatim_from_the_file(engine, store):
    _db, seeds = store
    a = engine.ask("What did Putin and Trong agree on?")
    c = a.citations[0]
    p = engine.paragraph(c)
    text = (seeds / c.source).read_text(encoding="utf-8")
    assert c.quote in p.quote and p.quote in text and len(p.quote) > len(c.quote)
    assert p.source == c.source and p.sentence_id == c.sentence_id


def test_paragraph_falls_back_when_the_file_changed(store, tmp_path):
    db, seeds = store
    eng = Engine.open(db, tmp_path)  # no seed files here
    c = eng.ask("What did Putin and Trong agree on?").citations[0]
    assert eng.paragraph(c) == c
    eng.close()


def test_engine_never_imports_spacy(store):
    import subprocess
    import sys

    code = ("import sys; from knowledge.answer import Engine; e = Engine.open(sys.argv[1]);"
            "e.ask('Who did Putin meet?'); print('spacy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code, str(store[0])], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize("question", ["Кто такой Лавров?", "Lavrov là ai?", "Who is Lavrov?", "Tell me about Lavrov"])
def test_profile_questions_in_three_languages(engine, question):
    a = engine.ask(question)
    assert parse(question).kind == "profile"
    assert a.answered and a.headline.startswith("Sergey Lavrov (")


def test_russian_case_ending_after_a_soft_sign_reads_the_vietnamese_name():
    from knowledge.match.name_forms import vi_name_candidates
    known = {"pham", "minh", "chinh", "thanh", "tinh"}
    assert "pham minh chinh" in vi_name_candidates(["Фам", "Минь", "Тинем"], known)  # instrumental of Тинь
    assert "pham minh chinh" in vi_name_candidates(["Фам", "Минь", "Тиня"], known)  # genitive
    assert vi_name_candidates(["Фам", "Минь", "Тиром"], known) == []  # no such name


@pytest.mark.parametrize("question, lo, hi", [
    ("How much did trade reach in Jan–Apr 2023?", "2023-01-01", "2023-04-30"),
    ("What was exported from January to April 2019?", "2019-01-01", "2019-04-30"),
    ("How did trade grow in Jan-Jul 2023?", "2023-01-01", "2023-07-31"),
    ("When did they meet in May 2023?", "2023-05-01", "2023-05-31"),
])
def test_a_span_of_months_is_one_date_range_and_no_word_is_left_over(question, lo, hi):
    q = parse(question)
    assert (q.date_lo, q.date_hi) == (lo, hi)
    assert not {"jan", "january", "apr", "april"} & {t for i, t in enumerate(q.tokens) if i not in q.date_idx}


@pytest.mark.parametrize("question, kind", [
    ("wen did vietnam sign the free trade deal", "when"), ("whos the russian envoy", "who"),
    ("waht did Lavrov say", "what"), ("wich city hosted the talks", "which"),
])
def test_a_mistyped_question_word_at_the_start_is_read_as_meant(question, kind):
    assert parse(question).tokens[0] == kind


def test_a_typo_map_never_rewrites_words_inside_the_question():
    assert parse("Did Wen Jiabao meet Putin?").tokens[1] == "wen"


@pytest.mark.parametrize("question, role", [
    ("Who is the Chinese president?", "the Chinese president"),
    ("Đại sứ Lào là ai?", "the ambassador of Laos"),  # the country after its noun, as Vietnamese puts it
    ("Who is the north korean ambassador?", "the North Korean ambassador"),
])
def test_an_unknown_role_is_echoed_with_its_nationality_capitalised(engine, question, role):
    """The decline names the role as a reader writes it, though the question's words come folded."""
    text = engine.ask(question).text
    assert f"don't say who {role} is" in text, text
