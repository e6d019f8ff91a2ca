/* fileio.c — text files: open(), sys.stdout and sys.stderr.
 *
 * A TextFile wraps a C stdio stream (FILE *). Text is UTF-8 on both sides,
 * so writing a str is one fwrite of its bytes and reading decodes UTF-8
 * into a str (raising UnicodeDecodeError for invalid input). Reading
 * translates "\r\n" line endings to "\n" (Python's universal newlines for
 * the common case); writing leaves "\n" alone, as Python does on Linux.
 *
 * The type is called TextIOWrapper in module _io, so reprs and error
 * messages look like CPython's. A file opened in a 'b' mode is the same
 * object with [binary] set: it reads and writes bytes, unchanged, and its
 * repr says BufferedReader/BufferedWriter/BufferedRandom. Files made by file_from_stream for stdout
 * and stderr do not own their stream: close() marks them closed but never
 * fcloses the process's stdout. A file that is collected while still open
 * is closed by its gc_free slot.
 *
 * print() writes to the native stdout through file_native_stream, so the
 * common case is a plain fwrite with no Python-level method call.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "builtins.h"
#include "bytes.h"
#include "exc.h"
#include "func.h"
#include "gc.h"
#include "list.h"
#include "str.h"
#include "tuple.h"

typedef struct TextFile {
    Object base;
    FILE *stream;      /* NULL once closed */
    Value name;        /* the path as given, or '<stdout>' */
    Str *mode;         /* the mode string as given */
    bool readable;
    bool writable;
    bool owns_stream;  /* fclose on close (false for stdout/stderr) */
    bool binary;       /* a 'b' mode: reads and writes bytes, no decoding */
} TextFile;

/* io.UnsupportedOperation ("not readable"); its CPython bases are OSError
 * and ValueError, pyco's has OSError only. */
static Type type_unsupported_operation;

static TextFile *as_file(Value v) { return (TextFile *)v.as.object; }
static bool is_text_file(Value v) { return v.tag == VAL_OBJ && type_is_subtype(v.as.object->type, &type_text_file); }

/* ---- checks shared by the methods ---------------------------------- */

static bool file_check_open(TextFile *file) {
    if (file->stream) return true;
    raise_error(&type_value_error, "I/O operation on closed file.");
    return false;
}

static bool file_check_readable(TextFile *file) {
    if (!file_check_open(file)) return false;
    if (file->readable) return true;
    raise_error(&type_unsupported_operation, "not readable");
    return false;
}

static bool file_check_writable(TextFile *file) {
    if (!file_check_open(file)) return false;
    if (file->writable) return true;
    raise_error(&type_unsupported_operation, "not writable");
    return false;
}

/* ---- construction -------------------------------------------------- */

static TextFile *file_alloc(FILE *stream, Value name, const char *mode, bool readable, bool writable) {
    TextFile *file = (TextFile *)gc_alloc(&type_text_file, sizeof(TextFile));
    if (!file) return NULL;
    file->stream = stream;
    file->name = name;
    file->mode = str_from_cstr(mode);
    if (!file->mode) return NULL;
    file->readable = readable;
    file->writable = writable;
    return file;
}

/* Check a Python mode string and translate it for fopen. */
static bool file_parse_mode(const char *mode, char *fopen_mode, bool *readable, bool *writable, bool *is_binary) {
    int kinds = 0, plus = 0, text = 0, binary = 0;
    char kind = 0;
    for (const char *letter = mode; *letter; letter++) {
        if (strchr("rwxa+tb", *letter) == NULL || strchr(letter + 1, *letter) != NULL) {
            raise_error(&type_value_error, "invalid mode: '%s'", mode);
            return false;
        }
        if (strchr("rwxa", *letter)) { kinds++; kind = *letter; }
        if (*letter == '+') plus++;
        if (*letter == 't') text++;
        if (*letter == 'b') binary++;
    }
    if (text && binary) {
        raise_error(&type_value_error, "can't have text and binary mode at once");
        return false;
    }
    if (kinds != 1) {
        raise_error(&type_value_error, "Must have exactly one of create/read/write/append mode and at most one plus");
        return false;
    }
    *is_binary = binary;
    *readable = kind == 'r' || plus;
    *writable = kind != 'r' || plus;
    const char *base = kind == 'r' ? "r" : kind == 'w' ? "w" : kind == 'a' ? "a" : "wx";
    snprintf(fopen_mode, 8, "%s%s", base, plus ? "+" : "");
    if (kind == 'x' && plus) strcpy(fopen_mode, "w+x");
    return true;
}

