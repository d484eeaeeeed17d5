-- One- and two-letter search words (which the trigram index cannot serve) in the default name
-- order: a covering index in that order, so the first page is the first 200 matching entries
-- of one ordered scan. The older covering index is ordered by the search key, so every such
-- keystroke scanned and sorted the whole register: 0.9-1.1 s at 1,000,000 people for "a" or
-- "al", 2-11 ms with this index (docs/performance.md). Building it takes ~6 s at 1,000,000.
CREATE INDEX inburgeraar_naam_zoek ON inburgeraar (sorteernaam, id, zoeksleutel);
