"""Wegwijs's models of DUO's messages, written from the facts in DUO's OpenAPI files, split by
meaning: `common` (the shared readers and `DuoMessageError`), `outgoing` (the meldingen),
`notifications` (DUO's notifications and rule violations) and `consults` (DUO's answers to a
raadpleging). Tests check both directions against DUO's own files
(tests/support/duo/contract.py)."""
