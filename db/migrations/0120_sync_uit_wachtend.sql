-- The status bar reads "Offline — 37 wijzigingen wachten" on the GUI thread: count the waiting
-- changes and the refused ones from a narrow index instead of scanning the outbox, whose rows
-- hold whole records (650 ms at 20,000 waiting changes without it; see docs/performance.md).
CREATE INDEX sync_uit_geweigerd ON sync_uit (geweigerd);
