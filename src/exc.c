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
 *
 * exc_print writes what CPython 3.11 writes for an uncaught exception:
 * the chain (__cause__ / __context__) first, the frames with their source
 * lines and ~~^^ position markers (runs of one recursive line
 * collapsed), a SyntaxError's caret block, "Type: message", the "Did you
 * mean" hint of a NameError or AttributeError, and any __notes__. The small `traceback` module at the
 * end exposes the same printer to Python code.
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
#include "frame.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "func.h"
#include "module.h"
#include "str.h"
#include "tuple.h"
#include "vm.h"

/* ---- which field means what ---------------------------------------- */

enum {
    FIELD_VALUE = 0,                      /* StopIteration.value */
    FIELD_CODE = 0,                       /* SystemExit.code */
    FIELD_IMPORT_MSG = 0, FIELD_IMPORT_NAME = 1, FIELD_IMPORT_PATH = 2,
    FIELD_NAME = 1, FIELD_OBJ = 2,        /* NameError.name, AttributeError.name/.obj */
    FIELD_NAME_GLOBALS = 3,               /* private: the globals of the frame a NameError came from */
    FIELD_ERRNO = 0, FIELD_STRERROR = 1, FIELD_FILENAME = 2, FIELD_FILENAME2 = 3,
    FIELD_SYNTAX_MSG = 0, FIELD_SYNTAX_FILENAME = 1, FIELD_LINENO = 2, FIELD_OFFSET = 3,
    FIELD_TEXT = 4, FIELD_END_LINENO = 5, FIELD_END_OFFSET = 6, FIELD_PRINT_FILE_AND_LINE = 7,
    FIELD_ENCODING = 0, FIELD_OBJECT = 1, FIELD_START = 2, FIELD_END = 3, FIELD_REASON = 4,
};

static inline ExceptionObject *as_exc(Value value) { return (ExceptionObject *)value.as.object; }

static Value none_if_null(Value value) { return is_null(value) ? value_none() : value; }

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
bool is_exception_instance(Value value) {
    return value.tag == VAL_OBJ && (value.as.object->type->flags & TYPE_EXCEPTION) != 0;
}

