/* builtins.c — the `builtins` module: print, len, sorted, isinstance ...
 *
 * Every name a program can use without importing lives in one module dict,
 * vm.builtins: a LOAD_GLOBAL that misses the module's globals looks here.
 * It holds three kinds of things:
 *   - the built-in functions below, each a NativeFn (object.h) wrapped by
 *     module_from_methods into a native function object;
 *   - the built-in classes (int, str, list, enumerate, map, every exception
 *     class ...), which are Type objects: calling one constructs an instance;
 *   - a few constants (NotImplemented, Ellipsis, __name__).
 *
 * The functions follow CPython 3.11's argument rules and error messages
 * exactly, since pyco's output is compared with python3's. Most of the work
 * is delegated to the generic protocol (obj_iter, obj_compare, obj_str ...)
 * so that user classes with dunder methods behave like built-in types.
 *
 * GC: functions that loop calling back into Python (sum, min, max, any ...)
 * keep their iterator and running result on the temporary-root stack while
 * they do (gc.h), since a fresh iterator is referenced only from C.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "builtins.h"
#include "asyncgen.h"
#include "class.h"
#include "compile.h"
#include "dict.h"
#include "exc.h"
#include "float.h"
#include "frame.h"
#include "func.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "module.h"
#include "str.h"
#include "tuple.h"
#include "vm.h"

/* ---- argument helpers ---------------------------------------------- */

/* Match keyword arguments against [names] (NULL-terminated), storing each
 * into out[i] (left untouched when absent). Unknown keywords raise CPython's
 * "'x' is an invalid keyword argument for f()". */
static bool builtins_keywords(const char *function, Value *args, int nargs, Tuple *kwnames,
                              const char *const *names, Value *out) {
    for (int64_t i = 0; kwnames && i < kwnames->length; i++) {
        Str *key = as_str(kwnames->items[i]);
        int found = -1;
        for (int j = 0; names[j]; j++)
            if (str_equal_cstr(key, names[j])) found = j;
        if (found < 0) {
            raise_error(&type_type_error, "'%s' is an invalid keyword argument for %s()", str_cstr(key), function);
            return false;
        }
        out[found] = args[nargs + i];
    }
    return true;
}

/* An integer argument: int or bool, or an object with __index__. */
static bool builtins_index(Value value, Value *out) {
    if (is_bool(value)) { *out = value_int(value.as.boolean); return true; }
    if (is_int_like(value)) { *out = value; return true; }
    if (!is_null(type_lookup_cstr(value_type(value), "__index__"))) {
        Value result = obj_call_method(value, "__index__", NULL, 0);
        if (is_null(result)) return false;
        if (!is_int_like(result)) {
            raise_error(&type_type_error, "__index__ returned non-int (type %s)", value_type_name(result));
            return false;
        }
        *out = result;
        return true;
    }
    raise_error(&type_type_error, "'%s' object cannot be interpreted as an integer", value_type_name(value));
    return false;
}

static bool is_type_object(Value value) { return is_object(value) && value_is_instance(value, &type_type); }

/* ---- print and input ----------------------------------------------- */

/* sys.stdout as the program sees it now (it may have been replaced). */
static Value builtins_sys_stdout(void) {
    static Str *sys_name, *stdout_name;
    if (!sys_name) {
        sys_name = str_intern("sys");
        stdout_name = str_intern("stdout");
    }
    Value sys = vm.modules ? dict_get_str(vm.modules, sys_name) : value_null();
    if (is_module(sys)) {
        Value out = dict_get_str(((Module *)sys.as.object)->dict, stdout_name);
        if (!is_null(out)) return out;
    }
    error_clear();
    return file_stdout();
}

static bool print_check_text(const char *what, Value value) {
    if (is_null(value) || is_none(value) || is_str(value)) return true;
    raise_error(&type_type_error, "%s must be None or a string, not %s", what, value_type_name(value));
    return false;
}

/* Write one piece of print's output: straight to the stream when the file
 * is native, else through file.write. */
static bool print_piece(FILE *stream, Value file, Str *text) {
    if (stream) {
        fwrite(text->data, 1, (size_t)text->byte_length, stream);
        return true;
    }
    return file_write_str(file, text);
}

/* Contract: print(*args, sep=' ', end='\n', file=None, flush=False). */
Value builtin_print(Value *args, int nargs, Tuple *kwnames) {
    static const char *const names[] = {"sep", "end", "file", "flush", NULL};
    Value options[4] = {value_null(), value_null(), value_null(), value_null()};
    if (!builtins_keywords("print", args, nargs, kwnames, names, options)) return value_null();
    Value sep = options[0], end = options[1], file = options[2], flush = options[3];
    if (!print_check_text("sep", sep) || !print_check_text("end", end)) return value_null();
    if (is_null(file) || is_none(file)) {
        file = builtins_sys_stdout();
        if (is_none(file)) return value_none();
    }
    FILE *stream = file_native_stream(file);
    static Str *space, *newline;
    if (!space) {
        space = str_intern(" ");
        newline = str_intern("\n");
    }
    Str *sep_str = is_str(sep) ? as_str(sep) : space;
    Str *end_str = is_str(end) ? as_str(end) : newline;
    for (int i = 0; i < nargs; i++) {
        if (i > 0 && !print_piece(stream, file, sep_str)) return value_null();
        Value text = is_str(args[i]) ? args[i] : obj_str(args[i]);
        if (is_null(text)) return text;
        if (!print_piece(stream, file, as_str(text))) return value_null();
    }
    if (!print_piece(stream, file, end_str)) return value_null();
    if (!is_null(flush)) {
        int truth = obj_truthy(flush);
        if (truth < 0) return value_null();
        if (truth) {
            if (stream) fflush(stream);
            else if (is_null(obj_call_method(file, "flush", NULL, 0))) return value_null();
        }
    }
    return value_none();
}

static Value builtin_input(Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords("input", kwnames) || !args_check_count("input", nargs, 0, 1)) return value_null();
    if (nargs == 1) {
        Value prompt = obj_str(args[0]);
        if (is_null(prompt)) return prompt;
        Value out = builtins_sys_stdout();
        if (!is_none(out) && !file_write_str(out, as_str(prompt))) return value_null();
    }
    fflush(stdout);
    char *line = NULL;
    size_t capacity = 0;
    ssize_t length = getline(&line, &capacity, stdin);
    if (length < 0) {
        free(line);
        /* Ctrl-C interrupts the read (the handler has no SA_RESTART) */
        clearerr(stdin);
        if (!vm_check_interrupt()) return value_null();
        return raise_error(&type_eof_error, "EOF when reading a line");
    }
    if (length > 0 && line[length - 1] == '\n') length--;
    Str *text = str_new_checked(line, length);
    free(line);
    return str_value(text);
}

