"""Translations of the app's texts: wegwijs_<taal>.ts (the source, edited) and .qm (compiled)."""