/* Contract: true when [v] is BaseException or one of its subclasses. */
bool is_exception_class(Value value) {
    if (value.tag != VAL_OBJ || !type_is_subtype(value.as.object->type, &type_type)) return false;
    return (((Type *)value.as.object)->flags & TYPE_EXCEPTION) != 0;
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
    ExceptionObject *exc = (ExceptionObject *)gc_alloc(cls, size);
    if (!exc) return value_null();
    /* args is set here too, so a subclass whose __init__ never calls
     * super().__init__ still has e.args (as in CPython). */
    exc->args = tuple_from_values(args, nargs);
    if (!exc->args) return value_null();
    exc->cause = value_none();
    exc->context = value_none();
    return value_object(exc);
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

static void exc_store_keywords(ExceptionObject *exc, Value *args, int nargs, Tuple *kwnames) {
    if (!kwnames) return;
    for (int64_t i = 0; i < kwnames->length; i++) {
        Str *key = as_str(kwnames->items[i]);
        Value value = args[nargs + i];
        if (str_equal_cstr(key, "name")) exc->fields[FIELD_IMPORT_NAME] = value;
        else if (str_equal_cstr(key, "path")) exc->fields[FIELD_IMPORT_PATH] = value;
        else if (str_equal_cstr(key, "obj")) exc->fields[FIELD_OBJ] = value;
    }
}

static void os_error_init_fields(ExceptionObject *exc, Value *args, int nargs) {
    if (nargs < 2 || nargs > 5) return;
    exc->fields[FIELD_ERRNO] = args[0];
    exc->fields[FIELD_STRERROR] = args[1];
    if (nargs >= 3 && !is_none(args[2])) {
        exc->fields[FIELD_FILENAME] = args[2];
        if (nargs == 5) exc->fields[FIELD_FILENAME2] = args[4];
        /* CPython keeps only (errno, strerror) in args once a filename is given */
        Tuple *two = tuple_from_values(args, 2);
        if (two) exc->args = two;
    }
}

static bool syntax_error_init_fields(ExceptionObject *exc, Value *args, int nargs) {
    if (nargs >= 1) exc->fields[FIELD_SYNTAX_MSG] = args[0];
    if (nargs != 2) return true;
    Tuple *info = tuple_from_iterable(args[1]);
    if (!info) return false;
    if (info->length < 4 || info->length > 6) {
        raise_error(&type_index_error, "tuple index out of range");
        return false;
    }
    exc->fields[FIELD_SYNTAX_FILENAME] = info->items[0];
    exc->fields[FIELD_LINENO] = info->items[1];
    exc->fields[FIELD_OFFSET] = info->items[2];
    exc->fields[FIELD_TEXT] = info->items[3];
    if (info->length >= 5) exc->fields[FIELD_END_LINENO] = info->items[4];
    if (info->length >= 6) exc->fields[FIELD_END_OFFSET] = info->items[5];
    return true;
}

static void unicode_error_init_fields(ExceptionObject *exc, Value *args, int nargs) {
    if (nargs != 5) return;
    for (int i = 0; i < 5; i++) exc->fields[FIELD_ENCODING + i] = args[i];
}

static bool exc_slot_init(Value self, Value *args, int nargs, Tuple *kwnames) {
    ExceptionObject *exc = as_exc(self);
    if (!exc_check_keywords(self, kwnames)) return false;
    Tuple *tuple = tuple_from_values(args, nargs);
    if (!tuple) return false;
    exc->args = tuple;
    exc_store_keywords(exc, args, nargs, kwnames);
    Value first = nargs > 0 ? args[0] : value_none();
    if (exc_is(self, &type_stop_iteration)) {
        exc->fields[FIELD_VALUE] = first;
    } else if (exc_is(self, &type_system_exit)) {
        exc->fields[FIELD_CODE] = nargs <= 1 ? first : value_object(tuple);
    } else if (exc_is(self, &type_import_error)) {
        exc->fields[FIELD_IMPORT_MSG] = nargs == 1 ? first : value_none();
    } else if (exc_is(self, &type_os_error)) {
        os_error_init_fields(exc, args, nargs);
    } else if (exc_is(self, &type_syntax_error)) {
        return syntax_error_init_fields(exc, args, nargs);
    } else if (exc_is(self, &type_unicode_decode_error) || exc_is(self, &type_unicode_encode_error)) {
        unicode_error_init_fields(exc, args, nargs);
    }
    return true;
}

/* Contract: type(*args) for an exception class. Built-in classes are made
 * directly; user classes go through their (possibly Python) __init__. May
 * call Python code. VAL_NULL with an exception pending on failure. */
Value exc_new(Type *type, Value *args, int nargs) {
    if (type->flags & TYPE_HEAPTYPE) return obj_call(value_object(type), args, nargs, NULL);
    Value exc = type->new(type, args, nargs, NULL);
    if (is_null(exc)) return exc;
    Type *actual = value_type(exc);
    if (actual->init && !actual->init(exc, args, nargs, NULL)) return value_null();
    return exc;
}

/* ---- repr and str -------------------------------------------------- */

static Value exc_slot_repr(Value self) {
    ExceptionObject *exc = as_exc(self);
    const char *name = value_type(self)->name;
    Tuple *args = exc->args ? exc->args : tuple_empty();
    Value inner = args->length == 1 ? obj_repr(args->items[0]) : obj_repr(value_object(args));
    if (is_null(inner)) return inner;
    if (args->length == 1) return str_value(str_from_format("%s(%s)", name, str_cstr(as_str(inner))));
    return str_value(str_from_format("%s%s", name, str_cstr(as_str(inner))));
}

static Value base_str(ExceptionObject *exc) {
    Tuple *args = exc->args ? exc->args : tuple_empty();
    if (args->length == 0) return str_value(str_from_cstr(""));
    if (args->length == 1) return obj_str(args->items[0]);
    return obj_str(value_object(args));
}

/* "[Errno 2] No such file or directory: 'x'" */
static Value os_error_str(ExceptionObject *exc) {
    Value err = exc->fields[FIELD_ERRNO], msg = exc->fields[FIELD_STRERROR];
    Value file = exc->fields[FIELD_FILENAME], file2 = exc->fields[FIELD_FILENAME2];
    if (is_null(err) || is_null(msg)) return base_str(exc);
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
static Value syntax_error_str(ExceptionObject *exc) {
    Value msg = obj_str(none_if_null(exc->fields[FIELD_SYNTAX_MSG]));
    if (is_null(msg)) return msg;
    Value file = exc->fields[FIELD_SYNTAX_FILENAME], line = exc->fields[FIELD_LINENO];
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
static Value unicode_error_str(ExceptionObject *exc, bool decode) {
    Value encoding = exc->fields[FIELD_ENCODING], object = exc->fields[FIELD_OBJECT];
    Value start = exc->fields[FIELD_START], end = exc->fields[FIELD_END];
    Value reason = exc->fields[FIELD_REASON];
    if (!is_str(encoding) || !is_small_int(start) || !is_small_int(end) || !is_str(reason))
        return base_str(exc);
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
    ExceptionObject *exc = as_exc(self);
    Tuple *args = exc->args ? exc->args : tuple_empty();
    if (exc_is(self, &type_key_error) && args->length == 1) return obj_repr(args->items[0]);
    if (exc_is(self, &type_os_error)) return os_error_str(exc);
    if (exc_is(self, &type_syntax_error)) return syntax_error_str(exc);
    if (exc_is(self, &type_unicode_decode_error)) return unicode_error_str(exc, true);
    if (exc_is(self, &type_unicode_encode_error)) return unicode_error_str(exc, false);
    return base_str(exc);
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
    ExceptionObject *exc = (ExceptionObject *)self;
    gc_mark_object((Object *)exc->dict);
    gc_mark_object((Object *)exc->args);
    gc_mark_object((Object *)exc->traceback);
    gc_mark_value(exc->cause);
    gc_mark_value(exc->context);
    gc_mark_values(exc->fields, EXC_FIELD_COUNT);
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
    exc_add_traceback_at(exception, code, line, -1);
}

void exc_add_traceback_at(Value exception, struct Code *code, int line, int instruction) {
    if (!is_exception_instance(exception)) return;
    ExceptionObject *exc = as_exc(exception);
    /* a NameError's suggestion ("Did you mean: 'values'?") needs the
     * globals of the frame it was raised in: remember them */
    if (!exc->traceback && exc_is(exception, &type_name_error) && vm.frame && vm.frame->code == code)
        exc->fields[FIELD_NAME_GLOBALS] = value_object(vm.frame->globals);
    Traceback *tb = (Traceback *)gc_alloc(&type_traceback, sizeof(Traceback));
    if (!tb) { error_clear(); return; }
    tb->code = code;
    tb->line = line;
    tb->instruction = instruction;
    tb->next = exc->traceback;
    exc->traceback = tb;
}

/* ---- raising ------------------------------------------------------- */

/* The preallocated MemoryError (raising it must not allocate). */
static Value memory_error_instance;

/* Make [exception] pending. While an `except` block handles another
 * exception, that one becomes the new one's __context__, with any cycle in
 * the context chain cut (CPython's _PyErr_SetObject). */
static void exc_set_pending(Value exception) {
    Value handled = vm_handled_exception();
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
    Value exc = exc_new(type, &arg, 1);
    if (is_null(exc)) return exc;
    exc_set_pending(exc);
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
    Value exc = exc_new(type, &value, 1);
    if (is_null(exc)) return exc;
    exc_set_pending(exc);
    return value_null();
}

/* Contract: raise the preallocated MemoryError; never allocates. */
Value raise_memory_error(void) {
    if (is_null(memory_error_instance)) {
        /* before exc_init: nothing sensible to raise */
        fputs("pyco: out of memory\n", stderr);
        abort();
    }
    ExceptionObject *exc = as_exc(memory_error_instance);
    exc->traceback = NULL;
    exc->context = value_none();
    exc->cause = value_none();
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
    Value exc = exc_new(&type_os_error, args, nargs);
    if (is_null(exc)) return exc;
    exc_set_pending(exc);
    return value_null();
}

/* Contract: see exc.h. Never allocates. */
void error_set_attribute_context(Value object, Str *name) {
    Value pending = vm.exception;
    if (!is_exception_instance(pending) || !exc_is(pending, &type_attribute_error)) return;
    as_exc(pending)->fields[FIELD_NAME] = value_object(name);
    as_exc(pending)->fields[FIELD_OBJ] = object;
}

/* Contract: whether an exception is pending in vm.exception. */
bool error_pending(void) { return !is_null(vm.exception); }

/* Contract: whether the pending exception is an instance of [type]. */
bool error_matches(Type *type) {
    return !is_null(vm.exception) && value_is_instance(vm.exception, type);
}

/* Contract: take the pending exception (VAL_NULL if none), leaving none. */
Value error_fetch(void) {
    Value exc = vm.exception;
    vm.exception = value_null();
    return exc;
}

/* Contract: drop the pending exception. */
void error_clear(void) { vm.exception = value_null(); }

/* Contract: make [exception] pending again exactly as it was (no new
 * __context__: it is the same raise continuing). */
void error_restore(Value exception) { vm.exception = exception; }

/* Contract: StopIteration.value (None when absent). */
Value exc_stop_iteration_value(Value exception) {
    if (!is_exception_instance(exception)) return value_none();
    ExceptionObject *exc = as_exc(exception);
    if (exc_is(exception, &type_stop_iteration) && !is_null(exc->fields[FIELD_VALUE]))
        return exc->fields[FIELD_VALUE];
    if (exc->args && exc->args->length > 0) return exc->args->items[0];
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

/* ---- position markers (CPython 3.11's ~~~^^^ lines) ----------------- */

/* Under the source line of a frame CPython 3.11 marks the failing
 * instruction's span: '^' under it, except when the span is, as a whole
 * statement, a binary operation ('~' under the operands, '^' under the
 * operator) or a subscript ('~' under the value, '^' under "[...]").
 * CPython finds those two shapes by parsing the span; here a small scanner
 * looks at the span's top-level tokens instead (depth 0 of brackets).
 * Offsets below are bytes of the UTF-8 line; what is printed counts
 * characters, as CPython does. */

typedef enum { MARK_ATOM, MARK_TRAILER, MARK_OP, MARK_BAD } MarkKind;

typedef struct {
    MarkKind kind;
    int start, end;           /* bytes in the segment */
    int level;                /* MARK_OP: binary precedence, 0 when unary */
} MarkToken;

enum { MARK_MAX_TOKENS = 64, MARK_LEVEL_POWER = 7 };

static bool mark_is_space(char c) { return c == ' ' || c == '\t' || c == '\f'; }

static bool mark_is_name_char(unsigned char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

/* Skip a string literal whose quote is at [i]; returns the index after it or -1. */
static int mark_skip_string(const char *s, int n, int i) {
    char quote = s[i];
    bool triple = i + 2 < n && s[i + 1] == quote && s[i + 2] == quote;
    i += triple ? 3 : 1;
    while (i < n) {
        if (s[i] == '\\') { i += 2; continue; }
        if (s[i] == quote) {
            if (!triple) return i + 1;
            if (i + 2 < n && s[i + 1] == quote && s[i + 2] == quote) return i + 3;
        }
        i++;
    }
    return -1;
}

/* A name or number token from [i]; numbers keep the sign of an exponent. */
static int mark_skip_word(const char *s, int n, int i) {
    bool number = (s[i] >= '0' && s[i] <= '9') || s[i] == '.';
    bool hex = number && i + 1 < n && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X');
    int start = i;
    while (i < n) {
        if (mark_is_name_char((unsigned char)s[i]) || (number && s[i] == '.')) i++;
        else if (number && !hex && (s[i] == '+' || s[i] == '-') && i > start && (s[i - 1] == 'e' || s[i - 1] == 'E')) i++;
        else break;
    }
    return i;
}

static bool mark_is_bad_keyword(const char *s, int length) {
    static const char *const words[] = {"not", "and", "or", "if", "else", "lambda", "in", "is",
                                        "yield", "for", "async", "import", "del", "return", NULL};
    for (int i = 0; words[i]; i++)
        if ((int)strlen(words[i]) == length && strncmp(s, words[i], (size_t)length) == 0) return true;
    return false;
}

/* The binary precedence of the operator at [i] (1 '|' .. 7 '**'), its
 * length in [*length]; 0 when it is no arithmetic operator. */
static int mark_operator(const char *s, int n, int i, int *length) {
    char c = s[i], next = i + 1 < n ? s[i + 1] : '\0';
    *length = 1;
    if (next == '=' ) return 0;
    if ((c == '*' || c == '/') && next == c) { *length = 2; return c == '*' ? MARK_LEVEL_POWER : 6; }
    if ((c == '<' || c == '>') && next == c) { *length = 2; return 4; }
    switch (c) {
    case '|': return 1;
    case '^': return 2;
    case '&': return 3;
    case '+': case '-': return 5;
    case '*': case '/': case '%': case '@': return 6;
    default: return 0;
    }
}

/* Split [s] into top-level tokens; false when unbalanced or too long. */
static bool mark_tokenize(const char *s, int n, MarkToken *tokens, int *count) {
    *count = 0;
    int i = 0;
    while (i < n) {
        if (mark_is_space(s[i])) { i++; continue; }
        if (*count == MARK_MAX_TOKENS) return false;
        MarkToken *token = &tokens[(*count)++];
        bool after_operand = *count > 1 && token[-1].kind != MARK_OP && token[-1].kind != MARK_BAD;
        token->start = i;
        token->level = 0;
        char c = s[i];
        if (c == '(' || c == '[' || c == '{') {
            int depth = 0;
            while (i < n) {
                if (s[i] == '"' || s[i] == '\'') { i = mark_skip_string(s, n, i); if (i < 0) return false; continue; }
                if (s[i] == '(' || s[i] == '[' || s[i] == '{') depth++;
                else if (s[i] == ')' || s[i] == ']' || s[i] == '}') depth--;
                i++;
                if (depth == 0) break;
            }
            if (depth != 0) return false;
            token->kind = after_operand && c != '{' ? MARK_TRAILER : MARK_ATOM;
        } else if (c == ')' || c == ']' || c == '}') {
            return false;
        } else if (c == '"' || c == '\'') {
            i = mark_skip_string(s, n, i);
            if (i < 0) return false;
            token->kind = MARK_ATOM;
        } else if (c == '.' && !(i + 1 < n && s[i + 1] >= '0' && s[i + 1] <= '9')) {
            i++;
            while (i < n && mark_is_space(s[i])) i++;
            i = mark_skip_word(s, n, i);
            token->kind = after_operand ? MARK_TRAILER : MARK_BAD;
        } else if (mark_is_name_char((unsigned char)c) || c == '.') {
            i = mark_skip_word(s, n, i);
            if (i < n && (s[i] == '"' || s[i] == '\'')) {   /* a prefixed string: f"..." */
                i = mark_skip_string(s, n, i);
                if (i < 0) return false;
            }
            token->kind = mark_is_bad_keyword(s + token->start, i - token->start) ? MARK_BAD : MARK_ATOM;
        } else {
            int length, level = mark_operator(s, n, i, &length);
            i += length;
            bool unary = !after_operand && (c == '+' || c == '-' || c == '~');
            token->kind = level || unary ? MARK_OP : MARK_BAD;
            token->level = unary ? 0 : level;
            if (!after_operand && !unary) token->kind = MARK_BAD;
        }
        token->end = i;
    }
    return *count > 0;
}

/* Where the right operand starts: inside a grouping "(...)", as the
 * parser puts a parenthesised expression's column there. */
static int mark_right_start(const char *s, const MarkToken *right) {
    int i = right->start;
    if (right->kind != MARK_ATOM || s[i] != '(') return i;
    int depth = 0;
    for (int j = i; j < right->end; j++) {
        if (s[j] == '(' || s[j] == '[' || s[j] == '{') depth++;
        else if (s[j] == ')' || s[j] == ']' || s[j] == '}') depth--;
        else if (depth == 1 && s[j] == ',') return i;
    }
    i++;
    while (i < right->end && (mark_is_space(s[i]) || s[i] == '(')) i++;
    return i < right->end - 1 ? i : right->start;
}

/* The anchors of segment [s] (bytes): [*left, *right) is the operator or
 * the "[...]" part. False when the segment has neither shape. */
static bool mark_anchors(const char *s, int n, int *left, int *right) {
    MarkToken tokens[MARK_MAX_TOKENS] = {0};
    int count;
    if (!mark_tokenize(s, n, tokens, &count)) return false;
    int lowest = 0, chosen = -1;
    for (int k = 0; k < count; k++) {
        if (tokens[k].kind == MARK_BAD) return false;
        int level = tokens[k].kind == MARK_OP ? tokens[k].level : 0;
        if (level == 0) continue;
        /* left-associative: the rightmost of the lowest level; '**' binds
         * to the right, so its leftmost */
        if (chosen < 0 || level < lowest || (level == lowest && level != MARK_LEVEL_POWER)) {
            lowest = level;
            chosen = k;
        }
    }
    bool unary_first = tokens[0].kind == MARK_OP;
    if (chosen >= 0 && !(unary_first && lowest == MARK_LEVEL_POWER)) {
        if (chosen + 1 >= count) return false;
        int op = tokens[chosen].start;
        int right_start = mark_right_start(s, &tokens[chosen + 1]);
        *left = op;
        *right = op + 1;
        if (op + 1 < right_start && !mark_is_space(s[op + 1])) *right = op + 2;
        return true;
    }
    if (chosen >= 0 || unary_first || count < 2) return false;
    const MarkToken *last = &tokens[count - 1];
    if (last->kind != MARK_TRAILER || s[last->start] != '[') return false;
    /* CPython 3.11.7 moves both anchors out to the brackets themselves */
    *left = last->start;
    *right = last->end;
    return true;
}

/* Bytes of the first [characters] code points of [s] (stops at the end). */
static int mark_bytes_of(const char *s, int characters) {
    int i = 0;
    for (; s[i] && characters > 0; characters--) {
        i++;
        while (((unsigned char)s[i] & 0xC0) == 0x80) i++;
    }
    return characters > 0 ? -1 : i;
}

/* The code point at [s] (UTF-8, trusted) and its length in [*length]. */
static uint32_t mark_codepoint(const unsigned char *s, int *length) {
    if (s[0] < 0x80) { *length = 1; return s[0]; }
    if (s[0] < 0xE0) { *length = 2; return (uint32_t)(s[0] & 0x1F) << 6 | (s[1] & 0x3F); }
    if (s[0] < 0xF0) { *length = 3; return (uint32_t)(s[0] & 0x0F) << 12 | (uint32_t)(s[1] & 0x3F) << 6 | (s[2] & 0x3F); }
    *length = 4;
    return (uint32_t)(s[0] & 0x07) << 18 | (uint32_t)(s[1] & 0x3F) << 12 | (uint32_t)(s[2] & 0x3F) << 6 | (s[3] & 0x3F);
}

/* CPython 3.11 lines markers up with what a terminal shows: East Asian
 * wide characters (CJK, Hangul, fullwidth forms, most emoji) take two
 * columns. The main wide blocks of Unicode's EastAsianWidth.txt. */
static int mark_width(uint32_t cp) {
    static const uint32_t wide[][2] = {
        {0x1100, 0x115F}, {0x2E80, 0x303E}, {0x3041, 0x33FF}, {0x3400, 0x4DBF},
        {0x4E00, 0x9FFF}, {0xA000, 0xA4CF}, {0xAC00, 0xD7A3}, {0xF900, 0xFAFF},
        {0xFE30, 0xFE4F}, {0xFF00, 0xFF60}, {0xFFE0, 0xFFE6}, {0x1F300, 0x1F64F},
        {0x1F900, 0x1F9FF}, {0x20000, 0x3FFFD},
    };
    for (size_t i = 0; i < sizeof wide / sizeof wide[0]; i++)
        if (cp >= wide[i][0] && cp <= wide[i][1]) return 2;
    return 1;
}

/* Code points in bytes [from, to) of [s]. */
static int mark_chars(const char *s, int from, int to) {
    int count = 0;
    for (int i = from; i < to; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80) count++;
    return count;
}

/* Terminal columns of bytes [from, to) of [s]. */
static int mark_columns(const char *s, int from, int to) {
    int columns = 0, length;
    for (int i = from; i < to; i += length) columns += mark_width(mark_codepoint((const unsigned char *)s + i, &length));
    return columns;
}

/* The compiler's span of a parenthesised operand may leave out its
 * parentheses, which CPython's includes: widen [*start, *end) over the
 * '(' and ')' that the segment leaves unbalanced. */
static void mark_balance_parentheses(const char *raw, int indent, int length, int *start, int *end) {
    int depth = 0, unmatched = 0;
    for (int i = *start; i < *end; i++) {
        if (raw[i] == '"' || raw[i] == '\'') {
            int after = mark_skip_string(raw, *end, i);
            if (after < 0) return;
            i = after - 1;
        } else if (raw[i] == '(') depth++;
        else if (raw[i] == ')' && --depth < 0) { unmatched++; depth = 0; }
    }
    for (; unmatched > 0; unmatched--) {
        int i = *start;
        while (i > indent && mark_is_space(raw[i - 1])) i--;
        if (i <= indent || raw[i - 1] != '(') return;
        *start = i - 1;
    }
    for (; depth > 0; depth--) {
        int i = *end;
        while (i < length && mark_is_space(raw[i])) i++;
        if (i >= length || raw[i] != ')') return;
        *end = i + 1;
    }
}

/* Where the compiler gives an `assert` or `del` statement's failing
 * instruction the whole statement, CPython gives the test or the target:
 * narrow [*start, *end) to it. A `del` of several targets is left alone
 * (which one failed is unknown), so its markers are elided. */
static void mark_narrow_statement(const char *raw, int *start, int *end) {
    int keyword = strncmp(raw + *start, "assert", 6) == 0 ? 6 : strncmp(raw + *start, "del", 3) == 0 ? 3 : 0;
    if (!keyword || !(mark_is_space(raw[*start + keyword]) || raw[*start + keyword] == '(')) return;
    int from = *start + keyword, to = *end, depth = 0;
    while (from < to && mark_is_space(raw[from])) from++;
    for (int i = from; i < to; i++) {
        if (raw[i] == '"' || raw[i] == '\'') {
            int after = mark_skip_string(raw, to, i);
            if (after < 0) return;
            i = after - 1;
        } else if (raw[i] == '(' || raw[i] == '[' || raw[i] == '{') depth++;
        else if (raw[i] == ')' || raw[i] == ']' || raw[i] == '}') depth--;
        else if (raw[i] == ',' && depth == 0) {
            if (keyword == 3) return;
            to = i;
            break;
        }
    }
    while (to > from && mark_is_space(raw[to - 1])) to--;
    /* the parser leaves a parenthesised test's parentheses out */
    while (to - from >= 2 && raw[from] == '(' && raw[to - 1] == ')') {
        depth = 0;
        int i = from;
        for (; i < to; i++) {
            if (raw[i] == '(') depth++;
            else if (raw[i] == ')' && --depth == 0) break;
        }
        if (i != to - 1) break;
        from++, to--;
        while (from < to && mark_is_space(raw[from])) from++;
        while (to > from && mark_is_space(raw[to - 1])) to--;
    }
    if (from < to) { *start = from; *end = to; }
}

/* Print the marker line for [tb] under [raw] (its full source line), or
 * nothing when the span is unknown or covers the whole stripped line. */
static void print_traceback_markers(FILE *out, const char *raw, Traceback *tb) {
    int line, end_line, column, end_column;
    if (!tb->code || !code_position_at(tb->code, tb->instruction, &line, &end_line, &column, &end_column)) return;
    if (line != tb->line || end_line < line || end_column < 0) return;
    int length = (int)strlen(raw), indent = 0;
    while (indent < length && mark_is_space(raw[indent])) indent++;
    int start = mark_bytes_of(raw, column), end;
    if (start < indent) return;
    if (end_line == line) {
        end = mark_bytes_of(raw, end_column);
    } else {   /* CPython marks to the end of the first line */
        end = length;
        while (end > 0 && (mark_is_space(raw[end - 1]) || raw[end - 1] == '\r')) end--;
    }
    if (end < start) return;
    if (end_line == line) {
        mark_narrow_statement(raw, &start, &end);
        mark_balance_parentheses(raw, indent, length, &start, &end);
    }
    int left = -1, right = -1;
    bool anchored = end_line == line && mark_anchors(raw + start, end - start, &left, &right);
    if (!anchored && mark_chars(raw, start, end) == mark_chars(raw, indent, length)) return;
    fputs("    ", out);
    for (int i = mark_columns(raw, indent, start); i > 0; i--) fputc(' ', out);
    for (int i = start, length; i < end; i += length) {
        int width = mark_width(mark_codepoint((const unsigned char *)raw + i, &length));
        bool secondary = anchored && i - start >= left && i - start < right;
        for (; width > 0; width--) fputc(anchored && !secondary ? '~' : '^', out);
    }
    fputc('\n', out);
}

/* ---- printing ------------------------------------------------------ */

static void print_traceback_entry(FILE *out, const char *filename, Traceback *tb, const char *function) {
    fprintf(out, "  File \"%s\", line %d, in %s\n", filename, tb->line, function);
    /* CPython 3.11 shows no source for pseudo-files ("<string>" of -c and
     * exec, "<stdin>" of the REPL), although their text is registered */
    if (filename[0] == '<') return;
    char buffer[4096], raw[4096];
    line_from_file(filename, tb->line, buffer, sizeof buffer);
    memcpy(raw, buffer, sizeof raw);
    char *text = strip_line(buffer);
    if (!*text) return;
    fprintf(out, "    %s\n", text);
    print_traceback_markers(out, raw, tb);
}

/* CPython collapses runs of more than three identical entries (deep
 * recursion) into "[Previous line repeated N more times]". */
enum { TRACEBACK_RECURSIVE_CUTOFF = 3 };

static void print_repeat_note(FILE *out, int repeats) {
    if (repeats <= TRACEBACK_RECURSIVE_CUTOFF) return;
    int more = repeats - TRACEBACK_RECURSIVE_CUTOFF;
    fprintf(out, "  [Previous line repeated %d more time%s]\n", more, more > 1 ? "s" : "");
}

static void print_traceback(FILE *out, Traceback *tb) {
    const char *last_file = NULL, *last_name = NULL;
    int last_line = -1, repeats = 0;
    for (; tb; tb = tb->next) {
        const char *filename = tb->code && tb->code->filename ? str_cstr(tb->code->filename) : "<unknown>";
        const char *name = tb->code && tb->code->name ? str_cstr(tb->code->name) : "?";
        bool same = last_file && strcmp(filename, last_file) == 0 && strcmp(name, last_name) == 0 &&
                    tb->line == last_line;
        if (!same) {
            print_repeat_note(out, repeats);
            repeats = 0;
            last_file = filename;
            last_name = name;
            last_line = tb->line;
        }
        repeats++;
        if (repeats <= TRACEBACK_RECURSIVE_CUTOFF) print_traceback_entry(out, filename, tb, name);
    }
    print_repeat_note(out, repeats);
}

/* The source line and caret line of a SyntaxError, as CPython 3.11's
 * print_error_text: leading blanks are stripped (moving the offset with
 * them), the caret goes under [offset] (1-based) and repeats up to
 * [end_offset]; no caret when the offset falls left of the text. Offsets
 * count code points. */
static void print_syntax_error_text(FILE *out, Str *text, int64_t offset, int64_t end_offset) {
    int64_t carets = end_offset > 0 && end_offset > offset ? end_offset - offset : 1;
    int64_t start = 0, length = text->length;
    offset--;
    while (start < length) {
        uint32_t cp = str_codepoint_at(text, start);
        if (cp != ' ' && cp != '\t' && cp != '\f') break;
        start++;
        offset--;
    }
    int64_t visible = length - start;
    if (visible > 0 && str_codepoint_at(text, length - 1) == '\n') visible--;
    if (offset > visible) offset = visible;
    /* an offset past an embedded newline shows the line it falls in */
    for (int64_t i = start; i < start + visible; i++) {
        if (str_codepoint_at(text, i) != '\n') continue;
        int64_t skip = i - start + 1;
        if (skip - 1 >= offset) break;
        start += skip;
        visible -= skip;
        offset -= skip;
        i = start - 1;
    }
    const char *bytes = str_cstr(text) + str_byte_offset(text, start);
    fprintf(out, "    %s", bytes);
    if (start + visible == length) fputc('\n', out);
    if (offset < 0) return;
    fputs("    ", out);
    for (int64_t i = 0; i < offset; i++) fputc(' ', out);
    for (int64_t i = 0; i < carets; i++) fputc('^', out);
    fputc('\n', out);
}

/* The "File ..., line N" block of a SyntaxError. False when the exception
 * has no usable line number: it is then printed like any other exception
 * (str(e), which adds the file name). */
static bool print_syntax_error_location(FILE *out, ExceptionObject *exc) {
    Value line = exc->fields[FIELD_LINENO];
    if (!is_small_int(line)) return false;
    Value file = exc->fields[FIELD_SYNTAX_FILENAME];
    Value offset_value = exc->fields[FIELD_OFFSET], end_line_value = exc->fields[FIELD_END_LINENO];
    Value end_value = exc->fields[FIELD_END_OFFSET], text = exc->fields[FIELD_TEXT];
    int64_t lineno = line.as.integer;
    int64_t offset = is_small_int(offset_value) ? offset_value.as.integer : -1;
    int64_t end_lineno = is_small_int(end_line_value) ? end_line_value.as.integer : lineno;
    int64_t end_offset = is_small_int(end_value) ? end_value.as.integer : -1;
    fprintf(out, "  File \"%s\", line %lld\n", is_str(file) ? str_cstr(as_str(file)) : "<string>",
            (long long)lineno);
    if (is_str(text)) {
        int64_t line_size = as_str(text)->length;
        /* a range over several lines is shown to the end of the first */
        if (end_lineno > lineno) end_offset = line_size;
        if (end_offset > line_size + 1) end_offset = line_size + 1;
        print_syntax_error_text(out, as_str(text), offset, end_offset);
    }
    return true;
}

/* ---- "Did you mean" suggestions ----------------------------------- */

/* CPython 3.11 ends the message of a NameError or AttributeError with
 * ". Did you mean: 'x'?" when a known name is within a small edit distance
 * of the missing one. The distance is Levenshtein's with a cost of 2 per
 * insertion, deletion or substitution, and 1 for a change of case only. */
enum { SUGGEST_MOVE_COST = 2, SUGGEST_CASE_COST = 1, SUGGEST_MAX_LENGTH = 40, SUGGEST_MAX_CANDIDATES = 750 };

static size_t suggest_substitution_cost(char first, char second) {
    if (first == second) return 0;
    if ((first & 31) != (second & 31)) return SUGGEST_MOVE_COST;
    char lower_first = first >= 'A' && first <= 'Z' ? (char)(first + 32) : first;
    char lower_second = second >= 'A' && second <= 'Z' ? (char)(second + 32) : second;
    return lower_first == lower_second ? SUGGEST_CASE_COST : SUGGEST_MOVE_COST;
}

/* Edit distance of two byte strings, or more than [limit] when it exceeds
 * it (the search stops early then). */
static size_t suggest_distance(const char *first, size_t first_length, const char *second, size_t second_length, size_t limit) {
    while (first_length && second_length && first[0] == second[0]) { first++; second++; first_length--; second_length--; }
    while (first_length && second_length && first[first_length - 1] == second[second_length - 1]) { first_length--; second_length--; }
    if (first_length == 0 || second_length == 0) return (first_length + second_length) * SUGGEST_MOVE_COST;
    if (first_length > SUGGEST_MAX_LENGTH || second_length > SUGGEST_MAX_LENGTH) return limit + 1;
    if (second_length < first_length) {
        const char *swap = first; first = second; second = swap;
        size_t swap_length = first_length; first_length = second_length; second_length = swap_length;
    }
    if ((second_length - first_length) * SUGGEST_MOVE_COST > limit) return limit + 1;
    /* one row of the classic matrix: row[i] = cost(b[:j], a[:i+1]) */
    size_t row[SUGGEST_MAX_LENGTH];
    for (size_t i = 0; i < first_length; i++) row[i] = (i + 1) * SUGGEST_MOVE_COST;
    size_t result = 0;
    for (size_t j = 0; j < second_length; j++) {
        size_t diagonal = j * SUGGEST_MOVE_COST;
        result = diagonal;
        size_t row_minimum = (size_t)-1;
        for (size_t i = 0; i < first_length; i++) {
            size_t substitute = diagonal + suggest_substitution_cost(second[j], first[i]);
            diagonal = row[i];
            size_t insert_delete = (result < diagonal ? result : diagonal) + SUGGEST_MOVE_COST;
            result = insert_delete < substitute ? insert_delete : substitute;
            row[i] = result;
            if (result < row_minimum) row_minimum = result;
        }
        if (row_minimum > limit) return limit + 1;
    }
    return result;
}

/* The closest of [count] candidate names to [name], or NULL. */
static Str *suggest_closest(Str *name, const Value *candidates, int64_t count) {
    if (count >= SUGGEST_MAX_CANDIDATES) return NULL;
    Str *best = NULL;
    size_t best_distance = (size_t)-1;
    for (int64_t i = 0; i < count; i++) {
        if (!is_str(candidates[i])) continue;
        Str *item = as_str(candidates[i]);
        if (str_equal(item, name)) continue;
        size_t limit = (size_t)(name->byte_length + item->byte_length + 3) * SUGGEST_MOVE_COST / 6;
        if (best && best_distance - 1 < limit) limit = best_distance - 1;
        size_t distance = suggest_distance(name->data, (size_t)name->byte_length, item->data,
                                           (size_t)item->byte_length, limit);
        if (distance > limit) continue;
        if (!best || distance < best_distance) {
            best = item;
            best_distance = distance;
        }
    }
    return best;
}

static Str *suggest_from_dict(Str *name, Dict *dict) {
    if (!dict) return NULL;
    List *keys = list_new(dict->count);
    if (!keys) { error_clear(); return NULL; }
    int64_t position = 0;
    Value key, value;
    while (dict_next(dict, &position, &key, &value)) list_append(keys, key);
    return suggest_closest(name, keys->items, keys->length);
}

/* The name a NameError is about: .name, else parsed from CPython's
 * message "name 'x' is not defined". */
static Str *suggest_missing_name(ExceptionObject *exc) {
    if (is_str(exc->fields[FIELD_NAME])) return as_str(exc->fields[FIELD_NAME]);
    if (!exc->args || exc->args->length != 1 || !is_str(exc->args->items[0])) return NULL;
    const char *text = str_cstr(as_str(exc->args->items[0]));
    const char *suffix = "' is not defined";
    size_t length = strlen(text), suffix_length = strlen(suffix);
    if (strncmp(text, "name '", 6) != 0 || length < 6 + suffix_length ||
        strcmp(text + length - suffix_length, suffix) != 0)
        return NULL;
    return str_new(text + 6, (int64_t)(length - 6 - suffix_length));
}

static Str *suggest_for_name_error(Value exception) {
    ExceptionObject *exc = as_exc(exception);
    if (value_type(exception) != &type_name_error) return NULL;
    Str *name = suggest_missing_name(exc);
    if (!name || !exc->traceback) return NULL;
    Traceback *innermost = exc->traceback;
    while (innermost->next) innermost = innermost->next;
    Str *found = NULL;
    Code *code = innermost->code;
    if (code && code->slot_names) found = suggest_closest(name, code->slot_names->items, code->slot_names->length);
    if (!found && is_dict(exc->fields[FIELD_NAME_GLOBALS]))
        found = suggest_from_dict(name, as_dict(exc->fields[FIELD_NAME_GLOBALS]));
    if (!found) found = suggest_from_dict(name, vm.builtins);
    return found;
}

/* AttributeError: candidates are dir(obj), when the raiser recorded obj. */
static Str *suggest_for_attribute_error(Value exception) {
    ExceptionObject *exc = as_exc(exception);
    Value name = exc->fields[FIELD_NAME], object = exc->fields[FIELD_OBJ];
    if (!is_str(name) || is_null(object)) return NULL;
    Value dir = dict_get_cstr(vm.builtins, "dir");
    if (is_null(dir)) { error_clear(); return NULL; }
    Value names = obj_call(dir, &object, 1, NULL);
    if (is_null(names) || !is_list(names)) { error_clear(); return NULL; }
    return suggest_closest(as_str(name), as_list(names)->items, as_list(names)->length);
}

static Str *suggest_for(Value exception) {
    if (exc_is(exception, &type_name_error)) return suggest_for_name_error(exception);
    if (exc_is(exception, &type_attribute_error)) return suggest_for_attribute_error(exception);
    return NULL;
}

/* "ValueError", "asyncio.exceptions.CancelledError", "Outer.Inner". */
static void print_type_name(FILE *out, Type *type) {
    const char *module = type->module_name;
    if (module && strcmp(module, "builtins") != 0 && strcmp(module, "__main__") != 0)
        fprintf(out, "%s.", module);
    fputs(type->qualname ? str_cstr(type->qualname) : type->name, out);
}

static void print_notes(FILE *out, Value exception) {
    ExceptionObject *exc = as_exc(exception);
    if (!exc->dict) return;
    Value notes = dict_get_cstr(exc->dict, "__notes__");
    if (is_null(notes)) { error_clear(); return; }
    if (!is_list(notes)) return;
    for (int64_t i = 0; i < as_list(notes)->length; i++) {
        Value note = obj_str(as_list(notes)->items[i]);
        if (is_null(note)) { error_clear(); fputs("<note str() failed>\n", out); continue; }
        fprintf(out, "%s\n", str_cstr(as_str(note)));
    }
}

static void print_one_exception(FILE *out, Value exception) {
    ExceptionObject *exc = as_exc(exception);
    if (exc->traceback) {
        fputs("Traceback (most recent call last):\n", out);
        print_traceback(out, exc->traceback);
    }
    bool syntax = exc_is(exception, &type_syntax_error) && print_syntax_error_location(out, exc);
    print_type_name(out, value_type(exception));
    Value message;
    if (syntax) message = obj_str(none_if_null(exc->fields[FIELD_SYNTAX_MSG]));
    else message = obj_str(exception);
    if (is_null(message)) {
        error_clear();
        fputs(": <exception str() failed>\n", out);
    } else if (as_str(message)->byte_length == 0) {
        fputc('\n', out);
    } else {
        gc_push_root(message);
        Str *suggestion = suggest_for(exception);
        gc_pop_roots(1);
        if (suggestion) fprintf(out, ": %s. Did you mean: '%s'?\n", str_cstr(as_str(message)), str_cstr(suggestion));
        else fprintf(out, ": %s\n", str_cstr(as_str(message)));
    }
    print_notes(out, exception);
}

enum { CHAIN_LIMIT = 64 };

static bool chain_seen(Object **seen, int count, Value value) {
    for (int i = 0; i < count; i++)
        if (seen[i] == value.as.object) return true;
    return false;
}

static void print_chain(FILE *out, Value exception, Object **seen, int *count) {
    if (*count < CHAIN_LIMIT) seen[(*count)++] = exception.as.object;
    ExceptionObject *exc = as_exc(exception);
    if (is_exception_instance(exc->cause)) {
        if (!chain_seen(seen, *count, exc->cause)) {
            print_chain(out, exc->cause, seen, count);
            fputs("\nThe above exception was the direct cause of the following exception:\n\n", out);
        }
    } else if (is_exception_instance(exc->context) && !exc->suppress_context) {
        if (!chain_seen(seen, *count, exc->context)) {
            print_chain(out, exc->context, seen, count);
            fputs("\nDuring handling of the above exception, another exception occurred:\n\n", out);
        }
    }
    print_one_exception(out, exception);
}

/* Contract: write [exception] with its chain to [out] as CPython prints
 * it. May call Python code (a user __str__); failures there are swallowed
 * and the pending exception, if any, is left as it was. */
void exc_print_to(FILE *out, Value exception) {
    Value pending = error_fetch();
    gc_push_root(exception);
    gc_push_root(pending);
    if (is_exception_instance(exception)) {
        Object *seen[CHAIN_LIMIT];
        int count = 0;
        print_chain(out, exception, seen, &count);
    } else {
        Value text = obj_repr(exception);
        if (is_null(text)) error_clear();
        else fprintf(out, "TypeError: exceptions must derive from BaseException (%s)\n",
                     str_cstr(as_str(text)));
    }
    gc_pop_roots(2);
    vm.exception = pending;
}

/* Contract: print [exception] with its chain to stderr (stdout is flushed
 * first so the two streams appear in order on a terminal). */
void exc_print(Value exception) {
    fflush(stdout);
    exc_print_to(stderr, exception);
    fflush(stderr);
}

/* Contract: the text exc_print would write, as a str (for
 * traceback.format_exc-style uses). NULL with MemoryError on failure. */
Str *exc_format(Value exception) {
    char *buffer = NULL;
    size_t size = 0;
    FILE *memory = open_memstream(&buffer, &size);
    if (!memory) { raise_memory_error(); return NULL; }
    exc_print_to(memory, exception);
    fclose(memory);
    Str *text = str_new_checked(buffer ? buffer : "", (int64_t)size);
    free(buffer);
    return text;
}

/* ---- the traceback module ------------------------------------------ */

/* A small C `traceback` module over the printer above: print_exc,
 * format_exc, print_exception, format_exception, format_exception_only.
 * The exception of print_exc/format_exc is the one being handled. */

static Value traceback_handled(void) {
    Object *handled = vm.handled_exception;
    return handled && is_exception_instance(value_object(handled)) ? value_object(handled) : value_null();
}

/* The exception argument of print_exception & co.: exc, or the old
 * (type, value, tb) form whose value is used. */
static bool traceback_exception_argument(const char *function, Value *args, int nargs, Value *out) {
    if (nargs < 1 || nargs > 3) {
        raise_error(&type_type_error, "%s() takes from 1 to 3 positional arguments but %d were given", function, nargs);
        return false;
    }
    *out = nargs >= 2 ? args[1] : args[0];
    return true;
}

/* Print [exception] (None prints "NoneType: None") to [file] or stderr. */
static Value traceback_print(Value exception, Value file) {
    Str *text = is_null(exception) || is_none(exception) ? str_from_cstr("NoneType: None\n") : exc_format(exception);
    if (!text) return value_null();
    if (is_null(file) || is_none(file)) {
        fflush(stdout);
        fputs(str_cstr(text), stderr);
        return value_none();
    }
    Value arg = value_object(text);
    return is_null(obj_call_method(file, "write", &arg, 1)) ? value_null() : value_none();
}

static Value traceback_print_exc(Value *args, int nargs, Tuple *kwnames) {
    return traceback_print(traceback_handled(), args_keyword(args, nargs, kwnames, "file"));
}

static Value traceback_format_exc(Value *args, int nargs, Tuple *kwnames) {
    Value handled = traceback_handled();
    if (is_null(handled)) return str_value(str_from_cstr("NoneType: None\n"));
    return str_value(exc_format(handled));
}

static Value traceback_print_exception(Value *args, int nargs, Tuple *kwnames) {
    Value exception;
    if (!traceback_exception_argument("print_exception", args, nargs, &exception)) return value_null();
    return traceback_print(exception, args_keyword(args, nargs, kwnames, "file"));
}

/* Split text into lines that keep their "\n", as a list; as in CPython,
 * a frame's "  File ..." line and its indented source line are one item. */
static Value traceback_lines(Str *text) {
    if (!text) return value_null();
    List *lines = list_new(8);
    if (!lines) return value_null();
    const char *start = str_cstr(text), *end = start + text->byte_length;
    while (start < end) {
        const char *newline = memchr(start, '\n', (size_t)(end - start));
        const char *stop = newline ? newline + 1 : end;
        bool frame = strncmp(start, "  File ", 7) == 0 && strstr(start, ", in ") < stop;
        if (frame && stop < end && strncmp(stop, "    ", 4) == 0) {
            newline = memchr(stop, '\n', (size_t)(end - stop));
            stop = newline ? newline + 1 : end;
        }
        Str *line = str_new(start, stop - start);
        if (!line || !list_append(lines, value_object(line))) return value_null();
        start = stop;
    }
    return value_object(lines);
}

static Value traceback_format_exception(Value *args, int nargs, Tuple *kwnames) {
    Value exception;
    if (!traceback_exception_argument("format_exception", args, nargs, &exception)) return value_null();
    if (is_none(exception)) return traceback_lines(str_from_cstr("NoneType: None\n"));
    return traceback_lines(exc_format(exception));
}

static Value traceback_format_exception_only(Value *args, int nargs, Tuple *kwnames) {
    Value exception;
    if (!traceback_exception_argument("format_exception_only", args, nargs, &exception)) return value_null();
    if (!is_exception_instance(exception)) return traceback_lines(str_from_cstr("NoneType: None\n"));
    /* the same text without the traceback and the chain */
    ExceptionObject *exc = as_exc(exception);
    Traceback *saved_tb = exc->traceback;
    Value saved_cause = exc->cause, saved_context = exc->context;
    exc->traceback = NULL;
    exc->cause = value_none();
    exc->context = value_none();
    Str *text = exc_format(exception);
    exc->traceback = saved_tb;
    exc->cause = saved_cause;
    exc->context = saved_context;
    return traceback_lines(text);
}

static const MethodDef traceback_functions[] = {
    {"print_exc", traceback_print_exc, METHOD_STATIC, "Print the exception being handled to stderr."},
    {"format_exc", traceback_format_exc, METHOD_STATIC, "Like print_exc() but return a string."},
    {"print_exception", traceback_print_exception, METHOD_STATIC, "Print an exception and its traceback."},
    {"format_exception", traceback_format_exception, METHOD_STATIC, "Format an exception as a list of lines."},
    {"format_exception_only", traceback_format_exception_only, METHOD_STATIC, "Format the last line of an exception."},
    {NULL, NULL, 0, NULL},
};

static Module *traceback_module_init(void) { return module_from_methods("traceback", traceback_functions); }

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
    module_register_native("traceback", traceback_module_init);
}