/* ---- sizes, conversions and text ----------------------------------- */

static Value builtin_len(Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords("len", kwnames) || !args_check_count("len", nargs, 1, 1)) return value_null();
    int64_t length = obj_length(args[0]);
    return length < 0 ? value_null() : value_int(length);
}

static Value builtin_repr(Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords("repr", kwnames) || !args_check_count("repr", nargs, 1, 1)) return value_null();
    return obj_repr(args[0]);
}

/* repr() with every non-ASCII character escaped (\xe9, \u4e2d, \U0001f600). */
static Value builtin_ascii(Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords("ascii", kwnames) || !args_check_count("ascii", nargs, 1, 1)) return value_null();
    Value text = obj_repr(args[0]);
    if (is_null(text) || as_str(text)->is_ascii) return text;
    Str *repr_text = as_str(text);
    StrBuilder sb;
    sb_init(&sb);
    for (int64_t i = 0; i < repr_text->length; i++) {
        uint32_t cp = str_codepoint_at(repr_text, i);
        if (cp < 0x80) sb_append_char(&sb, (char)cp);
        else if (cp < 0x100) sb_appendf(&sb, "\\x%02x", cp);
        else if (cp < 0x10000) sb_appendf(&sb, "\\u%04x", cp);
        else sb_appendf(&sb, "\\U%08x", cp);
    }
    return str_value(sb_finish(&sb));
}

static Value builtin_format(Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords("format", kwnames) || !args_check_count("format", nargs, 1, 2)) return value_null();
    Value spec = nargs > 1 ? args[1] : str_value(str_intern(""));
    if (!is_str(spec)) {
        return raise_error(&type_type_error, "format() argument 2 must be str, not %s", value_type_name(spec));
    }
    return obj_format(args[0], spec);
}

static Value builtin_chr(Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords("chr", kwnames) || !args_check_count("chr", nargs, 1, 1)) return value_null();
    Value code;
    if (!builtins_index(args[0], &code)) return value_null();
    if (!is_small_int(code)) return raise_error(&type_overflow_error, "Python int too large to convert to C int");
    if (code.as.integer < 0 || code.as.integer >= 0x110000)
        return raise_error(&type_value_error, "chr() arg not in range(0x110000)");
    return str_value(str_from_codepoint((uint32_t)code.as.integer));
}

static Value builtin_ord(Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords("ord", kwnames) || !args_check_count("ord", nargs, 1, 1)) return value_null();
    Value value = args[0];
    if (is_str(value)) {
        if (as_str(value)->length == 1) return value_int(str_codepoint_at(as_str(value), 0));
        return raise_error(&type_type_error, "ord() expected a character, but string of length %lld found",
                           (long long)as_str(value)->length);
    }
    if (is_object_of(value, &type_bytes)) {
        Value length_value = value_int(obj_length(value));
        if (length_value.as.integer == 1) return obj_getitem(value, value_int(0));
        return raise_error(&type_type_error, "ord() expected a character, but string of length %lld found",
                           (long long)length_value.as.integer);
    }
    return raise_error(&type_type_error, "ord() expected string of length 1, but %s found", value_type_name(value));
}

/* hex/oct/bin: int_to_base_string plus the prefix, after any minus sign. */
static Value builtins_base_string(const char *function, Value *args, int nargs, Tuple *kwnames,
                                  int base, const char *prefix) {
    if (!args_no_keywords(function, kwnames) || !args_check_count(function, nargs, 1, 1)) return value_null();
    Value number;
    if (!builtins_index(args[0], &number)) return value_null();
    Value digits = int_to_base_string(number, base);
    if (is_null(digits)) return digits;
    /* int.c's version already adds the prefix; accept bare digits too */
    const char *text = str_cstr(as_str(digits));
    const char *unsigned_part = text[0] == '-' ? text + 1 : text;
    if (strncmp(unsigned_part, prefix, 2) == 0) return digits;
    if (text[0] == '-') return str_value(str_from_format("-%s%s", prefix, text + 1));
    return str_value(str_from_format("%s%s", prefix, text));
}

static Value builtin_hex(Value *args, int nargs, Tuple *kwnames) {
    return builtins_base_string("hex", args, nargs, kwnames, 16, "0x");
}
static Value builtin_oct(Value *args, int nargs, Tuple *kwnames) {
    return builtins_base_string("oct", args, nargs, kwnames, 8, "0o");
}
static Value builtin_bin(Value *args, int nargs, Tuple *kwnames) {
    return builtins_base_string("bin", args, nargs, kwnames, 2, "0b");
}

/* ---- identity and hashing ------------------------------------------ */

static Value builtin_id(Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords("id", kwnames) || !args_check_count("id", nargs, 1, 1)) return value_null();
    Value value = args[0];
    if (is_object(value)) return value_int((int64_t)(uintptr_t)value.as.object);
    /* values kept inside the Value have no address: derive a stable number
     * from the tag and payload, so equal values share an id */
    uint64_t payload = (uint64_t)value.as.integer;
    if (is_bool(value)) payload = value.as.boolean;
    if (is_none(value)) payload = 0;
    return value_int((int64_t)((((uint64_t)value.tag << 56) ^ payload) & INT64_MAX));
}

static Value builtin_hash(Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords("hash", kwnames) || !args_check_count("hash", nargs, 1, 1)) return value_null();
    int64_t hash;
    if (!obj_hash(args[0], &hash)) return value_null();
    return value_int(hash);
}

static Value builtin_callable(Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords("callable", kwnames) || !args_check_count("callable", nargs, 1, 1)) return value_null();
    return value_bool(obj_is_callable(args[0]));
}

/* ---- numbers ------------------------------------------------------- */

static Value builtin_abs(Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords("abs", kwnames) || !args_check_count("abs", nargs, 1, 1)) return value_null();
    return obj_unary(UNARY_ABSOLUTE, args[0]);
}

/* round(int, negative ndigits): round half to even at 10**-ndigits. */
static Value builtins_round_int(Value number, int64_t ndigits) {
    if (ndigits >= 0) return number;
    Value ten = value_int(10);
    Value scale = obj_binary(BINARY_POWER, ten, value_int(-ndigits));
    if (is_null(scale)) return scale;
    Value pair = int_divmod(number, scale);
    if (is_null(pair)) return pair;
    Value quotient = as_tuple(pair)->items[0], remainder = as_tuple(pair)->items[1];
    Value twice = obj_binary(BINARY_MULTIPLY, remainder, value_int(2));
    if (is_null(twice)) return twice;
    Value order = obj_compare(twice, scale, COMPARE_GT);
    Value equal = obj_compare(twice, scale, COMPARE_EQ);
    if (is_null(order) || is_null(equal)) return value_null();
    Value odd = obj_binary(BINARY_AND, quotient, value_int(1));
    if (is_null(odd)) return odd;
    bool up = obj_truthy(order) == 1 || (obj_truthy(equal) == 1 && obj_truthy(odd) == 1);
    if (up) quotient = obj_binary(BINARY_ADD, quotient, value_int(1));
    if (is_null(quotient)) return quotient;
    return obj_binary(BINARY_MULTIPLY, quotient, scale);
}

