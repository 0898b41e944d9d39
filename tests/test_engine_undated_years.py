"""An article that gives no date never contradicts a year asked about — unless the sentence itself
writes another year and the article writes the one asked nowhere: "how many tourists came in
2024" is not answered by "… flight touched down on September 29, 2025" from an undated article.
Articles written for this test."""

from __future__ import annotations

from tests.helpers.engine_stores import module_engine, quoted

RESORT = """Charter flights return to Phu Quoc

The first Aeroflot charter to Phú Quốc in four years landed at the island's airport on October 3, 2025, carrying 280 Russian holidaymakers.

Local officials expect about 40,000 Russian visitors over the winter season.

Over the first ten months of 2025 the island welcomed 96,000 Russians, twice as many as a year earlier.
"""

LEGISLATORS = """Legislators meet in Minsk

MINSK, May 20 — Vice Chairman of the National Assembly Phùng Quốc Hiển met Russian senators in Minsk on Friday, on the sidelines of the 2016 Eurasian parliamentary forum.

Hiển thanked Russia for backing Vietnam's bid for a seat on the UN Human Rights Council for the 2017–2019 term.
"""

engine = module_engine("undated_years", {"resort.txt": RESORT, "legislators.txt": LEGISLATORS})


def test_a_year_the_sentence_writes_contradicts_another_year_asked(engine):
    a = engine.ask("How many Russian holidaymakers landed on the first Aeroflot charter to Phu Quoc in 2023?")
    assert not a.answered and not a.citations, a.text
    b = engine.ask("How many Russian holidaymakers landed on the first Aeroflot charter to Phu Quoc in 2025?")
    assert b.answered and "280" in quoted(b), b.text


def test_the_year_asked_written_elsewhere_in_the_article_still_fits(engine):
    a = engine.ask("Why did Hien thank Russia in 2016?")
    assert a.answered and "Human Rights Council" in quoted(a), a.text


def test_no_year_note_when_the_quote_writes_the_year_asked(engine):
    # the article has no date line, but the quoted sentence dates itself to the year asked: saying the
    # article gives no year would be false
    a = engine.ask("How many Russians did Phu Quoc welcome in the first ten months of 2025?")
    assert a.answered and "96,000" in quoted(a), a.text
    assert "gives no year" not in a.text, a.text
    b = engine.ask("How many Russian visitors do local officials expect over the winter season of 2025?")
    assert b.answered and "40,000" in quoted(b), b.text
    assert "gives no year" in b.text, b.text  # that sentence writes no year: the note stays
