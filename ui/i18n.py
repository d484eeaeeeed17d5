"""The app's language: Dutch is the source text, English ships as resources/i18n/wegwijs_en.qm.

Every user-visible string in ui/ goes through `translate(context, text)` (tools/i18n_wrap.py puts
it there; tests/ui/test_translatable.py keeps it so). Texts made in app/ (error messages, labels)
are Dutch sentences too; they are translated where the ui shows them, with `app_text`, in the
context "app" (docs/vertalen.md says how they get into the .ts file).

The language is a choice per laptop (Beheer → Instellingen), kept in `taal.ini` beside the store
and read before the sign-in dialog, so it applies from the next start. Without a choice the
system language decides: English when the computer is set to English, Dutch otherwise."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

import resources

I18N_DIR = Path(resources.__file__).resolve().parent / "i18n"
LANGUAGES = {"nl": "Nederlands", "en": "English"}  # each in its own language, as lists do
SYSTEM = ""  # no choice made: the system language decides
SETTINGS_FILE = "taal.ini"
APP_CONTEXT = "app"


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Qt's translation of `text` (Dutch) in the chosen language; `n` picks a plural form (%n)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for translation where it is defined (a column header); `translate` at the
    place it is shown. Typed, unlike PySide6's own."""
    return text


def app_text(message: str) -> str:
    """A Dutch sentence made in app/ (an error, a label), in the chosen language where known."""
    return QCoreApplication.translate(APP_CONTEXT, message)


def app_message(exc: BaseException) -> str:
    """The sentence for an error from app/, in the chosen language where known; one raised as a
    template with values (`app.errors.TemplatedError`) is translated as the template, then
    filled in."""
    from app.errors import TemplatedError, user_message

    if isinstance(exc, TemplatedError):
        try:
            return app_text(exc.template).format(**exc.values)
        except (KeyError, IndexError, ValueError):  # a translation with a wrong placeholder
            return str(exc)
    return app_text(user_message(exc))


def _settings(data_dir: Path) -> QSettings:
    return QSettings(str(Path(data_dir) / SETTINGS_FILE), QSettings.Format.IniFormat)


def chosen_language(data_dir: Path) -> str:
    """ "nl", "en" or SYSTEM (no choice made)."""
    value = str(_settings(data_dir).value("taal", SYSTEM) or SYSTEM)
    return value if value in LANGUAGES else SYSTEM


def choose_language(data_dir: Path, code: str) -> None:
    if code not in (*LANGUAGES, SYSTEM):
        raise ValueError(f"onbekende taal {code!r}")
    settings = _settings(data_dir)
    settings.setValue("taal", code)
    settings.sync()


def effective_language(choice: str, system: QLocale | None = None) -> str:
    if choice in LANGUAGES:
        return choice
    locale = system or QLocale.system()
    return "en" if locale.language() == QLocale.Language.English else "nl"


TRANSLATOR_NAME = "wegwijs-taal"


def _load(app: QCoreApplication, load: Callable[[QTranslator], bool]) -> QTranslator | None:
    translator = QTranslator(app)
    translator.setObjectName(TRANSLATOR_NAME)
    if not load(translator):
        translator.deleteLater()
        return None
    app.installTranslator(translator)
    return translator


def install_language(
    app: QCoreApplication, code: str, *, qt_texts: bool = True
) -> list[QTranslator]:
    """Install the app's texts (and, with `qt_texts`, Qt's own) for `code`, replacing an earlier
    choice; returns the translators installed (the app, their parent, keeps them alive).
    Dutch: wegwijs_nl.qm holds only the plural forms ("1 dossier", "2 dossiers": Dutch is the
    source text) and qtbase_nl.qm makes Qt's standard buttons and file dialogs Dutch.
    English: wegwijs_en.qm; Qt itself is English."""
    for old in app.findChildren(QTranslator, TRANSLATOR_NAME):
        app.removeTranslator(old)
        old.deleteLater()
    dutch = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
    loaded: list[QTranslator | None] = []
    if code == "nl":
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_texts:
            loaded.append(_load(app, lambda t: t.load(dutch, "qtbase", "_", folder)))
        QLocale.setDefault(dutch)
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    loaded.append(_load(app, lambda t: t.load(str(I18N_DIR / f"wegwijs_{code}.qm"))))
    return [t for t in loaded if t is not None]
