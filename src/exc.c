/* exc.c — the exception hierarchy, raising, and traceback printing.
 *
 * Every built-in exception class is a static Type whose instances are
 * ExceptionObjects (exc.h). The classes differ only in a few slots:
 * KeyError's str is the repr of its key, OSError picks a subclass from its
 * errno and prints "[Errno 2] ...", SyntaxError carries a position. The
 * per-type attributes CPython keeps in C fields (OSError.errno,
 * StopIteration.value ...) live in ExceptionObject.fields, so __dict__ only
 * holds what user code stores there.
 *
 * Raising never long-jumps: raise_* store the exception in vm.exception and
 * return VAL_NULL. An exception raised while another one is being handled
 * (vm.handled_exception) gets it as its __context__, as CPython does, which
 * is how "During handling of the above exception ..." appears in tracebacks.
 *
 * The traceback is a linked list of Traceback entries, outermost frame first:
 * the VM calls exc_add_traceback as the exception leaves each frame
 * (innermost first), and each call prepends.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "exc.h"
#include "bytes.h"
#include "code.h"
#include "dict.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "str.h"
#include "tuple.h"
#include "vm.h"

/* ---- which field means what ---------------------------------------- */

enum {
    FIELD_VALUE = 0,                      /* StopIteration.value */
    FIELD_CODE = 0,                       /* SystemExit.code */
    FIELD_IMPORT_MSG = 0, FIELD_IMPORT_NAME = 1, FIELD_IMPORT_PATH = 2,
    FIELD_NAME = 1, FIELD_OBJ = 2,        /* NameError.name, AttributeError.name/.obj */
    FIELD_ERRNO = 0, FIELD_STRERROR = 1, FIELD_FILENAME = 2, FIELD_FILENAME2 = 3,
    FIELD_SYNTAX_MSG = 0, FIELD_SYNTAX_FILENAME = 1, FIELD_LINENO = 2, FIELD_OFFSET = 3,
    FIELD_TEXT = 4, FIELD_END_LINENO = 5, FIELD_END_OFFSET = 6, FIELD_PRINT_FILE_AND_LINE = 7,
    FIELD_ENCODING = 0, FIELD_OBJECT = 1, FIELD_START = 2, FIELD_END = 3, FIELD_REASON = 4,
};

static inline ExceptionObject *as_exc(Value v) { return (ExceptionObject *)v.as.object; }

static Value none_if_null(Value v) { return is_null(v) ? value_none() : v; }

/* ---- the slots shared by every exception class ---------------------- */

static Value exc_slot_new(Type *cls, Value *args, int nargs, Tuple *kwnames);
static bool exc_slot_init(Value self, Value *args, int nargs, Tuple *kwnames);
static Value exc_slot_repr(Value self);
static Value exc_slot_str(Value self);
static void exc_slot_mark(Object *self);
static const GetSetDef exc_base_getsets[];
static const MethodDef exc_base_methods[];

#define EXC_TYPE(var, pyname, parent)                                         \
    Type var = {                                                              \
        .base = {.type = &type_type, .flags = OBJECT_STATIC},                 \
        .name = pyname,                                                       \
        .module_name = "builtins",                                            \
        .base_type = parent,                                                  \
        .instance_size = sizeof(ExceptionObject),                             \
        .flags = TYPE_EXCEPTION | TYPE_BASETYPE,                              \
        .new = exc_slot_new,                                                  \
        .init = exc_slot_init,                                                \
        .repr = exc_slot_repr,                                                \
        .str = exc_slot_str,                                                  \
        .getattr = obj_generic_getattr,                                       \
        .setattr = obj_generic_setattr,                                       \
        .gc_mark = exc_slot_mark,                                             \
    }

