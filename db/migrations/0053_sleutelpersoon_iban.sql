-- The key person's IBAN for the reimbursement of expenses (on the monthly claim for finance).
-- '' = not known; the app checks it with the IBAN check digits before storing.
ALTER TABLE sleutelpersoon ADD COLUMN iban TEXT NOT NULL DEFAULT '';
