"""datetime — dates, times and the differences between them.

  timedelta   a duration, normalised to days, seconds and microseconds
  date        a day in the proleptic Gregorian calendar
  datetime    a date with a time of day (naive: no time zone)

Dates are stored as their fields and converted to a day number ("ordinal":
1 is 0001-01-01) for arithmetic, as CPython's pure-Python datetime does.
datetime.now() reads the interpreter's clock, so under --virtual-time it
sees the simulated time.
"""
import time as _time

MINYEAR = 1
MAXYEAR = 9999

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_total = 0
for _days in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_total)
    _total += _days
del _total, _days

_MONTH_NAMES = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_DAY_NAMES = [None, "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd_to_ordinal(year, month, day):
    return _days_before_year(year) + _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year)) + day


def _ordinal_to_ymd(n):
    n -= 1
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leapyear = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leapyear)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leapyear)
    n -= preceding
    return year, month, n + 1


def _check_date_fields(year, month, day):
    for value in (year, month, day):
        if not isinstance(value, int):
            raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"year {year} is out of range")
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")


def _check_time_fields(hour, minute, second, microsecond):
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")


class IsoCalendarDate(tuple):
    """(year, week, weekday) with names, as date.isocalendar() returns."""

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return "datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)" % tuple(self)


def _iso_week1_monday(year):
    first_day = _ymd_to_ordinal(year, 1, 1)
    first_weekday = (first_day + 6) % 7
    monday = first_day - first_weekday
    if first_weekday > 3:
        monday += 7
    return monday


def _cmp(x, y):
    return 0 if x == y else (1 if x > y else -1)


def _divide_and_round(a, b):
    """a / b rounded to the nearest int, ties to even, computed exactly."""
    quotient, remainder = divmod(a, b)
    remainder *= 2
    greater_than_half = remainder > b if b > 0 else remainder < b
    if greater_than_half or remainder == b and quotient % 2 == 1:
        quotient += 1
    return quotient


_TIMEDELTA_NAMES = {1: "microseconds", 1000: "milliseconds", 1000000: "seconds", 60000000: "minutes",
                    3600000000: "hours", 86400000000: "days", 604800000000: "weeks"}