EXC_TYPE(type_base_exception, "BaseException", &type_object);
EXC_TYPE(type_system_exit, "SystemExit", &type_base_exception);
EXC_TYPE(type_keyboard_interrupt, "KeyboardInterrupt", &type_base_exception);
EXC_TYPE(type_generator_exit, "GeneratorExit", &type_base_exception);
EXC_TYPE(type_exception, "Exception", &type_base_exception);
EXC_TYPE(type_stop_iteration, "StopIteration", &type_exception);
EXC_TYPE(type_stop_async_iteration, "StopAsyncIteration", &type_exception);
EXC_TYPE(type_arithmetic_error, "ArithmeticError", &type_exception);
EXC_TYPE(type_zero_division_error, "ZeroDivisionError", &type_arithmetic_error);
EXC_TYPE(type_overflow_error, "OverflowError", &type_arithmetic_error);
EXC_TYPE(type_floating_point_error, "FloatingPointError", &type_arithmetic_error);
EXC_TYPE(type_assertion_error, "AssertionError", &type_exception);
EXC_TYPE(type_attribute_error, "AttributeError", &type_exception);
EXC_TYPE(type_buffer_error, "BufferError", &type_exception);
EXC_TYPE(type_eof_error, "EOFError", &type_exception);
EXC_TYPE(type_import_error, "ImportError", &type_exception);
EXC_TYPE(type_module_not_found_error, "ModuleNotFoundError", &type_import_error);
EXC_TYPE(type_lookup_error, "LookupError", &type_exception);
EXC_TYPE(type_index_error, "IndexError", &type_lookup_error);
EXC_TYPE(type_key_error, "KeyError", &type_lookup_error);
EXC_TYPE(type_memory_error, "MemoryError", &type_exception);
EXC_TYPE(type_name_error, "NameError", &type_exception);
EXC_TYPE(type_unbound_local_error, "UnboundLocalError", &type_name_error);
EXC_TYPE(type_os_error, "OSError", &type_exception);
EXC_TYPE(type_blocking_io_error, "BlockingIOError", &type_os_error);
EXC_TYPE(type_child_process_error, "ChildProcessError", &type_os_error);
EXC_TYPE(type_connection_error, "ConnectionError", &type_os_error);
EXC_TYPE(type_broken_pipe_error, "BrokenPipeError", &type_connection_error);
EXC_TYPE(type_connection_aborted_error, "ConnectionAbortedError", &type_connection_error);
EXC_TYPE(type_connection_refused_error, "ConnectionRefusedError", &type_connection_error);
EXC_TYPE(type_connection_reset_error, "ConnectionResetError", &type_connection_error);
EXC_TYPE(type_file_exists_error, "FileExistsError", &type_os_error);
EXC_TYPE(type_file_not_found_error, "FileNotFoundError", &type_os_error);
EXC_TYPE(type_interrupted_error, "InterruptedError", &type_os_error);
EXC_TYPE(type_is_a_directory_error, "IsADirectoryError", &type_os_error);
EXC_TYPE(type_not_a_directory_error, "NotADirectoryError", &type_os_error);
EXC_TYPE(type_permission_error, "PermissionError", &type_os_error);
EXC_TYPE(type_process_lookup_error, "ProcessLookupError", &type_os_error);
EXC_TYPE(type_timeout_error, "TimeoutError", &type_os_error);
EXC_TYPE(type_reference_error, "ReferenceError", &type_exception);
EXC_TYPE(type_runtime_error, "RuntimeError", &type_exception);
EXC_TYPE(type_not_implemented_error, "NotImplementedError", &type_runtime_error);
EXC_TYPE(type_recursion_error, "RecursionError", &type_runtime_error);
EXC_TYPE(type_syntax_error, "SyntaxError", &type_exception);
EXC_TYPE(type_indentation_error, "IndentationError", &type_syntax_error);
EXC_TYPE(type_tab_error, "TabError", &type_indentation_error);
EXC_TYPE(type_system_error, "SystemError", &type_exception);
EXC_TYPE(type_type_error, "TypeError", &type_exception);
EXC_TYPE(type_value_error, "ValueError", &type_exception);
EXC_TYPE(type_unicode_error, "UnicodeError", &type_value_error);
EXC_TYPE(type_unicode_decode_error, "UnicodeDecodeError", &type_unicode_error);
EXC_TYPE(type_unicode_encode_error, "UnicodeEncodeError", &type_unicode_error);
EXC_TYPE(type_unicode_translate_error, "UnicodeTranslateError", &type_unicode_error);
EXC_TYPE(type_warning, "Warning", &type_exception);
EXC_TYPE(type_bytes_warning, "BytesWarning", &type_warning);
EXC_TYPE(type_deprecation_warning, "DeprecationWarning", &type_warning);
EXC_TYPE(type_encoding_warning, "EncodingWarning", &type_warning);
EXC_TYPE(type_future_warning, "FutureWarning", &type_warning);
EXC_TYPE(type_import_warning, "ImportWarning", &type_warning);
EXC_TYPE(type_pending_deprecation_warning, "PendingDeprecationWarning", &type_warning);
EXC_TYPE(type_resource_warning, "ResourceWarning", &type_warning);
EXC_TYPE(type_runtime_warning, "RuntimeWarning", &type_warning);
EXC_TYPE(type_syntax_warning, "SyntaxWarning", &type_warning);
EXC_TYPE(type_unicode_warning, "UnicodeWarning", &type_warning);
EXC_TYPE(type_user_warning, "UserWarning", &type_warning);

Type *const exc_builtin_types[] = {
    &type_base_exception, &type_system_exit, &type_keyboard_interrupt,
    &type_generator_exit, &type_exception, &type_stop_iteration,
    &type_stop_async_iteration, &type_arithmetic_error, &type_zero_division_error,
    &type_overflow_error, &type_floating_point_error, &type_assertion_error,
    &type_attribute_error, &type_buffer_error, &type_eof_error, &type_import_error,
    &type_module_not_found_error, &type_lookup_error, &type_index_error,
    &type_key_error, &type_memory_error, &type_name_error, &type_unbound_local_error,
    &type_os_error, &type_blocking_io_error, &type_child_process_error,
    &type_connection_error, &type_broken_pipe_error, &type_connection_aborted_error,
    &type_connection_refused_error, &type_connection_reset_error,
    &type_file_exists_error, &type_file_not_found_error, &type_interrupted_error,
    &type_is_a_directory_error, &type_not_a_directory_error, &type_permission_error,
    &type_process_lookup_error, &type_timeout_error, &type_reference_error,
    &type_runtime_error, &type_not_implemented_error, &type_recursion_error,
    &type_syntax_error, &type_indentation_error, &type_tab_error, &type_system_error,
    &type_type_error, &type_value_error, &type_unicode_error,
    &type_unicode_decode_error, &type_unicode_encode_error,
    &type_unicode_translate_error, &type_warning, &type_bytes_warning,
    &type_deprecation_warning, &type_encoding_warning, &type_future_warning,
    &type_import_warning, &type_pending_deprecation_warning, &type_resource_warning,
    &type_runtime_warning, &type_syntax_warning, &type_unicode_warning,
    &type_user_warning, NULL,
};

/* ---- small predicates ---------------------------------------------- */

/* Contract: true when [v] is an instance of BaseException or a subclass. */
bool is_exception_instance(Value v) {
    return v.tag == VAL_OBJ && (v.as.object->type->flags & TYPE_EXCEPTION) != 0;
}

/* Contract: true when [v] is BaseException or one of its subclasses. */
bool is_exception_class(Value v) {
    if (v.tag != VAL_OBJ || !type_is_subtype(v.as.object->type, &type_type)) return false;
    return (((Type *)v.as.object)->flags & TYPE_EXCEPTION) != 0;
}

static bool exc_is(Value self, Type *family) { return type_is_subtype(value_type(self), family); }

/* ---- construction -------------------------------------------------- */

/* OSError(errno, ...) called on OSError itself becomes the subclass that
 * CPython maps that errno to. */
static Type *os_error_subclass_for(int64_t error_number) {
    switch (error_number) {
    case ENOENT: return &type_file_not_found_error;
    case EEXIST: return &type_file_exists_error;
    case EACCES: case EPERM: return &type_permission_error;
    case EISDIR: return &type_is_a_directory_error;
    case ENOTDIR: return &type_not_a_directory_error;
    case ETIMEDOUT: return &type_timeout_error;
    case EPIPE: case ESHUTDOWN: return &type_broken_pipe_error;
    case ECONNRESET: return &type_connection_reset_error;
    case ECONNREFUSED: return &type_connection_refused_error;
    case ECONNABORTED: return &type_connection_aborted_error;
    case EAGAIN: case EALREADY: case EINPROGRESS: return &type_blocking_io_error;
    case EINTR: return &type_interrupted_error;
    case ECHILD: return &type_child_process_error;
    case ESRCH: return &type_process_lookup_error;
    default: return &type_os_error;
    }
}

