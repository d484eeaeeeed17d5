"""Build helpers for the Windows installer and the frozen bundle (not shipped in the app)."""
