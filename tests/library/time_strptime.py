import time
print(time.strptime('2024-03-05 10:11', '%Y-%m-%d %H:%M'), time.strptime('2024-03-05 10:11', '%Y-%m-%d %H:%M').tm_zone)
print(time.strptime('Tue Mar  5 10:11:12 2024'), time.strptime("1999", "%Y")[:], time.strptime("31/12/2000", "%d/%m/%Y").tm_yday)
for bad in [("x", "%Y"), ("2024", 5)]:
    try:
        time.strptime(*bad)
    except Exception as e:
        print(type(e).__name__, e)
print(type(time.tzname).__name__, len(time.tzname), type(time.timezone).__name__, time.daylight in (0, 1))
