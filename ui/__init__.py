"""PySide6 user interface. Importing any ``ui`` module first applies the guard below."""

from __future__ import annotations

import ctypes
import sys

# PySide6 6.12.0 returns None from every void method without taking a reference to it, so each
# call (setText, addItem, setData …) lowers None's reference count by one. On Python 3.11, where
# None is not yet immortal, a few thousand calls in a fresh process bring it to zero and the
# interpreter aborts ("Fatal Python error: none_dealloc"): building the language list alone did.
# The same holds for True: every ``SignalInstance.emit()`` from Python drops one reference to
# the True it returns, so a few thousand emitted signals (an intake answered by typing: every
# keystroke tells the crash draft) abort the app ("bool_dealloc"), losing what was on screen.
# Python 3.12+ makes these immortal, which is what we do here by hand: add references enough
# for 10^12 calls. None, True and False are never freed anyway, so this costs nothing. Older
# PySide6 versions do not have the bugs, but 6.12 is the first with the separate pyside6-pdf
# wheel the preview needs.
_HEADROOM = 1 << 40


def _immortalise(value: object) -> None:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    refcount = ctypes.c_ssize_t.from_address(id(value))
    if refcount.value < _HEADROOM:
        refcount.value += _HEADROOM


for _singleton in (None, True, False):
    _immortalise(_singleton)
