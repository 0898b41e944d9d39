"""The engine's question set, as data: over the two seeds and five articles about other people,
places and dates (tests/data/engine_articles.py). Each entry names the facts a correct answer
must contain (folded, so diacritics and case don't matter), what it must not contain, and the
file it must cite. `after` lists earlier questions of the same conversation (follow-ups).

kind labels group the accuracy table; `answered: False` entries must be declined with no
citation (false premises, unknown people, off-topic).
"""

S000 = "000_660d5ccee3f9ddf8.txt"
S003 = "003_ba13613c7541d8ad.txt"
FM = "deputy_fm_hcmc_2019.txt"
KR = "kremlin_reception_2021.txt"
PC = "phone_call_2023.txt"
VL = "test_vladivostok_2025.txt"
KZ = "test_kazan_2018.txt"
SB = "test_siberia_2026.txt"


def Q(q, kind, must=(), cite=None, must_not=(), answered=True, after=()):
    return {"q": q, "kind": kind, "must": list(must), "cite": cite, "must_not": list(must_not),
            "answered": answered, "after": list(after)}


QUESTIONS = [
    # --- who met whom ---------------------------------------------------------------------
    Q("Who did Putin meet in Hanoi?", "who_met", ["Trọng", "20 June 2024", "Hanoi"], S000, ["Phúc"]),
    Q("Who did Lavrov meet?", "who_met", ["Trọng", "Bùi Thanh Sơn", "6 July 2022"], S003),
    Q("Who held talks with Putin?", "who_met", ["Trọng", "Phúc"], S000),
    Q("Who met whom?", "who_met", ["Lavrov", "Putin", "Morgulov", "Trutnev"], None),
    Q("Whom did Morgulov meet on the same day as the consultations?", "who_met", ["Phan Văn Mãi"], FM),
    Q("Who did Trần Hồng Hà meet in Vladivostok?", "who_met", ["Yury Trutnev", "4 September 2025"], VL),
    # the Kremlin article states no year: the answer gives the day without inventing one
    Q("Who received Nguyen Xuan Phuc in Moscow?", "who_met", ["Putin", "November 30"], KR, ["November 2021"]),
    Q("Who did Lavrov meet on 6 July 2022?", "who_met", ["Trọng", "Sơn"], S003, ["Putin"]),
    Q("Who talked with Mishustin?", "who_met", ["Phạm Minh Chính", "14 March 2023"], PC),
    Q("Who did Putin meet in Moscow?", "who_met", ["Phúc", "November 30"], KR, ["Trọng", "November 2021"]),
    Q("Who met Igor Morgulov in Ho Chi Minh City?", "who_met", ["Lê Hoài Trung"], FM),
    Q("ai gap Lavrov", "vi", ["Trọng", "Sơn"], S003),
    # --- when -----------------------------------------------------------------------------
    Q("When did Trong meet Lavrov?", "when", ["6 July 2022", "Wednesday"], S003, ["2024"]),
    Q("When did Putin visit Vietnam?", "when", ["19–20 June 2024", "from Wednesday to Thursday"], S000),
    Q("When did Trong meet Russian leaders?", "when", ["6 July 2022", "20 June 2024", "Lavrov", "Putin"], S003),
    Q("When did Chinh and Mishustin talk on the phone?", "when", ["Tuesday", "14 March 2023"], PC),
    Q("When did Phuc visit Russia?", "when", ["November 28", "December 2"], KR, ["December 2021"]),
    Q("When did Lavrov visit Vietnam?", "when", ["no date for the visit itself", "met", "6 July 2022"], S003),
    Q("What happened on 6 July 2022?", "when", ["Lavrov", "Trọng", "Sơn"], S003, ["2024"]),
    Q("When did Lavrov hold talks with Bui Thanh Son?", "when", ["6 July 2022", "earlier the same day"], S003),
    Q("When did Lan Anh Vo visit Kazan?", "when", ["27 February", "1 March 2018"], KZ),
    Q("When were the political consultations between Trung and Morgulov?", "when", ["Monday", "8 April 2019"], FM),
    # --- where ----------------------------------------------------------------------------
    Q("Where did Trong meet Lavrov?", "where", ["Hà Nội"], S003),
    Q("Where did Putin and Trong hold talks?", "where", ["Hanoi"], S000),
    Q("Where was Nguyen Xuan Phuc received by Putin?", "where", ["Moscow"], KR),
    Q("Where did Trutnev meet the Vietnamese deputy prime minister?", "where", ["Vladivostok"], VL),
    Q("Where did Morgulov hold consultations?", "where", ["Hồ Chí Minh City"], FM),
    # --- occasion -------------------------------------------------------------------------
    Q("On what occasion did Lavrov visit Vietnam?", "occasion", ["10th anniversary", "Comprehensive Strategic Partnership"], S003),
    Q("On what occasion did Putin and Trong hold talks?", "occasion", ["state visit"], S000),
    Q("Why did Trần Hồng Hà meet Trutnev?", "occasion", ["Eastern Economic Forum"], VL),
    Q("On what occasion did Phuc meet Putin?", "occasion", ["official visit"], KR),
    # --- what did X say (about Y) ---------------------------------------------------------
    Q("What did Trong say about Ukraine?", "said", ["dialogue to end hostilities"], S000),
    Q("What did Lavrov say about ASEAN?", "said", ["central role of ASEAN"], S003),
    Q("What did Putin say?", "said", ["Putin"], S000),
    Q("What did Mishustin say about energy?", "said", ["fertilisers and energy"], PC),
    Q("What did Putin say about defence?", "said", ["defence and high technology"], KR),
    Q("What did Putin say about defense?", "said", ["defence and high technology"], KR),
    Q("What did Phuc say about the Soviet Union?", "said", ["former Soviet Union"], KR),
    Q("What did Chinh say about trade?", "said", ["10 billion USD"], PC),
    Q("What did Morgulov say about the East Sea?", "said", ["East Sea"], FM),
    Q("What did Trutnev say about investors?", "said", ["Vietnamese investors"], VL),
    Q("What did Lan Anh Vo say about education?", "said", ["higher education"], KZ, answered=True),
    Q("Who talked about ASEAN?", "said", ["ASEAN"], S003),
    Q("What did Lavrov say?", "said", ["Lavrov", "delight"], S003),
    Q("What was said about Ukraine?", "topic", ["dialogue to end hostilities"], S000),
    Q("Tell me about trade between Vietnam and Russia", "topic", ["10 billion USD"], PC),
    Q("What was said about seafood?", "topic", ["seafood"], VL),
    Q("What did Chinh say about commerce?", "topic", ["10 billion USD"], PC),
    Q("What did the Russian president say about the partnership?", "said", ["partner"], S000),
    Q("What did the Russian side say about ASEAN?", "said", ["Morgulov", "Lavrov"], FM, ["by Igor Morgulov, Sergey Lavrov and"]),
    Q("what did putin say", "said", ["Putin", "friend"], S000),
    # --- did X visit Y / did X meet Y -------------------------------------------------------
    Q("Did Putin visit Vietnam?", "visit", ["Yes", "state visit", "June 2024"], S000),
    Q("Did Lavrov visit Vietnam?", "visit", ["Yes", "Lavrov", "6 July 2022"], S003),
    Q("Has Nguyen Xuan Phuc visited Russia?", "visit", ["Yes", "official visit"], KR),
    Q("Did Putin meet Trong?", "visit", ["Yes", "talks", "20 June 2024"], S000),
    Q("Did Lavrov meet Bui Thanh Son?", "visit", ["Yes", "6 July 2022"], S003),
    Q("Which Russian officials visited Vietnam?", "visit", ["Lavrov", "Putin"], S003, ["Phúc"]),
    # --- places: aliases, a city's country, venues ---------------------------------------------
    Q("Was Putin in Hanoi?", "place", ["Yes", "state visit", "talks", "20 June 2024"], S000),
    Q("Did Lavrov visit Ha Noi?", "place", ["Yes", "6 July 2022"], S003),
    Q("Did Trần Hồng Hà visit Russia?", "place", ["Yes", "Vladivostok"], VL),
    Q("Did Phuc visit Moscow?", "place", ["Yes", "official visit", "November 30"], KR),
    Q("Путин был в Ханое?", "place", ["Yes", "20 June 2024"], S000),
    # --- relationship -----------------------------------------------------------------------
    Q("What is the relationship between Vietnam and Russia and since when?", "relationship",
      ["comprehensive strategic partnership", "2012"], S003),
    Q("What kind of relations do Vietnam and Russia have?", "relationship", ["comprehensive strategic partnership"], None),
    Q("Since when have Vietnam and Russia been comprehensive strategic partners?", "relationship", ["2012", "10th anniversary"], S003),
    Q("When was the comprehensive strategic partnership established?", "relationship",
      ["2012", "derived", "10th anniversary"], S003, ["1950"]),
    # --- agreed -----------------------------------------------------------------------------
    Q("What did Putin and Trong agree on?", "agreed", ["directions of cooperation"], S000, ["cooperation documents"]),
    Q("What did Vietnam and Russia agree on in 2024?", "agreed", ["Joint Declaration"], S000),
    Q("What did Trần Hồng Hà and Trutnev agree on?", "agreed", ["working group"], VL),
    Q("What did Vietnam and Russia agree on?", "agreed", ["directions of cooperation", "strengthen visits and exchanges"], S000),
    Q("What cooperation in trade was agreed?", "agreed", ["promote economic, trade"], S000, ["working group"]),
    Q("Did they agree anything on defence?", "agreed", ["national defense and security"], S000),
    Q("What did Putin and Phuc sign?", "agreed", ["witnessed the signing", "cooperation documents"], KR, ["Trọng"]),
    Q("What agreements were signed in Moscow?", "agreed", ["cooperation documents"], KR, ["directions of cooperation"]),
    Q("When did Putin and Trong agree on the directions of cooperation?", "agreed", ["20 June 2024"], S000),
    Q("Who agreed to set up a working group?", "agreed", ["Trần Hồng Hà", "Yury Trutnev", "4 September 2025"], VL),
    Q("What did Hà and Trutnev agree on transport?", "agreed", ["working group on agriculture and transport"], VL),
    Q("Nga và Việt Nam đã thỏa thuận gì?", "agreed", ["directions of cooperation"], S000),
    Q("О чем договорились Путин и Чонг?", "agreed", ["directions of cooperation"], S000),
    Q("Did Putin meet Vietnam?", "visit", ["state visit"], S000, ["agreed"]),
    # --- fuzzy names, case, diacritics ---------------------------------------------------------
    Q("whom did puttin meet in hanoi", "fuzzy", ["Trọng"], S000),
    Q("When did Lavorv meet Nguyen Phu Trog?", "fuzzy", ["6 July 2022"], S003),
    Q("WHEN DID NGUYEN PHU TRONG MEET SERGEY LAVROV?", "fuzzy", ["6 July 2022"], S003),
    Q("When did Nguyễn Phú Trọng meet Sergey Lavrov?", "fuzzy", ["6 July 2022"], S003),
    Q("when did mishustn talk with chinh", "fuzzy", ["14 March 2023"], PC),
    Q("When did Lavrof visit Vietnam?", "fuzzy", ["6 July 2022"], S003),
    Q("Who did Trutnyev meet?", "fuzzy", ["Trần Hồng Hà"], VL),
    # --- titles and roles ---------------------------------------------------------------------
    Q("Who did the Russian president meet in Hanoi?", "role", ["Trọng"], S000),
    Q("When did the Russian foreign minister meet the party chief?", "role", ["6 July 2022"], S003),
    Q("Who did the general secretary meet?", "role", ["Lavrov", "Putin"], S003),
    Q("When did the Russian Minister of Foreign Affairs visit Vietnam?", "role", ["6 July 2022"], S003),
    Q("What did the Russian prime minister say?", "role", ["Mishustin"], PC),
    Q("Who did Vietnam's leader meet in 2024?", "role", ["Putin", "20 June 2024"], S000, ["Lavrov"]),
    Q("Who is the Russian foreign minister?", "role", ["Sergey Lavrov"], S003),
    # --- Vietnamese -------------------------------------------------------------------------
    Q("Putin gặp ai ở Hà Nội?", "vi", ["Trọng", "20 June 2024"], S000),
    Q("Tổng Bí thư gặp ai?", "vi", ["Lavrov", "Putin"], S003),
    Q("Khi nào Putin thăm Việt Nam?", "vi", ["19–20 June 2024"], S000),
    Q("Lavrov gặp Nguyễn Phú Trọng ở đâu?", "vi", ["Hà Nội"], S003),
    Q("Lavrov nói gì về ASEAN?", "vi", ["central role of ASEAN"], S003),
    Q("lavrov noi gi ve asean", "vi", ["central role of ASEAN"], S003),
    Q("Khi nào Putin đến Hà Nội?", "vi", ["state visit", "19–20 June 2024", "talks"], S000),
    Q("Tổng thống Nga gặp ai ở Hà Nội?", "vi", ["Trọng"], S000),
    Q("Quan hệ Việt Nam và Nga là gì, từ khi nào?", "vi", ["comprehensive strategic partnership", "2012"], S003),
    # --- Russian ----------------------------------------------------------------------------
    Q("С кем встречался Путин в Ханое?", "ru", ["Trọng", "20 June 2024"], S000),
    Q("Когда Путин посетил Вьетнам?", "ru", ["19–20 June 2024"], S000),
    Q("Где Лавров встретился с Нгуен Фу Чонгом?", "ru", ["Hà Nội"], S003),
    Q("Что сказал Лавров об АСЕАН?", "ru", ["central role of ASEAN"], S003),
    Q("Кто встречался с Лавровым?", "ru", ["Trọng"], S003),
    Q("Что сказал Мишустин?", "ru", ["Mishustin"], PC),
    # --- follow-ups ---------------------------------------------------------------------------
    Q("When?", "followup", ["20 June 2024"], S000, after=["Who did Putin meet in Hanoi?"]),
    Q("And what did he say about Ukraine?", "followup", ["dialogue to end hostilities"], S000,
      after=["Who did Trong meet in 2024?"]),
    Q("Where?", "followup", ["Hà Nội"], S003, after=["Who did Lavrov meet on Wednesday 6 July 2022?"]),
    Q("And Putin?", "followup", ["defence and high technology"], KR, after=["What did Phuc say about the Soviet Union?",
                                                                          "What did Mishustin say about energy?"]),
    Q("What did he say?", "followup", ["Mishustin"], PC, after=["Who did Mishustin talk with?"], must_not=[]),
    # --- must be declined: false premises, unknown people, off-topic ----------------------------
    Q("When did Biden meet Trong?", "decline", answered=False),
    Q("When did Putin meet Lavrov in Hanoi?", "decline", answered=False),
    Q("What did Putin say about Ukraine?", "decline", answered=False),
    Q("Did Trong visit Moscow?", "decline", answered=False),
    Q("When did Xi Jinping visit Hanoi?", "decline", answered=False),
    Q("Who did Medvedev meet?", "decline", answered=False),
    Q("What is the weather in Paris today?", "decline", answered=False),
    Q("Who won the football World Cup?", "decline", answered=False),
    Q("Tell me a joke about cats", "decline", answered=False),
    Q("When did the Chinese president meet Putin?", "decline", answered=False),
    Q("Who did Lavrov meet in Moscow?", "decline", answered=False),
    Q("What did Trong say about climate change?", "decline", answered=False),
    Q("Did Mishustin visit Vietnam?", "decline", answered=False),
    Q("When did Putin meet Phuc in Hanoi?", "decline", answered=False),
    Q("Who did Lavrov meet in 2019?", "decline", answered=False),
    Q("What did Emmanuel Macron say about Russia?", "decline", answered=False),
    Q("Путин встречался с Байденом?", "decline", answered=False),
    Q("Trump gặp ai ở Hà Nội?", "decline", answered=False),
    Q("How do I bake bread?", "decline", answered=False),
    Q("When did the Vietnamese prime minister visit Moscow?", "decline", answered=False),
    # the Kremlin article gives no year: a year asked about is compatible, and the reply says so
    Q("Who did Putin meet in 2021?", "who_met", ["Phúc", "gives no year"], KR),
    Q("What did the party chief say about ASEAN?", "decline", answered=False),
    Q("Did Trong meet Medvedev?", "decline", answered=False),  # only regards were conveyed
    Q("Did Putin visit Kazan?", "decline", answered=False),
    Q("What was said about climate change?", "decline", answered=False),
    Q("Tell me about bananas", "decline", answered=False),
    Q("What did they agree on tourism?", "decline", answered=False),
    Q("What did Putin and Trong agree on tourism?", "decline", answered=False),
    Q("What did Lavrov and Trong agree on?", "decline", answered=False),  # no agreement in that article
    Q("Who signed the treaty in Hanoi?", "decline", answered=False),
    Q("What did Biden and Putin agree on?", "decline", answered=False),
    # --- one article with weekdays, a host who never visits, one visit of several meetings,
    # statements about named projects that are no lexicon topic, one pair's agreement ------
    Q("What did Travnikov say about the Akademgorodok Technopark?", "said", ["office for Vietnamese start-ups"], SB),
    Q("What did Dũng say about the Quang Tri power plant?", "said", ["turbines"], SB),
    Q("What did Overchuk say about the Akademgorodok Technopark?", "decline", answered=False),  # Travnikov did
    Q("What did Travnikov say about the Quảng Trị 1 power plant?", "decline", answered=False),  # Dũng did
    Q("What did Dũng say about trade?", "decline", answered=False),  # only Overchuk talked trade
    Q("What did Overchuk say about Vietnamese start-ups?", "decline", answered=False),
    Q("Who did Dũng meet on Sunday?", "date", ["Travnikov", "10 May 2026"], SB, ["Overchuk", "Pesoshin"]),
    Q("Who did Dũng meet on Wednesday?", "date", ["Overchuk", "Moscow"], SB, ["Travnikov", "Pesoshin"]),
    Q("Who did Dũng meet on 14 May 2026?", "date", ["Pesoshin", "Metshin"], SB, ["Travnikov"]),
    Q("Who did Dũng meet on Friday?", "decline", answered=False),
    Q("Who did Overchuk meet in June 2026?", "decline", answered=False),
    Q("Когда Оверчук встречался с Зунгом?", "ru", ["12 May 2026", "13 May 2026"], SB),
    Q("Где Тьи Зунг встречался с Оверчуком в среду?", "ru", ["Moscow"], SB, ["Novosibirsk"]),
    Q("Когда Оверчук встречался с Петровым?", "decline", answered=False),  # an unknown person
    Q("Did Overchuk visit Moscow?", "decline", answered=False),  # he received Dũng there
    Q("Did Travnikov visit Novosibirsk?", "decline", answered=False),  # the governor hosts there
    Q("Did Dũng visit Moscow?", "visit", ["Yes", "Overchuk", "13 May 2026"], SB),
    Q("Did Dũng visit Kazan?", "visit", ["Yes", "Pesoshin", "Kazan"], SB, ["2 times"]),
    Q("Did Dũng visit Novosibirsk?", "visit", ["Yes", "working visit", "10 to 12 May 2026"], SB, ["times"]),
    Q("How many times did Dũng meet Russian officials?", "who_met", ["2 meetings", "Overchuk"], SB),
    Q("What did Dũng and Overchuk agree on?", "agreed", ["direct flight"], SB),
    Q("What did Dũng and Travnikov agree on?", "decline", answered=False),  # Overchuk's agreement, not his
    Q("Since when have Vietnam and Russia had diplomatic ties?", "decline", answered=False),
    Q("How long have Vietnam and Russia had a military alliance?", "decline", answered=False),
]
