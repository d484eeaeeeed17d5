"""Leerroute advice from the brede intake."""
