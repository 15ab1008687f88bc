"""A questionnaire's texts in another language, from a gettext catalogue beside its definition."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from csn_desktop.domain.questionnaire import Choice, Question, Questionnaire, QuestionType

# The language a definition is written in; other languages are catalogues beside it.
SOURCE_LANGUAGE = "en_GB"

# A catalogue's messages: (message context, English text) -> translated text.
Catalogue = Mapping[tuple[str, str], str]


def catalogue_path(definition: Path, language: str) -> Path:
    """A definition's catalogue for ``language``: ``NAME.v2.yaml`` → ``NAME.v2.cy.po``."""
    return definition.with_name(f"{definition.stem}.{_short(language)}.po")


def available_languages(questionnaire: Questionnaire) -> list[str]:
    """The languages the questionnaire has a catalogue for (``cy``), beside its source."""
    if not questionnaire.source_file:
        return []
    definition = Path(questionnaire.source_file)
    prefix = definition.stem + "."
    return sorted(
        path.name[len(prefix) : -len(".po")]
        for path in definition.parent.glob(f"{definition.stem}.*.po")
    )


def text_places(questionnaire: Questionnaire) -> Iterator[tuple[str, str]]:
    """Every translatable text of a questionnaire as (message context, English text), in order.

    The context names the place, so a text repeated in two places can be translated apart:
    ``title``, ``description``, ``theme/ID``, ``section/ID/title``, ``section/ID/intro``,
    ``question/QID/label`` (``help``, ``short_label``; ``item``: one item of a repeat group) and
    ``question/QID/choice/ID/label`` (``help``). Empty texts are left out. Standards' official
    titles are not translated.
    """
    yield "title", questionnaire.title
    if questionnaire.description:
        yield "description", questionnaire.description
    for theme in questionnaire.themes:
        yield f"theme/{theme.id}", theme.label
    for section in questionnaire.sections:
        yield f"section/{section.id}/title", section.title
        if section.intro:
            yield f"section/{section.id}/intro", section.intro
        for question in section.questions:
            yield from _question_places(question)


def _question_places(question: Question) -> Iterator[tuple[str, str]]:
    place = f"question/{question.id}"
    yield f"{place}/label", question.label
    if question.help:
        yield f"{place}/help", question.help
    if question.short_label:
        yield f"{place}/short_label", question.short_label
    if question.type is QuestionType.REPEAT_GROUP:
        yield f"{place}/item", question.item_name
    for choice in question.choices:
        yield f"{place}/choice/{choice.id}/label", choice.label
        if choice.help:
            yield f"{place}/choice/{choice.id}/help", choice.help
    for child in question.fields:
        yield from _question_places(child)


def untranslated(questionnaire: Questionnaire, language: str) -> list[str]:
    """The places (message contexts) that have no translation into ``language``.

    A translation of an older English text does not count: the place is untranslated until the
    catalogue is brought up to date.
    """
    catalogue = _catalogue_of(questionnaire, language)
    return [
        context
        for context, english in text_places(questionnaire)
        if not catalogue.get((context, english))
    ]


def localised(questionnaire: Questionnaire, language: str | None) -> Questionnaire:
    """The questionnaire with its texts in ``language`` where translated (English elsewhere).

    Its id, version and checksum are unchanged: a translation is not a new questionnaire.
    """
    if not language or _short(language) == _short(SOURCE_LANGUAGE):
        return questionnaire
    catalogue = _catalogue_of(questionnaire, language)
    if not catalogue:
        return questionnaire

    def text(context: str, english: str) -> str:
        return catalogue.get((context, english)) or english if english else english

    def question(item: Question) -> Question:
        place = f"question/{item.id}"
        return replace(
            item,
            label=text(f"{place}/label", item.label),
            help=text(f"{place}/help", item.help),
            short_label=text(f"{place}/short_label", item.short_label),
            item_label=(
                text(f"{place}/item", item.item_name)
                if item.type is QuestionType.REPEAT_GROUP
                else item.item_label
            ),
            choices=tuple(
                Choice(
                    c.id,
                    text(f"{place}/choice/{c.id}/label", c.label),
                    text(f"{place}/choice/{c.id}/help", c.help),
                )
                for c in item.choices
            ),
            fields=tuple(question(child) for child in item.fields),
        )

    return replace(
        questionnaire,
        title=text("title", questionnaire.title),
        description=text("description", questionnaire.description),
        themes=tuple(
            replace(t, label=text(f"theme/{t.id}", t.label)) for t in questionnaire.themes
        ),
        sections=tuple(
            replace(
                s,
                title=text(f"section/{s.id}/title", s.title),
                intro=text(f"section/{s.id}/intro", s.intro),
                questions=tuple(question(q) for q in s.questions),
            )
            for s in questionnaire.sections
        ),
        language=_short(language),
    )


def _catalogue_of(questionnaire: Questionnaire, language: str) -> Catalogue:
    if not questionnaire.source_file:
        return {}
    path = catalogue_path(Path(questionnaire.source_file), language)
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        return {}
    return read_catalogue(path, stamp)


@lru_cache(maxsize=16)
def read_catalogue(path: Path, stamp: int = 0) -> Catalogue:
    """The translated messages of a ``.po`` file (``stamp``, its change time, renews the cache).

    Fuzzy and empty translations are left out: they are not yet translations.
    """
    # Babel is imported here: only a questionnaire shown in another language reads a catalogue.
    from babel.messages.pofile import read_po

    with path.open("rb") as handle:
        catalog = read_po(handle)
    found: dict[tuple[str, str], str] = {}
    for message in catalog:
        if not message.id or message.fuzzy or not isinstance(message.id, str):
            continue
        if isinstance(message.string, str) and message.string:
            found[(message.context or "", message.id)] = message.string
    return found


def _short(language: str) -> str:
    """``cy_GB`` → ``cy``: catalogues are named by language, not by country."""
    return language.replace("-", "_").split("_")[0]
