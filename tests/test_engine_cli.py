"""`vnru-bot ask` and `vnru-bot chat` end to end, in subprocesses like a user runs them."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from argparse import Namespace
from pathlib import Path

import pytest

from tests.data.engine_articles import ROOT, build_store


def run(args, env_extra, stdin=None):
    env = {**os.environ, **env_extra}
    return subprocess.run([sys.executable, "-m", "bot.cli", *args], input=stdin, capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=120)


@pytest.fixture(scope="module")
def hand_built(tmp_path_factory):
    d = tmp_path_factory.mktemp("cli")
    build_store(d / "h.db", d / "seeds")
    # a first `ask` brings the store in line with the folder (records sizes/mtimes), quietly
    run(["ask", "Who met Putin?"], {"VNRU_DB": str(d / "h.db"), "VNRU_SEEDS": str(d / "seeds")})
    return {"VNRU_DB": str(d / "h.db"), "VNRU_SEEDS": str(d / "seeds")}


def test_ask_json_prints_one_object(hand_built):
    p = run(["ask", "--json", "Who did Putin meet in Hanoi?"], hand_built)
    assert p.returncode == 0, p.stderr
    lines = p.stdout.strip().split("\n")
    assert len(lines) == 1
    obj = json.loads(lines[0])
    assert obj["answered"] is True and "20 June 2024" in obj["text"]
    assert obj["citations"][0]["source"] == "000_660d5ccee3f9ddf8.txt"
    assert set(obj) == {"answered", "text", "citations", "suggestions"}


def test_ask_json_stdin_is_json_lines_without_context(hand_built):
    questions = "Who did Putin meet in Hanoi?\n\nWhen?\nКогда Путин посетил Вьетнам?\nWhat is the weather in Paris?\n"
    p = run(["ask", "--json"], hand_built, stdin=questions)
    assert p.returncode == 0, p.stderr
    objs = [json.loads(line) for line in p.stdout.strip().split("\n")]
    assert [o["answered"] for o in objs] == [True, False, True, False]  # "When?" gets no context
    assert objs[3]["citations"] == [] and objs[3]["suggestions"]


def test_ask_text_and_errors(hand_built, tmp_path):
    p = run(["ask", "When did Trong meet Lavrov?"], hand_built)
    assert p.returncode == 0, p.stderr
    assert p.stdout.startswith("Nguyễn Phú Trọng met Sergey Lavrov in Hà Nội on Wednesday, 6 July 2022.\n"), p.stdout
    bad = run(["ask", "Who?"], {"VNRU_DB": str(tmp_path / "none.db"), "VNRU_SEEDS": str(tmp_path / "nothing")})
    assert bad.returncode == 2 and "error" in bad.stderr and bad.stdout == ""


def test_help_documents_both_commands():
    for cmd in ("ask", "chat"):
        p = run([cmd, "--help"], {})
        assert p.returncode == 0 and "--db" in p.stdout and "--seeds" in p.stdout and len(p.stdout) > 300


def test_fresh_clone_builds_the_store_and_keeps_stdout_clean(tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    env = {"VNRU_DB": str(tmp_path / "data" / "v.db"), "VNRU_SEEDS": str(seeds)}
    p = run(["ask", "--json", "When did Trong meet Lavrov?"], env)
    assert p.returncode == 0, p.stderr
    obj = json.loads(p.stdout)  # nothing but the one object on stdout
    assert obj["answered"] and "6 July 2022" in obj["text"]
    assert "reading the seed files" in p.stderr
    p2 = run(["ask", "--json", "When did Trong meet Lavrov?"], env)
    assert "reading the seed files" not in p2.stderr  # fresh store: not rebuilt


def test_chat_keeps_context_and_commands(hand_built):
    from bot.cmd_chat import run_chat
    from knowledge.answer import Engine
    from knowledge.reply import quote_block

    script = ("Who met whom?\n/more\n/reset\n/more\nWho did Putin meet in Hanoi?\nWhen?\n/source 1\n/more\n"
              "/who Lavrov\n/bogus\n/reset\nWhen?\n/quit\n")
    out = io.StringIO()
    args = Namespace(db=Path(hand_built["VNRU_DB"]), seeds=Path(hand_built["VNRU_SEEDS"]))
    assert run_chat(args, stdin=io.StringIO(script), stdout=out) == 0
    turns = out.getvalue().split("you> ")[1:]
    assert [t.split("\n", 1)[0] for t in turns] == script.splitlines()  # one turn per line, in order
    reply = [t.split("\n", 1)[1].strip() for t in turns]
    with Engine.open(args.db, args.seeds) as engine:
        more = engine.ask("Who met whom?").more
    assert len(more) >= 2
    assert reply[1] == "\n\n".join(quote_block(c) for c in more[:10])  # /more: the further quotes, in order
    assert reply[2] == "Forgotten. Ask me anything."
    assert reply[3] == "Nothing more for the last answer."  # the answer before /reset is forgotten
    assert "20 June 2024" in reply[5]  # "When?" answered from the previous turn
    assert "Vietnam from Wednesday to Thursday." in reply[6]  # /source: the paragraph
    assert reply[7] == "Nothing more for the last answer."  # this answer had no further facts
    assert "Sergey Lavrov" in reply[8]
    assert reply[9].startswith("Unknown command /bogus.")
    assert reply[10] == "Forgotten. Ask me anything."
    assert "Name a person or a place" in reply[11]  # after /reset, "When?" has no context


def test_piped_chat_echoes_questions_and_leaves_no_dangling_prompt(hand_built):
    from bot.cmd_chat import run_chat

    out = io.StringIO()
    args = Namespace(db=Path(hand_built["VNRU_DB"]), seeds=Path(hand_built["VNRU_SEEDS"]))
    assert run_chat(args, stdin=io.StringIO("Who did Putin meet in Hanoi?\n\n"), stdout=out) == 0
    text = out.getvalue()
    assert "you> Who did Putin meet in Hanoi?\n" in text
    assert not text.rstrip(" ").endswith("you> ") and text.count("you> ") == 1
