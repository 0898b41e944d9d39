"""Role references with other head nouns ('defence chief', 'Government leader', 'host',
'guest', 'Deputy PM', 'official') resolve by nationality and role family; ambiguous ones stay
unresolved. Each row: an article of our own, the statement's sentence and verb, its speaker."""

from __future__ import annotations

import pytest

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text

DEFENCE = (
    "Defence Minister General Lê Văn Tám held talks with Russian Defence Minister Andrei Belousov in Moscow on Monday.\n\n"
    "The Russian defense chief said the two armies will expand training cooperation.\n\n"
    "The Vietnamese military chief affirmed that Vietnam values Russian support.\n\n"
    "The Russian official noted that exports grew, and emphasised that Russia is ready to supply fuel.\n"
)
GOVERNMENT = (
    "Prime Minister Hồ Đức Phớc had a phone call with Russian President Boris Gryzlov on Friday.\n\n"
    "The Vietnamese Government leader affirmed that Vietnam treasures its friendship with Russia.\n\n"
    "The Vietnamese premier said Vietnam wants more Russian tourists.\n\n"
    "The Russian State leader said Russia will send more students to Vietnam.\n"
)
HOSTING = (
    "Deputy Prime Minister Nguyễn Chí Dũng received Russian Deputy Prime Minister Alexei Overchuk in Huế on Tuesday.\n\n"
    "Deputy PM Dũng welcomed the guest and said Vietnam wants to expand trade with Russia.\n\n"
    "The Russian Deputy PM said Russia will open a consulate in Huế.\n\n"
    "The Vietnamese host thanked Russia for its support.\n\n"
    "The guest praised the city's development.\n"
)
AMBIGUOUS = (
    "Minister of Finance Hồ Văn Nam met Russian Minister of Finance Anton Sokolov in Sochi on Monday.\n\n"
    "The minister said the talks were useful.\n\n"
    "The Russian minister said Russia will buy more rice.\n"
)
PARLIAMENT = (
    "National Assembly Chairman Vương Đình Huệ met State Duma Chairman Vyacheslav Volodin in Moscow on Monday.\n\n"
    "The Vietnamese top legislator said parliaments can help trade.\n\n"
    "The Russian parliament chief said the Duma will ratify the agreement.\n"
)


def _arts():
    return {name: extract_article(seed_from_text(text, date="2024-04-09"))
            for name, text in [("defence", DEFENCE), ("government", GOVERNMENT), ("hosting", HOSTING),
                               ("ambiguous", AMBIGUOUS), ("parliament", PARLIAMENT)]}


@pytest.fixture(scope="module")
def arts():
    return _arts()


@pytest.mark.parametrize("article, sentence, verb, speaker", [
    ("defence", 1, "say", "Andrei Belousov"),  # defense chief ~ Defence Minister (spelling folded)
    ("defence", 2, "affirm", "Lê Văn Tám"),  # military chief ~ Defence Minister General
    ("defence", 3, "note", "Andrei Belousov"),  # official: any titled person of that nationality
    ("defence", 3, "emphasize", "Andrei Belousov"),  # second report verb, own content, same speaker
    ("government", 1, "affirm", "Hồ Đức Phớc"),  # Government leader ~ Prime Minister
    ("government", 2, "say", "Hồ Đức Phớc"),  # premier ~ Prime Minister
    ("government", 3, "say", "Boris Gryzlov"),  # State leader ~ President
    ("hosting", 1, "say", "Nguyễn Chí Dũng"),  # Deputy PM ~ Deputy Prime Minister
    ("hosting", 2, "say", "Alexei Overchuk"),
    ("hosting", 3, "thank", "Nguyễn Chí Dũng"),  # host: the host of the reception
    ("hosting", 4, "praise", "Alexei Overchuk"),  # guest: the visitor of the reception
    ("ambiguous", 1, "say", None),  # 'the minister' with two ministers of two countries
    ("ambiguous", 2, "say", "Anton Sokolov"),
    ("parliament", 1, "say", "Vương Đình Huệ"),  # top legislator ~ National Assembly Chairman
    ("parliament", 2, "say", "Vyacheslav Volodin"),  # parliament chief ~ State Duma Chairman
])
def test_role_reference_speaker(arts, article, sentence, verb, speaker):
    st = [s for s in arts[article].statements if s.sentence == sentence and s.verb == verb]
    assert st, [(s.sentence, s.verb) for s in arts[article].statements]
    assert st[0].speaker == speaker


def test_two_report_verbs_keep_their_own_content(arts):
    note, emph = [s for s in arts["defence"].statements if s.sentence == 3]
    assert note.content == "exports grew"
    assert emph.content == "Russia is ready to supply fuel"
