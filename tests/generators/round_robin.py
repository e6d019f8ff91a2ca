from collections import deque

def task(name, n):
    for i in range(n):
        print(name, i)
        yield

def run(tasks):
    queue = deque(tasks)
    while queue:
        t = queue.popleft()
        try:
            next(t)
            queue.append(t)
        except StopIteration:
            print("finished")

run([task("a", 2), task("b", 3), task("c", 1)])
