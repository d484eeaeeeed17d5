"""The machine-to-machine link with DUO (Digikoppeling REST), run on the regional server.

`messages` holds Wegwijs's own models of DUO's messages, written from DUO's published
specification (`shared/duo-m2m`); `events` what each notified gebeurtenis means for a dossier;
`digikoppeling` the headers and TLS settings; `client` the HTTP client; `gateway` the queue
worker and the Notificatie API endpoint. No Qt here: this runs as a service next to PostgreSQL.
"""
