"""Questionnaire about experiences with the offer (see app/stem/ervaring.py)."""
