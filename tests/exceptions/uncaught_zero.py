# An uncaught exception prints a traceback on stderr and exits with status 1.
def divide(a, b):
    return a / b
def main():
    print('before')
    return divide(1, 0)
main()
print('not reached')
