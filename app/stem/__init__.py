"""The newcomers' voice through key persons (research report, chapter 4): feedback on the intake,
signals followed up, experiences with the offer, and the anonymised quarterly report for the
klankbordgroep. Plain Python; SQL in ``db/stem.py``."""
