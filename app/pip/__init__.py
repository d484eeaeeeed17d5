"""The PIP (Persoonlijk Plan Inburgering en Participatie): model, checks, versions."""
