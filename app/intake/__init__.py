"""Brede intake: the questionnaire definition, its conditions, answers and completeness."""
