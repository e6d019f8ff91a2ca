import os.path as p
paths = ["", "/", "//", "///", "a", "a/", "/a", "a/b", "a//b", "/a/b/", "./a", "../a", "a/./b/../c", ".", "..", "a/..", "/..", "//a//b", ".hidden", "a.b.c", "a/.b", "a./b", "~", "~/x", "~user/x", "a/b.", "/a/b/..", "...", "a/...b"]
for x in paths:
    print(repr(x), p.split(x), p.basename(x), p.dirname(x), p.splitext(x), p.normpath(x), p.isabs(x), p.join(x, "z"), p.join("z", x))
print(p.join("a", "b", "/c", "d"), p.join("a"), p.relpath("a/b", "a/c"), p.relpath("/x", "/x"), p.commonprefix(["abc", "abd", "ab"]))
for bad in [lambda: p.join(1), lambda: p.relpath(""), lambda: p.commonpath([]), lambda: p.commonpath(["/a", "b"])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
