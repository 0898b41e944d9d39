"""Hand-built Articles for the engine tests: the two seeds and five articles of other people,
places and dates, with the facts a correct extraction gives. Built directly (no spaCy), so the
engine is tested on its own; `build_store` writes them with knowledge.store.save_article.

Each article: file text (the seed file, or text written here), then facts that point at their
sentence by a unique piece of its text.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from knowledge.facts import Actor, Article, Event, Participant, Sentence, Source, Statement
from knowledge.topics import topics_of

ROOT = Path(__file__).resolve().parents[2]

_SPLIT = re.compile(r"(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\bMrs\.)(?<=[.!?])\s+(?=[A-Z“\"])")


def split_sentences(text: str, body_start: int = 0) -> list[Sentence]:
    """Paragraphs at blank lines, sentences at terminal punctuation; offsets verbatim."""
    out: list[Sentence] = []
    para = 0
    for pm in re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]+)*", text[body_start:]):
        pstart = body_start + pm.start()
        chunk = pm.group(0)
        pos = 0
        for piece in _SPLIT.split(chunk):
            i = chunk.index(piece, pos)
            s, e = pstart + i, pstart + i + len(piece)
            stripped = text[s:e].strip()
            if stripped:
                s = text.index(stripped, s)
                out.append(Sentence(position=len(out), start=s, end=s + len(stripped), text=stripped, paragraph=para))
            pos = i + len(piece)
        para += 1
    return out


def make(file: str, text: str, meta: dict, actors: list[Actor], events: list[dict], statements: list[dict],
         body_start: int = 0) -> Article:
    sents = split_sentences(text, body_start)

    def at(piece: str) -> int:
        hits = [s.position for s in sents if piece in s.text]
        assert len(hits) == 1, f"{file}: {piece!r} found in {len(hits)} sentences"
        return hits[0]

    evs = []
    for e in events:
        e = dict(e)
        pos = at(e.pop("at"))
        parts = [Participant(a, r) for a, r in e.pop("parts")]
        evs.append(Event(participants=parts, sentence=pos, **e))
    sts = []
    for s in statements:
        s = dict(s)
        pos = at(s.pop("at"))
        content = s.pop("content", None) or sents[pos].text
        assert content in sents[pos].text
        sts.append(Statement(sentence=pos, content=content, topics=s.pop("topics", None) or topics_of(sents[pos].text), **s))
    src = Source(file=file, sha256=hashlib.sha256(text.encode()).hexdigest(), **meta)
    return Article(source=src, text=text, sentences=sents, actors=actors, events=evs, statements=sts)


def P(name, aliases=(), titles=()):
    return Actor(name=name, kind="person", aliases=set(aliases), titles=set(titles))


def C(name, aliases=()):
    return Actor(name=name, kind="country", aliases=set(aliases))


def L(name, aliases=()):
    return Actor(name=name, kind="place", aliases=set(aliases))


def O(name, aliases=()):
    return Actor(name=name, kind="org", aliases=set(aliases))


def _front(text: str) -> int:
    """Body start after front matter and the headline line."""
    m = re.match(r"---\n.*?\n---\n", text, re.S)
    return m.end() if m else 0


# --- seed 000: Putin's state visit, June 2024 -------------------------------------------------
def seed_000() -> Article:
    file = "000_660d5ccee3f9ddf8.txt"
    text = (ROOT / "seeds" / file).read_text(encoding="utf-8")
    trong = P("Nguyen Phu Trong", {"Trong", "Mr. Trong", "Party leader", "the Vietnamese Party leader"},
              {"Party General Secretary", "General Secretary", "Party leader"})
    putin = P("Vladimir Putin", {"Putin", "President Putin"}, {"Russian President", "President"})
    return make(file, text, {"title": "Party General Secretary Nguyen Phu Trong holds talks with Russian President Vladimir Putin",
                             "outlet": "VOV World", "date": "2024-06-20"},
                [trong, putin, C("Vietnam"), C("Russia"), L("Hanoi"), C("Ukraine"), L("Asia-Pacific")],
                [
                    dict(at="held talks with Russian President Vladimir Putin in Hanoi", kind="talks",
                         parts=[("Nguyen Phu Trong", "participant"), ("Vladimir Putin", "participant")],
                         place="Hanoi", date="2024-06-20", date_phrase="on Thursday", date_how="weekday<=pub"),
                    dict(at="held talks with Russian President Vladimir Putin in Hanoi", kind="state visit",
                         parts=[("Vladimir Putin", "visitor"), ("Vietnam", "host")], place="Vietnam",
                         date="2024-06-19", date_end="2024-06-20", date_phrase="from Wednesday to Thursday",
                         date_how="weekday<=pub"),
                    # agreements, as the extractor emits them: the people who agreed, then the two
                    # countries of the 'Accordingly, the two countries will ...' sentence
                    dict(at="President Putin agreed on the directions", kind="agreement",
                         parts=[("Vladimir Putin", "participant"), ("Nguyen Phu Trong", "participant")],
                         place="Hanoi", date="2024-06-20", date_phrase="on Thursday", date_how="same occasion"),
                    dict(at="Accordingly, the two countries will strengthen", kind="agreement",
                         parts=[("Vietnam", "participant"), ("Russia", "participant")],
                         place="Hanoi", date="2024-06-20", date_phrase="on Thursday", date_how="same occasion"),
                    dict(at="issued a Joint Declaration", kind="joint declaration",
                         parts=[("Vietnam", "participant"), ("Russia", "participant")],
                         date="2024-06-20", date_phrase="On this occasion", date_how="same occasion"),
                ],
                [
                    dict(at="congratulated President Putin", speaker="Nguyen Phu Trong", verb="say",
                         content="demonstrated the Russian people’s trust in President Putin's leadership",
                         speaker_phrase="he"),
                    dict(at="Mr. Trong affirmed", speaker="Nguyen Phu Trong", verb="affirm",
                         content="Vietnam always values the traditional relationship and comprehensive strategic partnership with Russia, considering it a top priority in its foreign policy"),
                    dict(at="The Vietnamese Party leader said", speaker="Nguyen Phu Trong", verb="say",
                         content="Vietnam supports Russia's active contribution to the common work of the international community and Russia's eastward policy",
                         speaker_phrase="The Vietnamese Party leader"),
                    dict(at="Regarding the situation in Ukraine", speaker="Nguyen Phu Trong", verb="emphasize",
                         content="Vietnam wishes for dialogue to end hostilities and resumption of negotiations to reach a peaceful solution on the basis of international law, ensuring legitimate interests of relevant parties"),
                    dict(at="Vietnam is ready to contribute to promoting dialogue", speaker="Nguyen Phu Trong", verb="say",
                         content="Vietnam is ready to contribute to promoting dialogue and negotiations in that direction"),
                    dict(at="President Putin emphasized that Vietnam is a friend", speaker="Vladimir Putin", verb="emphasize",
                         content="Vietnam is a friend and reliable partner of Russia and the relationship between the two countries has been tested over time"),
                    dict(at="developing a comprehensive strategic partnership with Vietnam is a priority", speaker="Vladimir Putin",
                         verb="say", speaker_phrase="He",
                         content="developing a comprehensive strategic partnership with Vietnam is a priority in Russia's foreign policy in the Asia-Pacific region"),
                    dict(at="President Putin agreed on the directions", speaker="Vladimir Putin", verb="agree",
                         content="on the directions of cooperation as proposed by General Secretary Nguyen Phu Trong"),
                ],
                body_start=_front(text))


# --- seed 003: Lavrov in Hanoi, July 2022 ---------------------------------------------------
def seed_003() -> Article:
    file = "003_ba13613c7541d8ad.txt"
    text = (ROOT / "seeds" / file).read_text(encoding="utf-8")
    trong = P("Nguyễn Phú Trọng", {"Nguyễn Phú Trọng", "Trọng", "The Party leader", "He"},
              {"Party General Secretary", "Party leader"})
    lavrov = P("Sergey Lavrov", {"Lavrov", "Russian minister Lavrov", "the Russian diplomat", "the Russian foreign minister"},
               {"Russian Minister of Foreign Affairs", "Russian minister"})
    son = P("Bùi Thanh Sơn", {"Sơn"}, set())
    putin = P("Vladimir Putin", {"Putin"}, {"Russian President"})
    medvedev = P("Dmitry Medvedev", {"Medvedev"}, {"Chairman of the United Russia Party"})
    return make(file, text, {"title": None, "outlet": "Viet Nam News", "date": "2022-07-06"},
                [trong, lavrov, son, putin, medvedev, C("Việt Nam"), C("Russia"), L("Hà Nội", {"HÀ NỘI"}),
                 O("ASEAN"), O("United Russia Party"), C("Soviet Union", {"the former Soviet Union"})],
                [
                    dict(at="while meeting Russian Minister of Foreign Affairs Sergey Lavrov", kind="meeting",
                         parts=[("Nguyễn Phú Trọng", "host"), ("Sergey Lavrov", "visitor")], place="Hà Nội",
                         date="2022-07-06", date_phrase="on Wednesday", date_how="weekday<=pub"),
                    dict(at="The visit of the Russian diplomat", kind="visit",
                         parts=[("Sergey Lavrov", "visitor"), ("Việt Nam", "host")], place="Việt Nam",
                         confidence=0.8,  # the text gives no date for the visit itself
                         occasion="the 10th anniversary of establishing their Comprehensive Strategic Partnership"),
                    dict(at="The visit of the Russian diplomat", kind="established",
                         parts=[("Việt Nam", "participant"), ("Russia", "participant")], date="2012",
                         date_phrase="the 10th anniversary of establishing their Comprehensive Strategic Partnership in 2022",
                         date_how="anniversary arithmetic (2022 - 10)", occasion="their Comprehensive Strategic Partnership"),
                    dict(at="results of talks held earlier the same day", kind="talks",
                         parts=[("Sergey Lavrov", "participant"), ("Bùi Thanh Sơn", "participant")],
                         date="2022-07-06", date_phrase="earlier the same day", date_how="same day"),
                ],
                [
                    dict(at="attaches great importance to the comprehensive strategic partnership with Russia as well",
                         speaker="Nguyễn Phú Trọng", verb="say",
                         content="Việt Nam attaches great importance to the comprehensive strategic partnership with Russia as well as bilateral cooperation"),
                    dict(at="always respects and remembers", speaker="Nguyễn Phú Trọng", verb="say", speaker_phrase="The Party leader",
                         content="Việt Nam always respects and remembers great and effective assistance from international friends, including the former Soviet Union and Russia at present, during its struggles and national development through different periods"),
                    dict(at="Within its foreign policy of independence", speaker="Nguyễn Phú Trọng", verb="say", speaker_phrase="he"),
                    dict(at="He shared Việt Nam's viewpoint", speaker="Nguyễn Phú Trọng", verb="share", speaker_phrase="He"),
                    dict(at="He wished the visit", speaker="Nguyễn Phú Trọng", verb="wish", speaker_phrase="He",
                         content="the visit to Việt Nam by the Russian foreign minister will be a success"),
                    dict(at="expressed his delight", speaker="Sergey Lavrov", verb="express",
                         content="his delight to visit Việt Nam"),
                    dict(at="He noted that the development of the ties", speaker="Sergey Lavrov", verb="note", speaker_phrase="He"),
                    dict(at="affirming that Russia attaches great importance", speaker="Sergey Lavrov", verb="affirm",
                         speaker_phrase="He",
                         content="Russia attaches great importance to the comprehensive strategic partnership between the two countries"),
                    dict(at="Russia supported the central role of ASEAN", speaker="Sergey Lavrov", verb="say", speaker_phrase="He",
                         content="Russia supported the central role of ASEAN in the region"),
                ])


# --- test articles (written by EXTRACT in tests/articles) -----------------------------------
def deputy_fm() -> Article:
    file = "deputy_fm_hcmc_2019.txt"
    text = (ROOT / "tests" / "articles" / file).read_text(encoding="utf-8")
    trung = P("Lê Hoài Trung", {"Trung", "Mr. Trung"}, {"Deputy Foreign Minister"})
    morg = P("Igor Morgulov", {"Morgulov", "The Russian diplomat"}, {"Russian Deputy Foreign Minister"})
    mai = P("Phan Văn Mãi", {"Mãi"}, {"Chairman of the municipal People's Committee"})
    return make(file, text, {"title": None, "outlet": "Viet Nam News", "date": "2019-04-10"},
                [trung, morg, mai, C("Việt Nam"), C("Russia"), L("Hồ Chí Minh City", {"HCM CITY"}), O("ASEAN")],
                [
                    dict(at="held political consultations", kind="political consultations",
                         parts=[("Lê Hoài Trung", "participant"), ("Igor Morgulov", "participant")],
                         place="Hồ Chí Minh City", date="2019-04-08", date_phrase="on Monday", date_how="weekday<=pub"),
                    # the sentence names no place (only the dateline and "the city" suggest one)
                    dict(at="met with Chairman of the municipal", kind="meeting",
                         parts=[("Igor Morgulov", "visitor"), ("Phan Văn Mãi", "host")],
                         date="2019-04-08", date_phrase="On the same day", date_how="same day"),
                ],
                [
                    dict(at="Mr. Trung said", speaker="Lê Hoài Trung", verb="say",
                         content="Việt Nam wants to strengthen political trust and expand cooperation in investment, culture and education with Russia"),
                    dict(at="expressed his thanks", speaker="Igor Morgulov", verb="highlight", speaker_phrase="The Russian diplomat",
                         content="the potential of cooperation in oil and gas and nuclear energy"),
                    dict(at="Morgulov said Russia supports", speaker="Igor Morgulov", verb="say",
                         content="Russia supports ASEAN's central role and welcomes the peaceful settlement of disputes in the East Sea on the basis of international law"),
                ])


def kremlin() -> Article:
    file = "kremlin_reception_2021.txt"
    text = (ROOT / "tests" / "articles" / file).read_text(encoding="utf-8")
    phuc = P("Nguyễn Xuân Phúc", {"Phúc", "President Phúc", "the Vietnamese leader"}, {"State President", "President"})
    putin = P("Vladimir Putin", {"Putin", "the Russian leader"}, {"Russian President"})
    # no front matter and no year anywhere in the text: dates stay month and day, unresolved
    return make(file, text, {"title": "President Nguyen Xuan Phuc received by Russian President at the Kremlin",
                             "outlet": "VNA", "date": None},
                [phuc, putin, C("Việt Nam"), C("Russia"), L("Moscow"), L("Kremlin", {"the Kremlin"}), O("ASEAN")],
                [
                    dict(at="was received by Russian President Vladimir Putin at the Kremlin", kind="reception",
                         parts=[("Vladimir Putin", "host"), ("Nguyễn Xuân Phúc", "visitor")], place="Moscow",
                         date_phrase="on November 30", date_how="no publication date"),
                    dict(at="was received by Russian President Vladimir Putin at the Kremlin", kind="official visit",
                         parts=[("Nguyễn Xuân Phúc", "visitor"), ("Russia", "host")], place="Russia",
                         date_phrase="from November 28 to December 2", date_how="no publication date"),
                    dict(at="witnessed the signing of several cooperation documents", kind="signing",
                         parts=[("Vladimir Putin", "participant"), ("Nguyễn Xuân Phúc", "participant")]),
                ],
                [
                    dict(at="Putin welcomed the Vietnamese leader", speaker="Vladimir Putin", verb="say",
                         content="Russia considers Việt Nam a key partner in the Asia-Pacific region"),
                    dict(at="Our relations have been tested by time", speaker="Vladimir Putin", verb="say",
                         speaker_phrase="the Russian leader",
                         content="Our relations have been tested by time and we are ready to expand cooperation in energy, defence and high technology"),
                    dict(at="President Phúc thanked", speaker="Nguyễn Xuân Phúc", verb="thank",
                         content="the Russian people for their valuable assistance during Việt Nam's struggle for national independence, including the help of the former Soviet Union"),
                    dict(at="He stressed that Việt Nam wants", speaker="Nguyễn Xuân Phúc", verb="stress", speaker_phrase="He",
                         content="Việt Nam wants to work closely with Russia at multilateral forums such as the United Nations and ASEAN-related mechanisms"),
                ],
                body_start=0)


def phone_call() -> Article:
    file = "phone_call_2023.txt"
    text = (ROOT / "tests" / "articles" / file).read_text(encoding="utf-8")
    chinh = P("Phạm Minh Chính", {"Chính", "Prime Minister Chính", "Mr. Chính"}, {"Prime Minister"})
    mish = P("Mikhail Mishustin", {"Mishustin", "Mr. Mishustin"}, {"Russian Prime Minister"})
    return make(file, text, {"title": "Prime Minister Pham Minh Chinh holds phone talks with Russian counterpart",
                             "outlet": "VOV World", "date": "2023-03-15"},
                [chinh, mish, C("Việt Nam"), C("Russia"), L("Moscow"), L("Hà Nội")],
                [
                    dict(at="held a phone call with Russian Prime Minister Mikhail Mishustin", kind="phone call",
                         parts=[("Phạm Minh Chính", "caller"), ("Mikhail Mishustin", "callee")],
                         date="2023-03-14", date_phrase="on Tuesday", date_how="weekday<=pub"),
                ],
                [
                    dict(at="Prime Minister Chính affirmed", speaker="Phạm Minh Chính", verb="affirm",
                         content="Việt Nam attaches great importance to the comprehensive strategic partnership with Russia and wants to raise bilateral trade to 10 billion USD"),
                    dict(at="He proposed that the two sides", speaker="Phạm Minh Chính", verb="propose", speaker_phrase="He",
                         content="the two sides facilitate the operation of Vietnamese oil and gas enterprises in Russia and expand cooperation in education and tourism"),
                    dict(at="Mr. Mishustin said", speaker="Mikhail Mishustin", verb="say",
                         content="Russia is ready to increase the supply of fertilisers and energy to Việt Nam and to open more direct flights between Moscow and Hà Nội"),
                ],
                body_start=_front(text))


# --- articles written for these tests --------------------------------------------------------
VLADIVOSTOK_TEXT = """---
title: Deputy Prime Minister Trần Hồng Hà meets Russian Deputy Prime Minister Yury Trutnev in Vladivostok
outlet: Test Wire
date: 2025-09-05
---
Deputy Prime Minister Trần Hồng Hà meets Russian Deputy Prime Minister Yury Trutnev in Vladivostok

