/* exc.h — exceptions: the built-in hierarchy, raising, tracebacks.
 *
 * An exception is an ordinary object whose type derives from BaseException.
 * pyco never long-jumps: a C function that fails stores the exception in
 * vm.exception (vm.h) and returns VAL_NULL / false / -1; each caller passes
 * the failure on until the VM loop finds a handler (an `except` clause) or
 * the exception leaves the program and its traceback is printed.
 *
 * The hierarchy is CPython's:
 *
 *   BaseException
 *    +-- SystemExit, KeyboardInterrupt, GeneratorExit
 *    +-- Exception
 *         +-- StopIteration, StopAsyncIteration
 *         +-- ArithmeticError: ZeroDivisionError, OverflowError
 *         +-- AssertionError, AttributeError, EOFError, MemoryError, BufferError
 *         +-- ImportError: ModuleNotFoundError
 *         +-- LookupError: IndexError, KeyError
 *         +-- NameError: UnboundLocalError
 *         +-- OSError: FileNotFoundError, FileExistsError, PermissionError,
 *         |            IsADirectoryError, NotADirectoryError, TimeoutError,
 *         |            ConnectionError (BrokenPipeError, ConnectionResetError,
 *         |            ConnectionRefusedError, ConnectionAbortedError),
 *         |            BlockingIOError, InterruptedError
 *         +-- RuntimeError: RecursionError, NotImplementedError
 *         +-- SyntaxError: IndentationError: TabError
 *         +-- TypeError, ValueError: UnicodeError (UnicodeDecodeError, UnicodeEncodeError)
 *         +-- Warning: DeprecationWarning, RuntimeWarning, UserWarning
 */
#ifndef PYCO_EXC_H
#define PYCO_EXC_H

#include <stdio.h>

#include "object.h"

/* The instance layout of BaseException and every subclass (user exception
 * classes too: their instances are ExceptionObjects with a dict). */
typedef struct Traceback Traceback;
enum { EXC_FIELD_COUNT = 8 };
typedef struct ExceptionObject {
    Object base;
    Dict *dict;            /* instance attributes */
    Tuple *args;           /* e.args */
    Traceback *traceback;  /* e.__traceback__, outermost frame first */
    Value cause;           /* e.__cause__ (VAL_NONE if unset) */
    Value context;         /* e.__context__ (VAL_NONE if unset) */
    bool suppress_context; /* set by `raise ... from ...` */
    /* The per-type attributes CPython keeps in C fields rather than in
     * __dict__ (OSError.errno, SyntaxError.lineno, StopIteration.value ...):
     * VAL_NULL reads as None. Which index means what depends on the type
     * (see the EXC_FIELD_* names in exc.c). */
    Value fields[EXC_FIELD_COUNT];
} ExceptionObject;

/* One line of a traceback: where the exception passed through a frame. */
struct Traceback {
    Object base;
    Traceback *next;        /* the next frame inward (towards the raise) */
    struct Code *code;
    int line;
    int instruction;        /* index of the instruction that failed, -1 if unknown */
};

extern Type type_base_exception, type_exception, type_system_exit,
    type_keyboard_interrupt, type_generator_exit, type_stop_iteration,
    type_stop_async_iteration, type_arithmetic_error, type_zero_division_error,
    type_overflow_error, type_assertion_error, type_attribute_error, type_eof_error,
    type_memory_error, type_buffer_error, type_import_error,
    type_module_not_found_error, type_lookup_error, type_index_error, type_key_error,
    type_name_error, type_unbound_local_error, type_os_error,
    type_file_not_found_error, type_file_exists_error, type_permission_error,
    type_is_a_directory_error, type_not_a_directory_error, type_timeout_error,
    type_connection_error, type_broken_pipe_error, type_connection_reset_error,
    type_connection_refused_error, type_connection_aborted_error,
    type_blocking_io_error, type_interrupted_error, type_runtime_error,
    type_recursion_error, type_not_implemented_error, type_syntax_error,
    type_indentation_error, type_tab_error, type_type_error, type_value_error,
    type_unicode_error, type_unicode_decode_error, type_unicode_encode_error,
    type_warning, type_deprecation_warning, type_runtime_warning, type_user_warning,
    type_traceback;