/* Contract: open(path, mode) for text modes; OSError subclasses with
 * CPython's messages when the file cannot be opened. Allocates. */
Value file_open(Value path, const char *mode) {
    return file_open_with_encoding(path, mode, value_null());
}

/* Contract: open() with its encoding argument ([encoding] VAL_NULL or None
 * when absent): a binary mode refuses one, as CPython does. Only UTF-8
 * text is supported; other encodings are accepted and read as UTF-8. */
Value file_open_with_encoding(Value path, const char *mode, Value encoding) {
    if (!is_str(path)) {
        return raise_error(&type_type_error, "expected str, bytes or os.PathLike object, not %s",
                           value_type_name(path));
    }
    char fopen_mode[8];
    bool readable, writable, binary;
    if (!file_parse_mode(mode, fopen_mode, &readable, &writable, &binary)) return value_null();
    if (binary && !is_null(encoding) && !is_none(encoding))
        return raise_error(&type_value_error, "binary mode doesn't take an encoding argument");
    const char *filename = str_cstr(as_str(path));
    struct stat info;
    if (stat(filename, &info) == 0 && S_ISDIR(info.st_mode)) return raise_os_error(EISDIR, path);
    FILE *stream = fopen(filename, fopen_mode);
    if (!stream) return raise_os_error(errno, path);
    TextFile *file = file_alloc(stream, path, mode, readable, writable);
    if (!file) { fclose(stream); return value_null(); }
    file->owns_stream = true;
    file->binary = binary;
    return value_object(file);
}

/* Contract: wrap an existing FILE * (not owned: close() won't fclose it). */
Value file_from_stream(void *FILE_pointer, const char *name, const char *mode) {
    Str *name_str = str_from_cstr(name);
    if (!name_str) return value_null();
    bool readable = strchr(mode, 'r') || strchr(mode, '+');
    bool writable = strchr(mode, 'w') || strchr(mode, 'a') || strchr(mode, '+');
    TextFile *file = file_alloc((FILE *)FILE_pointer, value_object(name_str), mode, readable, writable);
    return file ? value_object(file) : value_null();
}

static Value stdout_file, stderr_file;

/* Contract: the sys.stdout file object (made once, a GC root). */
Value file_stdout(void) {
    if (is_null(stdout_file)) {
        stdout_file = file_from_stream(stdout, "<stdout>", "w");
        gc_add_global_root(&stdout_file);
    }
    return stdout_file;
}

/* Contract: the sys.stderr file object (made once, a GC root). */
Value file_stderr(void) {
    if (is_null(stderr_file)) {
        stderr_file = file_from_stream(stderr, "<stderr>", "w");
        gc_add_global_root(&stderr_file);
    }
    return stderr_file;
}

/* Contract: the FILE * of an open, writable text file, else NULL. */
void *file_native_stream(Value file) {
    if (!is_text_file(file) || !as_file(file)->writable || as_file(file)->binary) return NULL;
    return as_file(file)->stream;
}

/* Contract: write [text] to [file]: fwrite for native files, else a call
 * of file.write(text) (which may run Python code). */
bool file_write_str(Value file, Str *text) {
    if (is_text_file(file)) {
        TextFile *native = as_file(file);
        if (!file_check_writable(native)) return false;
        if (native->binary) {
            raise_error(&type_type_error, "a bytes-like object is required, not 'str'");
            return false;
        }
        fwrite(text->data, 1, (size_t)text->byte_length, native->stream);
        return true;
    }
    Value arg = value_object(text);
    Value result = obj_call_method(file, "write", &arg, 1);
    return !is_null(result);
}

/* ---- reading ------------------------------------------------------- */

/* Make a str of [length] bytes, turning "\r\n" into "\n" (or, for a
 * binary file, a bytes object of them unchanged). Frees nothing. */
static Value file_decode(TextFile *file, char *bytes, size_t length) {
    if (file->binary) {
        Bytes *result = bytes_new(bytes, (int64_t)length);
        return result ? value_object(result) : value_null();
    }
    size_t out = 0;
    for (size_t i = 0; i < length; i++) {
        if (bytes[i] == '\r' && i + 1 < length && bytes[i + 1] == '\n') continue;
        bytes[out++] = bytes[i];
    }
    return str_value(str_new_checked(bytes, (int64_t)out));
}

/* Bytes in a UTF-8 sequence starting with [lead]. */
static int utf8_sequence_length(int lead) {
    if (lead < 0x80) return 1;
    if ((lead & 0xE0) == 0xC0) return 2;
    if ((lead & 0xF0) == 0xE0) return 3;
    if ((lead & 0xF8) == 0xF0) return 4;
    return 1;
}

