# sys.exit with an integer code, no traceback.
import sys
print('exiting 42')
sys.exit(42)
