"""`vnru-bot chat`: a conversation with the engine in the terminal, keeping context between turns.

Same engine and reply text as `ask` and Telegram. Follow-ups work: "Who did Putin meet in
Hanoi?" then "When?", or "And what did he say about Ukraine?". Commands: /more, /source N,
/who NAME, /timeline, /sources, /reset, /help, /quit.
"""

from __future__ import annotations

import argparse
import sys
import textwrap

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
    interactive = stdin.isatty() if hasattr(stdin, "isatty") else False

    def out(text: str = "") -> None:
        stdout.write(text + "\n")
        stdout.flush()

    out("vnru-bot: ask me about Vietnam–Russia relations. /help for commands, /quit to leave.")
    context: dict | None = None
    last = None
    try:
        while True:
            if interactive:
                try:
                    line = input("you> ")
                except EOFError:
                    out()
                    break
            else:
                # piped input: echo each question after it is read (a readable transcript), so that
                # the end of input leaves no prompt dangling
                line = stdin.readline()
                if not line:
                    break
                line = line.rstrip("\n")
                if line.strip():
                    out("you> " + line.strip())
            line = line.strip()
            if not line:
                continue
            if line.startswith("/"):
                cmd, _, arg = line.partition(" ")
                cmd = cmd.lower()
                if cmd in ("/quit", "/exit", "/q"):
                    break
                if cmd == "/help":
                    out(HELP)
                elif cmd == "/reset":
                    context, last = None, None
                    out("Forgotten. Ask me anything.")
                elif cmd == "/sources":
                    for s in engine.sources():
                        out(f"• {s.file}: {s.title or '(no title)'} — {s.outlet or 'unknown outlet'}, {s.date or 'undated'}")
                elif cmd == "/timeline":
                    from bot.cmd_timeline import lines

                    out("\n".join(lines(engine.timeline())))
                elif cmd == "/who":
                    if not arg.strip():
                        out("Usage: /who NAME")
                    else:
                        last = engine.who(arg.strip())
                        out(last.text)
                elif cmd == "/more":
                    if last is None or not last.more:
                        out("Nothing more for the last answer.")
                    else:
                        from knowledge.reply import quote_block

                        out("\n\n".join(quote_block(c) for c in last.more[:10]))
                elif cmd == "/source":
                    cites = (last.citations + last.more) if last else []
                    try:
                        n = int(arg.strip() or "1")
                        cite = cites[n - 1]
                    except (ValueError, IndexError):
                        out(f"Usage: /source N, with N from 1 to {len(cites)}" if cites else "No quotes to expand yet.")
                        continue
                    from knowledge.reply import quote_block

                    out(quote_block(engine.paragraph(cite)))
                else:
                    out(f"Unknown command {cmd}. /help lists them.")
                out()
                continue
            last = engine.ask(line, context)
            context = last.context
            out(last.text)
            out()
    except KeyboardInterrupt:
        out()
    finally:
        engine.close()
    return 0
