"""Dataset writers; they only read the store."""