/* Read up to [count] characters (all when count < 0). */
static Value file_read_chars(TextFile *file, int64_t count) {
    StrBuilder sb;
    sb_init(&sb);
    if (count < 0) {
        char chunk[65536];
        size_t got;
        while ((got = fread(chunk, 1, sizeof chunk, file->stream)) > 0) sb_append(&sb, chunk, (int64_t)got);
    } else if (file->binary) {
        for (int64_t i = 0; i < count; i++) {
            int byte = fgetc(file->stream);
            if (byte == EOF) break;
            sb_append_char(&sb, (char)byte);
        }
    } else {
        for (int64_t i = 0; i < count; i++) {
            int lead = fgetc(file->stream);
            if (lead == EOF) break;
            sb_append_char(&sb, (char)lead);
            for (int extra = utf8_sequence_length(lead) - 1; extra > 0; extra--) {
                int byte = fgetc(file->stream);
                if (byte == EOF) break;
                sb_append_char(&sb, (char)byte);
            }
            if (lead == '\r') {
                int byte = fgetc(file->stream);
                if (byte == '\n') sb.data[sb.length - 1] = '\n';
                else if (byte != EOF) ungetc(byte, file->stream);
            }
        }
    }
    Value result = file_decode(file, sb.data ? sb.data : (char *)"", (size_t)sb.length);
    sb_free(&sb);
    return result;
}

/* One line including its "\n" ("" at end of file). [limit] < 0: no limit. */
static Value file_read_line(TextFile *file, int64_t limit) {
    StrBuilder sb;
    sb_init(&sb);
    int64_t chars = 0;
    int byte;
    while ((limit < 0 || chars < limit) && (byte = fgetc(file->stream)) != EOF) {
        sb_append_char(&sb, (char)byte);
        if (file->binary || ((unsigned)byte & 0xC0) != 0x80) chars++;
        if (byte == '\n') break;
    }
    Value result = file_decode(file, sb.data ? sb.data : (char *)"", (size_t)sb.length);
    sb_free(&sb);
    return result;
}

/* Whether a line read by file_read_line is empty (end of file). */
static bool file_line_empty(Value line) {
    if (is_bytes(line)) return ((Bytes *)line.as.object)->length == 0;
    return as_str(line)->length == 0;
}

/* The bytes to write for [data]: a str for a text file, bytes for a
 * binary one; raises CPython's TypeError otherwise. */
static bool file_data_bytes(TextFile *file, Value data, const char **bytes, size_t *length) {
    if (file->binary) {
        if (!is_bytes(data)) {
            raise_error(&type_type_error, "a bytes-like object is required, not '%s'", value_type_name(data));
            return false;
        }
        *bytes = (const char *)((Bytes *)data.as.object)->data;
        *length = (size_t)((Bytes *)data.as.object)->length;
        return true;
    }
    if (!is_str(data)) {
        raise_error(&type_type_error, "write() argument must be str, not %s", value_type_name(data));
        return false;
    }
    *bytes = as_str(data)->data;
    *length = (size_t)as_str(data)->byte_length;
    return true;
}

/* The optional size argument of read()/readline(): -1 when absent or None. */
static bool file_size_argument(Value *args, int nargs, int64_t *size) {
    *size = -1;
    if (nargs < 2 || is_none(args[1])) return true;
    if (!is_small_int(args[1])) {
        raise_error(&type_type_error, "argument should be integer or None, not '%s'", value_type_name(args[1]));
        return false;
    }
    *size = args[1].as.integer;
    return true;
}

static Value file_method_read(Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords("read", kwnames) || !args_check_count("read", nargs - 1, 0, 1)) return value_null();
    TextFile *file = as_file(args[0]);
    int64_t size;
    if (!file_check_readable(file) || !file_size_argument(args, nargs, &size)) return value_null();
    return file_read_chars(file, size);
}

static Value file_method_readline(Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords("readline", kwnames) || !args_check_count("readline", nargs - 1, 0, 1)) return value_null();
    TextFile *file = as_file(args[0]);
    int64_t size;
    if (!file_check_readable(file) || !file_size_argument(args, nargs, &size)) return value_null();
    return file_read_line(file, size);
}

static Value file_method_readlines(Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords("readlines", kwnames) || !args_check_count("readlines", nargs - 1, 0, 1)) return value_null();
    TextFile *file = as_file(args[0]);
    if (!file_check_readable(file)) return value_null();
    List *lines = list_new(8);
    if (!lines) return value_null();
    for (;;) {
        Value line = file_read_line(file, -1);
        if (is_null(line)) return line;
        if (file_line_empty(line)) break;
        if (!list_append(lines, line)) return value_null();
    }
    return value_object(lines);
}

