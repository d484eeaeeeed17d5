"""The regional pool of key persons (sleutelpersonen and cultuurverbinders)."""
