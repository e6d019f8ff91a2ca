import operator
from operator import itemgetter, attrgetter, methodcaller
from functools import reduce
import itertools
print(operator.add(2, 3), operator.sub(5, 1), operator.mul("ab", 2), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10))
print(operator.neg(4), operator.pos(-4), operator.abs(-5), operator.not_(0), operator.truth([1]), operator.is_(None, None), operator.is_not(1, None))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1), operator.ne(1, 2), operator.gt(1, 2), operator.ge(3, 2))
print(operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.invert(5), operator.lshift(1, 4), operator.rshift(16, 2), operator.index(7))
print(operator.contains([1, 2], 2), operator.getitem("abc", 1), operator.concat([1], [2]), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))
d = {}
operator.setitem(d, "k", 1); print(d); operator.delitem(d, "k"); print(d)
print(reduce(operator.mul, range(1, 8)), list(itertools.accumulate([1, 2, 3], operator.mul)), list(map(operator.add, [1, 2], [10, 20])))
rows = [("b", 2, 9), ("a", 3, 1), ("c", 1, 5)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(2, 0)), itemgetter(0)("xyz"), itemgetter(slice(1, None))("xyz"))
class P:
    def __init__(self, name, inner=None):
        self.name = name
        self.inner = inner
    def greet(self, greeting, punct="!"):
        return greeting + " " + self.name + punct
p = P("ann", P("bob"))
print(attrgetter("name")(p), attrgetter("name", "inner.name")(p), methodcaller("greet", "hi")(p), methodcaller("greet", "yo", punct="?")(p))
print(repr(itemgetter(1, "a")), repr(attrgetter("x.y")), repr(methodcaller("f", 1, k=2)))
l = [1]
print(operator.iadd(l, [2]), l, operator.iadd(1, 2), operator.__add__(1, 1), operator.length_hint([1, 2, 3]), operator.length_hint(iter([]), 7) >= 0)