class timedelta:
    """A duration: days, seconds (0..86399) and microseconds (0..999999)."""

    def __init__(self, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        # CPython's C algorithm: every argument is added, as whole
        # microseconds, into one int; the fractions of float arguments are
        # summed apart and rounded (half to even) once at the end.
        total = 0
        leftover = 0.0
        for value, factor in ((microseconds, 1), (milliseconds, 1000), (seconds, 1000000),
                              (minutes, 60000000), (hours, 3600000000), (days, 86400000000),
                              (weeks, 604800000000)):
            if isinstance(value, int):
                total += value * factor
            elif isinstance(value, float):
                whole = int(value)
                fraction = value - whole
                total += whole * factor
                if fraction:
                    scaled = factor * fraction
                    whole_us = int(scaled)
                    total += whole_us
                    leftover += scaled - whole_us
            else:
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % (_TIMEDELTA_NAMES[factor], type(value).__name__))
        if leftover:
            rounded = round(leftover)
            if abs(rounded - leftover) == 0.5:
                odd = total & 1
                rounded = 2.0 * round((leftover + odd) * 0.5) - odd
            total += int(rounded)
        days, rest = divmod(total, 86400 * 1000000)
        seconds, microseconds = divmod(rest, 1000000)
        if abs(days) > 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % days)
        self._days = days
        self._seconds = seconds
        self._microseconds = microseconds

    days = property(lambda self: self._days)
    seconds = property(lambda self: self._seconds)
    microseconds = property(lambda self: self._microseconds)

    def _to_microseconds(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        return self._to_microseconds() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append("days=%d" % self._days)
        if self._seconds:
            args.append("seconds=%d" % self._seconds)
        if self._microseconds:
            args.append("microseconds=%d" % self._microseconds)
        if not args:
            args.append("0")
        return "datetime.timedelta(%s)" % ", ".join(args)

    def __str__(self):
        minutes, seconds = divmod(self._seconds, 60)
        hours, minutes = divmod(minutes, 60)
        text = "%d:%02d:%02d" % (hours, minutes, seconds)
        if self._days:
            text = "%d day%s, " % (self._days, "s" if abs(self._days) != 1 else "") + text
        if self._microseconds:
            text += ".%06d" % self._microseconds
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta(self._days + other._days, self._seconds + other._seconds,
                             self._microseconds + other._microseconds)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta(self._days - other._days, self._seconds - other._seconds,
                             self._microseconds - other._microseconds)
        return NotImplemented

    def __neg__(self):
        return timedelta(-self._days, -self._seconds, -self._microseconds)

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta(0, 0, self._to_microseconds() * other)
        if isinstance(other, float):
            numerator, denominator = other.as_integer_ratio()
            return timedelta(0, 0, _divide_and_round(self._to_microseconds() * numerator, denominator))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() / other._to_microseconds()
        if isinstance(other, int):
            return timedelta(0, 0, _divide_and_round(self._to_microseconds(), other))
        if isinstance(other, float):
            numerator, denominator = other.as_integer_ratio()
            return timedelta(0, 0, _divide_and_round(denominator * self._to_microseconds(), numerator))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() // other._to_microseconds()
        if isinstance(other, int):
            return timedelta(0, 0, self._to_microseconds() // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta(0, 0, self._to_microseconds() % other._to_microseconds())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            quotient, remainder = divmod(self._to_microseconds(), other._to_microseconds())
            return quotient, timedelta(0, 0, remainder)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() == other._to_microseconds()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() < other._to_microseconds()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() <= other._to_microseconds()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() > other._to_microseconds()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() >= other._to_microseconds()
        return NotImplemented

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class date:
    """A calendar date: year, month, day."""

    def __init__(self, year, month, day):
        _check_date_fields(year, month, day)
        self._year = year
        self._month = month
        self._day = day

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    @classmethod
    def today(cls):
        t = _time.localtime(_time.time())
        return cls(t.tm_year, t.tm_mon, t.tm_mday)

    @classmethod
    def fromordinal(cls, n):
        return cls(*_ordinal_to_ymd(n))

    @classmethod
    def fromisoformat(cls, text):
        if not isinstance(text, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            year, month, day = int(text[0:4]), int(text[5:7]), int(text[8:10])
            if len(text) != 10 or text[4] != "-" or text[7] != "-":
                raise ValueError
        except ValueError:
            raise ValueError(f"Invalid isoformat string: {text!r}") from None
        return cls(year, month, day)

    @classmethod
    def fromtimestamp(cls, t):
        fields = _time.localtime(t)
        return cls(fields.tm_year, fields.tm_mon, fields.tm_mday)

    def toordinal(self):
        return _ymd_to_ordinal(self._year, self._month, self._day)

    def isocalendar(self):
        """(ISO year, ISO week number, ISO weekday): weeks start on Monday and
        week 1 holds the year's first Thursday."""
        year = self._year
        week1_monday = _iso_week1_monday(year)
        today = self.toordinal()
        week, day = divmod(today - week1_monday, 7)
        if week < 0:
            year -= 1
            week, day = divmod(today - _iso_week1_monday(year), 7)
        elif week >= 52 and today >= _iso_week1_monday(year + 1):
            year += 1
            week = 0
        return IsoCalendarDate(year, week + 1, day + 1)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def __repr__(self):
        return "datetime.date(%d, %d, %d)" % (self._year, self._month, self._day)

    def ctime(self):
        return "%s %s %2d 00:00:00 %04d" % (_DAY_NAMES[self.isoweekday()], _MONTH_NAMES[self._month],
                                            self._day, self._year)

    def timetuple(self):
        yday = self.toordinal() - _ymd_to_ordinal(self._year, 1, 1) + 1
        return (self._year, self._month, self._day, 0, 0, 0, self.weekday(), yday, -1)

    def strftime(self, format):
        return _time.strftime(format, self.timetuple())

    def __format__(self, spec):
        if not isinstance(spec, str):
            raise TypeError("must be str, not %s" % type(spec).__name__)
        if spec:
            return self.strftime(spec)
        return str(self)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    def _key(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime):
            return self._key() == other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __add__(self, other):
        if isinstance(other, timedelta):
            return type(self).fromordinal(self.toordinal() + other.days)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented


class datetime(date):
    """A date and a time of day, to the microsecond."""

    def __init__(self, year, month, day, hour=0, minute=0, second=0, microsecond=0, tzinfo=None):
        _check_date_fields(year, month, day)
        _check_time_fields(hour, minute, second, microsecond)
        if tzinfo is not None and not isinstance(tzinfo, tzinfo_class):
            raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                            % type(tzinfo).__name__)
        self._tzinfo = tzinfo
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)

    def utcoffset(self):
        return None if self._tzinfo is None else self._tzinfo.utcoffset(self)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(self)

    def _offset_text(self, separator=":"):
        offset = self.utcoffset()
        return "" if offset is None else _format_offset(offset, separator)

    def astimezone(self, tz=None):
        if tz is None:
            raise NotImplementedError("astimezone() without a time zone is not supported")
        offset = self.utcoffset()
        if offset is None:
            utc = datetime.utcfromtimestamp(self.timestamp())
        else:
            utc = self.replace(tzinfo=None) - offset
        return (utc + tz.utcoffset(None)).replace(tzinfo=tz)

    @classmethod
    def _from_timestamp(cls, t, convert):
        whole = int(t // 1)
        fraction = t - whole
        microsecond = round(fraction * 1e6)
        if microsecond >= 1000000:
            whole += 1
            microsecond -= 1000000
        fields = convert(whole)
        return cls(fields.tm_year, fields.tm_mon, fields.tm_mday, fields.tm_hour, fields.tm_min,
                   min(fields.tm_sec, 59), microsecond)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        if tz is None:
            return cls._from_timestamp(t, _time.localtime)
        utc = cls._from_timestamp(t, _time.gmtime)
        return (utc + tz.utcoffset(None)).replace(tzinfo=tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._from_timestamp(t, _time.gmtime)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.now()

    @classmethod
    def combine(cls, d, t, tzinfo=True):
        if tzinfo is True:
            tzinfo = t.tzinfo
        return cls(d.year, d.month, d.day, t.hour, t.minute, t.second, t.microsecond, tzinfo)

    @classmethod
    def strptime(cls, text, format):
        return cls(*_strptime(text, format))

    @classmethod
    def fromisoformat(cls, text):
        if not isinstance(text, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            day = date.fromisoformat(text[:10])
            rest = text[10:]
            if not rest:
                return cls(day.year, day.month, day.day)
            if rest[0] not in "T ":
                raise ValueError
            clock = time.fromisoformat(rest[1:])
        except ValueError:
            raise ValueError(f"Invalid isoformat string: {text!r}") from None
        return cls.combine(day, clock)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo)

    def date(self):
        return date(self._year, self._month, self._day)

    def timestamp(self):
        offset = self.utcoffset()
        if offset is not None:
            return (self - _EPOCH).total_seconds()
        return _time.mktime(self.timetuple()) + self._microsecond / 1e6

    def timetuple(self):
        yday = self.toordinal() - _ymd_to_ordinal(self._year, 1, 1) + 1
        return (self._year, self._month, self._day, self._hour, self._minute, self._second,
                self.weekday(), yday, -1)

    def isoformat(self, sep="T", timespec="auto"):
        text = "%04d-%02d-%02d%s%02d:%02d:%02d" % (self._year, self._month, self._day, sep,
                                                   self._hour, self._minute, self._second)
        if timespec == "auto" and self._microsecond or timespec == "microseconds":
            text += ".%06d" % self._microsecond
        elif timespec == "milliseconds":
            text += ".%03d" % (self._microsecond // 1000)
        return text + self._offset_text()

    def __str__(self):
        return self.isoformat(sep=" ")

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond]
        while len(fields) > 5 and fields[-1] == 0:
            fields.pop()
        text = ", ".join(str(f) for f in fields)
        if self._tzinfo is not None:
            text += ", tzinfo=" + repr(self._tzinfo)
        return "%s.%s(%s)" % (type(self).__module__, type(self).__qualname__, text)

    def ctime(self):
        return "%s %s %2d %02d:%02d:%02d %04d" % (_DAY_NAMES[self.isoweekday()], _MONTH_NAMES[self._month],
                                                  self._day, self._hour, self._minute, self._second, self._year)

    def strftime(self, format):
        format = _expand_zone_directives(format, self._microsecond, self)
        return _time.strftime(format, self.timetuple())

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True):
        pick = lambda new, old: old if new is None else new
        return type(self)(pick(year, self._year), pick(month, self._month), pick(day, self._day),
                          pick(hour, self._hour), pick(minute, self._minute), pick(second, self._second),
                          pick(microsecond, self._microsecond), self._tzinfo if tzinfo is True else tzinfo)

    def _key(self):
        offset = self.utcoffset()
        if offset is not None:
            return (self.replace(tzinfo=None) - offset)._key()
        return (self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond)

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._key() == other._key()
        return NotImplemented if not isinstance(other, date) else False

    def __lt__(self, other):
        if isinstance(other, datetime):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, datetime):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, datetime):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, datetime):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def _to_microseconds(self):
        seconds = self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second
        return seconds * 1000000 + self._microsecond

    @classmethod
    def _from_microseconds(cls, total, tz=None):
        days, rest = divmod(total, 86400 * 1000000)
        seconds, microsecond = divmod(rest, 1000000)
        hour, seconds = divmod(seconds, 3600)
        minute, second = divmod(seconds, 60)
        if not 1 <= days <= _MAX_ORDINAL:
            raise OverflowError("date value out of range")
        year, month, day = _ordinal_to_ymd(days)
        return cls(year, month, day, hour, minute, second, microsecond, tz)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return type(self)._from_microseconds(self._to_microseconds() + other._to_microseconds(), self._tzinfo)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return type(self)._from_microseconds(self._to_microseconds() - other._to_microseconds(), self._tzinfo)
        if isinstance(other, datetime):
            mine, theirs = self.utcoffset(), other.utcoffset()
            if (mine is None) != (theirs is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            difference = self._to_microseconds() - other._to_microseconds()
            if mine is not None:
                difference -= mine._to_microseconds() - theirs._to_microseconds()
            return timedelta(microseconds=difference)
        return NotImplemented


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)