/* Further built-in exception classes CPython has (pyco rarely raises them). */
extern Type type_system_error, type_reference_error, type_floating_point_error,
    type_child_process_error, type_process_lookup_error, type_unicode_translate_error,
    type_syntax_warning, type_future_warning, type_pending_deprecation_warning,
    type_import_warning, type_unicode_warning, type_bytes_warning,
    type_resource_warning, type_encoding_warning;

/* Every built-in exception class, parents before children, NULL-terminated
 * (builtins_init binds each under its name). */
extern Type *const exc_builtin_types[];

/* Create and register all exception types (and put them in builtins). */
void exc_init(void);

/* Make an exception instance: type(*args). */
Value exc_new(Type *type, Value *args, int nargs);

/* Raise type(message) where message is printf-formatted. Returns VAL_NULL so
 * callers can write `return raise_error(&type_type_error, "...", ...);`. */
Value raise_error(Type *type, const char *format, ...) __attribute__((format(printf, 2, 3)));
/* Raise an existing exception instance, or a class (instantiated with no
 * arguments). Non-exceptions raise TypeError "exceptions must derive from
 * BaseException". */
Value raise_value(Value exception);
/* Raise type(value) with one argument, e.g. KeyError(key), StopIteration(v). */
Value raise_with_value(Type *type, Value value);
/* Raise MemoryError (preallocated, never allocates). */
Value raise_memory_error(void);

/* Is an exception pending? Does it match [type] (isinstance)? */
bool error_pending(void);
bool error_matches(Type *type);
/* Take the pending exception out of vm.exception (VAL_NULL if none). */
Value error_fetch(void);
void error_clear(void);
/* Put an exception back as pending (after error_fetch). */
void error_restore(Value exception);

/* The type of an exception instance, its args tuple, str(e). */
Value exc_str(Value exception);

/* Add one traceback entry for [code] at [line] in front of the exception's
 * traceback (called by the VM as the exception leaves each frame). */
void exc_add_traceback(Value exception, struct Code *code, int line);
/* The same, remembering which instruction failed (its source span is in
 * code_position_at, for CPython 3.11's ~~~^^^ markers). */
void exc_add_traceback_at(Value exception, struct Code *code, int line, int instruction);

/* Print "Traceback (most recent call last):" ... "Type: message" for the
 * exception to stderr, with the chained __cause__/__context__ first, exactly
 * as CPython does. Source lines are read from the files named in the code
 * objects, or from text registered under that name. Like CPython 3.11,
 * frames of pseudo-files ("<string>" for -c and exec, "<stdin>") show no
 * source line. */
void exc_print(Value exception);
/* The same, written to any stdio stream / returned as a str. */
void exc_print_to(FILE *out, Value exception);
Str *exc_format(Value exception);

/* Remember source text under a file name, for tracebacks of code that has
 * no file on disk (pseudo-files "<...>" are registered too, though their
 * lines are not printed: CPython 3.11 prints none). */
void exc_register_source(const char *filename, const char *source);

/* StopIteration.value of an exception (None if no args). */
Value exc_stop_iteration_value(Value exception);

/* Raise OSError (or the subclass CPython picks for [error_number], e.g.
 * FileNotFoundError for ENOENT) with strerror(error_number) and, when
 * [filename] is not VAL_NULL, that filename:
 * "[Errno 2] No such file or directory: 'x.txt'". Returns VAL_NULL. */
Value raise_os_error(int error_number, Value filename);

/* Record AttributeError.obj and .name on the pending AttributeError (no-op
 * for anything else), so the traceback can add CPython's
 * ". Did you mean: 'value'?". Call right after raising it. */
void error_set_attribute_context(Value object, Str *name);

/* Whether a value is an exception instance / an exception class. */
bool is_exception_instance(Value v);
bool is_exception_class(Value v);

#endif
