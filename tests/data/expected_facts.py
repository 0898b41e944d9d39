"""Expected extraction results, as data: the one source for the extractor's table tests
(tests/test_extract_seeds.py, tests/test_extract_articles.py) and its accuracy table
(bench/accuracy_extract.py).

Per file (a seed in seeds/ or a hand-written article in tests/articles/):
- events: (kind, frozenset of (actor, role), place, date, date_end), in article order;
- statements: (sentence position, speaker or None, reporting verb), in article order;
- topics: (sentence, verb, topics) — the topics a statement must carry; where `exact` lists the
  file, these are all the topics it should carry (used for precision);
- persons: every person the article names (canonical names, with the text's diacritics).

The articles in tests/articles are regression articles: those marked UNSEEN were written after
the rules and first measured before any tuning (that first measurement is in the report in
bench/accuracy_extract.py's docstring), but the extractor has been tuned on them since and some
expectations were adjusted (PM's exact topics; PM's events no longer xfail), so they no longer
measure generalisation. The HELD-OUT article's expectations were written blind and are unchanged;
its failures are known misses. Generalisation is measured on the blind sets (bench/eval*).
"""

from __future__ import annotations

P = "participant"

S000 = "000_660d5ccee3f9ddf8.txt"
S003 = "003_ba13613c7541d8ad.txt"
FM = "deputy_fm_hcmc_2019.txt"
KR = "kremlin_reception_2021.txt"
PC = "phone_call_2023.txt"
PM = "pm_visit_hanoi_2025.txt"  # UNSEEN at first, now regression: Russian PM in Hanoi, MoU, quotes in quotation marks
NA = "na_chairwoman_moscow_2017.txt"  # UNSEEN at first, now regression: NA Chairwoman in Moscow, "she"/"the top legislator"
LS = "lavrov_son_call_2024.txt"  # HELD-OUT: written with its facts before any run; never tuned on

TRONG_000, TRONG_003 = "Nguyen Phu Trong", "Nguyễn Phú Trọng"
PUTIN, LAVROV, SON, MEDVEDEV = "Vladimir Putin", "Sergey Lavrov", "Bùi Thanh Sơn", "Dmitry Medvedev"
CHINH, MISHUSTIN = "Phạm Minh Chính", "Mikhail Mishustin"
PHUC = "Nguyễn Xuân Phúc"
TRUNG, MORGULOV, MAI = "Lê Hoài Trung", "Igor Morgulov", "Phan Văn Mãi"
DIEN, RESHETNIKOV, MAN = "Nguyễn Hồng Diên", "Maxim Reshetnikov", "Trần Thanh Mẫn"
NGAN, VOLODIN, MATVIYENKO = "Nguyễn Thị Kim Ngân", "Vyacheslav Volodin", "Valentina Matviyenko"
RUDENKO, KHOI = "Andrey Rudenko", "Đặng Minh Khôi"


def parts(*pairs) -> frozenset:
    return frozenset(pairs)