static Value exc_slot_new(Type *cls, Value *args, int nargs, Tuple *kwnames) {
    if (cls == &type_os_error && nargs >= 2 && is_small_int(args[0]))
        cls = os_error_subclass_for(args[0].as.integer);
    size_t size = cls->instance_size >= sizeof(ExceptionObject) ? cls->instance_size
                                                                 : sizeof(ExceptionObject);
    ExceptionObject *e = (ExceptionObject *)gc_alloc(cls, size);
    if (!e) return value_null();
    /* args is set here too, so a subclass whose __init__ never calls
     * super().__init__ still has e.args (as in CPython). */
    e->args = tuple_from_values(args, nargs);
    if (!e->args) return value_null();
    e->cause = value_none();
    e->context = value_none();
    return value_object(e);
}

/* Which keyword arguments a class accepts (only a few take any). */
static bool exc_check_keywords(Value self, Tuple *kwnames) {
    if (!kwnames || kwnames->length == 0) return true;
    Type *type = value_type(self);
    const char *family = NULL;
    if (type_is_subtype(type, &type_import_error)) family = "ImportError";
    else if (type_is_subtype(type, &type_name_error)) family = "NameError";
    else if (type_is_subtype(type, &type_attribute_error)) family = "AttributeError";
    if (!family) {
        raise_error(&type_type_error, "%s() takes no keyword arguments", type->name);
        return false;
    }
    for (int64_t i = 0; i < kwnames->length; i++) {
        Str *key = as_str(kwnames->items[i]);
        bool ok = str_equal_cstr(key, "name") ||
                  (family[0] == 'I' && str_equal_cstr(key, "path")) ||
                  (family[0] == 'A' && str_equal_cstr(key, "obj"));
        if (!ok) {
            raise_error(&type_type_error, "'%s' is an invalid keyword argument for %s()",
                        str_cstr(key), family);
            return false;
        }
    }
    return true;
}

static void exc_store_keywords(ExceptionObject *e, Value *args, int nargs, Tuple *kwnames) {
    if (!kwnames) return;
    for (int64_t i = 0; i < kwnames->length; i++) {
        Str *key = as_str(kwnames->items[i]);
        Value value = args[nargs + i];
        if (str_equal_cstr(key, "name")) e->fields[FIELD_IMPORT_NAME] = value;
        else if (str_equal_cstr(key, "path")) e->fields[FIELD_IMPORT_PATH] = value;
        else if (str_equal_cstr(key, "obj")) e->fields[FIELD_OBJ] = value;
    }
}

static void os_error_init_fields(ExceptionObject *e, Value *args, int nargs) {
    if (nargs < 2 || nargs > 5) return;
    e->fields[FIELD_ERRNO] = args[0];
    e->fields[FIELD_STRERROR] = args[1];
    if (nargs >= 3 && !is_none(args[2])) {
        e->fields[FIELD_FILENAME] = args[2];
        if (nargs == 5) e->fields[FIELD_FILENAME2] = args[4];
        /* CPython keeps only (errno, strerror) in args once a filename is given */
        Tuple *two = tuple_from_values(args, 2);
        if (two) e->args = two;
    }
}

static bool syntax_error_init_fields(ExceptionObject *e, Value *args, int nargs) {
    if (nargs >= 1) e->fields[FIELD_SYNTAX_MSG] = args[0];
    if (nargs != 2) return true;
    Tuple *info = tuple_from_iterable(args[1]);
    if (!info) return false;
    if (info->length < 4 || info->length > 6) {
        raise_error(&type_index_error, "tuple index out of range");
        return false;
    }
    e->fields[FIELD_SYNTAX_FILENAME] = info->items[0];
    e->fields[FIELD_LINENO] = info->items[1];
    e->fields[FIELD_OFFSET] = info->items[2];
    e->fields[FIELD_TEXT] = info->items[3];
    if (info->length >= 5) e->fields[FIELD_END_LINENO] = info->items[4];
    if (info->length >= 6) e->fields[FIELD_END_OFFSET] = info->items[5];
    return true;
}

static void unicode_error_init_fields(ExceptionObject *e, Value *args, int nargs) {
    if (nargs != 5) return;
    for (int i = 0; i < 5; i++) e->fields[FIELD_ENCODING + i] = args[i];
}

static bool exc_slot_init(Value self, Value *args, int nargs, Tuple *kwnames) {
    ExceptionObject *e = as_exc(self);
    if (!exc_check_keywords(self, kwnames)) return false;
    Tuple *tuple = tuple_from_values(args, nargs);
    if (!tuple) return false;
    e->args = tuple;
    exc_store_keywords(e, args, nargs, kwnames);
    Value first = nargs > 0 ? args[0] : value_none();
    if (exc_is(self, &type_stop_iteration)) {
        e->fields[FIELD_VALUE] = first;
    } else if (exc_is(self, &type_system_exit)) {
        e->fields[FIELD_CODE] = nargs <= 1 ? first : value_object(tuple);
    } else if (exc_is(self, &type_import_error)) {
        e->fields[FIELD_IMPORT_MSG] = nargs == 1 ? first : value_none();
    } else if (exc_is(self, &type_os_error)) {
        os_error_init_fields(e, args, nargs);
    } else if (exc_is(self, &type_syntax_error)) {
        return syntax_error_init_fields(e, args, nargs);
    } else if (exc_is(self, &type_unicode_decode_error) || exc_is(self, &type_unicode_encode_error)) {
        unicode_error_init_fields(e, args, nargs);
    }
    return true;
}

/* Contract: type(*args) for an exception class. Built-in classes are made
 * directly; user classes go through their (possibly Python) __init__. May
 * call Python code. VAL_NULL with an exception pending on failure. */
Value exc_new(Type *type, Value *args, int nargs) {
    if (type->flags & TYPE_HEAPTYPE) return obj_call(value_object(type), args, nargs, NULL);
    Value e = type->new(type, args, nargs, NULL);
    if (is_null(e)) return e;
    Type *actual = value_type(e);
    if (actual->init && !actual->init(e, args, nargs, NULL)) return value_null();
    return e;
}

/* ---- repr and str -------------------------------------------------- */

