# Helper: __all__ limits what "from _exports import *" binds.
__all__ = ['public_one', 'public_two']
public_one = 1
public_two = 2
not_exported = 3
