"""Matching an inburgeraar with a key person: pure functions over dataclasses, with reasons."""
