"""kutip: quotations and their speakers in Indonesian news."""

__version__ = "0.1.0"
