# Top-level await is a REPL feature only: in a file it is CPython's SyntaxError,
# reported before anything runs (the print below never happens).
import asyncio
print("not reached")
await asyncio.sleep(0)
