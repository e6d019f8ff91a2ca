# Position markers: a span over several lines is marked to the end of its first line.
values = [1, 2]
total = values[0] + values[
    5]