static Value exc_slot_repr(Value self) {
    ExceptionObject *e = as_exc(self);
    const char *name = value_type(self)->name;
    Tuple *args = e->args ? e->args : tuple_empty();
    Value inner = args->length == 1 ? obj_repr(args->items[0]) : obj_repr(value_object(args));
    if (is_null(inner)) return inner;
    if (args->length == 1) return str_value(str_from_format("%s(%s)", name, str_cstr(as_str(inner))));
    return str_value(str_from_format("%s%s", name, str_cstr(as_str(inner))));
}

static Value base_str(ExceptionObject *e) {
    Tuple *args = e->args ? e->args : tuple_empty();
    if (args->length == 0) return str_value(str_from_cstr(""));
    if (args->length == 1) return obj_str(args->items[0]);
    return obj_str(value_object(args));
}

/* "[Errno 2] No such file or directory: 'x'" */
static Value os_error_str(ExceptionObject *e) {
    Value err = e->fields[FIELD_ERRNO], msg = e->fields[FIELD_STRERROR];
    Value file = e->fields[FIELD_FILENAME], file2 = e->fields[FIELD_FILENAME2];
    if (is_null(err) || is_null(msg)) return base_str(e);
    Value err_text = obj_str(err);
    if (is_null(err_text)) return err_text;
    Value msg_text = obj_str(msg);
    if (is_null(msg_text)) return msg_text;
    StrBuilder sb;
    sb_init(&sb);
    sb_appendf(&sb, "[Errno %s] %s", str_cstr(as_str(err_text)), str_cstr(as_str(msg_text)));
    if (!is_null(file)) {
        Value file_repr = obj_repr(file);
        if (is_null(file_repr)) { sb_free(&sb); return file_repr; }
        sb_appendf(&sb, ": %s", str_cstr(as_str(file_repr)));
        if (!is_null(file2)) {
            Value repr2 = obj_repr(file2);
            if (is_null(repr2)) { sb_free(&sb); return repr2; }
            sb_appendf(&sb, " -> %s", str_cstr(as_str(repr2)));
        }
    }
    return str_value(sb_finish(&sb));
}

/* "invalid syntax (x.py, line 3)": the file's base name, as CPython. */
static Value syntax_error_str(ExceptionObject *e) {
    Value msg = obj_str(none_if_null(e->fields[FIELD_SYNTAX_MSG]));
    if (is_null(msg)) return msg;
    Value file = e->fields[FIELD_SYNTAX_FILENAME], line = e->fields[FIELD_LINENO];
    bool have_file = is_str(file), have_line = is_small_int(line);
    if (!have_file && !have_line) return msg;
    const char *base = NULL;
    if (have_file) {
        const char *path = str_cstr(as_str(file));
        const char *slash = strrchr(path, '/');
        base = slash ? slash + 1 : path;
    }
    const char *text = str_cstr(as_str(msg));
    if (have_file && have_line)
        return str_value(str_from_format("%s (%s, line %lld)", text, base, (long long)line.as.integer));
    if (have_file) return str_value(str_from_format("%s (%s)", text, base));
    return str_value(str_from_format("%s (line %lld)", text, (long long)line.as.integer));
}

/* "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte" */
static Value unicode_error_str(ExceptionObject *e, bool decode) {
    Value encoding = e->fields[FIELD_ENCODING], object = e->fields[FIELD_OBJECT];
    Value start = e->fields[FIELD_START], end = e->fields[FIELD_END];
    Value reason = e->fields[FIELD_REASON];
    if (!is_str(encoding) || !is_small_int(start) || !is_small_int(end) || !is_str(reason))
        return base_str(e);
    int64_t from = start.as.integer, to = end.as.integer;
    const char *enc = str_cstr(as_str(encoding)), *why = str_cstr(as_str(reason));
    if (decode && is_object_of(object, &type_bytes) && to == from + 1 &&
        from >= 0 && from < ((Bytes *)object.as.object)->length) {
        unsigned byte = ((Bytes *)object.as.object)->data[from];
        return str_value(str_from_format("'%s' codec can't decode byte 0x%02x in position %lld: %s",
                                         enc, byte, (long long)from, why));
    }
    if (!decode && is_str(object) && to == from + 1 && from >= 0 && from < as_str(object)->length) {
        uint32_t cp = str_codepoint_at(as_str(object), from);
        const char *form = cp < 0x100 ? "\\x%02x" : cp < 0x10000 ? "\\u%04x" : "\\U%08x";
        char shown[16];
        snprintf(shown, sizeof shown, form, cp);
        return str_value(str_from_format("'%s' codec can't encode character '%s' in position %lld: %s",
                                         enc, shown, (long long)from, why));
    }
    return str_value(str_from_format("'%s' codec can't %s %s in position %lld-%lld: %s", enc,
                                     decode ? "decode" : "encode", decode ? "bytes" : "characters",
                                     (long long)from, (long long)(to - 1), why));
}

static Value exc_slot_str(Value self) {
    ExceptionObject *e = as_exc(self);
    Tuple *args = e->args ? e->args : tuple_empty();
    if (exc_is(self, &type_key_error) && args->length == 1) return obj_repr(args->items[0]);
    if (exc_is(self, &type_os_error)) return os_error_str(e);
    if (exc_is(self, &type_syntax_error)) return syntax_error_str(e);
    if (exc_is(self, &type_unicode_decode_error)) return unicode_error_str(e, true);
    if (exc_is(self, &type_unicode_encode_error)) return unicode_error_str(e, false);
    return base_str(e);
}

/* Contract: str(exception); VAL_NULL with an exception pending if a user
 * __str__ fails. */
Value exc_str(Value exception) { return obj_str(exception); }

/* ---- attributes ---------------------------------------------------- */

static Value get_args(Value self) {
    Tuple *args = as_exc(self)->args;
    return value_object(args ? args : tuple_empty());
}
static bool set_args(Value self, Value value) {
    if (is_null(value)) {
        raise_error(&type_type_error, "args may not be deleted");
        return false;
    }
    Tuple *args = tuple_from_iterable(value);
    if (!args) return false;
    as_exc(self)->args = args;
    return true;
}

