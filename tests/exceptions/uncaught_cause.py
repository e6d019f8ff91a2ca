# Explicit cause in a traceback: "The above exception was the direct cause ...".
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise TypeError('not a number: ' + text) from e
parse('abc')
