print("never printed")
x = 1
yield x
