# Position markers: a failing assert marks its test, without the test's parentheses.
stock = {"apples": 3}
assert stock["apples"] > 0, "no apples"
del stock["apples"]
assert (len(stock) == 1), "the stock is empty"
