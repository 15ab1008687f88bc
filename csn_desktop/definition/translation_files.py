"""A questionnaire's translation files: its template, and catalogues kept in step with it."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from csn_desktop.definition.translations import catalogue_path, text_places
from csn_desktop.domain.questionnaire import Questionnaire

if TYPE_CHECKING:
    from babel.messages.catalog import Catalog

# The header's dates: fixed, so that refreshing an unchanged catalogue changes nothing in it.
_STAMP = datetime(2026, 1, 1, tzinfo=UTC)
# Long texts wrap at this width, so a changed sentence shows as a small diff in review.
WIDTH = 100


def template_path(definition: Path) -> Path:
    """A definition's template: ``NAME.v2.yaml`` → ``NAME.v2.pot``."""
    return definition.with_suffix(".pot")


def template(questionnaire: Questionnaire) -> Catalog:
    """Every text of the questionnaire, untranslated, with its place as the message context."""
    catalog = _new_catalog(questionnaire, None)
    for context, english in text_places(questionnaire):
        catalog.add(english, "", context=context)
    return catalog


def updated(questionnaire: Questionnaire, language: str, existing: Catalog | None) -> Catalog:
    """A catalogue for ``language`` holding every place of the questionnaire.

    A place whose English is unchanged keeps its translation; a place whose English changed keeps
    the old translation marked fuzzy (not used until a translator confirms it) with the old English
    beside it; a new place is empty. Places gone from the definition are dropped (git keeps them).
    """
    catalog = _new_catalog(questionnaire, language)
    by_place = {m.context: m for m in existing or () if m.id and isinstance(m.id, str)}
    for context, english in text_places(questionnaire):
        old = by_place.get(context)
        if old is None or not isinstance(old.string, str) or not old.string:
            catalog.add(english, "", context=context)
        elif old.id == english:
            catalog.add(english, old.string, context=context, flags=old.flags)
        else:
            catalog.add(
                english,
                old.string,
                context=context,
                flags={"fuzzy"},
                previous_id=[old.id] if isinstance(old.id, str) else list(old.id),
            )
    return catalog


def write_template(questionnaire: Questionnaire) -> Path:
    """Write ``NAME.vN.pot`` beside the definition and return its path."""
    path = template_path(_definition(questionnaire))
    _write(template(questionnaire), path)
    return path


def refresh_catalogue(questionnaire: Questionnaire, language: str) -> Path:
    """Create or bring up to date ``NAME.vN.LANG.po`` beside the definition; return its path.

    Only the catalogue is written: the definition file, its checksum and published version stay.
    """
    path = catalogue_path(_definition(questionnaire), language)
    existing = read(path) if path.exists() else None
    _write(updated(questionnaire, language, existing), path)
    return path


def read(path: Path) -> Catalog:
    """Read a catalogue; a malformed entry raises ``babel.messages.pofile.PoFileError``."""
    from babel.messages.pofile import read_po

    with path.open("rb") as handle:
        return read_po(handle, abort_invalid=True)


def _definition(questionnaire: Questionnaire) -> Path:
    if not questionnaire.source_file:
        raise ValueError(f"{questionnaire.id} v{questionnaire.version} has no definition file")
    return Path(questionnaire.source_file)


def _new_catalog(questionnaire: Questionnaire, language: str | None) -> Catalog:
    from babel.messages.catalog import Catalog

    catalog = Catalog(
        locale=language,
        project=f"{questionnaire.id}",  # not translated: catalogue header, for translators' tools
        version=str(questionnaire.version),
        copyright_holder="City Standards Network",  # not translated: a name
        fuzzy=False,
    )
    catalog.creation_date = catalog.revision_date = _STAMP
    if language:
        catalog.language_team = language
    return catalog


def _write(catalog: Catalog, path: Path) -> None:
    from babel.messages.pofile import write_po

    with path.open("wb") as handle:
        write_po(handle, catalog, width=WIDTH, sort_output=False, include_previous=True)
