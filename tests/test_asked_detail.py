"""A measure or an act's doer the question asks for that the best sentence writes no word of
(knowledge/answer/asked_detail.py): declined, however well the rest matches. Articles written for
this test."""

from __future__ import annotations

from knowledge.answer.asked_detail import unwritten
from tests.helpers.engine_stores import module_engine

REGATTA = """---
title: Kaliningrad regatta welcomes Vietnamese crew
outlet: Test Wire
date: 2021-07-18
---
Kaliningrad regatta welcomes Vietnamese crew

KALININGRAD — A sailing crew from Hai Phong took part in the Baltic Cup regatta in Kaliningrad on Saturday, the organisers said.

The Baltic Cup drew 40 yachts from nine countries, among them Poland, Finland and Vietnam.

Governor Anton Alikhanov opened the regatta at the Kaliningrad marina and greeted the Vietnamese crew led by skipper Le Van Tam.

A bronze bust of the explorer Fabian von Bellingshausen stands at the marina entrance.
"""

engine = module_engine("asked_detail", {"regatta.txt": REGATTA})


def _no(question: str, sentence: str, following: str = "") -> bool:
    return unwritten(question, question.lower().rstrip("?").split(), sentence, [following])


def test_a_measure_asked_needs_its_words():
    opened = "Governor Anton Alikhanov opened the regatta at the Kaliningrad marina on Saturday."
    assert _no("What was the weather like at the Kaliningrad regatta?", opened)
    assert _no("How old is Anton Alikhanov?", opened)
    assert _no("How tall is the Bellingshausen bust?", "A bronze bust of the explorer stands at the marina entrance.")
    assert _no("How far is the marina from the airport?", opened)
    assert unwritten("Anton Alikhanov bao nhiêu tuổi?", "anton alikhanov how old".split(), opened)  # as the lexicon reads it
    assert not _no("Where does the skipper live and how old is he?", "Skipper Le Van Tam lives in Hai Phong.")
    # the sentence writes the measure: left to the ranking
    assert not _no("What was the weather like at the regatta?", "The crews sailed in strong winds and rain.")
    assert not _no("How old is the skipper?", "Skipper Le Van Tam, a 34-year-old from Hai Phong, led the crew.")
    # an age set off after a name, as news writes it
    assert not _no("How old is the skipper?", "Skipper Le Van Tam, 34, led the crew from Hai Phong.")
    assert not _no("How old was the navigator?", "The crew were named as Pham Thi Lan, 29, and Do Quoc Viet, 41.")
    assert not _no("How old is the skipper?", "The regatta's winner, Le Van Tam (34), thanked the organisers.")
    assert _no("How old is the skipper?", "On July 17, 2021, the skipper reached Kaliningrad.")  # a year, no age
    assert not _no("How tall is the bust?", "The bust, 2.1 metres high, stands at the entrance.")
    assert not _no("How far is the marina from the airport?", "The marina lies some 25km from the airport.")
    # no measure asked
    assert not _no("Who opened the regatta?", opened)


def test_the_doer_of_an_act_asked_needs_the_act_written():
    drew = "The Baltic Cup drew 40 yachts from nine countries, among them Poland, Finland and Vietnam."
    assert _no("Who won the Baltic Cup?", drew)
    assert _no("Which country won the Baltic Cup regatta?", drew)
    assert _no("Who sculpted the Bellingshausen bust?", "A bronze bust of the explorer stands at the marina entrance.")
    assert _no("Who wrote the regatta report?", drew)
    assert _no("Who replaced Alikhanov as regatta patron?", "Alikhanov opened the regatta.")
    # written: the result, its doer's noun, "by"
    assert not _no("Who won the Baltic Cup?", "The Polish crew Wiatr won the Baltic Cup.")
    assert not _no("Which yacht won?", "First place went to the Finnish yacht Aalto.")
    assert not _no("Who sculpted the bust?", "The bust is the work of sculptor Irina Orlova.")
    # a designer, a photographer or an opener asked: the act, its result or "by" must be written
    assert _no("Who designed the Bellingshausen bust?", "A bronze bust of the explorer stands at the marina entrance.")
    assert _no("Who took the photographs shown at the marina?", "Curator Olga Petrova said the display traces the race.")
    assert _no("Who opened the Baltic Cup regatta?", "A sailing crew from Hai Phong took part in the Baltic Cup regatta.")
    assert not _no("Who designed the bust?", "The bust was designed by architect Pavel Sokolov.")
    assert not _no("Who took the photographs?", "The pictures were taken by photographer Nguyen Minh.")
    assert not _no("Who opened the regatta?", "Governor Anton Alikhanov opened the regatta at the marina.")
    # a signatory asked on behalf of a body: a body signing with another names none
    assert _no("Who signed the sailing pact on behalf of the Baltic club?",
               "The Baltic club signed a sailing pact with the Hai Phong yacht club on Friday.")
    assert _no("Who signed the sailing pact on behalf of the Baltic club?", "The sailing pact was signed last May.")
    assert not _no("Who signed the sailing pact on behalf of the Baltic club?",
                   "The pact was signed by club chairman Ivan Orlov and skipper Le Van Tam.")
    # the act asked of another than the subject ("which medal did X win") is no doer asked (the medal is
    # a thing given, which the sentence must write: "took bronze", not only "finished third")
    assert not _no("Which medal did the Hai Phong crew win?", "The Hai Phong crew took bronze.")
    assert _no("Which medal did the Hai Phong crew win?", "The Hai Phong crew finished third.")
    assert not _no("Which medal did the Hai Phong crew win?", "The Hai Phong crew finished third.",
                   "It took the bronze medal.")  # the sentence after it, which the reply quotes with it