static Value get_traceback(Value self) {
    Traceback *tb = as_exc(self)->traceback;
    return tb ? value_object(tb) : value_none();
}
static bool set_traceback(Value self, Value value) {
    if (is_null(value)) {
        raise_error(&type_type_error, "__traceback__ may not be deleted");
        return false;
    }
    if (is_none(value)) { as_exc(self)->traceback = NULL; return true; }
    if (!is_object_of(value, &type_traceback)) {
        raise_error(&type_type_error, "__traceback__ must be a traceback or None");
        return false;
    }
    as_exc(self)->traceback = (Traceback *)value.as.object;
    return true;
}

static Value get_cause(Value self) { return none_if_null(as_exc(self)->cause); }
static bool set_cause(Value self, Value value) {
    if (is_null(value)) {
        raise_error(&type_type_error, "__cause__ may not be deleted");
        return false;
    }
    if (!is_none(value) && !is_exception_instance(value)) {
        raise_error(&type_type_error, "exception cause must be None or derive from BaseException");
        return false;
    }
    as_exc(self)->cause = value;
    as_exc(self)->suppress_context = true;
    return true;
}

static Value get_context(Value self) { return none_if_null(as_exc(self)->context); }
static bool set_context(Value self, Value value) {
    if (is_null(value)) {
        raise_error(&type_type_error, "__context__ may not be deleted");
        return false;
    }
    if (!is_none(value) && !is_exception_instance(value)) {
        raise_error(&type_type_error, "exception context must be None or derive from BaseException");
        return false;
    }
    as_exc(self)->context = value;
    return true;
}

static Value get_suppress_context(Value self) { return value_bool(as_exc(self)->suppress_context); }
static bool set_suppress_context(Value self, Value value) {
    if (is_null(value)) {
        raise_error(&type_type_error, "__suppress_context__ may not be deleted");
        return false;
    }
    int truth = obj_truthy(value);
    if (truth < 0) return false;
    as_exc(self)->suppress_context = truth;
    return true;
}

/* One getter/setter pair per field index: GetSetDef has no closure slot. */
#define FIELD_ACCESSORS(index)                                                 \
    static Value field_get_##index(Value self) {                               \
        return none_if_null(as_exc(self)->fields[index]);                      \
    }                                                                          \
    static bool field_set_##index(Value self, Value value) {                   \
        as_exc(self)->fields[index] = is_null(value) ? value_none() : value;   \
        return true;                                                           \
    }
FIELD_ACCESSORS(0)
FIELD_ACCESSORS(1)
FIELD_ACCESSORS(2)
FIELD_ACCESSORS(3)
FIELD_ACCESSORS(4)
FIELD_ACCESSORS(5)
FIELD_ACCESSORS(6)
FIELD_ACCESSORS(7)
#define FIELD_GETSET(pyname, index) {pyname, field_get_##index, field_set_##index}

static const GetSetDef exc_base_getsets[] = {
    {"args", get_args, set_args},
    {"__traceback__", get_traceback, set_traceback},
    {"__cause__", get_cause, set_cause},
    {"__context__", get_context, set_context},
    {"__suppress_context__", get_suppress_context, set_suppress_context},
    {NULL, NULL, NULL},
};
static const GetSetDef stop_iteration_getsets[] = {FIELD_GETSET("value", 0), {NULL, NULL, NULL}};
static const GetSetDef system_exit_getsets[] = {FIELD_GETSET("code", 0), {NULL, NULL, NULL}};
static const GetSetDef import_error_getsets[] = {
    FIELD_GETSET("msg", 0), FIELD_GETSET("name", 1), FIELD_GETSET("path", 2), {NULL, NULL, NULL}};
static const GetSetDef name_error_getsets[] = {FIELD_GETSET("name", 1), {NULL, NULL, NULL}};
static const GetSetDef attribute_error_getsets[] = {
    FIELD_GETSET("name", 1), FIELD_GETSET("obj", 2), {NULL, NULL, NULL}};
static const GetSetDef os_error_getsets[] = {
    FIELD_GETSET("errno", 0), FIELD_GETSET("strerror", 1), FIELD_GETSET("filename", 2),
    FIELD_GETSET("filename2", 3), {NULL, NULL, NULL}};
static const GetSetDef syntax_error_getsets[] = {
    FIELD_GETSET("msg", 0), FIELD_GETSET("filename", 1), FIELD_GETSET("lineno", 2),
    FIELD_GETSET("offset", 3), FIELD_GETSET("text", 4), FIELD_GETSET("end_lineno", 5),
    FIELD_GETSET("end_offset", 6), FIELD_GETSET("print_file_and_line", 7), {NULL, NULL, NULL}};
static const GetSetDef unicode_error_getsets[] = {
    FIELD_GETSET("encoding", 0), FIELD_GETSET("object", 1), FIELD_GETSET("start", 2),
    FIELD_GETSET("end", 3), FIELD_GETSET("reason", 4), {NULL, NULL, NULL}};

/* ---- methods ------------------------------------------------------- */

static Value exc_method_with_traceback(Value *args, int nargs, Tuple *kwnames) {
    if (nargs != 2) {
        return raise_error(&type_type_error,
                           "BaseException.with_traceback() takes exactly one argument (%d given)",
                           nargs - 1);
    }
    if (!set_traceback(args[0], args[1])) return value_null();
    return args[0];
}

static Value exc_method_add_note(Value *args, int nargs, Tuple *kwnames) {
    if (nargs != 2) {
        return raise_error(&type_type_error,
                           "BaseException.add_note() takes exactly one argument (%d given)", nargs - 1);
    }
    if (!is_str(args[1])) {
        return raise_error(&type_type_error, "note must be a str, not '%s'", value_type_name(args[1]));
    }
    Value notes = obj_lookup_attr(args[0], str_intern("__notes__"));
    if (is_null(notes)) {
        if (error_pending()) return notes;
        List *list = list_new(1);
        if (!list) return value_null();
        notes = value_object(list);
        if (!obj_setattr(args[0], str_intern("__notes__"), notes)) return value_null();
    }
    if (!is_list(notes)) return raise_error(&type_type_error, "Cannot add note: __notes__ is not a list");
    if (!list_append(as_list(notes), args[1])) return value_null();
    return value_none();
}

static const MethodDef exc_base_methods[] = {
    {"with_traceback", exc_method_with_traceback, METHOD_INSTANCE,
     "Exception.with_traceback(tb) -- set self.__traceback__ to tb and return self."},
    {"add_note", exc_method_add_note, METHOD_INSTANCE,
     "Exception.add_note(note) -- add a note to the exception"},
    {NULL, NULL, 0, NULL},
};

