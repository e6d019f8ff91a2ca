import os
import os.path
from os import path as osp
print(os.getcwd() == os.path.abspath("."), os.path.isabs(os.getcwd()))
print(sorted(os.listdir("tests/library/_osdir")), type(os.getpid()).__name__, os.getpid() > 0)
print(os.sep, os.curdir, os.pardir, os.linesep == "\n", os.name, os.pathsep)
print("PATH" in os.environ, type(os.environ.get("PATH")).__name__, os.environ.get("PYCO_SURELY_UNSET"), os.environ.get("PYCO_SURELY_UNSET", "dflt"), os.getenv("PYCO_SURELY_UNSET", 5))
os.environ["PYCO_TEST_VAR"] = "v1"
print(os.environ["PYCO_TEST_VAR"], os.getenv("PYCO_TEST_VAR"))
try:
    os.environ["PYCO_SURELY_UNSET"]
except KeyError as e:
    print("KeyError", e)
print(os.path.join("a", "b", "c"), os.path.join("/a", "/b"), os.path.join("a/", "b"), os.path.join("", "x"), os.path.join("a", ""))
print(os.path.exists("tests/library"), os.path.exists("nope/nope"), os.path.isdir("tests"), os.path.isfile("tests/run.sh"), os.path.isfile("tests"))
print(os.path.basename("/a/b/c.txt"), os.path.basename("/a/b/"), os.path.dirname("/a/b/c.txt"), os.path.dirname("c.txt"), os.path.dirname("/"))
print(os.path.splitext("a/b.tar.gz"), os.path.splitext(".bashrc"), os.path.splitext("noext"), os.path.splitext("a.b/c"), os.path.split("/x/y"), os.path.split("y"))
print(os.path.normpath("a//b/./c/../d"), os.path.normpath("/../x"), os.path.normpath(""), os.path.normpath("./"), os.path.abspath("/a/b/../c"))
print(os.path.relpath("/a/b/c", "/a"), os.path.commonprefix(["/usr/lib", "/usr/local"]), os.path.expanduser("x"), os.path.getsize("tests/library/_osdir/f1.txt"))
print(os.path.isabs("a"), os.path.isabs("/a"), os.path.splitdrive("/a/b"), os.path.realpath("/") == "/")
os.makedirs("/tmp/pyco_os_test/sub", exist_ok=True)
with open("/tmp/pyco_os_test/sub/x.txt", "w") as f:
    f.write("hi")
print(os.path.exists("/tmp/pyco_os_test/sub/x.txt"), os.listdir("/tmp/pyco_os_test/sub"))
os.remove("/tmp/pyco_os_test/sub/x.txt")
os.rmdir("/tmp/pyco_os_test/sub")
print(os.path.exists("/tmp/pyco_os_test/sub"))
try:
    os.listdir("/nonexistent_dir_pyco")
except FileNotFoundError as e:
    print("FileNotFoundError", e)
print(os.cpu_count() > 0, osp is os.path, os.path.__name__)
print(os.path.commonpath(["/usr/lib/x", "/usr/local"]), os.path.commonpath(["a/b", "a/c"]), os.path.commonprefix([]), os.path.lexists("/tmp"))
os.makedirs("/tmp/pyco_os_test", exist_ok=True)
if os.path.lexists("/tmp/pyco_os_test/link"):
    os.remove("/tmp/pyco_os_test/link")
os.environ["PYCO_X"] = "val"
print(os.path.expandvars("$PYCO_X/${PYCO_X}/$NOPE_PYCO_Z"), os.path.islink("/tmp/pyco_os_test"), os.path.realpath("/tmp/../tmp/./pyco_os_test"))
st = os.stat("tests/library/_osdir/f1.txt")
print(st.st_size, st[6], st.st_mode & 0o170000 == 0o100000)
for dirpath, dirs, files in os.walk("tests/library/_osdir"):
    print(dirpath, sorted(dirs), sorted(files))
with os.scandir("tests/library/_osdir") as entries:
    print(sorted((e.name, e.is_file(), e.is_dir(), e.path) for e in entries))
os.environ["PYCO_CHILD_VAR"] = "seen"
import sys
sys.stdout.flush()
os.system("echo child: $PYCO_CHILD_VAR")
del os.environ["PYCO_CHILD_VAR"]
os.system("echo child: ${PYCO_CHILD_VAR:-gone}")
sys.stdout.flush()
print(os.environ.pop("PYCO_NOT_THERE", "dflt"), os.getuid() >= 0, os.fspath("abc"), os.environ.setdefault("PYCO_SD", "x"), os.environ["PYCO_SD"])
