"""Definition and user text made safe for Qt rich text: escaped, lines joined into paragraphs."""

from __future__ import annotations

import html


def paragraphs(text: str) -> str:
    """``text`` as HTML paragraphs: blank lines part paragraphs, single line breaks (from the
    definition file's wrapping) become spaces, so the label wraps at its own width; ``<`` and
    ``&`` show as themselves."""
    blocks = [" ".join(block.split()) for block in text.strip().split("\n\n")]
    return "".join(f"<p>{html.escape(block)}</p>" for block in blocks if block)


def button_text(text: str) -> str:
    """``text`` for a button, check box or radio button: a single "&" would mark a shortcut
    letter and vanish, so it is doubled to show as itself."""
    return text.replace("&", "&&")
