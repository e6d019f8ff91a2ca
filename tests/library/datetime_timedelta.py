from datetime import timedelta, datetime, date
vals = [0, 1, -1, 0.5, -0.5, 1.5, 2.5, 1e-6, 0.4e-6, 0.5e-6, 1.5e-6, -1.5e-6, 123456.789, -98765.4321, 86399.9999995, 1/3, 2/3, 10**6]
for v in vals:
    for kw in ["days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"]:
        try:
            t = timedelta(**{kw: v})
            print(kw, v, str(t), repr(t))
        except Exception as e:
            print(kw, v, type(e).__name__, e)
print(timedelta(days=1.5, seconds=0.25, microseconds=3.7), timedelta(hours=1) * 1.1, timedelta(seconds=1) / 3, timedelta(seconds=1) * (1/3), timedelta(seconds=7) // 2, timedelta(microseconds=5) / 2)
print(timedelta(seconds=10) // timedelta(seconds=3), divmod(timedelta(seconds=10), timedelta(seconds=3)), timedelta(1) * 0, timedelta(microseconds=-1))
print(date(2024, 3, 1) - timedelta(days=1), date(2024, 1, 31) + timedelta(days=30), date(2024, 1, 1) + timedelta(hours=47))
print(datetime(2024, 1, 1) - timedelta(microseconds=1), datetime(2024, 12, 31, 23, 59, 59) + timedelta(seconds=1.5))
for y in [1, 4, 100, 400, 1900, 2000, 2023, 2024, 9999]:
    d = date(y, 12, 31)
    print(d.toordinal(), date.fromordinal(d.toordinal()), d.weekday(), d.isocalendar(), d.timetuple()[7], d.ctime(), d.strftime("%j %U %W %a"))
from datetime import timedelta
for t in [timedelta(days=12345, seconds=6789, microseconds=12345), timedelta(microseconds=7), timedelta(days=-3, microseconds=5)]:
    for f in [1.1, 0.3, 1/3, 2.5, -0.7, 3, 7, -2, 1e-3]:
        print(t * f, t / f, t // f if isinstance(f, int) else "", f * t)
try:
    timedelta(1) / 0
except ZeroDivisionError as e:
    print(e)
try:
    timedelta(days="1")
except TypeError as e:
    print(e)