static Value builtin_round(Value *args, int nargs, Tuple *kwnames) {
    static const char *const names[] = {"number", "ndigits", NULL};
    Value params[2] = {value_null(), value_null()};
    if (nargs > 2) return raise_error(&type_type_error, "round() takes at most 2 arguments (%d given)", nargs);
    for (int i = 0; i < nargs; i++) params[i] = args[i];
    if (!builtins_keywords("round", args, nargs, kwnames, names, params)) return value_null();
    if (is_null(params[0])) return raise_error(&type_type_error, "round() missing required argument 'number' (pos 1)");
    Value number = params[0], ndigits = params[1];
    if (is_none(ndigits)) ndigits = value_null();
    if (!is_null(ndigits) && !builtins_index(ndigits, &ndigits)) return value_null();
    if (is_float(number)) return float_round(number.as.number, ndigits);
    if (is_int_like(number) && type_lookup_cstr(value_type(number), "__round__").tag == VAL_NULL) {
        if (is_bool(number)) number = value_int(number.as.boolean);
        if (is_null(ndigits)) return number;
        int64_t digits;
        if (!int_as_int64(ndigits, &digits)) return value_null();
        return builtins_round_int(number, digits);
    }
    if (is_null(type_lookup_cstr(value_type(number), "__round__")))
        return raise_error(&type_type_error, "type %s doesn't define __round__ method", value_type_name(number));
    return obj_call_method(number, "__round__", &ndigits, is_null(ndigits) ? 0 : 1);
}

/* left.__divmod__(right), then right.__rdivmod__(left); NotImplemented if
 * neither applies. */
static Value builtins_divmod_dunder(Value left, Value right) {
    if (!is_null(type_lookup_cstr(value_type(left), "__divmod__"))) {
        Value result = obj_call_method(left, "__divmod__", &right, 1);
        if (is_null(result) || !is_not_implemented(result)) return result;
    }
    if (value_type(left) != value_type(right) && !is_null(type_lookup_cstr(value_type(right), "__rdivmod__"))) {
        Value result = obj_call_method(right, "__rdivmod__", &left, 1);
        if (is_null(result) || !is_not_implemented(result)) return result;
    }
    return value_not_implemented();
}

static Value builtin_divmod(Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords("divmod", kwnames) || !args_check_count("divmod", nargs, 2, 2)) return value_null();
    Value left = args[0], right = args[1];
    if (is_int_like(left) && is_int_like(right)) return int_divmod(left, right);
    if ((is_float(left) || is_int_like(left)) && (is_float(right) || is_int_like(right))) return float_divmod(left, right);
    Value result = builtins_divmod_dunder(left, right);
    if (!is_null(result) && is_not_implemented(result)) {
        return raise_error(&type_type_error, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                           value_type_name(left), value_type_name(right));
    }
    return result;
}

static Value builtin_pow(Value *args, int nargs, Tuple *kwnames) {
    static const char *const names[] = {"base", "exp", "mod", NULL};
    Value params[3] = {value_null(), value_null(), value_null()};
    if (nargs > 3) return raise_error(&type_type_error, "pow() takes at most 3 arguments (%d given)", nargs);
    for (int i = 0; i < nargs; i++) params[i] = args[i];
    if (!builtins_keywords("pow", args, nargs, kwnames, names, params)) return value_null();
    if (is_null(params[0])) return raise_error(&type_type_error, "pow() missing required argument 'base' (pos 1)");
    if (is_null(params[1])) return raise_error(&type_type_error, "pow() missing required argument 'exp' (pos 2)");
    if (is_null(params[2]) || is_none(params[2])) return obj_binary(BINARY_POWER, params[0], params[1]);
    if (is_int_like(params[0]) && is_int_like(params[1]) && is_int_like(params[2]))
        return int_pow_mod(params[0], params[1], params[2]);
    return raise_error(&type_type_error, "pow() 3rd argument not allowed unless all arguments are integers");
}

/* sum(iterable, /, start=0): small ints and floats are added in C without
 * allocating; anything else goes through obj_binary. */
/* Once an int total outgrows 64 bits, keep adding into one libtommath
 * number instead of making a new int object for every item (b2: the sum of
 * ten million squares). Starts from [total] + [item]; consumes ints from
 * [iterator] until a non-int arrives, which is returned in *pending
 * (VAL_NULL when the iterator ended or failed). */
static Value sum_big_ints(Value total, Value item, Value iterator, Value *pending) {
    mp_int sum, term;
    *pending = value_null();
    if (!int_to_mp(total, &sum)) return value_null();
    if (mp_init(&term) != MP_OKAY) {
        mp_clear(&sum);
        return raise_memory_error();
    }
    for (;;) {
        mp_err status;
        if (is_small_int(item) || is_bool(item)) {
            int64_t small = is_bool(item) ? item.as.boolean : item.as.integer;
            uint64_t magnitude = small < 0 ? 0 - (uint64_t)small : (uint64_t)small;
            if (magnitude < ((uint64_t)1 << MP_DIGIT_BIT)) {
                /* one digit: add or subtract it in place, no temporary */
                status = small >= 0 ? mp_add_d(&sum, (mp_digit)magnitude, &sum) : mp_sub_d(&sum, (mp_digit)magnitude, &sum);
            } else {
                mp_set_i64(&term, small);
                status = mp_add(&sum, &term, &sum);
            }
        } else {
            mp_int big;
            if (!int_to_mp(item, &big)) break;
            status = mp_add(&sum, &big, &sum);
            mp_clear(&big);
        }
        if (status != MP_OKAY) {
            raise_memory_error();
            break;
        }
        item = obj_next(iterator);
        if (is_null(item)) break;
        if (!is_int_like(item)) {
            *pending = item;
            break;
        }
    }
    Value result = error_pending() ? value_null() : int_from_mp(&sum);
    mp_clear_multi(&sum, &term, NULL);
    return result;
}

