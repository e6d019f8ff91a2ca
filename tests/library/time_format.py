import time
for t in [0, 951782400, 1700000000, 1709251199, 4102444800, -86400 * 365]:
    g = time.gmtime(t)
    print(time.strftime("%a %A %b %B %c | %d %H %I %j %m %M %p %S %U %w %W %x %X %y %Y %% %e %D %T %R %u %V %G %h %n|%t|", g))
print(repr(time.gmtime(5)))
print(time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0)))
st = time.gmtime(1700000000)
print(st.tm_zone if hasattr(st, "tm_zone") else "UTC", st.tm_gmtoff if hasattr(st, "tm_gmtoff") else 0, len(st), st[-1], st[:3])
print(time.asctime(time.gmtime(0)), time.asctime((2024, 1, 5, 7, 8, 9, 4, 5, 0)))
print(time.strftime("%Y", (1999, 1, 1, 0, 0, 0, 0, 1, 0)), time.strftime("plain text"), time.strftime(""))
print(time.calendar_mktime if hasattr(time, "calendar_mktime") else "", type(time.get_clock_info("monotonic")).__name__ if hasattr(time, "get_clock_info") else "SimpleNamespace")
for bad in [lambda: time.strftime("%Y", (2020, 13, 1, 0, 0, 0, 0, 1, 0)), lambda: time.gmtime("x"), lambda: time.strftime(5), lambda: time.sleep("1")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
