"""posixpath — os.path for POSIX systems: pure string work on paths, plus
a few questions about the file system (exists, isfile, isdir, getsize)."""
import posix as _posix

sep = "/"
curdir = "."
pardir = ".."


def _mode(path):
    try:
        return _posix.stat(path)[0]
    except OSError:
        return None


def exists(path):
    return _mode(path) is not None


def isdir(path):
    mode = _mode(path)
    return mode is not None and mode & 0o170000 == 0o040000


def isfile(path):
    mode = _mode(path)
    return mode is not None and mode & 0o170000 == 0o100000


def getsize(path):
    return _posix.stat(path)[6]


def getmtime(path):
    return _posix.stat(path)[8]


def getatime(path):
    return _posix.stat(path)[7]


def getctime(path):
    return _posix.stat(path)[9]


def lexists(path):
    try:
        _posix.lstat(path)
    except OSError:
        return False
    return True


def islink(path):
    try:
        mode = _posix.lstat(path)[0]
    except OSError:
        return False
    return mode & 0o170000 == 0o120000


def isabs(path):
    return path.startswith("/")


def _check_path(value):
    if not isinstance(value, str):
        if isinstance(value, bytes):
            return value
        method = getattr(type(value), "__fspath__", None)
        if method is None:
            raise TypeError("expected str, bytes or os.PathLike object, not " + type(value).__name__)
        return method(value)
    return value


def join(a, *paths):
    a = _check_path(a)
    paths = [_check_path(part) for part in paths]
    result = a
    for part in paths:
        if part.startswith("/"):
            result = part
        elif not result or result.endswith("/"):
            result += part
        else:
            result += "/" + part
    return result


def split(path):
    i = path.rfind("/") + 1
    head, tail = path[:i], path[i:]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head, tail


def basename(path):
    return path[path.rfind("/") + 1:]


def dirname(path):
    return split(path)[0]


def splitext(path):
    dot = path.rfind(".")
    slash = path.rfind("/")
    if dot > slash:
        start = slash + 1
        while start < dot and path[start] == ".":
            start += 1
        if start < dot:
            return path[:dot], path[dot:]
    return path, ""


def normpath(path):
    if not path:
        return "."
    initial_slashes = 1 if path.startswith("/") else 0
    if initial_slashes and path.startswith("//") and not path.startswith("///"):
        initial_slashes = 2
    parts = []
    for part in path.split("/"):
        if part in ("", "."):
            continue
        if part != ".." or (not initial_slashes and not parts) or (parts and parts[-1] == ".."):
            parts.append(part)
        elif parts:
            parts.pop()
    result = "/".join(parts)
    result = "/" * initial_slashes + result
    return result or "."


def abspath(path):
    if not isabs(path):
        path = join(_posix.getcwd(), path)
    return normpath(path)


def expanduser(path):
    if not path.startswith("~"):
        return path
    home = _posix.environ.get("HOME", "/")
    i = path.find("/")
    if i < 0:
        i = len(path)
    if i != 1:
        return path
    return (home.rstrip("/") or "/") + path[i:]


def relpath(path, start="."):
    if not path:
        raise ValueError("no path specified")
    path_parts = [p for p in abspath(path).split("/") if p]
    start_parts = [p for p in abspath(start).split("/") if p]
    common = 0
    while common < min(len(path_parts), len(start_parts)) and path_parts[common] == start_parts[common]:
        common += 1
    parts = [".."] * (len(start_parts) - common) + path_parts[common:]
    return join(*parts) if parts else "."


def splitdrive(path):
    return path[:0], path


def commonprefix(paths):
    """The longest string that starts every path (character by character)."""
    if not paths:
        return ""
    low, high = min(paths), max(paths)
    for i, char in enumerate(low):
        if char != high[i]:
            return low[:i]
    return low


def commonpath(paths):
    """The longest common sub-path of [paths] (whole components only)."""
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    absolute = {p.startswith("/") for p in paths}
    if len(absolute) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[part for part in p.split("/") if part and part != "."] for p in paths]
    low, high = min(split_paths), max(split_paths)
    common = low
    for i, part in enumerate(low):
        if part != high[i]:
            common = low[:i]
            break
    prefix = "/" if absolute.pop() else ""
    return prefix + "/".join(common)


def realpath(path, *, strict=False):
    """The absolute path with every symbolic link resolved."""
    parts = [part for part in abspath(path).split("/") if part]
    resolved = "/"
    seen = 0
    while parts:
        candidate = join(resolved, parts.pop(0))
        if islink(candidate) and seen < 40:
            seen += 1
            target = _posix.readlink(candidate)
            if target.startswith("/"):
                resolved = "/"
            parts = [part for part in target.split("/") if part] + parts
            continue
        resolved = normpath(candidate)
    return resolved


def expandvars(path):
    """$NAME and ${NAME} replaced by environment variables that exist."""
    if "$" not in path:
        return path
    result = []
    i = 0
    while i < len(path):
        char = path[i]
        if char != "$":
            result.append(char)
            i += 1
            continue
        if path.startswith("{", i + 1):
            end = path.find("}", i + 2)
            name = path[i + 2:end] if end >= 0 else ""
            stop = end + 1
        else:
            stop = i + 1
            while stop < len(path) and (path[stop].isalnum() or path[stop] == "_"):
                stop += 1
            name = path[i + 1:stop]
        if name and name in _posix.environ:
            result.append(_posix.environ[name])
            i = stop
        else:
            result.append(char)
            i += 1
    return "".join(result)
