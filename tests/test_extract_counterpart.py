"""A counterpart holds the office of the one he is the counterpart of: 'A was holding talks with
her Vietnamese counterpart' never names a Vietnamese person of another ministry, while a minister's
counterpart of the same portfolio (however the titles word it) is still found."""

from knowledge.extract import extract_article
from knowledge.extract_counterpart import office_fits, portfolio
from tests.helpers.articles import seed_from_text


def _talks(text: str) -> list[set[str]]:
    art = extract_article(seed_from_text(text, date="2011-04-06"))
    return [{p.actor for p in e.participants} for e in art.events if e.kind == "talks"]


LEAD = ("MOSCOW, April 6, 2011 (VNA) – Russian First Deputy Prime Minister Igor Shuvalov met Vietnamese "
        "Deputy Prime Minister Hoang Trung Hai in Moscow on Tuesday.\n\n")


def test_counterpart_of_another_ministry_is_not_the_deputy_prime_minister():
    text = LEAD + ("Shuvalov said Russian Agriculture Minister Yelena Skrynnik was at that time holding talks "
                   "with her Vietnamese counterpart on grain supplies.\n")
    assert _talks(text) == [{"Yelena Skrynnik"}]


def test_counterpart_of_the_same_ministry_is_found():
    text = ("MOSCOW, April 6, 2011 (VNA) – Russian Agriculture Minister Yelena Skrynnik met Vietnamese "
            "Minister of Agriculture and Rural Development Cao Duc Phat in Moscow on Tuesday.\n\n"
            "Skrynnik later held talks with her Vietnamese counterpart on grain supplies.\n")
    assert {"Yelena Skrynnik", "Cao Duc Phat"} in _talks(text)


def test_deputy_prime_ministers_are_counterparts():
    text = LEAD + "Shuvalov held talks with his Vietnamese counterpart on energy.\n"
    assert {"Igor Shuvalov", "Hoang Trung Hai"} in _talks(text)


class _P:
    def __init__(self, *titles: str) -> None:
        self.titles = set(titles)

    def title_words(self) -> set[str]:
        return {w for t in self.titles for w in t.lower().split()}


def test_portfolios_worded_two_ways_fit():
    assert office_fits(_P("Defense Minister"), _P("Minister of National Defence"))
    assert office_fits(_P("Foreign Minister"), _P("Minister of Foreign Affairs"))
    assert office_fits(_P("Ambassador"), _P("Deputy Prime Minister"))  # no portfolio known: no verdict
    assert not office_fits(_P("Russian Industry and Trade Minister"), _P("Deputy Prime Minister"))
    assert portfolio({"russian", "agriculture", "minister"}) == {"agriculture"}
    assert portfolio({"ambassador"}) == set()
