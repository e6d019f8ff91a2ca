# ImportError and ModuleNotFoundError messages.
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e, e.name)
try:
    from _geometry import nothing_here
except ImportError as e:
    print('ImportError:', str(e).split(' (')[0])
try:
    import _raises
except ValueError as e:
    print('ValueError during import:', e)
print(issubclass(ModuleNotFoundError, ImportError))
