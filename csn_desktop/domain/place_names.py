"""The bundled council list's nations, regions and authority types, in the reader's language."""

from __future__ import annotations

from csn_desktop.i18n import N_, _

# Every nation, region and authority type of resources/councils/uk_local_authorities.csv: stored
# in English (the data and the files exchanged keep them so), shown in the reader's language.
PLACE_WORDS = frozenset(
    {
        N_("England"),
        N_("Wales"),
        N_("Scotland"),
        N_("Northern Ireland"),
        N_("East Midlands"),
        N_("East of England"),
        N_("London"),
        N_("North East"),
        N_("North West"),
        N_("South East"),
        N_("South West"),
        N_("West Midlands"),
        N_("Yorkshire and The Humber"),
        N_("City corporation"),
        N_("Combined authority"),
        N_("County"),
        N_("London borough"),
        N_("Metropolitan district"),
        N_("NI district"),
        N_("Non-metropolitan district"),
        N_("Scottish unitary authority"),
        N_("Strategic Regional Authority"),
        N_("Unitary authority"),
        N_("Welsh unitary authority"),
    }
)


def local_place(text: str) -> str:
    """A nation, region or authority type as the reader's language names it; other text as it is
    (a name typed in by a user, a merged group's own words)."""
    return _(text) if text in PLACE_WORDS else text