/* ---- garbage collection -------------------------------------------- */

static void exc_slot_mark(Object *self) {
    ExceptionObject *e = (ExceptionObject *)self;
    gc_mark_object((Object *)e->dict);
    gc_mark_object((Object *)e->args);
    gc_mark_object((Object *)e->traceback);
    gc_mark_value(e->cause);
    gc_mark_value(e->context);
    gc_mark_values(e->fields, EXC_FIELD_COUNT);
}

/* ---- tracebacks ---------------------------------------------------- */

static void traceback_mark(Object *self) {
    Traceback *tb = (Traceback *)self;
    gc_mark_object((Object *)tb->next);
    gc_mark_object((Object *)tb->code);
}

static Value traceback_get_next(Value self) {
    Traceback *next = ((Traceback *)self.as.object)->next;
    return next ? value_object(next) : value_none();
}
static Value traceback_get_lineno(Value self) { return value_int(((Traceback *)self.as.object)->line); }
static Value traceback_get_code(Value self) {
    Code *code = ((Traceback *)self.as.object)->code;
    return code ? value_object(code) : value_none();
}

static const GetSetDef traceback_getsets[] = {
    {"tb_next", traceback_get_next, NULL},
    {"tb_lineno", traceback_get_lineno, NULL},
    {"tb_code", traceback_get_code, NULL},
    {NULL, NULL, NULL},
};

Type type_traceback = {
    .base = {.type = &type_type, .flags = OBJECT_STATIC},
    .name = "traceback",
    .module_name = "builtins",
    .base_type = &type_object,
    .instance_size = sizeof(Traceback),
    .flags = TYPE_ABSTRACT_NEW,
    .getsets = traceback_getsets,
    .gc_mark = traceback_mark,
};

/* Contract: prepend an entry for [code] at [line]; allocation failure just
 * loses the entry (the exception itself must survive). */
void exc_add_traceback(Value exception, struct Code *code, int line) {
    if (!is_exception_instance(exception)) return;
    ExceptionObject *e = as_exc(exception);
    Traceback *tb = (Traceback *)gc_alloc(&type_traceback, sizeof(Traceback));
    if (!tb) { error_clear(); return; }
    tb->code = code;
    tb->line = line;
    tb->next = e->traceback;
    e->traceback = tb;
}

/* ---- raising ------------------------------------------------------- */

/* The preallocated MemoryError (raising it must not allocate). */
static Value memory_error_instance;

/* Make [exception] pending. While an `except` block handles another
 * exception, that one becomes the new one's __context__, with any cycle in
 * the context chain cut (CPython's _PyErr_SetObject). */
static void exc_set_pending(Value exception) {
    Value handled = vm.handled_exception;
    if (is_exception_instance(handled) && !value_is_same(handled, exception) &&
        is_exception_instance(exception)) {
        ExceptionObject *walk = as_exc(handled);
        for (int steps = 0; steps < 10000; steps++) {
            if (!is_exception_instance(walk->context)) break;
            if (value_is_same(walk->context, exception)) { walk->context = value_none(); break; }
            walk = as_exc(walk->context);
        }
        as_exc(exception)->context = handled;
    }
    vm.exception = exception;
}

/* Contract: raise type(message) with a printf-formatted message; returns
 * VAL_NULL. Allocates; on allocation failure MemoryError is pending instead. */
Value raise_error(Type *type, const char *format, ...) {
    char small[256];
    va_list ap;
    va_start(ap, format);
    int needed = vsnprintf(small, sizeof small, format, ap);
    va_end(ap);
    Str *message;
    if (needed < (int)sizeof small) {
        message = str_new(small, needed);
    } else {
        char *big = malloc((size_t)needed + 1);
        if (!big) return raise_memory_error();
        va_start(ap, format);
        vsnprintf(big, (size_t)needed + 1, format, ap);
        va_end(ap);
        message = str_new(big, needed);
        free(big);
    }
    if (!message) return value_null();
    Value arg = value_object(message);
    Value e = exc_new(type, &arg, 1);
    if (is_null(e)) return e;
    exc_set_pending(e);
    return value_null();
}

/* Contract: raise an instance, or a class instantiated with no arguments
 * (may call a user __init__). Anything else raises TypeError. */
Value raise_value(Value exception) {
    if (is_exception_class(exception)) {
        Value instance = obj_call(exception, NULL, 0, NULL);
        if (is_null(instance)) return instance;
        if (!is_exception_instance(instance)) {
            return raise_error(&type_type_error,
                               "calling %s should have returned an instance of BaseException, not %s",
                               ((Type *)exception.as.object)->name, value_type_name(instance));
        }
        exception = instance;
    } else if (!is_exception_instance(exception)) {
        return raise_error(&type_type_error, "exceptions must derive from BaseException");
    }
    exc_set_pending(exception);
    return value_null();
}

/* Contract: raise type(value) with [value] as the single argument. */
Value raise_with_value(Type *type, Value value) {
    Value e = exc_new(type, &value, 1);
    if (is_null(e)) return e;
    exc_set_pending(e);
    return value_null();
}

/* Contract: raise the preallocated MemoryError; never allocates. */
Value raise_memory_error(void) {
    if (is_null(memory_error_instance)) {
        /* before exc_init: nothing sensible to raise */
        fputs("pyco: out of memory\n", stderr);
        abort();
    }
    ExceptionObject *e = as_exc(memory_error_instance);
    e->traceback = NULL;
    e->context = value_none();
    e->cause = value_none();
    vm.exception = memory_error_instance;
    return value_null();
}

/* Contract: raise the OSError subclass for [error_number] with CPython's
 * message; [filename] may be VAL_NULL. */
Value raise_os_error(int error_number, Value filename) {
    Value args[3];
    args[0] = value_int(error_number);
    Str *message = str_from_cstr(strerror(error_number));
    if (!message) return value_null();
    args[1] = value_object(message);
    int nargs = 2;
    if (!is_null(filename)) args[nargs++] = filename;
    Value e = exc_new(&type_os_error, args, nargs);
    if (is_null(e)) return e;
    exc_set_pending(e);
    return value_null();
}

/* Contract: whether an exception is pending in vm.exception. */
bool error_pending(void) { return !is_null(vm.exception); }

