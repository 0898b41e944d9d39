""""Who" questions whose answer news writes in one grammatical place: a person's post beside their
name ("What is X's job", "what rank does X hold"), a person with the title asked ("who heads the
union", "who is the president of the firm"), the agent after "by" ("who is organising the days":
"is co-hosted by …") or of the act's noun ("The praise came from …"). Articles written for this test."""

from __future__ import annotations

import re

from knowledge.answer.holders import _words, agent_written, post_written
from knowledge.names import strip_diacritics
from tests.helpers.engine_stores import module_engine

FORUM = """---
title: Siberian and Vietnamese rectors meet in Tomsk
outlet: Test Wire
date: 2025-03-08
---
Siberian and Vietnamese rectors meet in Tomsk

Heads of universities from Siberia and Vietnam gathered at Tomsk Polytechnic University on Friday for the first Siberia–Vietnam rectors' forum.

They were joined by Pavel Sergeyev, rector of TPU and president of the Siberian Universities Union.

Sergeyev said 400 Vietnamese students were enrolled at Siberian universities this year.

Direct flights were on the list of topics raised by Vietnam's Consul General in Yekaterinburg, Lê Quang Vinh, the forum's press service reported.

Vinh said that resuming the flights would allow students of both countries to travel more cheaply.

Trần Văn Phúc, president of MEKOTEK, said his company was glad to work with Tomsk Polytechnic on engine design.

Russian President Vladimir Putin sent greetings to the forum.
"""

DAYS = """---
title: Tomsk Education Days open in Hải Phòng
outlet: Test Wire
date: 2025-04-14
---
Tomsk Education Days open in Hải Phòng

Tomsk Education Days are being held in the Vietnamese cities of Hải Phòng and Đà Lạt from April 14 to 20. The event is co-hosted by Hải Phòng's Department of Education and the Tomsk Regional Administration.

Over seven days, the Tomsk delegation will present courses, laboratories and scholarships to Vietnamese school leavers.

Tomsk Education Days were first held in Hải Phòng in 2019.
"""

REGATTA = """---
title: Russian officer hails Vietnamese cadets
outlet: Test Wire
date: 2025-05-05
---
Russian officer hails Vietnamese cadets

A senior Russian officer on May 4 praised the way the Vietnamese naval cadets had trained for the Vladivostok regatta, even though they were sailing in the event for the first time. The praise came from Vice Admiral Sergei Lipin, chief of staff of the Pacific Fleet and chief judge of the regatta.

Lipin said the cadets had shown discipline and skill.

Colonel General Nikolai Baranov has called for closer naval training ties with Vietnam.

He made the point in talks in Hải Phòng on May 3 with Rear Admiral Phạm Minh Tuấn, who was leading a high-ranking navy delegation.

Baranov said training ties would deepen in the years to come.
"""

FRIGATES = """---
title: Third frigate reaches Cam Ranh
outlet: Test Wire
date: 2017-09-14
---
Third frigate reaches Cam Ranh

The third of four Gepard-class frigates built in Russia for Vietnam reached Cam Ranh on Wednesday.

The frigates were delivered under a 2015 contract for four frigates, signed when the Vietnamese defence minister visited Moscow. It was signed by Almaz Shipyard and the Vietnamese trading company Hong Ha, with the two defence ministers looking on.

The contract was concluded on March 3, 2015, when Vietnamese Defence Minister Phung Quang Thanh was visiting Moscow.
"""


engine = module_engine("holders", {"forum.txt": FORUM, "days.txt": DAYS, "regatta.txt": REGATTA})
frigates = module_engine("holders_frigates", {"frigates.txt": FRIGATES})


def first(answer) -> str:
    """The quote the reply leads with: the sentence it answers from."""
    return answer.citations[0].quote if answer.citations else ""


def test_a_persons_job_is_the_title_written_before_the_name(engine):
    a = engine.ask("What is Lê Quang Vinh's job?")
    assert a.answered and "Consul General in Yekaterinburg" in first(a), a.text


def test_a_rank_asked_is_the_title_before_the_name(engine):
    a = engine.ask("What rank does Nikolai Baranov hold?")
    assert a.answered and "Colonel General Nikolai Baranov" in first(a), a.text


def test_who_heads_a_body_is_the_person_with_a_leading_title_in_it(engine):
    a = engine.ask("Who heads the Siberian Universities Union?")
    assert a.answered and "Pavel Sergeyev" in first(a), a.text


def test_a_role_read_as_someone_never_named_with_the_firm_is_found_by_title(engine):
    a = engine.ask("Who is the president of MEKOTEK?")
    assert a.answered and "Trần Văn Phúc" in first(a) and "Putin" not in a.headline, a.text


def test_who_is_organising_is_the_agent_after_by(engine):
    a = engine.ask("Who is organising the Tomsk Education Days?")
    assert a.answered and "co-hosted by" in first(a), a.text


def test_who_praised_is_whom_the_praise_came_from(engine):
    a = engine.ask("Who praised the Vietnamese cadets' training for the regatta?")
    assert a.answered and "Sergei Lipin" in first(a), a.text


def test_who_signed_is_answered_by_the_agent_though_no_signing_was_stored(frigates):
    a = frigates.ask("Which companies signed the frigate contract?")
    assert a.answered and "signed by Almaz Shipyard" in first(a), a.text


def test_titles_beside_a_name():
    assert post_written("Rear Admiral Phạm Minh Tuấn led the delegation.", ("Pham Minh Tuan",))
    assert post_written("Dr Lena Ivanova, director of the Tomsk institute, spoke.", ("Lena Ivanova",))
    assert post_written("Anna Orlova, who chairs the committee, agreed.", ("Anna Orlova",))
    assert not post_written("Putin met Anna Orlova in Tomsk.", ("Anna Orlova",))
    assert not post_written("Vice President Anna Orlova spoke.", ("Anna Orlova",), {"president"}, deputies=False)


def test_a_sentences_words_read_once_are_each_callers_own_list():
    text = "Rear Admiral Phạm Minh Tuấn, the fleet’s commander, met Dr Lena Ivanova."
    want = re.findall(r"[\w'-]+|,", strip_diacritics(text).replace("’", "'"))
    first_words = _words(text)
    assert first_words == want and "fleet's" in first_words
    first_words.clear()  # a caller's list: the sentence's words are kept apart
    assert _words(text) == want
    assert post_written(text, ("Pham Minh Tuan",)) and post_written(text, ("Pham Minh Tuan",))


def test_agents_after_by():
    assert agent_written("The fair was organised by the city's youth union.", ["organised"])
    assert agent_written("Events were staged in the city by the consulate.", ["organising"])
    assert agent_written("The delegation came under the leadership of Ivan Petrov.", ["led"])
    assert not agent_written("The fair was opened by the mayor.", ["organised"])
