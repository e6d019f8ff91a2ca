# pass and assert.
def nothing():
    pass
print(nothing())
assert True
assert 1 == 1, 'not shown'
try:
    assert 1 == 2, 'math is broken'
except AssertionError as e:
    print('AssertionError:', e)
try:
    assert False
except AssertionError as e:
    print('AssertionError args:', e.args)
