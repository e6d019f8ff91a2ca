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
environ = _posix.environ


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