static Value builtin_sum(Value *args, int nargs, Tuple *kwnames) {
    static const char *const names[] = {"start", NULL};
    Value start = nargs > 1 ? args[1] : value_null();
    if (nargs < 1) return raise_error(&type_type_error, "sum() takes at least 1 positional argument (0 given)");
    if (nargs > 2) return raise_error(&type_type_error, "sum() takes at most 2 arguments (%d given)", nargs);
    if (!builtins_keywords("sum", args, nargs, kwnames, names, &start)) return value_null();
    if (is_null(start)) start = value_int(0);
    if (is_str(start)) return raise_error(&type_type_error, "sum() can't sum strings [use ''.join(seq) instead]");
    if (is_object_of(start, &type_bytes))
        return raise_error(&type_type_error, "sum() can't sum bytes [use b''.join(seq) instead]");
    Value iterator = obj_iter(args[0]);
    if (is_null(iterator)) return iterator;
    gc_push_root(iterator);
    gc_push_root(start);
    Value total = start, item;
    while (!is_null(item = obj_next(iterator))) {
        int64_t small;
        if (is_small_int(total) && is_small_int(item) &&
            !__builtin_add_overflow(total.as.integer, item.as.integer, &small)) {
            total = value_int(small);
            continue;
        }
        if (is_float(total) && (is_float(item) || is_small_int(item))) {
            total = value_float(total.as.number + (is_float(item) ? item.as.number : (double)item.as.integer));
            continue;
        }
        if (is_int_like(total) && is_int_like(item) && (value_type(total) == &type_int || is_bool(total))) {
            Value pending;
            total = sum_big_ints(total, item, iterator, &pending);
            if (is_null(total) || is_null(pending)) break;
            gc_pop_roots(1);
            gc_push_root(total);
            item = pending;
        }
        total = obj_binary(BINARY_ADD, total, item);
        if (is_null(total)) break;
        gc_pop_roots(1);
        gc_push_root(total);
    }
    gc_pop_roots(2);
    if (error_pending()) return value_null();
    return total;
}

/* ---- min and max --------------------------------------------------- */

/* min/max over an iterable or over several arguments, with key= and
 * default= (iterable form only). [op] is COMPARE_LT for min, GT for max. */
static Value builtins_min_max(const char *name, CompareOp op, Value *args, int nargs, Tuple *kwnames) {
    static const char *const names[] = {"key", "default", NULL};
    Value options[2] = {value_null(), value_null()};
    if (!builtins_keywords(name, args, nargs, kwnames, names, options)) return value_null();
    Value key = options[0], fallback = options[1];
    if (is_none(key)) key = value_null();
    if (nargs == 0) return raise_error(&type_type_error, "%s expected at least 1 argument, got 0", name);
    if (nargs > 1 && !is_null(fallback)) {
        return raise_error(&type_type_error,
                           "Cannot specify a default for %s() with multiple positional arguments", name);
    }
    Value iterator = obj_iter(nargs == 1 ? args[0] : value_object(tuple_from_values(args, nargs)));
    if (is_null(iterator)) return iterator;
    gc_push_root(iterator);
    Value best = value_null(), best_key = value_null(), item;
    int roots = 1;
    while (!is_null(item = obj_next(iterator))) {
        gc_push_root(item);
        Value item_key = is_null(key) ? item : obj_call(key, &item, 1, NULL);
        if (is_null(item_key)) { gc_pop_roots(1); break; }
        gc_push_root(item_key);
        bool better = is_null(best);
        if (!better) {
            Value verdict = obj_compare(item_key, best_key, op);
            int truth = is_null(verdict) ? -1 : obj_truthy(verdict);
            if (truth < 0) { gc_pop_roots(2); break; }
            better = truth;
        }
        if (better) {
            gc_pop_roots(2 + roots - 1);
            best = item;
            best_key = item_key;
            gc_push_root(best);
            gc_push_root(best_key);
            roots = 3;
        } else {
            gc_pop_roots(2);
        }
    }
    gc_pop_roots(roots);
    if (error_pending()) return value_null();
    if (is_null(best)) {
        if (!is_null(fallback)) return fallback;
        return raise_error(&type_value_error, "%s() arg is an empty sequence", name);
    }
    return best;
}

static Value builtin_min(Value *args, int nargs, Tuple *kwnames) {
    return builtins_min_max("min", COMPARE_LT, args, nargs, kwnames);
}
static Value builtin_max(Value *args, int nargs, Tuple *kwnames) {
    return builtins_min_max("max", COMPARE_GT, args, nargs, kwnames);
}

/* ---- iteration ----------------------------------------------------- */

/* all()/any(): stop at the first item whose truth equals [stop_on]. */
static Value builtins_all_any(const char *name, bool stop_on, Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords(name, kwnames) || !args_check_count(name, nargs, 1, 1)) return value_null();
    Value iterator = obj_iter(args[0]);
    if (is_null(iterator)) return iterator;
    gc_push_root(iterator);
    Value item;
    bool stopped = false;
    while (!is_null(item = obj_next(iterator))) {
        int truth = obj_truthy(item);
        if (truth < 0) break;
        if ((bool)truth == stop_on) { stopped = true; break; }
    }
    gc_pop_roots(1);
    if (!stopped && error_pending()) return value_null();
    return value_bool(stopped ? stop_on : !stop_on);
}

static Value builtin_all(Value *args, int nargs, Tuple *kwnames) {
    return builtins_all_any("all", false, args, nargs, kwnames);
}
static Value builtin_any(Value *args, int nargs, Tuple *kwnames) {
    return builtins_all_any("any", true, args, nargs, kwnames);
}

static Value builtin_sorted(Value *args, int nargs, Tuple *kwnames) {
    static const char *const names[] = {"key", "reverse", NULL};
    Value options[2] = {value_null(), value_null()};
    if (nargs != 1) return raise_error(&type_type_error, "sorted expected 1 argument, got %d", nargs);
    if (!builtins_keywords("sort", args, nargs, kwnames, names, options)) return value_null();
    bool reverse = false;
    if (!is_null(options[1])) {
        int truth = obj_truthy(options[1]);
        if (truth < 0) return value_null();
        reverse = truth;
    }
    List *list = list_from_iterable(args[0]);
    if (!list) return value_null();
    gc_push_root(value_object(list));
    bool ok = list_sort(list, options[0], reverse);
    gc_pop_roots(1);
    return ok ? value_object(list) : value_null();
}

static Value builtin_iter(Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords("iter", kwnames) || !args_check_count("iter", nargs, 1, 2)) return value_null();
    if (nargs == 1) return obj_iter(args[0]);
    if (!obj_is_callable(args[0])) return raise_error(&type_type_error, "iter(v, w): v must be callable");
    return iterators_callable_new(args[0], args[1]);
}