VLADIVOSTOK — Deputy Prime Minister Trần Hồng Hà held talks with Russian Deputy Prime Minister Yury Trutnev in Vladivostok on Thursday, on the sidelines of the Eastern Economic Forum.

Mr. Hà said Việt Nam wants to expand cooperation with Russia's Far East in seafood processing, logistics and shipping.

Trutnev said Russia is ready to welcome more Vietnamese investors to the region and proposed a direct shipping line between Vladivostok and Hải Phòng.

The two sides agreed to set up a working group on agriculture and transport before the end of the year.

On Friday, Mr. Hà visited the Far Eastern Federal University, where he met Vietnamese students.
"""

KAZAN_TEXT = """---
title: Vietnamese Foreign Minister Lan Anh Vo visits Kazan
outlet: Test Wire
date: 2018-03-02
---
Vietnamese Foreign Minister Lan Anh Vo visits Kazan

KAZAN — Vietnamese Foreign Minister Lan Anh Vo paid an official visit to Kazan from February 27 to March 1, where she was received by Tatarstan President Rustam Minnikhanov.

Minnikhanov said Tatarstan wants to sell more trucks and helicopters to Việt Nam and to train Vietnamese engineers.

Ms. Vo said the two countries have been partners since 1950 and called for closer cooperation in higher education.