_MAX_ORDINAL = _ymd_to_ordinal(9999, 12, 31)


def _format_offset(offset, separator=":"):
    """+HH:MM (with :SS and .ffffff when not whole minutes) for a utcoffset."""
    sign = "+"
    if offset.days < 0:
        sign = "-"
        offset = -offset
    hours, rest = divmod(offset.seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    text = "%s%02d%s%02d" % (sign, hours, separator, minutes)
    if seconds or offset.microseconds:
        text += "%s%02d" % (separator, seconds)
        if offset.microseconds:
            text += ".%06d" % offset.microseconds
    return text


def _expand_zone_directives(format, microsecond, value):
    """Replace %f, %z and %Z (which time.strftime cannot know) before the rest
    of the format goes to time.strftime; %% pairs are kept as they are."""
    parts = []
    i = 0
    while i < len(format):
        char = format[i]
        if char == "%" and i + 1 < len(format):
            code = format[i + 1]
            if code == "f":
                parts.append("%06d" % microsecond)
            elif code == "z":
                offset = value.utcoffset()
                parts.append("" if offset is None else _format_offset(offset, ""))
            elif code == "Z":
                name = value.tzname()
                parts.append("" if name is None else name.replace("%", "%%"))
            else:
                parts.append(format[i:i + 2])
            i += 2
        else:
            parts.append(char)
            i += 1
    return "".join(parts)


class tzinfo:
    """The abstract base of time zones: utcoffset, dst and tzname."""

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")


tzinfo_class = tzinfo


class timezone(tzinfo):
    """A fixed offset from UTC, optionally with a name."""

    def __init__(self, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s" % type(offset).__name__)
        if not -timedelta(hours=24) < offset < timedelta(hours=24):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                             "timedelta(hours=24), not %r." % (offset,))
        self._offset = offset
        self._name = name

    def utcoffset(self, dt):
        return self._offset

    def dst(self, dt):
        return None

    def tzname(self, dt):
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is timezone.utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return "datetime.timezone(%r)" % (self._offset,)
        return "datetime.timezone(%r, %r)" % (self._offset, self._name)

    def __str__(self):
        return self.tzname(None)


timezone.utc = timezone(timedelta(0))
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


class time:
    """A time of day: hour, minute, second, microsecond (and an optional tzinfo)."""

    def __init__(self, hour=0, minute=0, second=0, microsecond=0, tzinfo=None):
        _check_time_fields(hour, minute, second, microsecond)
        if tzinfo is not None and not isinstance(tzinfo, tzinfo_class):
            raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                            % type(tzinfo).__name__)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)

    @classmethod
    def fromisoformat(cls, text):
        if not isinstance(text, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            zone = None
            for sign in "+-Z":
                index = text.find(sign)
                if index >= 0:
                    text, zone_text = text[:index], text[index:]
                    zone = timezone.utc if zone_text == "Z" else _parse_offset(zone_text)
                    break
            fraction = 0
            if "." in text:
                text, digits = text.split(".")
                fraction = int((digits + "000000")[:6])
            fields = [int(part) for part in text.split(":")]
            if not 1 <= len(fields) <= 3 or any(len(part) != 2 for part in text.split(":")):
                raise ValueError
            fields += [0] * (3 - len(fields))
            return cls(fields[0], fields[1], fields[2], fraction, zone)
        except ValueError:
            raise ValueError(f"Invalid isoformat string: {text!r}") from None

    def utcoffset(self):
        return None if self._tzinfo is None else self._tzinfo.utcoffset(None)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(None)

    def isoformat(self, timespec="auto"):
        text = "%02d:%02d:%02d" % (self._hour, self._minute, self._second)
        if timespec == "auto" and self._microsecond or timespec == "microseconds":
            text += ".%06d" % self._microsecond
        elif timespec == "milliseconds":
            text += ".%03d" % (self._microsecond // 1000)
        elif timespec == "minutes":
            text = text[:5]
        elif timespec == "hours":
            text = text[:2]
        offset = self.utcoffset()
        return text + ("" if offset is None else _format_offset(offset))

    __str__ = isoformat

    def __repr__(self):
        fields = [self._hour, self._minute, self._second, self._microsecond]
        while len(fields) > 2 and fields[-1] == 0:
            fields.pop()
        text = ", ".join(str(f) for f in fields)
        if self._tzinfo is not None:
            text += ", tzinfo=" + repr(self._tzinfo)
        return "datetime.time(%s)" % text

    def strftime(self, format):
        format = _expand_zone_directives(format, self._microsecond, self)
        return _time.strftime(format, (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1))

    def __format__(self, spec):
        if not isinstance(spec, str):
            raise TypeError("must be str, not %s" % type(spec).__name__)
        return self.strftime(spec) if spec else str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True):
        pick = lambda new, old: old if new is None else new
        return type(self)(pick(hour, self._hour), pick(minute, self._minute), pick(second, self._second),
                          pick(microsecond, self._microsecond), self._tzinfo if tzinfo is True else tzinfo)

    def _key(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def __eq__(self, other):
        return self._key() == other._key() if isinstance(other, time) else NotImplemented

    def __lt__(self, other):
        return self._key() < other._key() if isinstance(other, time) else NotImplemented

    def __le__(self, other):
        return self._key() <= other._key() if isinstance(other, time) else NotImplemented

    def __gt__(self, other):
        return self._key() > other._key() if isinstance(other, time) else NotImplemented

    def __ge__(self, other):
        return self._key() >= other._key() if isinstance(other, time) else NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __bool__(self):
        return True


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


def _parse_offset(text):
    sign = -1 if text[0] == "-" else 1
    parts = text[1:].split(":")
    if len(parts) == 1 and len(parts[0]) == 4:
        parts = [parts[0][:2], parts[0][2:]]
    hours, minutes = int(parts[0]), int(parts[1]) if len(parts) > 1 else 0
    seconds = int(parts[2]) if len(parts) > 2 else 0
    return timezone(sign * timedelta(hours=hours, minutes=minutes, seconds=seconds))


_FULL_MONTHS = [None, "January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"]
_FULL_DAYS = [None, "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _strptime(text, format):
    """(year, month, day, hour, minute, second, microsecond) parsed from
    [text] by [format], for the common directives."""
    fields = {"year": 1900, "month": 1, "day": 1, "hour": 0, "minute": 0, "second": 0, "microsecond": 0}
    position = 0
    twelve_hour = None
    i = 0

    def mismatch():
        raise ValueError("time data %r does not match format %r" % (text, format))

    def number(limit):
        nonlocal position
        start = position
        while position < len(text) and position - start < limit and "0" <= text[position] <= "9":
            position += 1
        if position == start:
            mismatch()
        return text[start:position]

    def name(choices):
        nonlocal position
        for index, choice in sorted(enumerate(choices), key=lambda pair: -len(pair[1] or "")):
            if choice and text[position:position + len(choice)].lower() == choice.lower():
                position += len(choice)
                return index
        mismatch()

    while i < len(format):
        char = format[i]
        if char != "%":
            if char.isspace():
                while position < len(text) and text[position].isspace():
                    position += 1
            elif position < len(text) and text[position] == char:
                position += 1
            else:
                mismatch()
            i += 1
            continue
        code = format[i + 1] if i + 1 < len(format) else ""
        i += 2
        if code == "Y":
            fields["year"] = int(number(4))
        elif code == "y":
            year = int(number(2))
            fields["year"] = year + (2000 if year < 69 else 1900)
        elif code == "m":
            fields["month"] = int(number(2))
        elif code == "d":
            fields["day"] = int(number(2))
        elif code == "H":
            fields["hour"] = int(number(2))
        elif code == "I":
            fields["hour"] = int(number(2))
        elif code == "M":
            fields["minute"] = int(number(2))
        elif code == "S":
            fields["second"] = int(number(2))
        elif code == "f":
            fields["microsecond"] = int((number(6) + "00000")[:6])
        elif code == "p":
            twelve_hour = name(["AM", "PM"])
        elif code == "b":
            fields["month"] = name(_MONTH_NAMES)
        elif code == "B":
            fields["month"] = name(_FULL_MONTHS)
        elif code == "a":
            name(_DAY_NAMES)
        elif code == "A":
            name(_FULL_DAYS)
        elif code == "j":
            number(3)
        elif code == "%":
            if text[position:position + 1] != "%":
                mismatch()
            position += 1
        else:
            raise ValueError("'%s' is a bad directive in format '%s'" % (code, format))
    if position != len(text):
        raise ValueError("unconverted data remains: %s" % text[position:])
    if twelve_hour is not None:
        fields["hour"] = fields["hour"] % 12 + (12 if twelve_hour == 1 else 0)
    return (fields["year"], fields["month"], fields["day"], fields["hour"], fields["minute"],
            fields["second"], fields["microsecond"])