static Value builtin_next(Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords("next", kwnames) || !args_check_count("next", nargs, 1, 2)) return value_null();
    Type *type = value_type(args[0]);
    if (!type->next) return raise_error(&type_type_error, "'%s' object is not an iterator", type->name);
    Value item = obj_next(args[0]);
    if (!is_null(item)) return item;
    if (nargs == 2) {
        /* the default also replaces a StopIteration carrying a value */
        if (error_pending() && !error_matches(&type_stop_iteration)) return item;
        error_clear();
        return args[1];
    }
    if (error_pending()) return item;
    return raise_value(value_object(&type_stop_iteration));
}

static Value builtin_aiter(Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords("aiter", kwnames) || !args_check_count("aiter", nargs, 1, 1)) return value_null();
    if (is_null(type_lookup_cstr(value_type(args[0]), "__aiter__")))
        return raise_error(&type_type_error, "'%s' object is not an async iterable", value_type_name(args[0]));
    Value iterator = obj_call_method(args[0], "__aiter__", NULL, 0);
    if (!is_null(iterator) && is_null(type_lookup_cstr(value_type(iterator), "__anext__")))
        return raise_error(&type_type_error, "aiter() returned not an async iterator of type '%s'", value_type_name(iterator));
    return iterator;
}

static Value builtin_anext(Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords("anext", kwnames) || !args_check_count("anext", nargs, 1, 2)) return value_null();
    if (is_null(type_lookup_cstr(value_type(args[0]), "__anext__")))
        return raise_error(&type_type_error, "'%s' object is not an async iterator", value_type_name(args[0]));
    Value awaitable = obj_call_method(args[0], "__anext__", NULL, 0);
    if (nargs == 1 || is_null(awaitable)) return awaitable;
    gc_push_root(awaitable);
    Value wrapped = asyncgen_anext_awaitable_new(awaitable, args[1]); /* StopAsyncIteration → args[1] */
    gc_pop_roots(1);
    return wrapped;
}

/* ---- types and attributes ------------------------------------------ */

/* The hook a metaclass defines (__instancecheck__ / __subclasscheck__), as
 * CPython consults it: only when type(cls) is not exactly `type`, since
 * type's own hooks are the default check. 1, 0, -1 on error, or 2 when
 * there is no hook. */
static int builtins_class_hook(Value subject, Value classes, bool instance) {
    Type *meta = value_type(classes);
    if (meta == &type_type) return 2;
    Value hook = type_lookup_cstr(meta, instance ? "__instancecheck__" : "__subclasscheck__");
    if (is_null(hook)) return 2;
    Type *hook_type = value_type(hook);
    if (hook_type->descr_get) {
        hook = hook_type->descr_get(hook, classes, meta);
        if (is_null(hook)) return -1;
    }
    gc_push_root(hook);
    Value result = obj_call(hook, &subject, 1, NULL);
    gc_pop_roots(1);
    return is_null(result) ? -1 : obj_truthy(result);
}

/* isinstance/issubclass against a class, a (nested) tuple of classes or a
 * union (int | str, whose __args__ are the classes). 1, 0, -1 on error. */
static int builtins_class_check(Value subject, Value classes, bool instance, int depth) {
    if (depth > 100) {
        raise_error(&type_recursion_error, "maximum recursion depth exceeded in __%scheck__",
                    instance ? "instance" : "subclass");
        return -1;
    }
    /* CPython's shortcut: an exact type match never asks the hook */
    if (instance && is_type_object(classes) && value_type(subject) == (Type *)classes.as.object) return 1;
    if (!is_tuple(classes)) {
        int hooked = builtins_class_hook(subject, classes, instance);
        if (hooked != 2) return hooked;
    }
    if (is_type_object(classes)) {
        Type *cls = (Type *)classes.as.object;
        if (instance) return value_is_instance(subject, cls);
        if (!is_type_object(subject)) {
            raise_error(&type_type_error, "issubclass() arg 1 must be a class");
            return -1;
        }
        return type_is_subtype((Type *)subject.as.object, cls);
    }
    Value members = value_null();
    if (is_tuple(classes)) {
        members = classes;
    } else if (strcmp(value_type_name(classes), "UnionType") == 0) {
        members = obj_getattr_cstr(classes, "__args__");
        if (is_null(members)) return -1;
    }
    if (!is_tuple(members)) {
        if (!instance && !is_type_object(subject))
            raise_error(&type_type_error, "issubclass() arg 1 must be a class");
        else if (instance)
            raise_error(&type_type_error, "isinstance() arg 2 must be a type, a tuple of types, or a union");
        else
            raise_error(&type_type_error, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return -1;
    }
    for (int64_t i = 0; i < as_tuple(members)->length; i++) {
        int found = builtins_class_check(subject, as_tuple(members)->items[i], instance, depth + 1);
        if (found != 0) return found;
    }
    return 0;
}

static Value builtin_isinstance(Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords("isinstance", kwnames) || !args_check_count("isinstance", nargs, 2, 2)) return value_null();
    int found = builtins_class_check(args[0], args[1], true, 0);
    return found < 0 ? value_null() : value_bool(found);
}

static Value builtin_issubclass(Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords("issubclass", kwnames) || !args_check_count("issubclass", nargs, 2, 2)) return value_null();
    int found = builtins_class_check(args[0], args[1], false, 0);
    return found < 0 ? value_null() : value_bool(found);
}

static bool builtins_attribute_name(Value name) {
    if (is_str(name)) return true;
    raise_error(&type_type_error, "attribute name must be string, not '%s'", value_type_name(name));
    return false;
}

static Value builtin_getattr(Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords("getattr", kwnames) || !args_check_count("getattr", nargs, 2, 3)) return value_null();
    if (!builtins_attribute_name(args[1])) return value_null();
    Value result = obj_getattr(args[0], as_str(args[1]));
    if (is_null(result) && nargs == 3 && error_matches(&type_attribute_error)) {
        error_clear();
        return args[2];
    }
    return result;
}

static Value builtin_setattr(Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords("setattr", kwnames) || !args_check_count("setattr", nargs, 3, 3)) return value_null();
    if (!builtins_attribute_name(args[1])) return value_null();
    return obj_setattr(args[0], as_str(args[1]), args[2]) ? value_none() : value_null();
}

static Value builtin_delattr(Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords("delattr", kwnames) || !args_check_count("delattr", nargs, 2, 2)) return value_null();
    if (!builtins_attribute_name(args[1])) return value_null();
    return obj_setattr(args[0], as_str(args[1]), value_null()) ? value_none() : value_null();
}

static Value builtin_hasattr(Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords("hasattr", kwnames) || !args_check_count("hasattr", nargs, 2, 2)) return value_null();
    if (!builtins_attribute_name(args[1])) return value_null();
    Value result = obj_getattr(args[0], as_str(args[1]));
    if (!is_null(result)) return value_bool(true);
    if (!error_matches(&type_attribute_error)) return value_null();
    error_clear();
    return value_bool(false);
}

/* ---- namespaces ---------------------------------------------------- */

