"""Why a figure in the network window is withheld, in the words its tooltip gives."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from csn_desktop.domain.disclosure import Reason
from csn_desktop.ui.formats import format_number

CONTEXT = "WithheldWords"


def why_withheld(reason: Reason | None, minimum: int) -> str:
    """A sentence for the tooltip of a withheld figure; a general one when the reason is unknown."""
    if reason is Reason.SELECTION:
        text = QCoreApplication.translate(
            CONTEXT,
            "Withheld: this selection has fewer than {minimum} councils, so every figure about "
            "it is withheld.",
        )
    elif reason is Reason.GROUP:
        text = QCoreApplication.translate(
            CONTEXT, "Withheld: fewer than {minimum} councils answered for this row."
        )
    elif reason is Reason.SMALL:
        text = QCoreApplication.translate(
            CONTEXT, "Withheld: this figure is about fewer than {minimum} councils."
        )
    elif reason is Reason.COMPLEMENT:
        text = QCoreApplication.translate(
            CONTEXT,
            "Withheld so that another withheld figure cannot be worked out from the totals.",
        )
    else:
        text = QCoreApplication.translate(
            CONTEXT,
            "Withheld: figures about fewer than {minimum} councils are not shown, nor any "
            "figure from which one could be worked out. The files show the same.",
        )
    return text.format(minimum=format_number(minimum))
