"""Topic keywords: regions and issues map to the topic a question would use."""

from __future__ import annotations

import pytest

from knowledge.topics import TOPIC_SYNONYMS, topics_of
from knowledge.names import fold


@pytest.mark.parametrize("text, topic, present", [
    ("Russia regards Laos as a key partner in Southeast Asia", "asean", True),
    ("Moscow values its ties with South-East Asian nations", "asean", True),
    ("the country's position on the East Sea issue is to settle disputes peacefully", "maritime", True),
    ("disputes must be settled under the 1982 UN Convention on the Law of the Sea", "maritime", True),
    ("Russia regards India as a key partner in South Asia", "asean", False),
    ("tourists from the Black Sea coast will fly to Nha Trang", "maritime", False),
])
def test_topic_keywords(text, topic, present):
    assert (topic in topics_of(text)) is present


@pytest.mark.parametrize("word, topic", [("Southeast Asia", "asean"), ("Biển Đông", "maritime"),
                                         ("East Sea", "maritime")])
def test_question_words_map_to_the_same_topic(word, topic):
    assert TOPIC_SYNONYMS[fold(word)] == topic
