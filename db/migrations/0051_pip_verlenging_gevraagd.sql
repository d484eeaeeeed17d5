-- The day the information was asked from the third party: a waiting extension shows
-- "verlengd, wacht op informatie van … sinds …" in the deadline overview.
ALTER TABLE pip_verlenging ADD COLUMN gevraagd_op TEXT;
