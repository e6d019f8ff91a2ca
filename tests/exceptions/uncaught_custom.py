# Uncaught user exception: traceback shows the module-qualified name only for __main__ classes.
class BadThing(Exception):
    pass
print('start')
raise BadThing('it broke', 42)
