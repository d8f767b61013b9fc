"""Outgoing mail: the Mailer seam, the SMTP pool of the product and the local capture."""
