"""What a question states constrains the answer: an ordinal ("the 9th session") must be the one the
article writes; "in which city" wants a city, not a country; a how-long or how-many question is
not answered by an event line without a span or a figure. Retrieval keeps sentences that lack
one of the question's words ("held"), so the ranking can find them. Articles written for this test."""

from __future__ import annotations

from knowledge.answer import pipeline
from knowledge.answer.intent import answer_type
from knowledge.question import parse
from tests.helpers.engine_stores import module_engine, quoted

COMMISSION = """---
title: Fisheries commission meets in Khabarovsk
outlet: Test Wire
date: 2023-10-12
---
Fisheries commission meets in Khabarovsk

KHABAROVSK — The 7th session of the Vietnam–Russia fisheries commission was chaired on Wednesday by Deputy Minister Lê Quang Vinh and Rosrybolovstvo deputy head Pavel Zorin.

Vietnam's seafood exports to Russia were worth 210 million USD in the third quarter of 2023, Vinh said.

Catches by the joint fleet grew by 14 percent in Q3 2023, according to Zorin.

The two sides agreed to hold the next session in Nha Trang.
"""

FORUM = """---
title: Fishermen's forum gathers seafood firms
outlet: Test Wire
date: 2023-11-20
---
Fishermen's forum gathers seafood firms

A fishermen's forum attended by seafood companies from Vietnam and Russia was held on Monday, its organisers said.

Seafood firms from both countries met for the forum in the port city of Murmansk, where trawler operators presented new vessels.

Agriculture Minister Lê Minh Hoan held a phone call with Russian Agriculture Minister Oksana Lut on Monday.
"""

RAIL = """---
title: Rail ministers talk freight
outlet: Test Wire
date: 2024-03-05
---
Rail ministers talk freight

Vietnamese Transport Minister Nguyễn Văn Thắng and his Russian counterpart Roman Starovoit held talks in Hanoi on Monday.

Relations between the two railways have grown since the first freight train ran in 2023, Thắng said.

Starovoit said container traffic would double by 2026.

Starovoit, who first visited Vietnam in 2019, toured the Giáp Bát station with Vietnamese engineers.

He described Vietnam as a reliable partner for Russian railways in Southeast Asia.

Thắng and Starovoit agreed to open a second freight route between Hanoi and Vladivostok.
"""

TIMBER = """---
title: Timber trade slows
outlet: Test Wire
date: 2024-08-02
---
Timber trade slows

Officials from Vietnam's forestry department met Russian exporters in Irkutsk on Thursday.

The Irkutsk meeting of timber exporters was the 4th since 2019.

Timber shipments from Siberia to Vietnam fell 37% to 410,000 cubic metres in the first half of 2024, the exporters said.

The two sides agreed to study rail transport for sawn wood.
"""

UNDATED = """Trade envoy received in Hanoi

HÀ NỘI, March 14 — Deputy Minister of Industry Trần Quốc Bảo received Russian trade envoy Oleg Ivanov on March 14 to review preparations for a spring fair.

Ivanov said more than 40 Russian firms would take part in the fair.
"""

VISIT = """---
title: Far East governors in central Vietnam
outlet: Test Wire
date: 2024-05-21
---
Far East governors in central Vietnam

ĐÀ NẴNG — Đà Nẵng Chairman Lê Trung Chinh received Kamchatka Governor Vladimir Solodov in Đà Nẵng on Monday.

Solodov is visiting Vietnam at the invitation of the Vietnamese Ministry of Foreign Affairs.

Khánh Hòa Chairman Nguyễn Tấn Tuân received Sakhalin Governor Valery Limarenko in Nha Trang on Tuesday.
"""

BELL = """---
title: A bell from Tula for Huế
outlet: Test Wire
date: 2023-09-08
---
A bell from Tula for Huế

HUẾ — Officials of Thừa Thiên Huế province and a delegation from Tula unveiled a friendship bell at the Thiên Mụ pagoda on Friday.

The Tula bell was hung beside the pagoda's tower, where visitors can ring it on holidays.

Cast in bronze by Tula craftsmen, it weighs 2.4 tonnes and stands 1.8 metres tall.
"""

