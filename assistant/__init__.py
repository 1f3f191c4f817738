"""Job follow-up assistant: turns a job seeker's inbox into follow-up drafts. It never sends mail."""

__version__ = "0.1.0"
