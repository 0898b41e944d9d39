"""`vnru-bot facts` over the real seeds with the real extractor: a user can check the extraction."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def facts(tmp_path, *args):
    return subprocess.run([sys.executable, "-m", "bot.cli", "facts", "--seeds", str(tmp_path / "seeds"),
                           "--db", str(tmp_path / "vnru.db"), "--width", "200", *args],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)


def test_facts_on_the_seeds(tmp_path):
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    first = facts(tmp_path)
    assert first.returncode == 0, first.stderr
    assert "store refreshed" in first.stderr and "2 added" in first.stderr
    out = first.stdout
    assert "Sources (2)" in out and "VOV World" in out and "Viet Nam News" in out
    events = out[out.index("Events ("):out.index("Statements (")]
    talks = next(line for line in events.splitlines() if "2024-06-20 (on Thursday)" in line and "talks" in line)
    assert "Nguyễn Phú Trọng" in talks and "Vladimir Putin" in talks and "Hanoi" in talks
    meeting = next(line for line in events.splitlines() if "2022-07-06 (on Wednesday)" in line)
    assert "Nguyễn Phú Trọng" in meeting and "Sergey Lavrov" in meeting
    statements = out[out.index("Statements ("):]
    assert "Sergey Lavrov" in statements and "asean" in statements.lower()

    second = facts(tmp_path, "--who", "nguyen phu trong")
    assert second.returncode == 0 and second.stderr == ""  # fresh store: nothing reloaded
    assert second.stdout.startswith("Nguyễn Phú Trọng (person)")
    assert "Mr. Trong" in second.stdout.splitlines()[0]
    assert "Vladimir Putin" in second.stdout and "Sergey Lavrov" in second.stdout