/* Contract: whether the pending exception is an instance of [type]. */
bool error_matches(Type *type) {
    return !is_null(vm.exception) && value_is_instance(vm.exception, type);
}

/* Contract: take the pending exception (VAL_NULL if none), leaving none. */
Value error_fetch(void) {
    Value e = vm.exception;
    vm.exception = value_null();
    return e;
}

/* Contract: drop the pending exception. */
void error_clear(void) { vm.exception = value_null(); }

/* Contract: make [exception] pending again exactly as it was (no new
 * __context__: it is the same raise continuing). */
void error_restore(Value exception) { vm.exception = exception; }

/* Contract: StopIteration.value (None when absent). */
Value exc_stop_iteration_value(Value exception) {
    if (!is_exception_instance(exception)) return value_none();
    ExceptionObject *e = as_exc(exception);
    if (exc_is(exception, &type_stop_iteration) && !is_null(e->fields[FIELD_VALUE]))
        return e->fields[FIELD_VALUE];
    if (e->args && e->args->length > 0) return e->args->items[0];
    return value_none();
}

/* ---- source lines for tracebacks ----------------------------------- */

typedef struct RegisteredSource {
    char *filename;
    char *text;
    struct RegisteredSource *next;
} RegisteredSource;

static RegisteredSource *registered_sources;

/* Contract: keep a private copy of [source] for [filename] (replacing an
 * earlier one; the REPL registers each input). */
void exc_register_source(const char *filename, const char *source) {
    for (RegisteredSource *r = registered_sources; r; r = r->next) {
        if (strcmp(r->filename, filename) == 0) {
            char *copy = strdup(source);
            if (!copy) return;
            free(r->text);
            r->text = copy;
            return;
        }
    }
    RegisteredSource *r = malloc(sizeof *r);
    if (!r) return;
    r->filename = strdup(filename);
    r->text = strdup(source);
    if (!r->filename || !r->text) { free(r->filename); free(r->text); free(r); return; }
    r->next = registered_sources;
    registered_sources = r;
}

/* Copy line [line] (1-based) of [text] into [out], or "" if missing. */
static void line_from_text(const char *text, int line, char *out, size_t size) {
    out[0] = '\0';
    for (int current = 1; current < line; current++) {
        text = strchr(text, '\n');
        if (!text) return;
        text++;
    }
    size_t length = strcspn(text, "\n");
    if (length >= size) length = size - 1;
    memcpy(out, text, length);
    out[length] = '\0';
}

static void line_from_file(const char *filename, int line, char *out, size_t size) {
    out[0] = '\0';
    for (RegisteredSource *r = registered_sources; r; r = r->next) {
        if (strcmp(r->filename, filename) == 0) { line_from_text(r->text, line, out, size); return; }
    }
    FILE *file = fopen(filename, "r");
    if (!file) return;
    int current = 1, c;
    while (current < line && (c = fgetc(file)) != EOF)
        if (c == '\n') current++;
    if (current == line && fgets(out, (int)size, file)) out[strcspn(out, "\r\n")] = '\0';
    else out[0] = '\0';
    fclose(file);
}

/* Strip leading and trailing whitespace in place; returns the start. */
static char *strip_line(char *line) {
    while (*line == ' ' || *line == '\t' || *line == '\f') line++;
    size_t length = strlen(line);
    while (length > 0 && (line[length - 1] == ' ' || line[length - 1] == '\t' ||
                          line[length - 1] == '\r' || line[length - 1] == '\n'))
        line[--length] = '\0';
    return line;
}

/* ---- printing ------------------------------------------------------ */

static void print_traceback_entry(const char *filename, int line, const char *function) {
    fprintf(stderr, "  File \"%s\", line %d, in %s\n", filename, line, function);
    char buffer[4096];
    line_from_file(filename, line, buffer, sizeof buffer);
    char *text = strip_line(buffer);
    if (*text) fprintf(stderr, "    %s\n", text);
}

/* CPython collapses runs of more than three identical entries (deep
 * recursion) into "[Previous line repeated N more times]". */
enum { TRACEBACK_RECURSIVE_CUTOFF = 3 };

static void print_repeat_note(int repeats) {
    if (repeats <= TRACEBACK_RECURSIVE_CUTOFF) return;
    int more = repeats - TRACEBACK_RECURSIVE_CUTOFF;
    fprintf(stderr, "  [Previous line repeated %d more time%s]\n", more, more > 1 ? "s" : "");
}

static void print_traceback(Traceback *tb) {
    const char *last_file = NULL, *last_name = NULL;
    int last_line = -1, repeats = 0;
    for (; tb; tb = tb->next) {
        const char *filename = tb->code && tb->code->filename ? str_cstr(tb->code->filename) : "<unknown>";
        const char *name = tb->code && tb->code->name ? str_cstr(tb->code->name) : "?";
        bool same = last_file && strcmp(filename, last_file) == 0 && strcmp(name, last_name) == 0 &&
                    tb->line == last_line;
        if (!same) {
            print_repeat_note(repeats);
            repeats = 0;
            last_file = filename;
            last_name = name;
            last_line = tb->line;
        }
        repeats++;
        if (repeats <= TRACEBACK_RECURSIVE_CUTOFF) print_traceback_entry(filename, tb->line, name);
    }
    print_repeat_note(repeats);
}

/* The "File ..., line N" / source / caret lines of a SyntaxError. Returns
 * the suffix to put after the message when there is no line number. */