static Value builtin_globals(Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords("globals", kwnames) || !args_check_count("globals", nargs, 0, 0)) return value_null();
    if (!vm.frame) return value_object(dict_new());
    return value_object(vm.frame->globals);
}

/* locals() of the calling frame: its namespace dict for module and class
 * bodies, else a snapshot of its local variables. */
static Value builtins_caller_locals(void) {
    Frame *frame = vm.frame;
    if (!frame) return value_object(dict_new());
    if (frame->locals) return value_object(frame->locals);
    Dict *locals = frame_locals_dict(frame);
    return locals ? value_object(locals) : value_null();
}

static Value builtin_locals(Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords("locals", kwnames) || !args_check_count("locals", nargs, 0, 0)) return value_null();
    return builtins_caller_locals();
}

static Value builtin_vars(Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords("vars", kwnames) || !args_check_count("vars", nargs, 0, 1)) return value_null();
    if (nargs == 0) return builtins_caller_locals();
    Value dict = obj_lookup_attr(args[0], str_intern("__dict__"));
    if (is_null(dict) && !error_pending())
        return raise_error(&type_type_error, "vars() argument must have __dict__ attribute");
    return dict;
}

/* Add every key of [dict] to [names] (a dict used as a set). */
static bool builtins_add_keys(Dict *names, Dict *dict) {
    if (!dict) return true;
    int64_t position = 0;
    Value key, value;
    while (dict_next(dict, &position, &key, &value))
        if (!dict_set(names, key, value_none())) return false;
    return true;
}

/* A sorted list of the keys of [names]. */
static Value builtins_sorted_keys(Dict *names) {
    List *list = list_new(names->count);
    if (!list) return value_null();
    int64_t position = 0;
    Value key, value;
    while (dict_next(names, &position, &key, &value))
        if (!list_append(list, key)) return value_null();
    gc_push_root(value_object(list));
    bool ok = list_sort(list, value_null(), false);
    gc_pop_roots(1);
    return ok ? value_object(list) : value_null();
}

static bool builtins_add_mro_keys(Dict *names, Type *type) {
    if (!type->mro) return builtins_add_keys(names, type->dict);
    for (int64_t i = 0; i < type->mro->length; i++)
        if (!builtins_add_keys(names, ((Type *)type->mro->items[i].as.object)->dict)) return false;
    return true;
}

static Value builtin_dir(Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords("dir", kwnames) || !args_check_count("dir", nargs, 0, 1)) return value_null();
    Dict *names = dict_new();
    if (!names) return value_null();
    if (nargs == 0) {
        Value locals = builtins_caller_locals();
        if (is_null(locals)) return locals;
        if (is_dict(locals) && !builtins_add_keys(names, as_dict(locals))) return value_null();
        return builtins_sorted_keys(names);
    }
    Value subject = args[0];
    Type *type = value_type(subject);
    Value custom = type_lookup_cstr(type, "__dir__");
    if (is_module(subject) || (!is_null(custom) && is_function(custom))) {
        Value result = is_module(subject) ? module_dir(subject) : obj_call_method(subject, "__dir__", NULL, 0);
        if (is_null(result)) return result;
        List *list = list_from_iterable(result);
        if (!list) return value_null();
        gc_push_root(value_object(list));
        bool ok = list_sort(list, value_null(), false);
        gc_pop_roots(1);
        return ok ? value_object(list) : value_null();
    }
    bool ok;
    if (is_type_object(subject)) {
        ok = builtins_add_mro_keys(names, (Type *)subject.as.object);
    } else {
        Dict *own = NULL;
        if (is_exception_instance(subject)) own = ((ExceptionObject *)subject.as.object)->dict;
        else if (is_object(subject)) {
            Dict **slot = instance_dict_slot(subject);
            own = slot ? *slot : NULL;
        }
        ok = builtins_add_keys(names, own) && builtins_add_mro_keys(names, type);
    }
    if (!ok) return value_null();
    return builtins_sorted_keys(names);
}

/* ---- files, exiting, importing ------------------------------------- */

static Value builtin_open(Value *args, int nargs, Tuple *kwnames) {
    static const char *const names[] = {"file", "mode", "buffering", "encoding", "errors",
                                        "newline", "closefd", "opener", NULL};
    Value params[8];
    for (int i = 0; i < 8; i++) params[i] = value_null();
    if (nargs > 8) return raise_error(&type_type_error, "open() takes at most 8 arguments (%d given)", nargs);
    for (int i = 0; i < nargs; i++) params[i] = args[i];
    if (!builtins_keywords("open", args, nargs, kwnames, names, params)) return value_null();
    if (is_null(params[0])) return raise_error(&type_type_error, "open() missing required argument 'file' (pos 1)");
    Value mode = params[1];
    if (is_null(mode)) return file_open_with_encoding(params[0], "r", params[3]);
    if (!is_str(mode))
        return raise_error(&type_type_error, "open() argument 'mode' must be str, not %s", value_type_name(mode));
    return file_open_with_encoding(params[0], str_cstr(as_str(mode)), params[3]);
}

/* exit and quit are Quitter objects, as in CPython's site module: their
 * repr tells REPL users how to leave, and calling one raises
 * SystemExit(code). */
typedef struct Quitter {
    Object base;
    const char *name;
} Quitter;

static Value quitter_repr(Value self) {
    const char *name = ((Quitter *)self.as.object)->name;
    return str_value(str_from_format("Use %s() or Ctrl-D (i.e. EOF) to exit", name));
}

static Value quitter_call(Value self, Value *args, int nargs, Tuple *kwnames) {
    const char *name = ((Quitter *)self.as.object)->name;
    if (kwnames && kwnames->length > 0) {
        return raise_error(&type_type_error, "Quitter.__call__() got an unexpected keyword argument '%s'",
                           str_cstr(as_str(kwnames->items[0])));
    }
    if (nargs > 1) return raise_error(&type_type_error, "%s() takes from 1 to 2 positional arguments but %d were given", name, nargs + 1);
    Value exit_exception = exc_new(&type_system_exit, args, nargs);
    if (is_null(exit_exception)) return exit_exception;
    return raise_value(exit_exception);
}

static Type type_quitter = {
    .base = {.type = &type_type, .flags = OBJECT_STATIC},
    .name = "Quitter",
    .module_name = "_sitebuiltins",
    .base_type = &type_object,
    .instance_size = sizeof(Quitter),
    .flags = TYPE_ABSTRACT_NEW,
    .repr = quitter_repr,
    .call = quitter_call,
};

static Value quitter_new(const char *name) {
    Quitter *quitter = (Quitter *)gc_alloc(&type_quitter, sizeof(Quitter));
    if (!quitter) return value_null();
    quitter->name = name;
    return value_object(quitter);
}

