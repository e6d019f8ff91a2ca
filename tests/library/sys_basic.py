# argv: one two
import sys
print(len(sys.argv), sys.argv[1:])
print(type(sys.path), all(isinstance(p, str) for p in sys.path))
print("sys" in sys.modules, "__main__" in sys.modules, type(sys.modules).__name__)
import json
print(sys.modules["json"] is json)
print(sys.platform, sys.maxsize, sys.maxsize == 2**63 - 1, sys.version_info[0], sys.version_info.major, sys.version.startswith("3."))
print(sys.version_info >= (3, 8), sys.byteorder, sys.getrecursionlimit())
n = sys.stdout.write("written\n")
print(n)
sys.stdout.write("a"); sys.stdout.write("b\n")
sys.stdout.flush()
sys.stderr.write("to stderr\n")
sys.stderr.flush()
print("x", file=sys.stdout)
print("y", file=sys.stderr)
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
def deep(k):
    return deep(k + 1)
try:
    deep(0)
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(1000)
for bad in [lambda: sys.setrecursionlimit(0), lambda: sys.setrecursionlimit("x")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(sys.float_info.max, sys.float_info.epsilon, sys.int_info.bits_per_digit if False else 0)
try:
    sys.exit(3)
except SystemExit as e:
    print("SystemExit", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit", e.code)
try:
    sys.exit("msg")
except SystemExit as e:
    print("SystemExit", e.code)
print(sys.executable != "", isinstance(sys.executable, str))
sys.exit(4)