CONSUL = """---
title: Consul meets students
outlet: Test Wire
date: 2022-04-11
---
Consul meets students

YEKATERINBURG — Nguyễn Thanh Bình held talks with Sverdlovsk Governor Denis Pasler in Yekaterinburg on Monday.

Later that day, Consul General of Vietnam in Yekaterinburg Nguyễn Thanh Bình urged Vietnamese students to keep their culture alive.
"""

CHARTER = """---
title: First charter from the Urals lands on Phú Quốc
outlet: Test Wire
date: 2024-11-16
---
First charter from the Urals lands on Phú Quốc

The first charter flight of the season landed at Phú Quốc airport on Saturday with 218 passengers on board.

The flight had taken off from Yekaterinburg nine hours earlier.

The tourists will stay for ten nights in resorts on the island.

Their return charter flight will take off from Phú Quốc on November 26.
"""

engine = module_engine("constraints", {"commission.txt": COMMISSION, "forum.txt": FORUM, "rail.txt": RAIL,
                                       "timber.txt": TIMBER, "undated.txt": UNDATED, "visit.txt": VISIT,
                                       "bell.txt": BELL, "consul.txt": CONSUL, "charter.txt": CHARTER})


def test_an_ordinal_the_article_writes_in_another_form_answers(engine):
    a = engine.ask("Who chaired the seventh session of the fisheries commission?")
    assert a.answered, a.text
    assert "Zorin" in quoted(a)


def test_an_ordinal_no_article_writes_for_that_thing_is_declined(engine):
    a = engine.ask("Who chaired the 9th session of the fisheries commission?")
    assert not a.answered and not a.citations, a.text
    b = engine.ask("Who chaired the third session of the fisheries commission?")
    assert not b.answered and not b.citations, b.text


def _ranked(engine, question: str):
    r = engine.retrieval
    q = parse(question)
    return pipeline.rank_question(r.store, q, engine.index.find(q), r.kinds, r.total, r.vocab)[1]


def test_a_sentence_lacking_one_of_the_words_is_still_a_candidate(engine):
    # only one sentence has all of 'fishermen', 'forum', 'held'; the one naming the city lacks two
    texts = [x.cand.text for x in _ranked(engine, "In which city was the fishermen's forum held?")]
    assert any("Murmansk" in t for t in texts), texts


def test_which_city_wants_a_city_not_countries(engine):
    typed = {x.cand.text[:20]: x.typed for x in _ranked(engine, "In which city was the fishermen's forum held?")}
    assert typed["Seafood firms from b"] is True
    assert typed["A fishermen's forum "] is False  # "companies from Vietnam and Russia" is no venue
    a = engine.ask("In which city did the forum for seafood firms take place?")
    assert a.answered and "Murmansk" in quoted(a), a.text


def test_a_call_without_a_duration_does_not_answer_how_long(engine):
    a = engine.ask("How long did Hoan's phone call with Lut last?")
    assert not a.answered, a.text
    b = engine.ask("When did Hoan's phone call with Lut take place?")
    assert b.answered and "Monday" in b.text, b.text


def test_what_value_asks_for_a_figure(engine):
    for question in ("What was the value of Vietnam's seafood exports?", "What two-way trade figure did they hope for?",
                     "Which turnover did the firms report?"):
        assert answer_type(parse(question))[0] == "number", question
    for question in ("What was Tula-Vietnam trade worth in 2011?", "What price per tonne did the buyers pay?",
                     "What total catch did the fleet report?"):  # worth, price and total are figures too
        assert answer_type(parse(question))[0] == "number", question
    a = engine.ask("What was the value of Vietnam's seafood exports to Russia in the third quarter?")
    assert a.answered, a.text
    assert "210 million USD" in quoted(a)


def test_a_quarter_written_q3_is_no_unknown_name(engine):
    assert not pipeline._unknown_name(parse("By how much did catches grow in Q7 2023?"), ["q7"])
    assert pipeline._unknown_name(parse("By how much did catches grow in Tula?"), ["tula"])
    a = engine.ask("By how much did catches grow in Q3 2023?")
    assert a.answered, a.text
    assert "14 percent" in quoted(a)


