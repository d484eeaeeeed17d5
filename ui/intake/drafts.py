"""Crash drafts of the intake's answers (app/concepten.py): every keystroke in a text answer is
written to the encrypted store at once, before the editor's save-after-pause gives it. A saved
answer forgets its draft. When the window opens and drafts are left (the app was killed or
crashed while a save was pending), each is saved as the pause would have saved it; one that is
not a valid answer (yet) is put back in its field as typed, with the message why."""

from __future__ import annotations

from app.concepten import InvoerConcepten
from app.intake.service import IntakeService
from app.intake.values import coerce, display
from app.validation import FieldError
from ui.i18n import QT_TRANSLATE_NOOP, app_text, translate

NEWER = QT_TRANSLATE_NOOP(
    "intake.drafts",
    "Intussen is een ander antwoord opgeslagen (bijvoorbeeld van een collega): {stored}. "
    "Hier staat wat u typte; het wordt opgeslagen als u het veld verlaat.",
)


class IntakeDrafts:
    """The drafts of one inburgeraar's intake, keyed "<inburgeraar id>/<question id>"."""

    def __init__(self, concepten: InvoerConcepten, inburgeraar_id: str) -> None:
        self.concepten = concepten
        self.enabled = concepten.session.may(concepten.permission)  # else it cannot save anyway
        self.prefix = f"{inburgeraar_id}/"
        self.written: set[str] = set()  # question ids with a draft in the store
        self.unsaved: dict[str, tuple[object, str]] = {}  # qid → (typed, why not saved, shown)

    def typed(self, question_id: str, raw: object) -> None:
        if not self.enabled:
            return
        self.concepten.bewaar(self.prefix + question_id, raw)
        self.written.add(question_id)

    def saved(self, question_id: str) -> None:
        """The answer was stored: its draft is no longer needed."""
        if question_id in self.written:
            self.written.discard(question_id)
            self.concepten.vergeet(self.prefix + question_id)

    def left(self) -> dict[str, object]:
        return self.concepten.alle(self.prefix) if self.enabled else {}

    def restore(self, service: IntakeService, answers: dict[str, object]) -> list[str]:
        """Save every draft left behind (as the editor's pause would have); update *answers*.
        Returns the question ids that were restored."""
        inburgeraar_id = self.prefix[:-1]
        restored: list[str] = []
        left = self.left()
        written = self.concepten.geschreven(self.prefix) if left else {}
        stored_at = service.answer_times(inburgeraar_id) if left else {}
        for qid, raw in left.items():
            question = service.definition.question(qid)
            if question is None:  # a question no longer in the definition: nothing to put back
                self.concepten.vergeet(self.prefix + qid)
                continue
            self.written.add(qid)
            try:
                if coerce(question, raw) == answers.get(qid):
                    self.saved(qid)  # it was saved after all
                    continue
                if stored_at.get(qid, "") >= written.get(qid, ""):  # same ms: the stored wins
                    # Answered again since it was typed (a colleague's answer by a sync): the
                    # officer chooses; the typing waits in its field, unsaved, with the reason.
                    other = display(question, answers.get(qid))
                    why = translate("intake.drafts", NEWER).format(stored=other)
                    self.unsaved[qid] = (raw, why)
                    restored.append(qid)
                    continue
                stored = service.save_answer(inburgeraar_id, qid, raw)
            except FieldError as exc:
                self.unsaved[qid] = (raw, app_text(str(exc)))  # in its field, typed, not lost
                restored.append(qid)
                continue
            if stored is None:
                answers.pop(qid, None)
            else:
                answers[qid] = stored
            self.saved(qid)
            restored.append(qid)
        return restored
