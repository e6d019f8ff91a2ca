# Chained exceptions in a traceback: "During handling ..." message.
def load():
    try:
        return {}['config']
    except KeyError:
        raise RuntimeError('cannot load config')
load()
