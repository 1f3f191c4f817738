"""The sample mailbox used by `assistant demo`."""
