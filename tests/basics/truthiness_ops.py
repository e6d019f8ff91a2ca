# and/or return operands; not; short-circuit evaluation.
def side(v):
    print('eval', v)
    return v
print(side(0) and side(1))
print(side(1) or side(2))
print(side('') or side('x') and side('y'))
print(not [], not [0], [] or {}, 'a' and 'b')
