import math
vals = [0.5, 1.5, 2.5, 3.7, 4.2, 5.0, 7.3, 10, 15.5, 23, 24, 30.5, 100.1, 141.5, 170.5, 171.2, -0.5, -1.5, -2.3, -10.7, -150.3, -180.5, 1e-21, 1e-5, 2.0000001, 0.9999, 3, 50]
for v in vals:
    for f in (math.gamma, math.lgamma):
        try:
            print(f.__name__, v, f(v))
        except Exception as e:
            print(f.__name__, v, type(e).__name__, e)
