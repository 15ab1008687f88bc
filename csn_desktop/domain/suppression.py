"""Which figures about councils are withheld outside the network, so no small group stands out."""

from __future__ import annotations

from dataclasses import dataclass

# Figures about fewer councils than this are withheld from anything shared outside the network.
DEFAULT_MINIMUM_GROUP = 5


@dataclass(frozen=True, slots=True)
class Suppression:
    """The one rule the network window (which marks) and every export (which withholds) apply.

    A figure is withheld when the selection of councils, the group the figure is about (e.g. the
    councils that answered for one standard) or the count itself is between 1 and ``minimum`` - 1.
    A count of zero out of a large enough group identifies nobody, so it is shown; an empty
    selection or group has nothing to show, so its figures are withheld too.
    """

    minimum: int = DEFAULT_MINIMUM_GROUP

    def __post_init__(self) -> None:
        if self.minimum < 1:
            raise ValueError(f"the minimum group must be at least 1, not {self.minimum}")

    def is_small(self, count: int) -> bool:
        """Whether ``count`` councils are few enough to be singled out (zero is not)."""
        return 0 < count < self.minimum

    def selection_withheld(self, councils: int) -> bool:
        """Whether every figure about a selection of ``councils`` councils is withheld."""
        return councils < self.minimum

    def withholds(self, count: int, group: int, selection: int) -> bool:
        """Whether ``count`` councils, of ``group`` in a selection of ``selection``, is withheld."""
        return self.selection_withheld(selection) or group < self.minimum or self.is_small(count)