She also met students of Kazan Federal University on February 28.
"""


def vladivostok() -> Article:
    file = "test_vladivostok_2025.txt"
    text = VLADIVOSTOK_TEXT
    ha = P("Trần Hồng Hà", {"Hà", "Mr. Hà"}, {"Deputy Prime Minister"})
    trutnev = P("Yury Trutnev", {"Trutnev"}, {"Russian Deputy Prime Minister"})
    return make(file, text, {"title": "Deputy Prime Minister Trần Hồng Hà meets Russian Deputy Prime Minister Yury Trutnev in Vladivostok",
                             "outlet": "Test Wire", "date": "2025-09-05"},
                [ha, trutnev, C("Việt Nam"), C("Russia"), L("Vladivostok"), L("Hải Phòng")],
                [
                    dict(at="held talks with Russian Deputy Prime Minister Yury Trutnev", kind="talks",
                         parts=[("Trần Hồng Hà", "participant"), ("Yury Trutnev", "participant")], place="Vladivostok",
                         date="2025-09-04", date_phrase="on Thursday", date_how="weekday<=pub",
                         occasion="the Eastern Economic Forum"),
                    dict(at="The two sides agreed to set up a working group", kind="agreement",
                         parts=[("Trần Hồng Hà", "participant"), ("Yury Trutnev", "participant")],
                         place="Vladivostok", date="2025-09-04", date_phrase="on Thursday", date_how="same occasion"),
                    dict(at="Mr. Hà visited the Far Eastern Federal University", kind="visit",
                         parts=[("Trần Hồng Hà", "visitor")], place="Vladivostok", date="2025-09-05",
                         date_phrase="On Friday", date_how="weekday<=pub"),
                ],
                [
                    dict(at="Mr. Hà said", speaker="Trần Hồng Hà", verb="say",
                         content="Việt Nam wants to expand cooperation with Russia's Far East in seafood processing, logistics and shipping"),
                    dict(at="Trutnev said", speaker="Yury Trutnev", verb="say",
                         content="Russia is ready to welcome more Vietnamese investors to the region"),
                ],
                body_start=_front(text))


def kazan() -> Article:
    file = "test_kazan_2018.txt"
    text = KAZAN_TEXT
    vo = P("Lan Anh Vo", {"Vo", "Ms. Vo"}, {"Vietnamese Foreign Minister"})
    mn = P("Rustam Minnikhanov", {"Minnikhanov"}, {"Tatarstan President"})
    return make(file, text, {"title": "Vietnamese Foreign Minister Lan Anh Vo visits Kazan", "outlet": "Test Wire",
                             "date": "2018-03-02"},
                [vo, mn, C("Việt Nam"), L("Kazan"), L("Tatarstan")],
                [
                    dict(at="paid an official visit to Kazan", kind="official visit",
                         parts=[("Lan Anh Vo", "visitor"), ("Rustam Minnikhanov", "host")], place="Kazan",
                         date="2018-02-27", date_end="2018-03-01", date_phrase="from February 27 to March 1",
                         date_how="explicit"),
                ],
                [
                    dict(at="Minnikhanov said", speaker="Rustam Minnikhanov", verb="say",
                         content="Tatarstan wants to sell more trucks and helicopters to Việt Nam and to train Vietnamese engineers"),
                    dict(at="Ms. Vo said", speaker="Lan Anh Vo", verb="say",
                         content="the two countries have been partners since 1950"),
                ],
                body_start=_front(text))


SIBERIA_TEXT = """---
title: Vietnamese Minister Nguyễn Chí Dũng tours Siberia and the Volga
outlet: Test Wire
date: 2026-05-15
---
Vietnamese Minister Nguyễn Chí Dũng tours Siberia and the Volga

