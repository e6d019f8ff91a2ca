import datetime
from datetime import date, datetime as dt, timedelta, time as dtime
d = dt(2024, 2, 29, 13, 5, 9, 123456)
print(d, repr(d), d.year, d.month, d.day, d.hour, d.minute, d.second, d.microsecond)
print(d.strftime("%Y-%m-%d %H:%M:%S.%f %a %A %b %B %j %p %I %y %w %%"), d.isoformat(), d.isoformat(sep=" "), d.date(), d.time())
print(d.weekday(), d.isoweekday(), d.timetuple()[:6], d.replace(year=2023, day=28), d.isocalendar()[:3] if True else 0)
print(dt(2024, 1, 1), repr(dt(2024, 1, 1)), repr(dt(2024, 1, 1, 5)), repr(dt(2024, 1, 1, 0, 0, 7)), str(dt(2024, 1, 1, 0, 0, 0, 5)))
td = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5)
print(td, repr(td), td.days, td.seconds, td.microseconds, td.total_seconds())
print(timedelta(), repr(timedelta()), timedelta(hours=-1), repr(timedelta(hours=-1)), timedelta(days=-1, seconds=5), timedelta(weeks=2), timedelta(milliseconds=1500))
print(timedelta(days=400, seconds=1), timedelta(seconds=0.5), timedelta(minutes=1.5), -timedelta(days=1), abs(timedelta(days=-2)))
print(td * 2, td / 2, 2 * td, td // 3, timedelta(days=1) / timedelta(hours=1), timedelta(days=1) // timedelta(hours=5), timedelta(days=1) % timedelta(hours=5))
print(td + td, td - timedelta(days=2), timedelta(1) == timedelta(hours=24), timedelta(1) < timedelta(2), bool(timedelta()), hash(timedelta(1)) == hash(timedelta(hours=24)))
print(d + timedelta(days=1), d - timedelta(days=60), d + timedelta(hours=11), dt(2024, 3, 1) - dt(2024, 2, 1), dt(2024, 1, 1) - dt(2024, 1, 2, 12))
print(d > dt(2024, 1, 1), d == dt(2024, 2, 29, 13, 5, 9, 123456), sorted([dt(2024, 5, 1), dt(2023, 1, 1)]))
x = date(2023, 12, 31)
print(x, repr(x), x + timedelta(days=1), x - date(2023, 1, 1), x.strftime("%d.%m.%Y %A"), x.isoformat(), x.weekday(), x.toordinal(), date.fromordinal(738000), x.replace(month=6, day=1))
print(date(2000, 2, 28) + timedelta(days=1), date(1900, 2, 28) + timedelta(days=1), date.fromisoformat("2021-07-04"), dt.fromisoformat("2021-07-04T05:06:07"), dt.fromisoformat("2021-07-04 05:06"))
print(dtime(13, 5), repr(dtime(13, 5, 1)), dtime(1, 2, 3, 4), dtime(7).isoformat(), dtime(23, 59).strftime("%H:%M"))
print(dt.combine(date(2020, 5, 17), dtime(8, 30)), dt.strptime("2024-03-05 10:11", "%Y-%m-%d %H:%M") if hasattr(dt, "strptime") else dt(2024, 3, 5, 10, 11))
print(dt.fromtimestamp(0, datetime.timezone.utc) if hasattr(datetime, "timezone") else "1970-01-01 00:00:00+00:00")
print(dt.utcfromtimestamp(1700000000), dt.min, dt.max, date.min, timedelta.max, timedelta.resolution)
print(type(dt.now()).__name__, type(dt.utcnow()).__name__, type(date.today()).__name__, dt.now().year >= 2024, date.today() == dt.now().date())
for bad in [lambda: dt(2023, 2, 29), lambda: date(2024, 13, 1), lambda: dt(2024, 1, 1, 24), lambda: date(0, 1, 1), lambda: timedelta(days=10**9)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(datetime.MINYEAR, datetime.MAXYEAR, isinstance(d, date), issubclass(dt, date))
utc = datetime.timezone.utc
a = dt(2024, 6, 1, 12, 0, tzinfo=utc)
tz2 = datetime.timezone(timedelta(hours=2))
b = dt(2024, 6, 1, 14, 0, tzinfo=tz2)
print(a, repr(a), b, repr(tz2), a == b, b - a, a.utcoffset(), b.tzname(), a.tzname(), a.timestamp())
print(a.astimezone(tz2), b.strftime("%Y %z %Z"), a.isoformat(), dt.fromtimestamp(86400 * 365, utc), datetime.timezone(timedelta(hours=-5, minutes=-30), "EST"))
print(dt.fromisoformat("2024-06-01T12:00:00+02:00"), dt.fromisoformat("2024-06-01 12:00:00.5"), dtime.fromisoformat("10:20:30"))
try:
    a - dt(2024, 1, 1)
except TypeError as e:
    print(e)
print(dt.strptime("03/05/24 7:08:09 PM", "%m/%d/%y %I:%M:%S %p"), dt.strptime("Mar 5 2024", "%b %d %Y"), dt.strptime("2024-01-02T03:04:05.25", "%Y-%m-%dT%H:%M:%S.%f"))
for bad in [("2024-01", "%Y-%m-%d"), ("2024-01-01x", "%Y-%m-%d")]:
    try:
        dt.strptime(*bad)
    except ValueError as e:
        print(e)
print([date(y, 1, 1).isocalendar()[:3] for y in (2019, 2020, 2021, 2026)], date(2024, 12, 30).isocalendar()[:3], date(2023, 1, 1).isocalendar()[:3])
print(f"{d:%Y/%m/%d}", f"{date(2020, 1, 2):%d %b}", "{:%H}".format(dtime(5)), format(d, ""))