def test_when_and_where_ask_for_a_date_and_a_place_whatever_else_the_question_names():
    assert answer_type(parse("When did the embassy hold the anniversary reception?"))[0] == "date"
    assert answer_type(parse("When was the memorandum on fisheries signed?"))[0] == "date"
    assert answer_type(parse("Where was the anniversary of the commission celebrated?"))[0] == "place"
    assert answer_type(parse("Which anniversary did the commission celebrate?"))[0] == "anniversary"


def test_a_title_after_the_verb_asks_no_person():
    # "what did the minister predict" asks what was predicted; "which minister" asks for a person
    for question in ("What did the minister predict for the coming year?", "What are Tula firms keen to do?",
                     "Which port did the governor visit?"):
        assert answer_type(parse(question))[0] != "person", question
    for question in ("Which Russian minister attended the forum?", "Which company supplied the vaccine?",
                     "Whose delegation came to Tula?"):
        assert answer_type(parse(question))[0] == "person", question


def test_how_long_counts_the_span_not_the_subject_of_the_question(engine):
    from knowledge.answer.intent import make_plan

    def focus(question: str):
        q = parse(question)
        return make_plan(q, engine.index.find(q)).focus

    assert focus("How long did the Russian fisheries delegation stay in Khabarovsk?") is None
    assert focus("How long a period does the plan cover?") == "period"
    assert focus("How many tonnes of fish did the fleet catch?") == "tonnes"


def test_an_event_line_does_not_answer_which_anniversary_how_long_or_how_many():
    from knowledge.answer.intent import Plan
    from knowledge.facts import Answer

    def fits(kind: str, headline: str) -> bool:
        return pipeline._fits_type(Answer(answered=True, text=headline, headline=headline), Plan(kind, []))

    line = "Pavel Zorin met Lê Quang Vinh in Khabarovsk on 11 October 2023."
    assert not fits("anniversary", line) and not fits("duration", line)
    assert fits("anniversary", "The session marked the 30th anniversary of the commission.")
    assert fits("duration", "Zorin visited Hanoi from 3 to 5 May 2023 (3–5 May 2023).")
    assert fits("number", "2 meetings in my sources, in date order:") and fits("date", line)


def test_how_two_people_are_related_is_what_the_sentence_naming_both_calls_them(engine):
    a = engine.ask("How is Starovoit related to Thắng?")
    assert a.answered, a.text
    assert "counterpart" in quoted(a)
    assert answer_type(parse("What is the relationship between Vietnam and Russia?"))[0] != "relation"


def test_reporting_verbs_a_reader_uses_find_the_articles_wording():
    from knowledge.answer.rank import term_hits
    assert term_hits(["brief"], "Zorin informed the host about the fleet.") == [0.9]
    assert term_hits(["informed"], "Zorin briefed the host on the fleet.") == [0.9]
    assert term_hits(["react"], "Vinh responded that the quota was fair.") == [0.9]
    assert term_hits(["brief"], "The fleet caught more fish.") == [0.0]


def test_besides_and_name_are_no_search_words(engine):
    from knowledge.answer.intent import make_plan
    q = parse("Besides Zorin, name the officials who chaired the session")
    assert {"besides", "name"}.isdisjoint(make_plan(q, engine.index.find(q)).terms)


def test_how_someone_described_a_country_is_what_they_called_it(engine):
    assert answer_type(parse("How did Starovoit describe Vietnam?"))[0] == "character"
    assert answer_type(parse("How does Russia regard Vietnam, according to Starovoit?"))[0] == "character"
    a = engine.ask("How did Starovoit describe Vietnam?")
    assert a.answered, a.text
    assert "reliable partner" in quoted(a)


def test_what_two_people_agreed_is_no_answer_to_what_they_signed(engine):
    a = engine.ask("What did Thắng and Starovoit agree?")
    assert a.answered and "second freight route" in a.text, a.text
    b = engine.ask("Which agreements did Thắng and Starovoit sign?")
    assert not b.answered, b.text


def test_whom_someone_told_is_not_a_speaker(engine):
    from knowledge.answer import plan as planning
    q = parse("What did Starovoit tell Vinh?")
    assert planning.about_split(q, engine.index.find(q)) == q.tokens.index("tell")
    q = parse("What did Starovoit say to Vinh about freight?")
    assert planning.about_split(q, engine.index.find(q)) == q.tokens.index("to")
    # Starovoit and Vinh are never in one article: Vinh's own words are no answer
    a = engine.ask("What did Starovoit tell Vinh?")
    assert not a.answered, a.text


