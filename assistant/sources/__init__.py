"""Mail sources. Each yields `RawMail` (raw bytes plus a stable id); `parse` turns them into `Message`s."""
