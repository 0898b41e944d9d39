"""Run `vnru-bot` commands through the real dispatcher (bot.cli.main) in a temporary directory,
with the stand-in extractor so that loads are instant."""

from __future__ import annotations

from helpers import fake_extract

from bot import cli
from knowledge import loader

ENV = ("VNRU_SEEDS", "VNRU_DB", "TELEGRAM_BOT_TOKEN", "TELEGRAM_BASE_URL")


def fake_cli(monkeypatch, workdir) -> None:
    """Stand-in extractor, `workdir` as the current directory and
    none of the settings a developer's shell may have exported."""
    monkeypatch.setattr(loader, "_extract", fake_extract.fake_extract)
    monkeypatch.chdir(workdir)
    for var in ENV:
        monkeypatch.delenv(var, raising=False)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    """(exit status, stdout, stderr) of one command."""
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err
