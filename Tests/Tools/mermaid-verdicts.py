#!/usr/bin/env python3
"""Asks the real mermaid.js (mermaidx: Mermaid in QuickJS) whether it draws each file as a user
journey, for the import tests' record of where journeymap and Mermaid disagree.

    mermaid-verdicts.py FILE...

Prints one line per file: "journey FILE" when Mermaid draws it as a journey diagram, or
"rejects FILE: reason" (a parse error, no diagram type, or another kind of diagram). Bytes that
are not UTF-8 are replaced, as a browser would. Writes nothing else.
"""
import re
import sys

import mermaidx


def main():
    for path in sys.argv[1:]:
        with open(path, "rb") as f:
            source = f.read().decode("utf-8", errors="replace")
        try:
            svg = mermaidx.render(source).svg()
        except Exception as error:  # mermaidx wraps mermaid.js's own errors
            print(f"rejects {path}: {' '.join(str(error).split())[:300]}")
            continue
        kind = re.search(r'aria-roledescription="([^"]*)"', svg)
        kind = kind.group(1) if kind else "unknown"
        if kind == "journey":
            print(f"journey {path}")
        else:
            print(f"rejects {path}: draws a {kind}")
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
