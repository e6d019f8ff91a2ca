def inner():
    print("inner running:", outer_gen.gi_running, inner_gen.gi_running)
    yield 1
    yield 2

def outer():
    print("yieldfrom before:", outer_gen.gi_yieldfrom)
    yield from inner_gen
    print("yieldfrom after:", outer_gen.gi_yieldfrom)
    yield from [10]
    yield "end"

inner_gen = inner()
outer_gen = outer()
print(outer_gen.gi_yieldfrom, outer_gen.gi_running)
print(next(outer_gen))
print(outer_gen.gi_yieldfrom is inner_gen, outer_gen.gi_running)
print(next(outer_gen))
print(next(outer_gen))
print(type(outer_gen.gi_yieldfrom).__name__)
print(next(outer_gen))
print(outer_gen.gi_yieldfrom)
print(list(outer_gen), outer_gen.gi_yieldfrom)
