import sys
print(hasattr(sys.stdin, "readline"), sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.int_info.bits_per_digit, sys.hexversion >= 0x030B0000, sys.hexversion < 0x030C0000)
print(sys.float_info.mant_dig, sys.float_info.dig, sys.float_info.min, sys.float_info.radix, sys.float_info[0] == sys.float_info.max)
sys.set_int_max_str_digits(700)
try:
    str(10 ** 800)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)), sys.get_int_max_str_digits())
for bad in [lambda: sys.set_int_max_str_digits(5), lambda: sys.set_int_max_str_digits("x")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
sys.set_int_max_str_digits(maxdigits=4300)
try:
    int("1" * 5000)
except ValueError as e:
    print(e)
print(sys.exc_info(), sys.argv[0].endswith("sys_more.py"))
try:
    1 / 0
except ZeroDivisionError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