def test_the_engine_declines_them(engine):
    for question in ("Who won the Baltic Cup regatta in Kaliningrad?",
                     "What was the weather like at the Baltic Cup regatta in Kaliningrad?",
                     "How tall is the bust of Bellingshausen at the Kaliningrad marina?"):
        ans = engine.ask(question)
        assert not ans.answered and not ans.citations, question
    ans = engine.ask("Who opened the Baltic Cup regatta in Kaliningrad?")
    assert ans.answered and "Alikhanov" in ans.text


def test_a_price_or_rate_asked_needs_a_sum_or_a_rate():
    drew = "The Baltic Cup drew 40 yachts from nine countries, among them Poland, Finland and Vietnam."
    assert _no("What was the entry fee for the Baltic Cup?", drew)
    assert _no("What was the rouble to dong exchange rate during the regatta?", drew)
    assert not _no("What was the entry fee for the Baltic Cup?", "Each crew paid an entry fee of 300 euros.")
    assert not _no("What interest rate does the loan carry?", "The loan carries 3% a year.")
    # a wage or a salary is a sum too
    assert _no("What monthly salary do the marina's riggers earn?", drew)
    assert not _no("What monthly wage do the riggers earn?", "Riggers earn about 60,000 roubles a month.")


def test_a_power_capacity_asked_needs_its_unit():
    output = "The Baltic tidal plant produces about 1.2 billion kWh of electricity a year."
    assert _no("What is the installed capacity of the Baltic tidal plant in megawatts?", output)
    assert _no("Nhà máy điện thủy triều Baltic có công suất bao nhiêu MW?", "1.2 billion kWh a year")
    assert not _no("What is the capacity in megawatts of the Baltic tidal plant?", "The plant has a capacity of 320 MW.")
    assert not _no("How many megawatts will the plant add?", "It will add 1.5 gigawatts of capacity.")


def test_a_reply_asked_needs_a_reply_written():
    wrote = "Governor Anton Alikhanov wrote to the Hai Phong crew on Monday to thank them."
    assert _no("Did the Hai Phong crew reply to Alikhanov's letter?", wrote)
    assert _no("What did the skipper write in reply to the governor?", wrote)
    assert not _no("Did the crew reply to the letter?", "Skipper Le Van Tam replied the next day.")
    # "how did X reply" asks a reaction, which news writes in other words ("welcomed", "agreed")
    assert not _no("How did the crew reply to the governor?", "The crew welcomed the governor's words.")


def test_a_house_asked_by_which_needs_its_noun():
    opened = "Governor Anton Alikhanov opened the regatta at the Kaliningrad marina on Saturday."
    assert _no("Which hotel hosted the regatta dinner?", opened)
    assert _no("At which Russian airport did the Hai Phong crew land?", opened)
    assert not _no("Which hotel hosted the regatta dinner?", "The dinner was held at the Baltic Star Hotel.")
    assert _no("Which cinema screened the regatta film?", "The regatta film was shown in Kaliningrad on Sunday.")
    assert not _no("Which cinema screened the regatta film?", "The film was shown at the Zarya Cinema.")
    assert not _no("At which airport did the crew land?", "The crew landed at Khrabrovo Airport on Friday.")
    # an irregular past after the noun makes it the head too ("which hospital gave …")
    assert _no("Which Russian hospital gave the crew check-ups?", opened)
    assert not _no("Which hospital gave the crew check-ups?", "Doctors at Kaliningrad Regional Hospital checked the crew.")
    # the noun is no house asked: it qualifies another ("hotel discount") or stands after another noun
    assert not _no("What hotel discount did the crews get?", opened)
    assert not _no("Which crew visited the museum?", opened)


def test_an_initiative_asked_is_written_as_launched_or_by():
    assert not _no("Which agency initiated the exchange?", "The exchange was launched in 2014 by the agency.")
    assert _no("Who initiated the call between the two governors?", "The two governors discussed trade in a call.")


def test_a_statement_asked_needs_speech_or_a_stance():
    attended = "Governor Anton Alikhanov attended the closing ceremony at the Kaliningrad marina on Sunday."
    assert _no("What did Alikhanov say at the closing ceremony?", attended)
    assert _no("What did Alikhanov tell the Vietnamese crew?", attended)
    assert not _no("What did Alikhanov say at the ceremony?", "Alikhanov said the regatta would grow.")
    assert not _no("What did Alikhanov tell the crew?", "The governor praised the crew's seamanship.")
    assert not _no("What did Alikhanov say about the crews?", "“You sailed well,” Alikhanov told them.")


