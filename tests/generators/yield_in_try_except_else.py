def gen():
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
            yield ("ok", i)
        except ValueError as e:
            yield ("error", e.args[0])
        else:
            yield ("else", i)
        finally:
            yield ("finally", i)

print(list(gen()))
