# __name__ is '__main__' for the script, the module name for imports.
import _geometry
def main():
    print('main runs, __name__ =', __name__)
if __name__ == '__main__':
    main()
print(_geometry.__name__)