static void print_syntax_error_location(ExceptionObject *e, char *suffix, size_t suffix_size) {
    Value file = e->fields[FIELD_SYNTAX_FILENAME], line = e->fields[FIELD_LINENO];
    const char *filename = is_str(file) ? str_cstr(as_str(file)) : "<string>";
    suffix[0] = '\0';
    if (is_small_int(line)) fprintf(stderr, "  File \"%s\", line %lld\n", filename, (long long)line.as.integer);
    else if (is_str(file)) snprintf(suffix, suffix_size, " (%s)", filename);
    Value text_value = e->fields[FIELD_TEXT];
    if (!is_str(text_value)) return;
    Str *text_str = as_str(text_value);
    /* offsets count code points: work on code point indexes */
    const char *text = str_cstr(text_str);
    int64_t length = text_str->length;
    while (length > 0 && str_codepoint_at(text_str, length - 1) == '\n') length--;
    int64_t spaces = 0;
    while (spaces < length) {
        uint32_t cp = str_codepoint_at(text_str, spaces);
        if (cp != ' ' && cp != '\n' && cp != '\f') break;
        spaces++;
    }
    int64_t begin = str_byte_offset(text_str, spaces), stop = str_byte_offset(text_str, length);
    fprintf(stderr, "    %.*s\n", (int)(stop - begin), text + begin);
    Value offset_value = e->fields[FIELD_OFFSET], end_value = e->fields[FIELD_END_OFFSET];
    if (!is_small_int(offset_value)) return;
    int64_t offset = offset_value.as.integer;
    int64_t end = is_small_int(end_value) && end_value.as.integer != 0 ? end_value.as.integer : offset;
    if (offset == end || end == -1) end = offset + 1;
    int64_t column = offset - 1 - spaces, end_column = end - 1 - spaces;
    if (column < 0) return;
    fputs("    ", stderr);
    for (int64_t i = 0; i < column; i++) {
        uint32_t cp = spaces + i < length ? str_codepoint_at(text_str, spaces + i) : ' ';
        fputc(cp == '\t' || cp == '\f' || cp == '\v' ? (int)cp : ' ', stderr);
    }
    for (int64_t i = column; i < end_column; i++) fputc('^', stderr);
    fputc('\n', stderr);
}

/* "ValueError", "asyncio.exceptions.CancelledError", "Outer.Inner". */
static void print_type_name(Type *type) {
    const char *module = type->module_name;
    if (module && strcmp(module, "builtins") != 0 && strcmp(module, "__main__") != 0)
        fprintf(stderr, "%s.", module);
    fputs(type->qualname ? str_cstr(type->qualname) : type->name, stderr);
}

static void print_notes(Value exception) {
    ExceptionObject *e = as_exc(exception);
    if (!e->dict) return;
    Value notes = dict_get_cstr(e->dict, "__notes__");
    if (is_null(notes)) { error_clear(); return; }
    if (!is_list(notes)) return;
    for (int64_t i = 0; i < as_list(notes)->length; i++) {
        Value note = obj_str(as_list(notes)->items[i]);
        if (is_null(note)) { error_clear(); fputs("<note str() failed>\n", stderr); continue; }
        fprintf(stderr, "%s\n", str_cstr(as_str(note)));
    }
}

static void print_one_exception(Value exception) {
    ExceptionObject *e = as_exc(exception);
    if (e->traceback) {
        fputs("Traceback (most recent call last):\n", stderr);
        print_traceback(e->traceback);
    }
    char suffix[1100] = "";
    bool syntax = exc_is(exception, &type_syntax_error);
    if (syntax) print_syntax_error_location(e, suffix, sizeof suffix);
    print_type_name(value_type(exception));
    Value message;
    if (syntax) message = obj_str(none_if_null(e->fields[FIELD_SYNTAX_MSG]));
    else message = obj_str(exception);
    if (is_null(message)) {
        error_clear();
        fputs(": <exception str() failed>\n", stderr);
    } else if (syntax) {
        const char *text = is_none(e->fields[FIELD_SYNTAX_MSG]) || is_null(e->fields[FIELD_SYNTAX_MSG])
                               ? "<no detail available>" : str_cstr(as_str(message));
        fprintf(stderr, ": %s%s\n", text, suffix);
    } else if (as_str(message)->byte_length == 0) {
        fputc('\n', stderr);
    } else {
        fprintf(stderr, ": %s\n", str_cstr(as_str(message)));
    }
    print_notes(exception);
}

enum { CHAIN_LIMIT = 64 };

static bool chain_seen(Object **seen, int count, Value v) {
    for (int i = 0; i < count; i++)
        if (seen[i] == v.as.object) return true;
    return false;
}

static void print_chain(Value exception, Object **seen, int *count) {
    if (*count < CHAIN_LIMIT) seen[(*count)++] = exception.as.object;
    ExceptionObject *e = as_exc(exception);
    if (is_exception_instance(e->cause)) {
        if (!chain_seen(seen, *count, e->cause)) {
            print_chain(e->cause, seen, count);
            fputs("\nThe above exception was the direct cause of the following exception:\n\n", stderr);
        }
    } else if (is_exception_instance(e->context) && !e->suppress_context) {
        if (!chain_seen(seen, *count, e->context)) {
            print_chain(e->context, seen, count);
            fputs("\nDuring handling of the above exception, another exception occurred:\n\n", stderr);
        }
    }
    print_one_exception(exception);
}

/* Contract: print [exception] with its chain to stderr as CPython does.
 * May call Python code (a user __str__); failures there are swallowed. */
void exc_print(Value exception) {
    fflush(stdout);
    Value pending = error_fetch();
    gc_push_root(exception);
    gc_push_root(pending);
    if (is_exception_instance(exception)) {
        Object *seen[CHAIN_LIMIT];
        int count = 0;
        print_chain(exception, seen, &count);
    } else {
        Value text = obj_repr(exception);
        if (is_null(text)) error_clear();
        else fprintf(stderr, "TypeError: exceptions must derive from BaseException (%s)\n",
                     str_cstr(as_str(text)));
    }
    fflush(stderr);
    gc_pop_roots(2);
    vm.exception = pending;
}

/* ---- start-up ------------------------------------------------------ */

/* Contract: ready every exception type (parents first), attach the
 * per-family attributes and preallocate the MemoryError instance. */
void exc_init(void) {
    type_base_exception.getsets = exc_base_getsets;
    type_base_exception.methods = exc_base_methods;
    type_stop_iteration.getsets = stop_iteration_getsets;
    type_system_exit.getsets = system_exit_getsets;
    type_import_error.getsets = import_error_getsets;
    type_name_error.getsets = name_error_getsets;
    type_attribute_error.getsets = attribute_error_getsets;
    type_os_error.getsets = os_error_getsets;
    type_syntax_error.getsets = syntax_error_getsets;
    type_unicode_decode_error.getsets = unicode_error_getsets;
    type_unicode_encode_error.getsets = unicode_error_getsets;
    for (int i = 0; exc_builtin_types[i]; i++) type_ready(exc_builtin_types[i]);
    type_ready(&type_traceback);

    memory_error_instance = exc_new(&type_memory_error, NULL, 0);
    gc_add_global_root(&memory_error_instance);
}
