import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, type(math.nan))
print(math.sqrt(2), math.sqrt(16), math.exp(1), math.log(10), math.log(8, 2), math.log10(1000), math.log2(1024), math.log(2**1000))
print(math.sin(1), math.cos(1), math.tan(1), math.asin(0.5), math.acos(0.5), math.atan(1), math.atan2(1, -1))
print(math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.floor(2.7), math.ceil(2.1), math.floor(-2.5), math.ceil(-2.5), math.trunc(-3.9), type(math.floor(2.0)), math.floor(10**30))
print(math.fabs(-3), math.pow(2, 10), math.pow(2, 0.5), math.hypot(3, 4), math.hypot(1, 2, 2), math.copysign(3, -0.0))
print(math.fmod(7, 3), math.fmod(-7, 3), math.modf(3.25), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.degrees(math.pi), math.radians(180), math.isfinite(1.0), math.isinf(math.inf), math.isnan(math.nan), math.isnan(1.0))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1.0, 1.05, rel_tol=0.1), math.isclose(0.0, 1e-12, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.gcd(12, 18), math.gcd(0, 0), math.gcd(-4, 6), math.gcd(2**100, 2**80 * 3), math.gcd(), math.gcd(6, 10, 15), math.lcm(4, 6), math.lcm(3, 5, 7))
print(math.factorial(0), math.factorial(20), math.factorial(50))
print(len(str(math.factorial(500))), math.factorial(500) % (10**9 + 7))
print(math.comb(10, 3), math.comb(100, 50), math.perm(5, 2), math.perm(5), math.isqrt(10**20 + 5), math.isqrt(99), math.prod([1, 2, 3, 4]), math.prod([], start=5))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.dist((0, 0), (3, 4)), math.erf(1), math.erfc(1), math.gamma(5), math.lgamma(10))
print(math.sqrt(2**1000) == 2**500, math.exp(-1000), math.nextafter(1, 2) if hasattr(math, "nextafter") else 0, math.ulp(1.0) if hasattr(math, "ulp") else 0)
print(math.remainder(10, 3), math.cbrt(27) if hasattr(math, "cbrt") else 3.0, math.exp2(3) if hasattr(math, "exp2") else 8.0, math.expm1(1e-10), math.log1p(1e-10))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.exp(1000), lambda: math.acos(2), lambda: math.sqrt("x"), lambda: math.gcd(1.5), lambda: math.pow(0, -1), lambda: math.isqrt(-1), lambda: math.comb(-1, 2), lambda: math.fmod(1, 0)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(math.inf > 10**400, -math.inf < -10**400, math.inf == float("inf"), math.nan == math.nan, math.isnan(float("nan")))
print(math.floor(-0.5), math.ceil(-0.5), round(math.pi, 3), math.trunc(2.999), math.sumprod([1, 2], [3, 4]) if hasattr(math, "sumprod") else 11)
