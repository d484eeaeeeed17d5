"""Regional settings a beheerder edits in Beheer (the letterhead per municipality)."""
