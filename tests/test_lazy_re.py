"""lazy_re: a module-level pattern behaves like re.compile's but costs nothing until used."""

import re

from knowledge import lazy_re


def test_not_compiled_until_first_use():
    rx = lazy_re.compile(r"\bHanoi\b", re.I)
    assert rx.pattern == r"\bHanoi\b"  # composing other patterns from it does not compile it
    assert rx._compiled is None
    assert rx.search("talks in HANOI on Monday").group() == "HANOI"
    assert rx._compiled is not None


def test_every_method_answers_like_the_compiled_pattern():
    text = "Lavrov met Trong on 6 July 2022 and Putin on 20 June 2024."
    lazy, real = lazy_re.compile(r"(\d+) (\w+) (\d{4})"), re.compile(r"(\d+) (\w+) (\d{4})")
    assert lazy.search(text).groups() == real.search(text).groups()
    assert lazy.findall(text) == real.findall(text)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in real.finditer(text)]
    assert lazy.sub(r"\3", text) == real.sub(r"\3", text)
    assert lazy.subn("", text) == real.subn("", text)
    assert lazy.split(text) == real.split(text)
    assert lazy.match(text) is None and real.match(text) is None
    assert lazy.fullmatch("6 July 2022").groups() == ("6", "July", "2022")
    assert lazy.groups == 3 and lazy.flags == real.flags  # other attributes come from the compiled pattern


def test_flags_are_kept():
    assert lazy_re.compile("moscow", re.I).search("MOSCOW") is not None
    assert lazy_re.compile("moscow").search("MOSCOW") is None


def test_a_bad_pattern_fails_on_first_use():
    rx = lazy_re.compile(r"(unclosed")
    try:
        rx.search("x")
    except re.error:
        pass
    else:
        raise AssertionError("a bad pattern must raise re.error when used")


def test_importing_the_engine_compiles_few_of_its_patterns():
    """Start-up time: most of the engine's module-level patterns wait for their first use."""
    import subprocess
    import sys

    probe = ("import gc, knowledge.answer\n"
             "from knowledge.lazy_re import LazyPattern\n"
             "ps = [o for o in gc.get_objects() if isinstance(o, LazyPattern)]\n"
             "print(len(ps), sum(p._compiled is not None for p in ps))")
    total, compiled = map(int, subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True,
                                              text=True).stdout.split())
    assert total > 300
    assert compiled < total // 4
