# Helper package for tests/modules/package_import.py (a subfolder: the runner does not run it).
print('shapes package initialised')
DEFAULT_SIDE = 2