def test_a_percentage_asked_for_is_found_written_with_the_sign(engine):
    """'how many percent' counts percent; the article writes '37%'."""
    for question in ("На сколько процентов сократились поставки леса во Вьетнам в первой половине 2024 года?",
                     "By how many percent did timber shipments from Siberia fall in the first half of 2024?"):
        a = engine.ask(question)
        assert a.answered, (question, a.text)
        assert "37%" in quoted(a), (question, a.text)


def test_years_ordinals_and_dates_are_no_figure_for_how_many():
    from knowledge.answer.rank import has_figure

    assert not has_figure("The Irkutsk meeting was the 4th since 2019, held on 5 June and on November 22.")
    assert not has_figure("They adopted a plan for 2021-2025.")
    assert has_figure("Exports fell 37% to 410,000 cubic metres in 2024.")
    assert has_figure("Seven exporters came.")
    assert has_figure("It was the 75th anniversary.", ordinals=True)


def test_the_last_day_of_a_span_of_days_is_no_figure():
    """"on March 3 and 4", "from 12 to 15 October": the second number is a day of the same date."""
    from knowledge.answer.rank import has_figure

    assert not has_figure("The envoy toured Perm region on March 3 and 4 to meet local firms.")
    assert not has_figure("The fair runs from 12 to 15 October in Kazan.")
    assert not has_figure("Talks were held on 7-8 June.")
    assert has_figure("On March 3, 40 firms came.")
    assert has_figure("Between March 3 and 4,000 visitors came.")  # a count after the date, not its last day


def test_a_sentence_with_only_a_year_and_an_ordinal_does_not_answer_how_many(engine):
    a = engine.ask("How many timber exporters came to the Irkutsk meeting?")
    assert not a.answered, a.text


def test_a_vietnamese_question_naming_a_city_no_article_has_is_declined(engine):
    """Vietnamese capitalises titles, so an unknown capitalised word is no proof of a stranger; a
    known city is ("ở Kazan": the rail talks were in Hanoi)."""
    a = engine.ask("Bộ trưởng Thắng gặp ông Starovoit ở Kazan khi nào?")
    assert not a.answered and not a.citations, a.text
    b = engine.ask("Bộ trưởng Thắng gặp ông Starovoit ở Hà Nội khi nào?")
    assert b.answered and "Monday" in b.text, b.text


def test_which_year_is_declined_when_the_article_gives_no_year(engine):
    a = engine.ask("When did Trần Quốc Bảo receive Oleg Ivanov?")
    assert a.answered and "March 14" in a.text, a.text
    for question in ("In which year did Trần Quốc Bảo receive Oleg Ivanov?",
                     "Thứ trưởng Trần Quốc Bảo tiếp ông Oleg Ivanov vào năm nào?"):
        b = engine.ask(question)
        assert not b.answered and not b.citations, (question, b.text)
        assert "year" in b.text
    c = engine.ask("In which year did the fisheries commission hold its 7th session?")  # a dated article
    assert c.answered and "2023" in c.text, c.text


def test_at_whose_invitation_is_not_answered_by_a_meeting_line(engine):
    """Limarenko's reception is reported, but no article says who invited him (Solodov's does)."""
    a = engine.ask("At whose invitation did Limarenko come to Nha Trang?")
    assert not a.answered and not a.citations, a.text
    b = engine.ask("At whose invitation is Solodov visiting Vietnam?")
    assert b.answered and "Ministry of Foreign Affairs" in b.text, b.text


def test_a_measure_asked_by_its_adjective_wants_the_figure():
    for question in ("How heavy is the bell?", "How tall is the statue?", "What is the weight of the bell?",
                     "What is the population of Tula?"):
        assert answer_type(parse(question))[0] == "number", question
    assert answer_type(parse("Which area of cooperation did the governor stress?"))[0] != "number"


def test_how_heavy_finds_the_sentence_with_the_weight(engine):
    a = engine.ask("How heavy is the Tula bell?")
    assert a.answered and "2.4 tonnes" in quoted(a), a.text


