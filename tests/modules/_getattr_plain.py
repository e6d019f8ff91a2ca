"""Helper for getattr_*.py: a module without __getattr__ or __dir__."""
x = 1
_hidden = 2
