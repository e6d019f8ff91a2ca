"""os — the operating system: files, folders, processes, the environment.

The system calls come from the C module posix (mod_posix.c); this file gives
them CPython's os interface. os.path is posixpath.
"""
from posix import *
import posix as _posix
import posixpath as path
import sys as _sys

_sys.modules["os.path"] = path  # so that `import os.path` finds it, as in CPython

name = "posix"
sep = "/"
altsep = None
extsep = "."
pathsep = ":"
linesep = "\n"
curdir = "."
pardir = ".."
devnull = "/dev/null"


class _Environ(dict):
    """os.environ: a dict of the environment whose changes also reach the
    process environment (so os.system's children see them)."""

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        _posix.putenv(key, value)
        dict.__setitem__(self, key, value)
        _posix.environ[key] = value  # posixpath.expandvars/expanduser read this one

    def __delitem__(self, key):
        dict.__delitem__(self, key)
        _posix.unsetenv(key)
        _posix.environ.pop(key, None)

    def pop(self, key, *default):
        if key in self:
            value = self[key]
            del self[key]
            return value
        return dict.pop(self, key, *default)

    def setdefault(self, key, value=None):
        if key not in self:
            self[key] = value
        return self[key]

    def update(self, other=(), /, **kwargs):
        for key, value in dict(other, **kwargs).items():
            self[key] = value

    def clear(self):
        for key in list(self):
            del self[key]

    def copy(self):
        return dict(self)

    def __repr__(self):
        return "environ(%s)" % dict.__repr__(self)


environ = _Environ(_posix.environ)


def unsetenv(key):
    _posix.unsetenv(key)


def getenv(key, default=None):
    """The environment variable [key], or [default]."""
    return environ.get(key, default)


def makedirs(name, mode=0o777, exist_ok=False):
    """Make a folder and any missing parents."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        makedirs(head, exist_ok=exist_ok)
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


class stat_result(tuple):
    """The result of os.stat: a tuple with named fields."""

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self[7])
    st_mtime = property(lambda self: self[8])
    st_ctime = property(lambda self: self[9])


def stat(path):
    return stat_result(_posix.stat(path))


def walk(top, topdown=True):
    """(folder, subfolders, files) for top and every folder below it."""
    try:
        names = listdir(top)
    except OSError:
        return
    folders, files = [], []
    for entry in names:
        (folders if path.isdir(path.join(top, entry)) else files).append(entry)
    if topdown:
        yield top, folders, files
    for folder in folders:
        yield from walk(path.join(top, folder), topdown)
    if not topdown:
        yield top, folders, files


class DirEntry:
    """One entry of scandir(): its name and path, and questions about it."""

    def __init__(self, folder, name):
        self.name = name
        self.path = path.join(folder, name)

    def is_dir(self, *, follow_symlinks=True):
        return path.isdir(self.path) if follow_symlinks else path.isdir(self.path) and not path.islink(self.path)

    def is_file(self, *, follow_symlinks=True):
        return path.isfile(self.path) if follow_symlinks else path.isfile(self.path) and not path.islink(self.path)

    def is_symlink(self):
        return path.islink(self.path)

    def stat(self, *, follow_symlinks=True):
        return stat(self.path) if follow_symlinks else stat_result(_posix.lstat(self.path))

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return "<DirEntry %r>" % self.name


class _ScandirIterator:
    def __init__(self, folder):
        self._entries = iter([DirEntry(folder, name) for name in listdir(folder)])

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._entries)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self._entries = iter(())

    def close(self):
        self._entries = iter(())


def scandir(path="."):
    """An iterator of DirEntry objects for the folder [path]."""
    return _ScandirIterator(path)


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    method = getattr(type(p), "__fspath__", None)
    if method is None:
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(p).__name__)
    return method(p)


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)
