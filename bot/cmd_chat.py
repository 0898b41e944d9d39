"""`vnru-bot chat`: a conversation with the engine in the terminal, keeping context between turns.

Same engine and reply text as `ask` and Telegram. Follow-ups work: "Who did Putin meet in
Hanoi?" then "When?", or "And what did he say about Ukraine?". Commands: /more, /source N,
/who NAME, /timeline, /sources, /reset, /help, /quit.
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from dataclasses import dataclass

from bot.cmd_ask import add_paths, open_engine

HELP = """Ask about Vietnam–Russia meetings, visits and statements, in English, Vietnamese or Russian.
  /more        further quotes for the last answer
  /source N    the whole paragraph around quote N of the last answer
  /who NAME    what the articles say about someone
  /timeline    meetings, visits and calls in date order
  /sources     the articles I know
  /reset       forget the conversation so far
  /quit        leave (or Ctrl-D)"""


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "chat",
        help="talk with the bot in the terminal (follow-up questions keep their context)",
        description=textwrap.fill(" ".join(__doc__.split("`: ", 1)[1].split()), 79),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_paths(p)
    p.set_defaults(func=run_chat)


def run_chat(args: argparse.Namespace, stdin=None, stdout=None) -> int:
    """The REPL; also what `vnru-bot run` falls back to when no Telegram token is set."""
    stdin, stdout = stdin or sys.stdin, stdout or sys.stdout
    engine, problem = open_engine(args)
    if engine is None:
        print(f"vnru-bot: error: {problem}", file=sys.stderr)
        return 2
    chat = _Chat(engine, stdout)
    interactive = stdin.isatty() if hasattr(stdin, "isatty") else False
    chat.out("vnru-bot: ask me about Vietnam–Russia relations. /help for commands, /quit to leave.")
    try:
        while (line := _read_line(stdin, interactive, chat.out)) is not None:
            if not line:
                continue
            if line.startswith("/"):
                if not chat.command(line):
                    break
                continue
            chat.last = engine.ask(line, chat.context)
            chat.context = chat.last.context
            chat.out(chat.last.text)
            chat.out()
    except KeyboardInterrupt:
        chat.out()
    finally:
        engine.close()
    return 0


def _read_line(stdin, interactive: bool, out) -> str | None:
    """The next stripped line, or None at the end of input."""
    if interactive:
        try:
            return input("you> ").strip()
        except EOFError:
            out()
            return None
    # piped input: echo each question after it is read (a readable transcript), so that the end
    # of input leaves no prompt dangling
    line = stdin.readline()
    if not line:
        return None
    line = line.strip()
    if line:
        out("you> " + line)
    return line


@dataclass
class _Chat:
    """The conversation's state: the context for follow-ups and the last answer for /more."""

    engine: object
    stdout: object
    context: dict | None = None
    last: object = None

    def out(self, text: str = "") -> None:
        self.stdout.write(text + "\n")
        self.stdout.flush()

    def command(self, line: str) -> bool:
        """Run a slash command; False when it asks to leave."""
        cmd, _, arg = line.partition(" ")
        cmd, arg = cmd.lower(), arg.strip()
        if cmd in ("/quit", "/exit", "/q"):
            return False
        if cmd == "/help":
            self.out(HELP)
        elif cmd == "/reset":
            self.context, self.last = None, None
            self.out("Forgotten. Ask me anything.")
        elif cmd == "/sources":
            for s in self.engine.sources():
                self.out(f"• {s.file}: {s.title or '(no title)'} — {s.outlet or 'unknown outlet'}, {s.date or 'undated'}")
        elif cmd == "/timeline":
            from bot.cmd_timeline import lines

            self.out("\n".join(lines(self.engine.timeline())))
        elif cmd == "/who":
            if not arg:
                self.out("Usage: /who NAME")
            else:
                self.last = self.engine.who(arg)
                self.out(self.last.text)
        elif cmd == "/more":
            self._more()
        elif cmd == "/source":
            if not self._source(arg):
                return True
        else:
            self.out(f"Unknown command {cmd}. /help lists them.")
        self.out()
        return True

    def _more(self) -> None:
        if self.last is None or not self.last.more:
            self.out("Nothing more for the last answer.")
            return
        from knowledge.reply import quote_block

        self.out("\n\n".join(quote_block(c) for c in self.last.more[:10]))

    def _source(self, arg: str) -> bool:
        """Print the paragraph of quote N; False (after a usage line, no blank) when N is bad."""
        cites = (self.last.citations + self.last.more) if self.last else []
        try:
            n = int(arg or "1")
            cite = cites[n - 1]
        except (ValueError, IndexError):
            self.out(f"Usage: /source N, with N from 1 to {len(cites)}" if cites else "No quotes to expand yet.")
            return False
        from knowledge.reply import quote_block

        self.out(quote_block(self.engine.paragraph(cite)))
        return True
