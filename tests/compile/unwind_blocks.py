# Leaving blocks early: break/continue/return through try/finally, with and except.
def f():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("finally", i)
    return "done"
print(f())

def g():
    try:
        return 1
    finally:
        print("g finally")
print(g())

def h():
    try:
        raise ValueError("x")
    except ValueError as e:
        print("caught", e)
        return 5
    finally:
        print("h finally")
print(h())

def k():
    try:
        try:
            1/0
        except KeyError:
            print("no")
    except ZeroDivisionError as e:
        print("zde", e)
    else:
        print("else no")
    try:
        pass
    except Exception:
        pass
    else:
        print("else yes")
k()

class CM:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print("enter", self.name); return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t)
        return self.name == "suppress"

def w():
    with CM("a") as a, CM("b") as b:
        print("in", a.name, b.name)
    with CM("suppress"):
        raise KeyError(1)
    for i in range(3):
        with CM("loop"):
            if i == 1:
                break
    with CM("ret"):
        return 42
print(w())
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")
g = gen()
print(next(g))
g.close()

def deleg():
    r = yield from gen()
    print("r", r)
print(list(deleg()))

def nested_loops():
    out = []
    for i in range(3):
        for j in range(3):
            if j == 2: break
            if i == 1: continue
            out.append((i, j))
        else:
            out.append("never")
    return out
print(nested_loops())

def exc_in_except():
    try:
        try:
            raise ValueError("a")
        except ValueError:
            raise TypeError("b")
    except TypeError as e:
        print("ctx", repr(e.__context__))
exc_in_except()

def ret_in_except():
    for i in range(3):
        try:
            raise KeyError(i)
        except KeyError as e:
            if i == 1:
                return i
            continue
print(ret_in_except())

def finally_overrides():
    try:
        return 1
    finally:
        return 2
print(finally_overrides())

def loop_try_break():
    while True:
        try:
            break
        finally:
            print("fin")
    print("after")
loop_try_break()

def e_deleted():
    try:
        raise ValueError
    except ValueError as e:
        pass
    try:
        e
    except NameError as n:
        print("NameError:", n)
    except UnboundLocalError as n:
        print("ULE", n)
e_deleted()

import sys
def raise_from():
    try:
        raise ValueError("inner")
    except ValueError as v:
        raise RuntimeError("outer") from v
try:
    raise_from()
except RuntimeError as r:
    print(repr(r), repr(r.__cause__))
