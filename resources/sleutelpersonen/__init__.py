"""Data for key persons and matching: approximate distances between municipalities."""