static Value builtin_import(Value *args, int nargs, Tuple *kwnames) {
    static const char *const names[] = {"name", "globals", "locals", "fromlist", "level", NULL};
    Value params[5];
    for (int i = 0; i < 5; i++) params[i] = value_null();
    if (nargs > 5) return raise_error(&type_type_error, "__import__() takes at most 5 arguments (%d given)", nargs);
    for (int i = 0; i < nargs; i++) params[i] = args[i];
    if (!builtins_keywords("__import__", args, nargs, kwnames, names, params)) return value_null();
    if (!is_str(params[0]))
        return raise_error(&type_type_error, "__import__() argument 1 must be str, not %s", value_type_name(params[0]));
    Dict *globals = is_dict(params[1]) ? as_dict(params[1]) : NULL;
    Value fromlist = is_null(params[3]) ? value_none() : params[3];
    int64_t level = 0;
    if (!is_null(params[4]) && !int_as_int64(params[4], &level)) return value_null();
    Value module = module_import(as_str(params[0]), globals, fromlist, (int)level);
    if (is_null(module)) return module;
    /* __import__('a.b') without a fromlist returns the top package a */
    const char *name = str_cstr(as_str(params[0]));
    const char *dot = strchr(name, '.');
    int has_fromlist = is_none(fromlist) ? 0 : obj_truthy(fromlist);
    if (has_fromlist < 0) return value_null();
    if (!dot || has_fromlist || level != 0) return module;
    Value top = dict_get_str(vm.modules, str_new(name, dot - name));
    return is_null(top) ? module : top;
}

/* ---- eval and exec ------------------------------------------------- */

/* eval()/exec() of a str or code object. Without explicit namespaces the
 * code runs in the caller's globals and locals; locals that are the
 * globals run as a module body, other locals as a class-body-like
 * namespace (LOAD_NAME looks in them first). */
static Value builtins_run_source(const char *function, ParseMode mode, Value *args, int nargs, Tuple *kwnames) {
    static const char *const names[] = {"source", "globals", "locals", NULL};
    Value params[3] = {value_null(), value_null(), value_null()};
    if (nargs > 3) return raise_error(&type_type_error, "%s expected at most 3 arguments, got %d", function, nargs);
    for (int i = 0; i < nargs; i++) params[i] = args[i];
    if (!builtins_keywords(function, args, nargs, kwnames, names, params)) return value_null();
    if (is_null(params[0])) return raise_error(&type_type_error, "%s expected at least 1 argument, got 0", function);
    Value source = params[0], globals = params[1], locals = params[2];
    if (is_object_of(source, &type_bytes))
        return raise_error(&type_not_implemented_error, "%s() of bytes is not supported by pyco", function);
    if (!is_str(source) && !is_code(source))
        return raise_error(&type_type_error, "%s() arg 1 must be a string, bytes or code object", function);
    if (!is_null(globals) && !is_none(globals) && !is_dict(globals))
        return raise_error(&type_type_error, "globals must be a dict");
    if (!is_null(locals) && !is_none(locals) && !is_dict(locals)) {
        if (mode == PARSE_EVAL) return raise_error(&type_type_error, "locals must be a mapping");
        return raise_error(&type_type_error, "locals must be a mapping or None, not %s", value_type_name(locals));
    }
    bool explicit_globals = is_dict(globals);
    if (!explicit_globals) {
        globals = vm.frame ? value_object(vm.frame->globals) : value_object(dict_new());
        if (!is_dict(locals)) locals = builtins_caller_locals();
    } else if (!is_dict(locals)) {
        locals = globals;
    }
    if (is_null(locals)) return locals;
    Code *code;
    if (is_code(source)) {
        code = (Code *)source.as.object;
    } else {
        const char *text = str_cstr(as_str(source));
        if (mode == PARSE_EVAL)
            while (*text == ' ' || *text == '\t') text++;
        code = compile_source(text, "<string>", mode);
        if (!code) return value_null();
    }
    Value result;
    if (as_dict(locals) == as_dict(globals)) {
        result = vm_run_module_code(code, as_dict(globals));
    } else {
        if (is_null(dict_get_cstr(as_dict(globals), "__builtins__")) &&
            !dict_set_cstr(as_dict(globals), "__builtins__", value_object(vm.builtins)))
            return value_null();
        Function *body = function_new(code, as_dict(globals));
        if (!body) return value_null();
        gc_push_root(value_object(body));
        result = vm_call_with_locals(body, as_dict(locals));
        gc_pop_roots(1);
    }
    if (is_null(result) || mode == PARSE_EVAL) return result;
    return value_none();
}

/* compile(source, filename, mode): a code object for exec() or eval(). */
static Value builtin_compile(Value *args, int nargs, Tuple *kwnames) {
    static const char *const names[] = {"source", "filename", "mode", "flags", "dont_inherit",
                                        "optimize", NULL};
    Value params[6];
    for (int i = 0; i < 6; i++) params[i] = value_null();
    if (nargs > 6) return raise_error(&type_type_error, "compile() takes at most 6 arguments (%d given)", nargs);
    for (int i = 0; i < nargs; i++) params[i] = args[i];
    if (!builtins_keywords("compile", args, nargs, kwnames, names, params)) return value_null();
    const char *missing = is_null(params[0]) ? "source" : is_null(params[1]) ? "filename" : is_null(params[2]) ? "mode" : NULL;
    if (missing) {
        int position = is_null(params[0]) ? 1 : is_null(params[1]) ? 2 : 3;
        return raise_error(&type_type_error, "compile() missing required argument '%s' (pos %d)", missing, position);
    }
    if (is_object_of(params[0], &type_bytes))
        return raise_error(&type_not_implemented_error, "compile() of bytes is not supported by pyco");
    if (!is_str(params[0])) return raise_error(&type_type_error, "compile() arg 1 must be a string, bytes or AST object");
    if (!is_str(params[1]))
        return raise_error(&type_type_error, "compile() argument 'filename' must be str, not %s", value_type_name(params[1]));
    if (!is_str(params[2]))
        return raise_error(&type_type_error, "compile() argument 'mode' must be str, not %s", value_type_name(params[2]));
    const char *mode = str_cstr(as_str(params[2]));
    ParseMode parse_mode;
    if (strcmp(mode, "exec") == 0) parse_mode = PARSE_FILE;
    else if (strcmp(mode, "eval") == 0) parse_mode = PARSE_EVAL;
    else if (strcmp(mode, "single") == 0) parse_mode = PARSE_INTERACTIVE;
    else return raise_error(&type_value_error, "compile() mode must be 'exec', 'eval' or 'single'");
    Code *code = compile_source(str_cstr(as_str(params[0])), str_cstr(as_str(params[1])), parse_mode);
    return code ? value_object(code) : value_null();
}

