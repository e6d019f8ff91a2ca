print("importing counting")


class Counter:
    def __init__(self):
        self.n = 0
