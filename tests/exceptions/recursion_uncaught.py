# Uncaught RecursionError exits with status 1.
def forever():
    forever()
forever()