def test_a_figure_of_speech_asks_no_measure():
    opened = "Governor Anton Alikhanov opened the regatta at the Kaliningrad marina on Saturday."
    assert not _no("What did the crews do at the height of the storm season?", opened)
    assert not _no("How high did hopes for the regatta run?", opened)
    assert _no("What is the height of the Bellingshausen bust?", opened)


def test_a_signatory_is_no_consultation():
    # "consultations", "Consulting JSC" write no consul: a body signing names no signatory
    assert _no("Who signed the sailing pact on behalf of the Baltic club?",
               "The Baltic club signed a memorandum on consultations with Hai Phong Sailing Consulting JSC.")
    assert not _no("Who signed the sailing pact on behalf of the Baltic club?",
                   "The pact was signed for the club by its consul in Hai Phong, Pavel Orlov.")


def test_a_signatory_for_a_side_is_a_person():
    bodies = "The two sailing federations signed a memorandum on youth regattas in March."
    assert _no("Who signed the regatta memorandum for the Russian side?", bodies)
    assert _no("Who signed the regatta memorandum for the Hai Phong federation?", bodies)
    assert not _no("Who signed the memorandum for the Russian side?",
                   "Federation president Ivan Sokolov and Le Van Tam put their names to the memorandum.")
    assert not _no("Who signed the memorandum?", bodies)  # no side asked: the bodies answer


def test_an_interest_rate_is_a_share_and_a_whole_year_no_part_of_it():
    loan = "The club took out loans of 2 million USD to build the new marina."
    assert _no("What interest rate do the club's marina loans carry?", loan)
    assert not _no("What interest rate do the loans carry?", "The loans carry interest of 4.5% a year.")
    part = "Yacht charters in Kaliningrad earned 3 million USD in the first nine months of 2021."
    assert _no("How much did yacht charters in Kaliningrad earn in the whole of 2021?", part)
    assert _no("Сколько заработали яхтенные чартеры за весь 2021 год?", part)
    assert not _no("How much did yacht charters earn in the whole of 2021?", "Charters earned 4 million USD in 2021.")
    assert not _no("How much did charters earn in the whole of 2021?", part + " The full-year figure was 4 million USD.")


def test_a_leader_or_a_reader_asked_needs_the_leading_or_reading_written():
    crew = "A sailing crew from Hai Phong took part in the Baltic Cup regatta in Kaliningrad on Saturday."
    assert _no("Who led the Vietnamese crew at the Baltic Cup?", crew)
    # the leader written in the sentence before, which the reply quotes with it
    assert not unwritten("Who led the Vietnamese crew?", "who led the vietnamese crew".split(), crew, [""],
                         "Skipper Le Van Tam headed the Vietnamese crew.")
    assert not _no("Who led the Vietnamese crew?", "Governor Anton Alikhanov greeted the Vietnamese crew led by skipper Le Van Tam.")
    assert not _no("Who led the delegation?", "A delegation under Deputy Mayor Tran Van Nam attended.")
    assert not _no("Who led the delegation?", "The delegation was headed by Deputy Mayor Tran Van Nam.")
    assert not _no("Which regatta led to the new sailing pact?", crew)  # a cause asked, no leader
    sent = "Governor Anton Alikhanov sent a message of greetings to the Hai Phong crew."
    assert _no("Who read the governor's message aloud at the marina?", sent)
    assert not _no("Who read the governor's message?", "The message was read out by his deputy, Olga Ivanova.")


def test_the_reader_s_own_how_to_is_never_written():
    fee = "Each crew paid an entry fee of 300 euros to take part in the Baltic Cup regatta."
    assert _no("How do I take part in the Baltic Cup regatta?", fee)
    assert _no("How can you enter the Kaliningrad regatta?", fee)
    assert _no("Recommend a good yacht for the Baltic Cup.", fee)
    assert _no("Как мне попасть на регату в Калининграде?", fee)
    assert not _no("How did the Hai Phong crew take part in the regatta?", fee)
    assert not _no("How do Vietnam and Russia cooperate in sailing?", fee)


def test_the_engine_declines_a_how_to(engine):
    ans = engine.ask("How do I take part in the Baltic Cup regatta in Kaliningrad?")
    assert not ans.answered and not ans.citations, ans.text


def test_whoever_came_before_asked_needs_the_succession_written():
    new = "The club's new commodore is Le Van Tam, who skippered the Hai Phong crew."
    assert _no("Who was the previous commodore's predecessor?", new)
    assert _no("Who was the club's previous chairman?", new)
    assert _no("Who was commodore of the club before Le Van Tam?", new)
    assert _no("What post did Le Van Tam hold before becoming commodore?", new)
    assert not _no("Who was commodore before Le Van Tam?", "Le Van Tam succeeded Pavel Orlov as commodore.")
    assert not _no("What post did Le Van Tam hold before becoming commodore?", "Le Van Tam, formerly the club's treasurer, ...")
    assert not _no("What did the crew do before the race?", new)  # an event's time, no predecessor
