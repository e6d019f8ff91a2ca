# Builtins dispatch to user special methods: abs, len, hash, bool, str, repr, iter, next, reversed.
class Everything:
    def __abs__(self): return 'abs'
    def __len__(self): return 7
    def __hash__(self): return 12345
    def __bool__(self): return False
    def __str__(self): return 'str'
    def __repr__(self): return 'repr'
    def __iter__(self): return iter([1, 2])
    def __reversed__(self): return iter([2, 1])
    def __contains__(self, x): return x == 'in'
e = Everything()
print(abs(e), len(e), hash(e), bool(e), str(e), repr(e), list(e), list(reversed(e)), 'in' in e, 'out' in e)
class Idx:
    def __index__(self): return 2
print([10, 20, 30][Idx()], hex(Idx()), bin(Idx()), range(Idx()))
