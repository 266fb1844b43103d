"""The synced transcript and its editor: tiers of segments shown as rows that follow the voice,
typed into with the keyboard, saved as they are typed, undone through the shell's undo stack."""
