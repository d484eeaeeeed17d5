"""Legal deadlines of the inburgering: pure date arithmetic and the per-person engine."""
