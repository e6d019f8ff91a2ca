/* mod_posix.c — the operating-system calls behind the os module.
 *
 * Only the calls themselves are in C; os.py and posixpath.py (in stdlib/)
 * build the Python-facing module on top of them, as CPython's os.py does on
 * top of its posix module. Failures raise OSError subclasses with CPython's
 * wording: FileNotFoundError: [Errno 2] No such file or directory: 'x'.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "bytes.h"
#include "dict.h"
#include "exc.h"
#include "func.h"
#include "int.h"
#include "list.h"
#include "module.h"
#include "str.h"
#include "tuple.h"
#include "vm.h"

extern char **environ;

/* raise_os_error (exc.h) picks the OSError subclass for errno, as CPython. */
static Value os_error(int error_number, const char *path) {
    return raise_os_error(error_number, path ? str_value(str_from_cstr(path)) : value_none());
}

static bool path_argument(Value v, const char *function, const char **out) {
    if (is_str(v)) {
        *out = str_cstr(as_str(v));
        return true;
    }
    raise_error(&type_type_error, "%s: path should be string, bytes or os.PathLike, not %s", function, value_type_name(v));
    return false;
}

static Value posix_getcwd(Value *args, int nargs, Tuple *kwnames) {
    char buffer[4096];
    if (!getcwd(buffer, sizeof buffer)) return os_error(errno, NULL);
    return str_value(str_from_cstr(buffer));
}

static Value posix_chdir(Value *args, int nargs, Tuple *kwnames) {
    const char *path;
    if (!args_check_count("chdir", nargs, 1, 1) || !path_argument(args[0], "chdir", &path)) return value_null();
    if (chdir(path) != 0) return os_error(errno, path);
    return value_none();
}

static Value posix_getpid(Value *args, int nargs, Tuple *kwnames) { return value_int(getpid()); }
static Value posix_getppid(Value *args, int nargs, Tuple *kwnames) { return value_int(getppid()); }

static Value posix_listdir(Value *args, int nargs, Tuple *kwnames) {
    if (!args_check_count("listdir", nargs, 0, 1)) return value_null();
    const char *path = ".";
    if (nargs == 1 && !path_argument(args[0], "listdir", &path)) return value_null();
    DIR *directory = opendir(path);
    if (!directory) return os_error(errno, path);
    List *names = list_new(8);
    for (struct dirent *entry; (entry = readdir(directory));) {
        if (strcmp(entry->d_name, ".") == 0 || strcmp(entry->d_name, "..") == 0) continue;
        list_append(names, str_value(str_from_cstr(entry->d_name)));
    }
    closedir(directory);
    return value_object(names);
}

/* stat(path) -> (st_mode, st_ino, st_dev, st_nlink, st_uid, st_gid, st_size, st_atime, st_mtime, st_ctime);
 * lstat is the same for the link itself rather than what it points to. */
static Value stat_tuple(Value *args, int nargs, const char *function, bool follow_links) {
    const char *path;
    if (!args_check_count(function, nargs, 1, 1) || !path_argument(args[0], function, &path)) return value_null();
    struct stat info;
    if ((follow_links ? stat(path, &info) : lstat(path, &info)) != 0) return os_error(errno, path);
    return value_object(tuple_pack(10, value_int(info.st_mode), value_int((int64_t)info.st_ino), value_int((int64_t)info.st_dev),
                                   value_int((int64_t)info.st_nlink), value_int(info.st_uid), value_int(info.st_gid),
                                   value_int(info.st_size),
                                   value_float((double)info.st_atim.tv_sec + info.st_atim.tv_nsec * 1e-9),
                                   value_float((double)info.st_mtim.tv_sec + info.st_mtim.tv_nsec * 1e-9),
                                   value_float((double)info.st_ctim.tv_sec + info.st_ctim.tv_nsec * 1e-9)));
}

static Value posix_stat(Value *args, int nargs, Tuple *kwnames) { return stat_tuple(args, nargs, "stat", true); }
static Value posix_lstat(Value *args, int nargs, Tuple *kwnames) { return stat_tuple(args, nargs, "lstat", false); }

static Value posix_readlink(Value *args, int nargs, Tuple *kwnames) {
    const char *path;
    if (!args_check_count("readlink", nargs, 1, 1) || !path_argument(args[0], "readlink", &path)) return value_null();
    char buffer[4096];
    ssize_t length = readlink(path, buffer, sizeof buffer - 1);
    if (length < 0) return os_error(errno, path);
    buffer[length] = '\0';
    return str_value(str_from_cstr(buffer));
}

static Value posix_remove(Value *args, int nargs, Tuple *kwnames) {
    const char *path;
    if (!args_check_count("remove", nargs, 1, 1) || !path_argument(args[0], "remove", &path)) return value_null();
    if (unlink(path) != 0) return os_error(errno, path);
    return value_none();
}

static Value posix_mkdir(Value *args, int nargs, Tuple *kwnames) {
    const char *path;
    if (!args_check_count("mkdir", nargs, 1, 2) || !path_argument(args[0], "mkdir", &path)) return value_null();
    int64_t mode = 0777;
    if (nargs == 2 && !int_as_int64(args[1], &mode)) return value_null();
    if (mkdir(path, (mode_t)mode) != 0) return os_error(errno, path);
    return value_none();
}

static Value posix_rmdir(Value *args, int nargs, Tuple *kwnames) {
    const char *path;
    if (!args_check_count("rmdir", nargs, 1, 1) || !path_argument(args[0], "rmdir", &path)) return value_null();
    if (rmdir(path) != 0) return os_error(errno, path);
    return value_none();
}

