"""The regional PostgreSQL server: schema and roles (IT), and the laptop's sync client."""
