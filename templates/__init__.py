"""Packaged default note templates (Jinja). See README.md in this folder."""
