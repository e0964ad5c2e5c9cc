#!/usr/bin/env python3
"""Renders Mermaid files with the real mermaid.js (mermaidx: mermaid.js in QuickJS, no browser),
the way mermaid-cli would, and writes each SVG next to its source (FILE.mmd -> FILE.mmd.svg).

    render-mermaid.py FILE.mmd...

Prints one line per file: "ok FILE" or "error FILE: message". Exits 1 when any failed. A
diagram past Mermaid's text limit renders as an error picture rather than failing, so that
counts as an error too.
"""
import sys

import mermaidx

# What mermaid.js draws instead of a diagram whose text is too long (maxTextSize).
TOO_LONG = "Maximum text size in diagram exceeded"


def main():
    failed = False
    for path in sys.argv[1:]:
        with open(path, encoding="utf-8") as f:
            source = f.read()
        try:
            svg = mermaidx.render(source).svg()
        except Exception as error:  # mermaidx wraps mermaid.js's own parse and render errors
            message = " ".join(str(error).split())
            print(f"error {path}: {message[:500]}")
            failed = True
            continue
        with open(path + ".svg", "w", encoding="utf-8") as f:
            f.write(svg)
        if TOO_LONG in svg or "<svg" not in svg:
            print(f"error {path}: {TOO_LONG if TOO_LONG in svg else 'no svg'}")
            failed = True
        else:
            print(f"ok {path}")
        sys.stdout.flush()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
