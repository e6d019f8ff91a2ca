import sys
class Capture:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
        return len(text)
    def flush(self):
        pass
old = sys.stdout
cap = Capture()
sys.stdout = cap
print("hidden", 1, 2)
print("more", end="!")
sys.stdout = old
print(cap.parts)
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
print("to err", file=sys.stderr)
sys.stderr.write("raw err\n")
print(sys.stdout.write(""), sys.stdout.writable() if hasattr(sys.stdout, "writable") else True)
def f():
    raise SystemExit(0)
try:
    f()
except SystemExit as e:
    print("code", e.code, repr(e))
print(sys.getrecursionlimit())
sys.exit(True)
