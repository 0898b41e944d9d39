""""Who is the general director of <firm>": a holder of that title whom no sentence names with the
firm is someone else's director, even when the store took the firm's name for a person's; the
answer is the sentence that writes the title beside a name and the firm. Articles written for this test."""

from __future__ import annotations

from tests.helpers.engine_stores import module_engine

CHARTER = """---
title: Charter flights link Yekaterinburg and Phu Quoc
outlet: Test Wire
date: 2024-11-02
---
Charter flights link Yekaterinburg and Phu Quoc

The first charter flight from Yekaterinburg landed on Phu Quoc island on Friday with 230 Russian tourists on board.

Pavel Zaitsev, general director of the Vietnamese company Hoang Long, said the route would run every week until April.

A total of 26 flights will carry about 6,000 tourists over the season, he said.
"""

PLANT = """---
title: Russian tractor maker eyes Vietnamese assembly
outlet: Test Wire
date: 2024-09-14
---
Russian tractor maker eyes Vietnamese assembly

Russian tractor maker Rostselmash plans to assemble harvesters in Vietnam, its general director Konstantin Babkin said on Thursday.

Babkin said talks with Vietnamese partners on a site in Binh Duong were under way.
"""

engine = module_engine("title_of_named", {"charter.txt": CHARTER, "plant.txt": PLANT})


def test_the_director_of_a_firm_is_not_another_firms_director(engine):
    ans = engine.ask("Who is the general director of Hoang Long?")
    assert ans.answered and "Zaitsev" in ans.text and "Babkin" not in ans.text
