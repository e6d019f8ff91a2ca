# The math module basics.
import math
print(math.pi, math.e, math.sqrt(16), math.floor(2.7), math.ceil(2.1), math.floor(-2.5))
print(math.gcd(12, 18), math.factorial(20), math.isqrt(17), math.fabs(-3), math.pow(2, 3))
print(math.inf, math.isnan(math.nan), math.isinf(-math.inf), math.log(math.e), math.log2(8), math.log10(1000))
print(round(math.sin(math.pi / 2), 6), round(math.cos(0), 6), math.hypot(3, 4), math.trunc(-3.7))
print(math.isclose(0.1 + 0.2, 0.3), math.copysign(1, -0.0), math.exp(0), math.comb(5, 2), math.prod([1, 2, 3, 4]))
try:
    math.sqrt(-1)
except ValueError as e:
    print('ValueError:', e)