NOVOSIBIRSK — Vietnamese Minister of Planning and Investment Nguyễn Chí Dũng paid a working visit to Novosibirsk from May 10 to 12.

On Sunday, Dũng met Novosibirsk Governor Andrei Travnikov at the regional government building.

Travnikov said the Akademgorodok Technopark would open an office for Vietnamese start-ups next year.

On Tuesday, Dũng held talks with Russian Deputy Prime Minister Alexei Overchuk in Novosibirsk.

Dũng said the Quảng Trị 1 power plant would buy Russian turbines worth 300 million USD.

The two sides agreed to open a direct flight between Novosibirsk and Nha Trang in the autumn.

On Wednesday, Overchuk received Dũng in Moscow at the White House.

Overchuk said trade between the two countries had grown by a fifth in the first quarter.

On Thursday, Dũng met Tatarstan Prime Minister Alexei Pesoshin in Kazan and later held talks with Kazan Mayor Ilsur Metshin.
"""


def siberia() -> Article:
    """One visit with several meetings, weekdays, a host who never visits, statements about named
    projects that are no lexicon topic, an agreement of one pair only."""
    file = "test_siberia_2026.txt"
    text = SIBERIA_TEXT
    dung = P("Nguyễn Chí Dũng", {"Dũng"}, {"Vietnamese Minister of Planning and Investment"})
    trav = P("Andrei Travnikov", {"Travnikov"}, {"Novosibirsk Governor"})
    over = P("Alexei Overchuk", {"Overchuk"}, {"Russian Deputy Prime Minister"})
    peso = P("Alexei Pesoshin", {"Pesoshin"}, {"Tatarstan Prime Minister"})
    met = P("Ilsur Metshin", {"Metshin"}, {"Kazan Mayor"})
    return make(file, text, {"title": "Vietnamese Minister Nguyễn Chí Dũng tours Siberia and the Volga",
                             "outlet": "Test Wire", "date": "2026-05-15"},
                [dung, trav, over, peso, met, C("Russia"), L("Novosibirsk"), L("Moscow"), L("Kazan"), L("Nha Trang")],
                [
                    dict(at="paid a working visit to Novosibirsk", kind="working visit",
                         parts=[("Nguyễn Chí Dũng", "visitor")], place="Novosibirsk", date="2026-05-10",
                         date_end="2026-05-12", date_phrase="from May 10 to 12", date_how="explicit"),
                    dict(at="Dũng met Novosibirsk Governor Andrei Travnikov", kind="meeting",
                         parts=[("Nguyễn Chí Dũng", "participant"), ("Andrei Travnikov", "participant")],
                         place="Novosibirsk", date="2026-05-10", date_phrase="On Sunday", date_how="weekday<=pub"),
                    dict(at="Dũng held talks with Russian Deputy Prime Minister", kind="talks",
                         parts=[("Nguyễn Chí Dũng", "participant"), ("Alexei Overchuk", "participant")],
                         place="Novosibirsk", date="2026-05-12", date_phrase="On Tuesday", date_how="weekday<=pub"),
                    dict(at="The two sides agreed to open a direct flight", kind="agreement",
                         parts=[("Nguyễn Chí Dũng", "participant"), ("Alexei Overchuk", "participant")],
                         place="Novosibirsk", date="2026-05-12", date_phrase="On Tuesday", date_how="same occasion"),
                    dict(at="Overchuk received Dũng in Moscow", kind="reception",
                         parts=[("Alexei Overchuk", "host"), ("Nguyễn Chí Dũng", "guest")],
                         place="Moscow", date="2026-05-13", date_phrase="On Wednesday", date_how="weekday<=pub"),
                    dict(at="Dũng met Tatarstan Prime Minister Alexei Pesoshin", kind="meeting",
                         parts=[("Nguyễn Chí Dũng", "participant"), ("Alexei Pesoshin", "participant")],
                         place="Kazan", date="2026-05-14", date_phrase="On Thursday", date_how="weekday<=pub"),
                    dict(at="Dũng met Tatarstan Prime Minister Alexei Pesoshin", kind="talks",
                         parts=[("Nguyễn Chí Dũng", "participant"), ("Ilsur Metshin", "participant")],
                         place="Kazan", date="2026-05-14", date_phrase="On Thursday", date_how="weekday<=pub"),
                ],
                [
                    dict(at="Travnikov said the Akademgorodok", speaker="Andrei Travnikov", verb="say",
                         content="the Akademgorodok Technopark would open an office for Vietnamese start-ups next year"),
                    dict(at="Dũng said the Quảng Trị 1 power plant", speaker="Nguyễn Chí Dũng", verb="say",
                         content="the Quảng Trị 1 power plant would buy Russian turbines worth 300 million USD"),
                    dict(at="Overchuk said trade", speaker="Alexei Overchuk", verb="say",
                         content="trade between the two countries had grown by a fifth in the first quarter"),
                ],
                body_start=_front(text))


ARTICLES = [seed_000, seed_003, deputy_fm, kremlin, phone_call, vladivostok, kazan, siberia]


def build_store(db_path: Path, seeds_dir: Path | None = None) -> Path:
    """Write every article into a fresh store (and, if asked, their texts into a seeds folder)."""
    from knowledge import store

    conn = store.connect(db_path)
    with conn:
        for make_article in ARTICLES:
            art = make_article()
            store.save_article(conn, art)
            if seeds_dir is not None:
                seeds_dir.mkdir(parents=True, exist_ok=True)
                (seeds_dir / art.source.file).write_text(art.text, encoding="utf-8")
    store.close(conn)
    return db_path