/* ---- writing ------------------------------------------------------- */

static Value file_method_write(Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords("write", kwnames) || !args_check_count("write", nargs - 1, 1, 1)) return value_null();
    TextFile *file = as_file(args[0]);
    if (!file_check_writable(file)) return value_null();
    const char *bytes;
    size_t length;
    if (!file_data_bytes(file, args[1], &bytes, &length)) return value_null();
    fwrite(bytes, 1, length, file->stream);
    /* a text file counts characters, a binary one bytes */
    return value_int(file->binary ? (int64_t)length : as_str(args[1])->length);
}

static Value file_method_writelines(Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords("writelines", kwnames) || !args_check_count("writelines", nargs - 1, 1, 1)) return value_null();
    TextFile *file = as_file(args[0]);
    if (!file_check_writable(file)) return value_null();
    Value iterator = obj_iter(args[1]);
    if (is_null(iterator)) return iterator;
    gc_push_root(iterator);
    Value line;
    while (!is_null(line = obj_next(iterator))) {
        const char *bytes;
        size_t length;
        if (!file_check_writable(file) || !file_data_bytes(file, line, &bytes, &length)) {
            gc_pop_roots(1);
            return value_null();
        }
        fwrite(bytes, 1, length, file->stream);
    }
    gc_pop_roots(1);
    return error_pending() ? value_null() : value_none();
}

static Value file_method_flush(Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords("flush", kwnames) || !args_check_count("flush", nargs - 1, 0, 0)) return value_null();
    TextFile *file = as_file(args[0]);
    if (!file_check_open(file)) return value_null();
    fflush(file->stream);
    return value_none();
}

/* ---- closing and context management -------------------------------- */

static void file_close_stream(TextFile *file) {
    if (!file->stream) return;
    if (file->owns_stream) fclose(file->stream);
    else fflush(file->stream);
    file->stream = NULL;
}

static Value file_method_close(Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords("close", kwnames) || !args_check_count("close", nargs - 1, 0, 0)) return value_null();
    file_close_stream(as_file(args[0]));
    return value_none();
}

static Value file_method_enter(Value *args, int nargs, Tuple *kwnames) {
    if (!args_check_count("__enter__", nargs - 1, 0, 0)) return value_null();
    if (!file_check_open(as_file(args[0]))) return value_null();
    return args[0];
}

static Value file_method_exit(Value *args, int nargs, Tuple *kwnames) {
    file_close_stream(as_file(args[0]));
    return value_none();
}

static Value file_method_readable(Value *args, int nargs, Tuple *kwnames) {
    if (!file_check_open(as_file(args[0]))) return value_null();
    return value_bool(as_file(args[0])->readable);
}

static Value file_method_writable(Value *args, int nargs, Tuple *kwnames) {
    if (!file_check_open(as_file(args[0]))) return value_null();
    return value_bool(as_file(args[0])->writable);
}

static Value file_method_fileno(Value *args, int nargs, Tuple *kwnames) {
    if (!file_check_open(as_file(args[0]))) return value_null();
    return value_int(fileno(as_file(args[0])->stream));
}

static Value file_method_isatty(Value *args, int nargs, Tuple *kwnames) {
    if (!file_check_open(as_file(args[0]))) return value_null();
    return value_bool(isatty(fileno(as_file(args[0])->stream)));
}

static Value file_method_tell(Value *args, int nargs, Tuple *kwnames) {
    if (!file_check_open(as_file(args[0]))) return value_null();
    return value_int(ftell(as_file(args[0])->stream));
}

static Value file_method_seek(Value *args, int nargs, Tuple *kwnames) {
    if (!args_check_count("seek", nargs - 1, 1, 2)) return value_null();
    TextFile *file = as_file(args[0]);
    if (!file_check_open(file)) return value_null();
    int64_t whence = 0;
    if (!is_small_int(args[1]) || (nargs > 2 && !is_small_int(args[2])))
        return raise_error(&type_type_error, "an integer is required");
    if (nargs > 2) whence = args[2].as.integer;
    if (fseek(file->stream, (long)args[1].as.integer, (int)whence) != 0) return raise_os_error(errno, value_null());
    return value_int(ftell(file->stream));
}

/* ---- iteration, attributes, repr ----------------------------------- */

static Value file_iter(Value self) {
    if (!file_check_open(as_file(self))) return value_null();
    return self;
}

static Value file_next(Value self) {
    TextFile *file = as_file(self);
    if (!file_check_readable(file)) return value_null();
    Value line = file_read_line(file, -1);
    if (is_null(line) || file_line_empty(line)) return value_null();
    return line;
}

