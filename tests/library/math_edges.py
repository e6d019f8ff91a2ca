import math
vals = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, 3.7, -3.7, 100.0, 1e-300, 1e300, -1e300, 709.0, 710.0, float("inf"), float("-inf"), float("nan"), 7, -7, 10**20, 2**1023, True]
unary = ["sqrt", "exp", "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "fabs", "erf", "erfc", "gamma", "lgamma", "cbrt", "exp2", "degrees", "radians", "floor", "ceil", "trunc", "modf", "frexp", "isfinite", "isinf", "isnan", "ulp"]
for name in unary:
    f = getattr(math, name)
    out = []
    for v in vals:
        try:
            out.append(repr(f(v)))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(name, " ".join(out))
binary = ["pow", "atan2", "fmod", "copysign", "remainder", "hypot", "log", "isclose", "nextafter", "ldexp", "dist"]
small = [0.0, -0.0, 1.5, -2.0, 3, float("inf"), float("-inf"), float("nan"), 10**20]
for name in binary:
    f = getattr(math, name)
    out = []
    for a in small:
        for b in small:
            try:
                if name == "ldexp":
                    b = int(b) if b == b and abs(b) != float("inf") else 5
                if name == "dist":
                    out.append(repr(f((a,), (b,))))
                else:
                    out.append(repr(f(a, b)))
            except Exception as e:
                out.append(type(e).__name__ + ":" + str(e))
    print(name, " ".join(out))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([0.1] * 100), math.fsum([]), math.fsum([float("inf"), 1]))
for bad in [[float("inf"), float("-inf")], [1e308, 1e308]]:
    try:
        print(math.fsum(bad))
    except Exception as e:
        print(type(e).__name__, e)
print(math.prod([1.5, 2]), math.prod(range(1, 30)), math.comb(50, 0), math.perm(10, 0), math.comb(5, 7), math.perm(3, 5))
print(math.isqrt(0), math.isqrt(1), math.isqrt(2**200), math.gcd(0, 5), math.lcm(0, 3), math.lcm(), math.factorial(True))
print(math.floor(-0.0), math.ceil(1e20), math.trunc(-1e20), math.floor(2**70 + 0.5))
for x in [float("inf"), float("nan")]:
    for f in (math.floor, math.ceil, math.trunc):
        try:
            f(x)
        except Exception as e:
            print(type(e).__name__, e)
