"""Every registered `vnru-bot` subcommand documents itself (the sqlite-utils habit): a one-line
help in the command list, a description under --help, and help text on every option."""

from __future__ import annotations

import argparse

import pytest

from bot import cli


def subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = cli.build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def listed_help() -> dict[str, str | None]:
    parser = cli.build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return {a.dest: a.help for a in action._choices_actions}


def test_every_module_in_the_dispatcher_registers_a_command():
    assert len(subcommands()) == len(cli.COMMANDS)
    assert {"load", "facts"} <= set(subcommands())


@pytest.mark.parametrize("name", sorted(subcommands()))
def test_subcommand_is_documented(name):
    sub = subcommands()[name]
    assert (listed_help().get(name) or "").strip(), f"`vnru-bot {name}` has no help line in `vnru-bot --help`"
    assert (sub.description or "").strip(), f"`vnru-bot {name} --help` has no description"
    for action in sub._actions:
        if isinstance(action, argparse._HelpAction):
            continue
        assert (action.help or "").strip() and action.help != argparse.SUPPRESS, (
            f"`vnru-bot {name}`: option {action.option_strings or action.dest} has no help text")


def test_help_exits_cleanly(capsys):
    for name in subcommands():
        with pytest.raises(SystemExit) as exc:
            cli.main([name, "--help"])
        assert exc.value.code == 0
        assert f"usage: vnru-bot {name}" in capsys.readouterr().out