static Value posix_rename(Value *args, int nargs, Tuple *kwnames) {
    const char *from, *to;
    if (!args_check_count("rename", nargs, 2, 2) || !path_argument(args[0], "rename", &from) ||
        !path_argument(args[1], "rename", &to))
        return value_null();
    if (rename(from, to) != 0) return os_error(errno, from);
    return value_none();
}

static Value posix_urandom(Value *args, int nargs, Tuple *kwnames) {
    int64_t size;
    if (!args_check_count("urandom", nargs, 1, 1) || !int_as_int64(args[0], &size)) return value_null();
    if (size < 0) return raise_error(&type_value_error, "negative argument not allowed");
    unsigned char *buffer = malloc((size_t)size + 1);
    if (!buffer) return raise_memory_error();
    int fd = open("/dev/urandom", O_RDONLY);
    int64_t got = 0;
    while (fd >= 0 && got < size) {
        ssize_t n = read(fd, buffer + got, (size_t)(size - got));
        if (n <= 0) break;
        got += n;
    }
    if (fd >= 0) close(fd);
    Bytes *result = bytes_new(buffer, got);
    free(buffer);
    return result ? value_object(result) : value_null();
}

static Value posix_cpu_count(Value *args, int nargs, Tuple *kwnames) {
    long count = sysconf(_SC_NPROCESSORS_ONLN);
    return count > 0 ? value_int(count) : value_none();
}

static Value posix_system(Value *args, int nargs, Tuple *kwnames) {
    const char *command;
    if (!args_check_count("system", nargs, 1, 1) || !path_argument(args[0], "system", &command)) return value_null();
    fflush(stdout);
    int status = system(command);
    return value_int(status);
}

static bool string_argument(Value v, const char *function, const char **out) {
    if (is_str(v)) {
        *out = str_cstr(as_str(v));
        return true;
    }
    raise_error(&type_type_error, "str expected, not %s", value_type_name(v));
    return false;
}

/* putenv(name, value): change the process environment that child processes
 * (os.system) inherit; os.environ calls it on assignment. */
static Value posix_putenv(Value *args, int nargs, Tuple *kwnames) {
    const char *name, *value;
    if (!args_check_count("putenv", nargs, 2, 2) || !string_argument(args[0], "putenv", &name) ||
        !string_argument(args[1], "putenv", &value))
        return value_null();
    if (!*name || strchr(name, '=')) return raise_error(&type_value_error, "illegal environment variable name");
    if (setenv(name, value, 1) != 0) return os_error(errno, NULL);
    return value_none();
}

static Value posix_unsetenv(Value *args, int nargs, Tuple *kwnames) {
    const char *name;
    if (!args_check_count("unsetenv", nargs, 1, 1) || !string_argument(args[0], "unsetenv", &name)) return value_null();
    if (!*name || strchr(name, '=')) return raise_error(&type_value_error, "illegal environment variable name");
    if (unsetenv(name) != 0) return os_error(errno, NULL);
    return value_none();
}

static Value posix_getuid(Value *args, int nargs, Tuple *kwnames) { return value_int(getuid()); }
static Value posix_getgid(Value *args, int nargs, Tuple *kwnames) { return value_int(getgid()); }
static Value posix_geteuid(Value *args, int nargs, Tuple *kwnames) { return value_int(geteuid()); }

static Value posix_isatty(Value *args, int nargs, Tuple *kwnames) {
    int64_t fd;
    if (!args_check_count("isatty", nargs, 1, 1) || !int_as_int64(args[0], &fd)) return value_null();
    return value_bool(isatty((int)fd));
}

static const MethodDef posix_functions[] = {
    {"putenv", posix_putenv, METHOD_STATIC, NULL},
    {"unsetenv", posix_unsetenv, METHOD_STATIC, NULL},
    {"getuid", posix_getuid, METHOD_STATIC, NULL},
    {"getgid", posix_getgid, METHOD_STATIC, NULL},
    {"geteuid", posix_geteuid, METHOD_STATIC, NULL},
    {"isatty", posix_isatty, METHOD_STATIC, NULL},
    {"getcwd", posix_getcwd, METHOD_STATIC, NULL},
    {"chdir", posix_chdir, METHOD_STATIC, NULL},
    {"getpid", posix_getpid, METHOD_STATIC, NULL},
    {"getppid", posix_getppid, METHOD_STATIC, NULL},
    {"listdir", posix_listdir, METHOD_STATIC, NULL},
    {"stat", posix_stat, METHOD_STATIC, NULL},
    {"lstat", posix_lstat, METHOD_STATIC, NULL},
    {"readlink", posix_readlink, METHOD_STATIC, NULL},
    {"remove", posix_remove, METHOD_STATIC, NULL},
    {"unlink", posix_remove, METHOD_STATIC, NULL},
    {"mkdir", posix_mkdir, METHOD_STATIC, NULL},
    {"rmdir", posix_rmdir, METHOD_STATIC, NULL},
    {"rename", posix_rename, METHOD_STATIC, NULL},
    {"urandom", posix_urandom, METHOD_STATIC, NULL},
    {"cpu_count", posix_cpu_count, METHOD_STATIC, NULL},
    {"system", posix_system, METHOD_STATIC, NULL},
    {NULL, NULL, 0, NULL},
};

static Module *posix_module_init(void) {
    Module *module = module_from_methods("posix", posix_functions);
    if (!module) return NULL;
    Dict *environment = dict_new();
    for (char **entry = environ; entry && *entry; entry++) {
        const char *equals = strchr(*entry, '=');
        if (!equals) continue;
        dict_set(environment, str_value(str_new(*entry, equals - *entry)), str_value(str_from_cstr(equals + 1)));
    }
    module_add(module, "environ", value_object(environment));
    return module;
}

void mod_posix_register(void) { module_register_native("posix", posix_module_init); }