def test_boilerplate_numbers_are_no_figure():
    from knowledge.answer.rank import has_figure

    assert not has_figure("The two countries will fight COVID-19 together, one of the ministers said.")
    assert has_figure("The two countries sent 300 doctors.")


def test_what_post_quotes_the_sentence_that_writes_the_post(engine):
    a = engine.ask("What post does Nguyễn Thanh Bình hold?")
    assert a.answered and "Consul General" in a.headline, a.text
    assert "Consul General" in a.citations[0].quote, a.text


def test_a_date_or_a_count_of_meetings_does_not_answer_how_many_of_something_else(engine):
    """No article gives the length of Limarenko's stay or a number of firms at the Đà Nẵng talks;
    the reception's date ('21 May 2024') and a count of meetings there are no answer."""
    for question in ("How many days did Limarenko's visit to Nha Trang last?",
                     "How many Russian companies took part in the meetings in Đà Nẵng?"):
        a = engine.ask(question)
        assert not a.answered and not a.citations, (question, a.text)
    b = engine.ask("How many meetings were held in Đà Nẵng?")
    assert b.answered, b.text


def test_which_russian_city_reads_the_country_of_the_place_asked():
    from knowledge.answer.intent import make_plan
    from knowledge.match import Found

    def country(question):
        return make_plan(parse(question), Found()).place_country

    assert country("Which Russian city did the flight depart from?") == "Russia"
    assert country("Which city in Vietnam did the governor visit?") == "Vietnam"
    assert country("Thành phố nào của Nga đã tổ chức lễ ký?") == "Russia"
    assert country("В каком вьетнамском городе прошла встреча?") == "Vietnam"
    assert country("Which city did the flight depart from?") is None


def test_which_russian_city_wants_a_place_of_that_country(engine):
    a = engine.ask("Which Russian city did the charter flight take off from?")
    assert a.answered and "Yekaterinburg" in quoted(a), a.text


def test_which_russian_city_is_declined_when_the_place_is_vietnamese(engine):
    a = engine.ask("In which Russian city did the two sides agree to hold the next session?")
    assert not a.answered and not a.citations, a.text
    b = engine.ask("Where did the two sides agree to hold the next session?")
    assert b.answered and "Nha Trang" in b.text, b.text


def test_a_word_finds_its_longer_forms_but_not_other_words_it_begins():
    from knowledge.answer.rank import term_hits
    assert term_hits(["partner"], "Both sides praised the partnership.") == [1.0]
    assert term_hits(["vietnam"], "Vietnamese firms took part.") == [1.0]
    # 'trade' begins 'traditionally' and 'tradition': another word, not a form of it
    assert term_hits(["trade"], "He called the ties traditionally friendly.") == [0.0]
    assert term_hits(["trade"], "Two-way trade grew by 10 percent.") == [1.0]


DRILL = """---
title: Joint venture drills off Côn Đảo
outlet: Test Wire
date: 2021-08-30
---
Joint venture drills off Côn Đảo

The Vietnamese-Russian venture Rusvietgas has drilled 54 exploration wells off Côn Đảo since 2010, its director Yuri Belkin said.
"""

drill_engine = module_engine("constraints_drill", {"drill.txt": DRILL})


def test_a_counted_word_the_lexicon_leaves_untranslated_is_no_focus(drill_engine):
    # 'разведочных' (exploration) stays Cyrillic; 'скважин' is 'wells': the wells are counted
    a = drill_engine.ask("Сколько разведочных скважин пробурило совместное предприятие?")
    assert a.answered and "54 exploration wells" in quoted(a), a.text


def test_a_when_or_who_after_the_question_word_opens_a_clause_not_the_question():
    # "… when the commission met" says when something was said; it asks for no date
    assert answer_type(parse("What did Zorin report when the commission met in Khabarovsk?"))[0] != "date"
    assert answer_type(parse("Which exports did Vinh mention when the session opened?"))[0] != "date"
    assert answer_type(parse("What did the official who chaired the session say?"))[0] != "person"
    assert answer_type(parse("Where and when did the commission meet?"))[0] in ("place", "date")
    assert answer_type(parse("What is the commission's status and since when?"))[0] == "date"
    assert answer_type(parse("In which city and when will the next session be held?"))[0] in ("place", "date")
