# sys attributes the lessons use.
import sys
print(sys.version_info[0], sys.version_info >= (3, 0), type(sys.path).__name__, type(sys.modules).__name__)
print('sys' in sys.modules, sys.maxsize == 2 ** 63 - 1, sys.getrecursionlimit() > 100)
sys.stdout.write('via sys.stdout\n')
sys.stderr.write('via sys.stderr\n')
print(sys.stdout is not None, callable(sys.exit))
