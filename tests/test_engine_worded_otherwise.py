"""A reader's word the articles write otherwise ("focus" where they write "centred on", "split"
where they write "divided") is no reason to decline at once, but only when the article that writes
the paraphrase also writes the question's other words: a paraphrase written in an article about
something else leaves the word unknown. Articles written for this test."""

from __future__ import annotations

from knowledge.answer import plan
from knowledge.question import parse
from tests.helpers.engine_stores import module_engine

TALKS = """---
title: Chilean and Mongolian ministers meet in Santiago
outlet: Test Wire
date: 2019-04-03
---
Chilean and Mongolian ministers meet in Santiago

SANTIAGO — Chilean Mining Minister Baldo Prokurica met Mongolian Mining Minister Dolgorsuren Sumiyabazar in Santiago on Tuesday.

Their talks centred on copper smelting and the training of mining engineers.

Prokurica said Chile would share its experience with tailings dams.
"""

SCHOOL = """---
title: Language school opens in Ulaanbaatar
outlet: Test Wire
date: 2019-05-10
---
Language school opens in Ulaanbaatar

ULAANBAATAR — A Spanish language school opened in Ulaanbaatar on Friday with 60 students, who could join courses divided into three levels.

The school's director Elena Varga said more courses would follow in the autumn.
"""

VISIT = """---
title: Peruvian farmers visit Kazakhstan
outlet: Test Wire
date: 2018-09-12
---
Peruvian farmers visit Kazakhstan

ASTANA — A delegation of Peruvian quinoa farmers headed by Rosa Quispe, chair of the Puno growers' union, arrived in Astana on Monday.

The visitors toured grain storage sites near the capital and met Kazakh agronomists.
"""

OPERA = """---
title: New opera premieres in Almaty
outlet: Test Wire
date: 2018-10-02
---
New opera premieres in Almaty

ALMATY — The opera "Steppe Wind" premiered at the Abai theatre in Almaty on Saturday.

The music was written by Daulet Serikbayev, who studied in Vienna.
"""

engine = module_engine("worded_otherwise", {"talks.txt": TALKS, "school.txt": SCHOOL, "visit.txt": VISIT,
                                             "opera.txt": OPERA})


def _unknown(engine, text: str) -> list[str]:
    q = parse(text)
    return plan.unknown_terms(engine, q, engine.index.find(q), plan.topics(q)[1])


def test_a_paraphrase_in_the_article_of_the_other_words_is_no_unknown_word(engine):
    assert _unknown(engine, "What did the talks between Prokurica and Sumiyabazar focus on?") == []


def test_a_paraphrase_only_in_another_article_leaves_the_word_unknown(engine):
    # "centred" is written, but only in the mining talks' article, none about the school
    assert _unknown(engine, "What did the Spanish language school in Ulaanbaatar focus on?") == ["focus"]


def test_a_broad_paraphrase_leaves_the_word_unknown(engine):
    # "join" is written beside the school's words, but "attend" is worded otherwise in too many senses
    assert _unknown(engine, "How many students attended the Spanish language school in Ulaanbaatar?") == ["attended"]


def test_a_split_is_the_divided_thing(engine):
    assert _unknown(engine, "Into how many levels are the courses at the Ulaanbaatar language school split?") == []


# "who led the delegation" where the articles write "headed by"; "who composed" where they write "wrote"
def test_led_is_worded_headed_by(engine):
    assert _unknown(engine, "Who led the delegation of Peruvian quinoa farmers to Astana?") == []
    ans = engine.ask("Who led the delegation of Peruvian quinoa farmers to Astana?")
    assert ans.answered and "Rosa Quispe" in ans.text


def test_composed_is_worded_wrote(engine):
    assert _unknown(engine, "Who composed the music of the opera Steppe Wind?") == []
    assert _unknown(engine, "Who is the author of the music of Steppe Wind?") == []


def test_headed_only_in_another_article_leaves_led_unknown(engine):
    # "headed" is written, but in the farmers' article, none about the opera
    assert _unknown(engine, "Who led the opera premiere of Steppe Wind in Almaty?") == ["led"]
