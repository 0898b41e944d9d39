"""A name after 'monument to' / 'named after' is what a thing is dedicated to, not an entity the answer
must stand near; a name as the actor keeps its hard slot."""

from knowledge.answer.dedicated import dedicated_to


def test_monument_and_named_after_are_dedications():
    toks = "when was the monument to alexander pushkin opened".split()
    assert dedicated_to(toks, toks.index("alexander"))
    toks = "how many members did the union named after lenin have".split()
    assert dedicated_to(toks, toks.index("lenin"))
    toks = "when was bust tran phu unveiled".split()  # a Russian dative glossed word by word
    assert dedicated_to(toks, toks.index("tran"))


def test_actor_names_stay_actors():
    toks = "when did alexander pushkin visit the monument".split()
    assert not dedicated_to(toks, toks.index("alexander"))
    toks = "what did the minister say to lenin".split()
    assert not dedicated_to(toks, toks.index("lenin"))
    assert not dedicated_to(["lenin", "spoke"], 0)
