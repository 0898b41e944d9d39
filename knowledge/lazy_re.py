"""Module-level regular expressions compiled on first use.

The engine's modules hold some 550 patterns, and compiling them all at import was about 0.4 s of
every `vnru-bot ask`, while one question uses about a quarter of them. A LazyPattern compiles on
its first use and then keeps the compiled pattern's methods as its own attributes, so later calls
cost what a compiled pattern's do.
"""

from __future__ import annotations

import re

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    """Stands in for `re.compile(pattern, flags)` until a method or attribute is first used."""

    __slots__ = ("pattern", "_flags", "_compiled", *_METHODS)

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            p = re.compile(self.pattern, self._flags)
            for name in _METHODS:
                setattr(self, name, getattr(p, name))
            self._compiled = p
        return self._compiled

    def __getattr__(self, name: str):  # only reached for what is not set yet
        if name.startswith("__") or name in ("_compiled", "_flags", "pattern"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"lazy_re.compile({self.pattern!r})"


def compile(pattern: str, flags: int = 0) -> LazyPattern:  # noqa: A001 - mirrors re.compile
    return LazyPattern(pattern, flags)