static Value builtin_eval(Value *args, int nargs, Tuple *kwnames) {
    return builtins_run_source("eval", PARSE_EVAL, args, nargs, kwnames);
}
static Value builtin_exec(Value *args, int nargs, Tuple *kwnames) {
    return builtins_run_source("exec", PARSE_FILE, args, nargs, kwnames);
}

/* ---- the module ---------------------------------------------------- */

static const MethodDef builtin_functions[] = {
    {"print", builtin_print, METHOD_STATIC, "Prints the values to a stream, or to sys.stdout by default."},
    {"input", builtin_input, METHOD_STATIC, "Read a string from standard input."},
    {"len", builtin_len, METHOD_STATIC, "Return the number of items in a container."},
    {"repr", builtin_repr, METHOD_STATIC, "Return the canonical string representation of the object."},
    {"ascii", builtin_ascii, METHOD_STATIC, "Return an ASCII-only representation of an object."},
    {"format", builtin_format, METHOD_STATIC, "Return value.__format__(format_spec)"},
    {"chr", builtin_chr, METHOD_STATIC, "Return a Unicode string of one character with ordinal i."},
    {"ord", builtin_ord, METHOD_STATIC, "Return the Unicode code point for a one-character string."},
    {"hex", builtin_hex, METHOD_STATIC, "Return the hexadecimal representation of an integer."},
    {"oct", builtin_oct, METHOD_STATIC, "Return the octal representation of an integer."},
    {"bin", builtin_bin, METHOD_STATIC, "Return the binary representation of an integer."},
    {"id", builtin_id, METHOD_STATIC, "Return the identity of an object."},
    {"hash", builtin_hash, METHOD_STATIC, "Return the hash value for the given object."},
    {"callable", builtin_callable, METHOD_STATIC, "Return whether the object is callable."},
    {"abs", builtin_abs, METHOD_STATIC, "Return the absolute value of the argument."},
    {"round", builtin_round, METHOD_STATIC, "Round a number to a given precision in decimal digits."},
    {"divmod", builtin_divmod, METHOD_STATIC, "Return the tuple (x//y, x%y)."},
    {"pow", builtin_pow, METHOD_STATIC, "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments"},
    {"sum", builtin_sum, METHOD_STATIC, "Return the sum of a 'start' value (default: 0) plus an iterable of numbers"},
    {"min", builtin_min, METHOD_STATIC, "With a single iterable argument, return its smallest item."},
    {"max", builtin_max, METHOD_STATIC, "With a single iterable argument, return its biggest item."},
    {"all", builtin_all, METHOD_STATIC, "Return True if bool(x) is True for all values x in the iterable."},
    {"any", builtin_any, METHOD_STATIC, "Return True if bool(x) is True for any x in the iterable."},
    {"sorted", builtin_sorted, METHOD_STATIC, "Return a new list containing all items from the iterable in ascending order."},
    {"iter", builtin_iter, METHOD_STATIC, "Get an iterator from an object."},
    {"next", builtin_next, METHOD_STATIC, "Return the next item from the iterator."},
    {"aiter", builtin_aiter, METHOD_STATIC, "Return an AsyncIterator for an AsyncIterable object."},
    {"anext", builtin_anext, METHOD_STATIC, "Return the next item from the async iterator."},
    {"isinstance", builtin_isinstance, METHOD_STATIC, "Return whether an object is an instance of a class or of a subclass thereof."},
    {"issubclass", builtin_issubclass, METHOD_STATIC, "Return whether 'cls' is derived from another class or is the same class."},
    {"getattr", builtin_getattr, METHOD_STATIC, "Get a named attribute from an object."},
    {"setattr", builtin_setattr, METHOD_STATIC, "Sets the named attribute on the given object to the specified value."},
    {"delattr", builtin_delattr, METHOD_STATIC, "Deletes the named attribute from the given object."},
    {"hasattr", builtin_hasattr, METHOD_STATIC, "Return whether the object has an attribute with the given name."},
    {"globals", builtin_globals, METHOD_STATIC, "Return the dictionary containing the current scope's global variables."},
    {"locals", builtin_locals, METHOD_STATIC, "Return a dictionary containing the current scope's local variables."},
    {"vars", builtin_vars, METHOD_STATIC, "Show vars."},
    {"dir", builtin_dir, METHOD_STATIC, "Show attributes of an object."},
    {"open", builtin_open, METHOD_STATIC, "Open file and return a stream."},
    {"compile", builtin_compile, METHOD_STATIC, "Compile source into a code object that can be executed by exec() or eval()."},
    {"eval", builtin_eval, METHOD_STATIC, "Evaluate the given source in the context of globals and locals."},
    {"exec", builtin_exec, METHOD_STATIC, "Execute the given source in the context of globals and locals."},
    {"__import__", builtin_import, METHOD_STATIC, "Import a module."},
    {"__build_class__", class_build_class, METHOD_STATIC, "Internal helper function used by the class statement."},
    {NULL, NULL, 0, NULL},
};

/* Contract: build the builtins module, set vm.builtins to its dict and
 * register it in sys.modules. Runs after every type is ready. */
void builtins_init(void) {
    iterators_types_init();
    fileio_types_init();
    Module *module = module_from_methods("builtins", builtin_functions);
    Type *const classes[] = {
        &type_type, &type_object, &type_int, &type_float, &type_bool, &type_str, &type_bytes,
        &type_list, &type_tuple, &type_dict, &type_set, &type_frozenset, &type_range,
        &type_slice, &type_property, &type_staticmethod, &type_classmethod, &type_super,
        &type_enumerate, &type_zip, &type_map, &type_filter, &type_reversed, NULL,
    };
    for (int i = 0; classes[i]; i++) module_add(module, classes[i]->name, value_object(classes[i]));
    for (int i = 0; exc_builtin_types[i]; i++)
        module_add(module, exc_builtin_types[i]->name, value_object(exc_builtin_types[i]));
    type_ready(&type_quitter);
    module_add(module, "exit", quitter_new("exit"));
    module_add(module, "quit", quitter_new("quit"));
    module_add(module, "EnvironmentError", value_object(&type_os_error));
    module_add(module, "IOError", value_object(&type_os_error));
    module_add(module, "NotImplemented", value_not_implemented());
    module_add(module, "Ellipsis", value_object(&ellipsis_object));
    module_add(module, "__name__", str_value(str_intern("builtins")));
    module_add(module, "__doc__", value_none());
    module_add(module, "__debug__", value_bool(true));
    vm.builtins = module->dict;
    if (!vm.modules) vm.modules = dict_new();
    dict_set_cstr(vm.modules, "builtins", value_object(module));
}
