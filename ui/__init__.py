"""PySide6 user interface. Importing any ``ui`` module first applies the guard below."""

from __future__ import annotations

import ctypes
import sys

# PySide6 6.12.0 returns None from every void method without taking a reference to it, so each
# call (setText, addItem, setData …) lowers None's reference count by one. On Python 3.11, where
# None is not yet immortal, a few thousand calls in a fresh process bring it to zero and the
# interpreter aborts ("Fatal Python error: none_dealloc"): building the language list alone did.
# Python 3.12+ makes None immortal, which is what we do here by hand: add references enough for
# 10^12 calls. None is never freed anyway, so this costs nothing. Older PySide6 versions do not
# have the bug, but 6.12 is the first with the separate pyside6-pdf wheel the preview needs.
_NONE_HEADROOM = 1 << 40


def _immortalise_none() -> None:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    refcount = ctypes.c_ssize_t.from_address(id(None))
    if refcount.value < _NONE_HEADROOM:
        refcount.value += _NONE_HEADROOM


_immortalise_none()