EXPECTED: dict[str, dict] = {
    S000: {
        "events": [
            ("talks", parts((TRONG_000, P), (PUTIN, P)), "Hanoi", "2024-06-20", None),
            ("state visit", parts((PUTIN, "visitor"), ("Vietnam", "host")), "Vietnam", "2024-06-19", "2024-06-20"),
            # "President Putin agreed on the directions of cooperation as proposed by ... Trong"
            ("agreement", parts((PUTIN, P), (TRONG_000, P)), "Hanoi", "2024-06-20", None),
            # "Accordingly, the two countries will strengthen visits and exchanges ..."
            ("agreement", parts(("Vietnam", P), ("Russia", P)), "Hanoi", "2024-06-20", None),
            ("joint declaration", parts(("Vietnam", P), ("Russia", P)), None, "2024-06-20", None),
        ],
        "statements": [
            (1, TRONG_000, "congratulate"), (1, TRONG_000, "say"), (2, TRONG_000, "affirm"), (3, TRONG_000, "say"),
            (3, TRONG_000, "believe"), (4, TRONG_000, "emphasize"), (5, TRONG_000, "say"), (6, PUTIN, "emphasize"),
            (7, PUTIN, "say"), (8, PUTIN, "agree"),
        ],
        "topics": [  # complete: every statement, hand-checked
            (1, "congratulate", {"elections"}), (1, "say", set()), (2, "affirm", {"partnership", "foreign policy"}),
            (3, "say", {"foreign policy"}), (3, "believe", set()),
            (4, "emphasize", {"ukraine", "international law", "peace and dialogue"}),
            (5, "say", {"peace and dialogue"}), (6, "emphasize", {"partnership"}),
            (7, "say", {"foreign policy", "partnership"}), (8, "agree", set()),
        ],
        "persons": {TRONG_000, PUTIN},
    },
    S003: {
        "events": [
            ("meeting", parts((TRONG_003, P), (LAVROV, P)), "Hanoi", "2022-07-06", None),
            ("visit", parts((LAVROV, "visitor"), ("Vietnam", "host")), "Vietnam", None, None),
            ("established", parts(("Vietnam", P), ("Russia", P)), None, "2012", None),
            # "talks held earlier the same day with ... Sơn and meetings held during his visit to Việt Nam"
            ("talks", parts((LAVROV, P), (SON, P)), "Vietnam", "2022-07-06", None),
        ],
        "statements": [
            (0, TRONG_003, "say"), (2, TRONG_003, "say"), (3, TRONG_003, "say"), (4, TRONG_003, "share"),
            (5, TRONG_003, "wish"), (6, TRONG_003, "ask"), (7, LAVROV, "express"), (7, LAVROV, "speak highly"),
            (8, LAVROV, "note"), (9, LAVROV, "inform"), (9, LAVROV, "affirm"), (10, LAVROV, "say"),
            (10, LAVROV, "thank"),
        ],
        "topics": [  # complete: every statement, hand-checked
            (0, "say", {"partnership"}), (2, "say", {"history"}),
            (3, "say", {"foreign policy", "partnership", "peace and dialogue"}),
            (4, "share", {"foreign policy", "peace and dialogue"}), (5, "wish", {"partnership", "peace and dialogue"}),
            (6, "ask", {"party relations"}), (7, "express", set()), (7, "speak highly", {"foreign policy", "party relations"}),
            (8, "note", {"foreign policy", "partnership", "party relations"}), (9, "inform", set()),
            (9, "affirm", {"partnership"}), (10, "say", {"asean"}), (10, "thank", {"asean"}),
        ],
        "persons": {TRONG_003, LAVROV, SON, PUTIN, MEDVEDEV},
    },
    PC: {
        "events": [
            ("phone call", parts((CHINH, "caller"), (MISHUSTIN, "callee")), None, "2023-03-14", None),
        ],
        "statements": [(1, CHINH, "affirm"), (2, CHINH, "propose"), (3, MISHUSTIN, "say"), (4, MISHUSTIN, "invite")],
        "topics": [
            (1, "affirm", {"partnership", "trade"}), (2, "propose", {"oil and gas", "education", "tourism"}),
            (3, "say", {"energy", "tourism"}),
        ],
        "persons": {CHINH, MISHUSTIN},
    },
    # dateline "MOSCOW, November 30 (VNA) –" and no publication date: dates stay unknown
    KR: {
        "events": [
            ("reception", parts((PHUC, "visitor"), (PUTIN, "host")), "Moscow", None, None),
            ("official visit", parts((PHUC, "visitor"), ("Russia", "host")), "Russia", None, None),
            ("signing", parts((PHUC, P), (PUTIN, P)), None, None, None),
        ],
        "statements": [(1, PUTIN, "say"), (2, PUTIN, "say"), (3, PHUC, "thank"), (4, PHUC, "stress")],
        "topics": [
            (2, "say", {"energy", "defence", "science and technology"}), (3, "thank", {"history"}),
            (4, "stress", {"asean", "multilateral"}),
        ],
        "persons": {PHUC, PUTIN},
    },
    # "date ... VIETNAM, April 10 - HCM CITY —" dateline, Monday in a Wednesday piece, "On the same day"
    FM: {
        "events": [
            ("talks", parts((TRUNG, P), (MORGULOV, P)), "Ho Chi Minh City", "2019-04-08", None),
            ("established", parts(("Vietnam", P), ("Russia", P)), None, "1994", None),
            # 'On the same day, ... met ...' in a paragraph of its own names no place: none is stored
            ("meeting", parts((MORGULOV, P), (MAI, P)), None, "2019-04-08", None),
        ],
        "statements": [(2, TRUNG, "say"), (3, MORGULOV, "express"), (3, MORGULOV, "highlight"),
                       (4, MORGULOV, "say"), (4, MORGULOV, "welcome")],
        "topics": [(2, "say", {"investment", "culture", "education"}), (4, "say", {"asean"})],
        "persons": {TRUNG, MORGULOV, MAI},
    },
    # UNSEEN. Published Wednesday 2025-01-15: "on Tuesday" = 2025-01-14
    PM: {
        "events": [
            ("talks", parts((MISHUSTIN, P), (CHINH, P)), "Hanoi", "2025-01-14", None),
            ("official visit", parts((MISHUSTIN, "visitor"), ("Vietnam", "host")), "Vietnam", None, None),
            ("agreement", parts((MISHUSTIN, P), (CHINH, P)), "Hanoi", "2025-01-14", None),
            # "After the talks, ... signed": the talks' day and city
            ("signing", parts((DIEN, P), (RESHETNIKOV, P)), "Hanoi", "2025-01-14", None),
            ("meeting", parts((MISHUSTIN, P), (MAN, P)), None, "2025-01-15", None),
        ],
        "statements": [
            (1, None, "agree"), (3, MISHUSTIN, "tell"), (4, MISHUSTIN, "say"), (5, CHINH, "thank"),
            (5, CHINH, "stress"), (6, CHINH, "say"),
        ],
        "topics": [
            (1, "agree", {"oil and gas", "energy", "transport", "trade"}), (3, "tell", {"partnership", "asean"}),  # "a reliable friend in Southeast Asia"
            (4, "say", {"energy", "education"}), (5, "stress", {"tourism", "education"}),
            (6, "say", {"science and technology", "education"}),
        ],
        "persons": {MISHUSTIN, CHINH, DIEN, RESHETNIKOV, MAN},
    },
    # UNSEEN. Published Wednesday 2017-12-06: "on December 5" = 2017-12-05, "on Monday" = 2017-12-04
    NA: {
        "events": [
            ("talks", parts((NGAN, P), (VOLODIN, P)), "Moscow", "2017-12-05", None),
            ("official visit", parts((NGAN, "visitor"), ("Russia", "host")), "Russia", "2017-12-03", "2017-12-07"),
            ("signing", parts((NGAN, P), (VOLODIN, P)), "Moscow", "2017-12-05", None),
            ("meeting", parts((NGAN, P), (MATVIYENKO, P)), "Moscow", "2017-12-04", None),
        ],
        "statements": [
            (1, VOLODIN, "say"), (2, NGAN, "affirm"), (2, NGAN, "say"), (3, NGAN, "propose"), (4, NGAN, "call"),
            (4, NGAN, "add"), (5, VOLODIN, "note"), (5, VOLODIN, "say"),
        ],
        "topics": [
            (1, "say", {"partnership", "parliament"}), (2, "affirm", {"partnership"}), (2, "say", {"history"}),
            (3, "propose", {"parliament", "trade"}), (4, "call", {"parliament", "investment"}),
            (4, "add", {"energy", "agriculture"}), (5, "note", {"trade"}), (5, "say", {"education", "culture"}),
        ],
        "persons": {NGAN, VOLODIN, MATVIYENKO},
    },
    # HELD-OUT (facts written before the first run). Published Wednesday 2024-11-20: "on Tuesday" =
    # 2024-11-19, "On Monday" = 2024-11-18; 75th anniversary in 2025 -> established 1950
    LS: {
        "events": [
            ("phone call", parts((LAVROV, "caller"), (SON, "callee")), None, "2024-11-19", None),
            ("established", parts(("Vietnam", P), ("Russia", P)), None, "1950", None),
            ("agreement", parts((LAVROV, P), (SON, P)), None, "2024-11-19", None),
            ("meeting", parts((RUDENKO, P), (KHOI, P)), "Saint Petersburg", "2024-11-18", None),
        ],
        "statements": [
            (1, SON, "say"), (2, None, "agree"), (3, LAVROV, "affirm"), (3, LAVROV, "propose"), (4, SON, "invite"),
            (6, RUDENKO, "say"), (7, KHOI, "thank"), (7, KHOI, "say"),
        ],
        "topics": [
            (1, "say", {"energy", "oil and gas", "education"}), (2, "agree", {"multilateral"}),
            (3, "affirm", {"asean"}), (3, "propose", {"tourism"}),
            (6, "say", {"peace and dialogue", "international law"}), (7, "thank", {"education"}),
            (7, "say", {"trade", "investment"}),
        ],
        "persons": {LAVROV, SON, RUDENKO, KHOI},
    },
}

# files whose topic lists are complete (precision is measured on them; the tests compare exactly)
EXACT_TOPICS = {S000, S003, PM, NA}
