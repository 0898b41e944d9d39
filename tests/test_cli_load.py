"""`vnru-bot load` and `vnru-bot facts` through the real dispatcher (bot.cli.main), with the
stand-in extractor; the real seeds through the real extractor are in test_loader_seeds.py."""

from __future__ import annotations

import io
import sqlite3

import pytest
from helpers.cli_runner import fake_cli, run

from bot import cli


@pytest.fixture(autouse=True)
def setup(monkeypatch, tmp_path):
    fake_cli(monkeypatch, tmp_path)
    (tmp_path / "seeds").mkdir()


def art(a: str, b: str, topic: str) -> str:
    return f"{a} met {b} in Hanoi on Monday.\n\n{a} said the {topic} partnership is strong.\n"


def dated(text: str) -> str:
    """With a publication date, so that `load` has no undated article to list."""
    return "---\ndate: 2023-05-02\n---\n" + text


class TTY(io.StringIO):
    def isatty(self):
        return True


def test_load_defaults_to_seeds_and_data_db(tmp_path, capsys):
    (tmp_path / "seeds" / "a.txt").write_text(dated(art("Ivan Petrov", "Lan Anh", "energy")))
    code, out, err = run(capsys, "load")
    assert code == 0 and err == ""
    assert out.startswith("Load: 1 added, 0 updated, 0 removed, 0 unchanged, 0 skipped")
    assert (tmp_path / "data" / "vnru.db").exists()
    code, out, err = run(capsys, "load", "--quiet")
    assert (code, out, err) == (0, "", "")


def test_env_overrides_paths(tmp_path, capsys, monkeypatch):
    other = tmp_path / "elsewhere"
    other.mkdir()
    (other / "b.txt").write_text(art("Oleg Sokolov", "Minh Chau", "trade"))
    monkeypatch.setenv("VNRU_SEEDS", str(other))
    monkeypatch.setenv("VNRU_DB", str(tmp_path / "x" / "store.db"))
    code, out, _ = run(capsys, "load")
    assert code == 0 and "1 added" in out and (tmp_path / "x" / "store.db").exists()
    code, out, _ = run(capsys, "load", "--seeds", str(tmp_path / "seeds"), "--db", str(tmp_path / "y.db"))
    assert code == 0 and "0 added" in out and (tmp_path / "y.db").exists()


def test_skipped_files_one_line_each_and_exit_1(tmp_path, capsys):
    seeds = tmp_path / "seeds"
    (seeds / "good.txt").write_text(dated(art("Ivan Petrov", "Lan Anh", "energy")))
    (seeds / "empty.txt").write_bytes(b"")
    (seeds / "bin.txt").write_bytes(b"\x00\x01\x02PK")
    (seeds / "cp1251.txt").write_bytes("Министр сказал.".encode("cp1251"))
    (seeds / "good2.txt").write_text(dated(art("Ivan Petrov", "Lan Anh", "energy")))
    (seeds / "keys.txt").write_text("---\ntitle: T\nlang: en\n---\nText.\n")
    code, out, err = run(capsys, "load")
    assert code == 1
    lines = err.strip().splitlines()
    assert lines == [
        "vnru-bot: skipped bin.txt: binary file (it contains NUL bytes), not text",
        
        "vnru-bot: skipped cp1251.txt: not UTF-8 text: invalid byte 0xcc at line 1, column 1 (byte offset 0);"
        " save the file as UTF-8",
        "vnru-bot: skipped empty.txt: the file is empty",
        "vnru-bot: skipped good2.txt: same article as good.txt (identical file); remove one of the two files",
        "vnru-bot: skipped keys.txt: unknown front-matter key 'lang' (allowed: title, date, outlet, url)",
    ]
    assert "1 added" in out and "5 skipped" in out
    conn = sqlite3.connect(tmp_path / "data" / "vnru.db")
    assert conn.execute("SELECT file FROM sources").fetchall() == [("good.txt",)]
    # --quiet still names the skipped files: they are errors, not chatter
    code, out, err = run(capsys, "load", "-q")
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 5


def test_errors_exit_2(tmp_path, capsys):
    code, _, err = run(capsys, "load", "--seeds", str(tmp_path / "missing"))
    assert code == 2 and err.startswith("vnru-bot: error: ") and "no seeds folder" in err
    (tmp_path / "seeds" / "a.txt").write_text(art("Ivan Petrov", "Lan Anh", "energy"))
    (tmp_path / "junk.db").write_bytes(b"not a database at all" * 100)
    code, _, err = run(capsys, "load", "--db", str(tmp_path / "junk.db"))
    assert code == 2 and "not a vnru-bot fact store" in err
    assert (tmp_path / "junk.db").read_bytes() == b"not a database at all" * 100