static Value file_get_closed(Value self) { return value_bool(as_file(self)->stream == NULL); }
static Value file_get_name(Value self) { return as_file(self)->name; }
static Value file_get_mode(Value self) { return value_object(as_file(self)->mode); }
static Value file_get_encoding(Value self) {
    return str_value(str_from_cstr(as_file(self)->owns_stream ? "UTF-8" : "utf-8"));
}

static Value file_repr(Value self) {
    TextFile *file = as_file(self);
    Value name = obj_repr(file->name);
    if (is_null(name)) return name;
    if (file->binary) {
        const char *kind = file->readable && file->writable ? "BufferedRandom"
                           : file->readable                 ? "BufferedReader" : "BufferedWriter";
        return str_value(str_from_format("<_io.%s name=%s>", kind, str_cstr(as_str(name))));
    }
    Value mode = obj_repr(value_object(file->mode));
    if (is_null(mode)) return mode;
    return str_value(str_from_format("<_io.TextIOWrapper name=%s mode=%s encoding='%s'>",
                                     str_cstr(as_str(name)), str_cstr(as_str(mode)),
                                     file->owns_stream ? "UTF-8" : "utf-8"));
}

static void file_mark(Object *self) {
    TextFile *file = (TextFile *)self;
    gc_mark_value(file->name);
    gc_mark_object((Object *)file->mode);
}

static void file_free(Object *self) { file_close_stream((TextFile *)self); }

static const MethodDef file_methods[] = {
    {"read", file_method_read, METHOD_INSTANCE, "Read at most size characters (all if size is omitted)."},
    {"readline", file_method_readline, METHOD_INSTANCE, "Read until newline or EOF."},
    {"readlines", file_method_readlines, METHOD_INSTANCE, "Return a list of lines from the stream."},
    {"write", file_method_write, METHOD_INSTANCE, "Write string to stream; returns the number of characters written."},
    {"writelines", file_method_writelines, METHOD_INSTANCE, "Write a list of lines to stream."},
    {"flush", file_method_flush, METHOD_INSTANCE, "Flush write buffers."},
    {"close", file_method_close, METHOD_INSTANCE, "Flush and close the file."},
    {"readable", file_method_readable, METHOD_INSTANCE, NULL},
    {"writable", file_method_writable, METHOD_INSTANCE, NULL},
    {"fileno", file_method_fileno, METHOD_INSTANCE, NULL},
    {"isatty", file_method_isatty, METHOD_INSTANCE, NULL},
    {"tell", file_method_tell, METHOD_INSTANCE, NULL},
    {"seek", file_method_seek, METHOD_INSTANCE, NULL},
    {"__enter__", file_method_enter, METHOD_INSTANCE, NULL},
    {"__exit__", file_method_exit, METHOD_INSTANCE, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef file_getsets[] = {
    {"closed", file_get_closed, NULL},
    {"name", file_get_name, NULL},
    {"mode", file_get_mode, NULL},
    {"encoding", file_get_encoding, NULL},
    {NULL, NULL, NULL},
};

Type type_text_file = {
    .base = {.type = &type_type, .flags = OBJECT_STATIC},
    .name = "TextIOWrapper",
    .module_name = "_io",
    .base_type = &type_object,
    .instance_size = sizeof(TextFile),
    .flags = TYPE_ABSTRACT_NEW,
    .methods = file_methods,
    .getsets = file_getsets,
    .repr = file_repr,
    .iter = file_iter,
    .next = file_next,
    .gc_mark = file_mark,
    .gc_free = file_free,
};

static Type type_unsupported_operation = {
    .base = {.type = &type_type, .flags = OBJECT_STATIC},
    .name = "UnsupportedOperation",
    .module_name = "io",
    .base_type = &type_os_error,
    .instance_size = sizeof(ExceptionObject),
    .flags = TYPE_EXCEPTION | TYPE_BASETYPE,
};

/* Contract: ready the file type and io.UnsupportedOperation. */
void fileio_types_init(void) {
    type_ready(&type_text_file);
    Type *os_error = &type_os_error;
    type_unsupported_operation.new = os_error->new;
    type_unsupported_operation.init = os_error->init;
    type_unsupported_operation.repr = os_error->repr;
    type_unsupported_operation.str = os_error->str;
    type_unsupported_operation.getattr = os_error->getattr;
    type_unsupported_operation.setattr = os_error->setattr;
    type_unsupported_operation.gc_mark = os_error->gc_mark;
    type_ready(&type_unsupported_operation);
}
