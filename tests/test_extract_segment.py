"""Paragraph cleaning: debris is skipped by moving offsets, never by rewriting text."""

from __future__ import annotations

import pytest

from knowledge.extract import extract_article
from knowledge.segment import paragraphs
from tests.helpers.articles import seed_from_text


@pytest.mark.parametrize("raw, clean", [
    ("(VOVWORLD) - Mr. A met Mr. B.", "Mr. A met Mr. B."),
    ("date 2022-07-06 VIETNAM, July 6 - HÀ NỘI — Việt Nam said so.", "Việt Nam said so."),
    ("MOSCOW, November 30 (VNA) – The talks ended.", "The talks ended."),
    ("HANOI, June 20, 2024 (Reuters) - Leaders met.", "Leaders met."),
    ("The talks ended. — VNS", "The talks ended."),
    ("The talks ended. (VNA)", "The talks ended."),
    ("Headline here - ảnh 1The talks ended in Hanoi.", "The talks ended in Hanoi."),
    ("Vietnam is ready, said Mr. Trong.", "Vietnam is ready, said Mr. Trong."),
])
def test_clean_paragraph(raw, clean):
    text = "Intro line.\n\n" + raw
    spans = paragraphs(text, 0)
    assert text[spans[-1][0]:spans[-1][1]] == clean


@pytest.mark.parametrize("debris", ["Related News", "Headline X - ảnh 1Headline X", "Photo: VNA", "VNS"])
def test_debris_paragraph_dropped(debris):
    text = "First sentence here.\n\n" + debris + "\n\nLast sentence here."
    got = [text[s:e] for s, e in paragraphs(text, 0)]
    assert got == ["First sentence here.", "Last sentence here."]


@pytest.mark.parametrize("link", ["Related News: Senate speaker lands in Lima, begins state visit",
                                  "Read more: Ministers of two states sign a fisheries pact"])
def test_link_to_another_article_dropped(link):
    """The headline of a linked story is that story's news: as a paragraph of its own or as the
    last line of a block written one sentence a line, it is no sentence of this article."""
    own = "Minister Carla Ruiz hosted Ambassador Omar Haddad in Lima on May 4."
    for text in (own + "\n\n" + link, own + "\nHe praised the talks.\n" + link):
        got = [text[s:e] for s, e in paragraphs(text, 0)]
        assert got and not any(link[:12] in g for g in got)
        assert got[0].startswith(own)
    art = extract_article(seed_from_text(own + "\n\n" + link, date="2023-05-05"))
    assert [e.kind for e in art.events] == ["reception"]


def test_headline_caption_matching_title_dropped():
    text = "Title Words Here\n\nBody starts here.\n\nTitle Words Here - ảnh 1Title Words Here\n\nEnd."
    got = [text[s:e] for s, e in paragraphs(text, 0, "Title Words Here")]
    assert got == ["Body starts here.", "End."]


def test_paragraph_break_ends_a_sentence_and_offsets_are_verbatim():
    text = ("President Putin emphasized that Vietnam is a friend tested over time,\n\n"
            "He said the partnership is a priority.\n")
    art = extract_article(seed_from_text(text, date="2024-06-20"))
    assert [s.text for s in art.sentences] == [
        "President Putin emphasized that Vietnam is a friend tested over time,",
        "He said the partnership is a priority."]
    assert all(art.text[s.start:s.end] == s.text for s in art.sentences)
    assert [s.paragraph for s in art.sentences] == [0, 1]


def test_empty_body_gives_empty_article():
    art = extract_article(seed_from_text("   \n\n", date=None))
    assert art.sentences == [] and art.events == [] and art.statements == []


def test_a_caption_inside_a_one_line_block_takes_only_its_own_sentence():
    text = ("Poland has opened a trade office in Porto. Deputy Minister Anna Kowalska made the point at the opening "
            "ceremony. Delegates at the opening ceremony in Porto - ảnh 1Kowalska said the office would help trade.\n")
    got = [text[s:e] for s, e in paragraphs(text, 0)]
    assert got == ["Poland has opened a trade office in Porto. Deputy Minister Anna Kowalska made the point at the "
                   "opening ceremony.", "Kowalska said the office would help trade."]


_BODY = ("Minister Aigul Sarsenova met Governor Pham Van Loc in Da Lat on Friday.\n"
         "They agreed to open a direct flight by the end of the year.\n")


@pytest.mark.parametrize("tail", [
    # the header and the other stories' headlines in one block, after a blank line
    "\nRelated News\nCan Tho hosts a rice fair\nFerries resume on the Mekong\n",
    # the header runs on from the last paragraph, the headlines below it
    "Related News\nCan Tho hosts a rice fair\nFerries resume on the Mekong\n",
    # the header alone, each headline a block of its own
    "\nTin liên quan:\n\nCan Tho hosts a rice fair\n\nFerries resume on the Mekong\n",
])
def test_a_related_news_list_is_not_the_articles_text(tail):
    """Other stories' headlines under "Related News" are not this article's news: quoted as its
    own, they would answer questions the article never answers (which fair, which ferries)."""
    text = _BODY + tail
    spans = paragraphs(text)
    assert (spans[0][0], spans[-1][1]) == (0, len(_BODY.strip()))


def test_prose_after_a_related_news_list_is_kept():
    """Only the headline list goes: a punctuated paragraph after it is prose again."""
    text = _BODY + "\nRelated News\nCan Tho hosts a rice fair\n\nThe flight will take four hours.\n"
    got = [text[s:e] for s, e in paragraphs(text)]
    assert got[-1] == "The flight will take four hours."
    assert not any("rice fair" in p for p in got)