def test_progress_only_on_a_terminal(tmp_path, capsys, monkeypatch):
    for i in range(3):
        (tmp_path / "seeds" / f"{i}.txt").write_text(dated(art("Ivan Petrov", f"Lan Anh{'abc'[i]}", f"topic{i}")))
    tty = TTY()
    monkeypatch.setattr("sys.stderr", tty)
    assert cli.main(["load", "--db", "one.db"]) == 0
    shown = tty.getvalue()
    assert "Extracting [" in shown and "3/3" in shown and shown.endswith("\r\x1b[K")
    for i in range(3):
        (tmp_path / "seeds" / f"{i}.txt").write_text(art("Oleg Sokolov", f"Minh Chau{'abc'[i]}", f"x{i}"))
    quiet = TTY()
    monkeypatch.setattr("sys.stderr", quiet)
    assert cli.main(["load", "--db", "one.db", "--quiet"]) == 0
    assert quiet.getvalue() == ""
    monkeypatch.undo()


def test_progress_silent_when_not_a_terminal(tmp_path, capsys):
    (tmp_path / "seeds" / "a.txt").write_text(art("Ivan Petrov", "Lan Anh", "energy"))
    code, out, err = run(capsys, "load")
    assert code == 0 and "\r" not in err and "Extracting" not in err + out


def test_facts_builds_the_store_then_prints_tables(tmp_path, capsys):
    seeds = tmp_path / "seeds"
    (seeds / "a.txt").write_text("---\ntitle: Talks in Hanoi\noutlet: Test Wire\ndate: 2023-05-02\n---\n"
                                 + art("Ivan Petrov", "Lê Văn Hùng", "energy"))
    (seeds / "b.txt").write_text(art("Oleg Sokolov", "Minh Chau", "trade"))
    code, out, err = run(capsys, "facts", "--width", "140")
    assert code == 0
    assert "store refreshed" in err
    assert "Sources (2)" in out and "Events (2)" in out and "Statements (2)" in out
    assert "Talks in Hanoi" in out and "Test Wire" in out and "2023-05-02" in out
    assert "2023-05-02 (on Monday)" in out and "Ivan Petrov, Lê Văn Hùng" in out and "Hà Nội" in out
    assert "Oleg Sokolov" in out and "partnership" in out and "a.txt #0" in out
    # second run: store is fresh, nothing is reloaded
    code, out2, err = run(capsys, "facts", "--width", "140")
    assert code == 0 and err == "" and out2 == out


def test_facts_who_folds_diacritics_and_forgives_typos(tmp_path, capsys):
    seeds = tmp_path / "seeds"
    (seeds / "a.txt").write_text(art("Ivan Petrov", "Lê Văn Hùng", "energy"))
    (seeds / "b.txt").write_text(art("Oleg Sokolov", "Minh Chau", "trade"))
    for query in ["le van hung", "LÊ VĂN HÙNG", "Hung", "Le Van Hungg"]:
        code, out, _ = run(capsys, "facts", "--who", query, "--width", "140")
        assert code == 0, query
        assert out.startswith("Lê Văn Hùng (person)"), (query, out)
        assert "Events (1)" in out and "Oleg Sokolov" not in out
    code, out, _ = run(capsys, "facts", "--who", "Ivan Petrov", "--width", "140")
    assert "Statements (1)" in out and "energy partnership" in out and "Sokolov" not in out
    code, out, _ = run(capsys, "facts", "--who", "Sokolvo")
    assert code == 0 and out.startswith("Oleg Sokolov")
    code, out, _ = run(capsys, "facts", "--who", "Zhang Wei")
    assert code == 1 and out.startswith("No actor in the store matches 'Zhang Wei'.")


def test_facts_without_seeds_shows_existing_store_or_says_what_to_do(tmp_path, capsys):
    code, _, err = run(capsys, "facts", "--seeds", str(tmp_path / "none"), "--db", str(tmp_path / "none.db"))
    assert code == 2 and "no fact store" in err and "vnru-bot load" in err
    (tmp_path / "seeds" / "a.txt").write_text(art("Ivan Petrov", "Lan Anh", "energy"))
    run(capsys, "load")
    (tmp_path / "seeds").rename(tmp_path / "moved")  # the store's own folder is gone: shown as it is
    code, out, err = run(capsys, "facts")
    assert code == 0 and "using the store" in err and "as it is" in err and "Ivan Petrov" in out


def test_long_content_is_truncated_at_a_word(tmp_path, capsys):
    long = "Ivan Petrov met Lan Anh in Hanoi on Monday.\n\nIvan Petrov said " + " ".join(
        f"word{i}" for i in range(200)) + ".\n"
    (tmp_path / "seeds" / "a.txt").write_text(long)
    code, out, _ = run(capsys, "facts", "--width", "100")
    assert code == 0
    assert all(len(line) <= 100 for line in out.splitlines())
    assert "…" in out and "word199" not in out
