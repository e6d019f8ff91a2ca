/* format.c — the three ways Python formats text.
 *
 *   format(s, spec)       str_format_spec: the format-spec mini-language for
 *                         a str (fill, align, width, precision = truncation);
 *                         the parsing is shared with int and float
 *                         (formatspec.h).
 *   fmt.format(...)       str_format_method: replacement fields {name!conv:spec}
 *                         whose values come from the arguments, each rendered
 *                         by obj_format (so int, float and user __format__
 *                         all take part). format_map reads names from one
 *                         mapping instead.
 *   fmt % args            str_percent_format: printf-style conversions.
 *
 * All three build their result in a StrBuilder (a malloc'd buffer, invisible
 * to the GC). Calls back into Python (obj_format, obj_repr, __getitem__) can
 * collect, so values made here are rooted across them.
 *
 * Sections: str format specs · str.format · % formatting.
 */
#include <inttypes.h>
#include <math.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "str.h"
#include "bytes.h"
#include "dict.h"
#include "exc.h"
#include "float.h"
#include "formatspec.h"
#include "gc.h"
#include "int.h"
#include "tuple.h"

/* ======================================================================
 * format(s, spec)
 * ====================================================================== */

/* Apply a parsed spec to a str; validates what strings may not use. */
static Value format_str_with_spec(Str *s, FormatSpec *spec) {
    /* CPython's order: grouping vs type, the type, sign, '#', '=' */
    char type = spec->type ? spec->type : 's';
    if (spec->grouping && !strchr(spec->grouping == '_' ? "defgEFG%bxXo" : "defgEFG%", type))
        return raise_error(&type_value_error, "Cannot specify '%c' with '%c'.", spec->grouping,
                           type);
    if (type != 's')
        return raise_error(&type_value_error, "Unknown format code '%c' for object of type 'str'",
                           type);
    if (spec->sign == ' ')
        return raise_error(&type_value_error, "Space not allowed in string format specifier");
    if (spec->sign)
        return raise_error(&type_value_error, "Sign not allowed in string format specifier");
    if (spec->alternate)
        return raise_error(&type_value_error,
                           "Alternate form (#) not allowed in string format specifier");
    if (spec->align == '=')
        return raise_error(&type_value_error,
                           "'=' alignment not allowed in string format specifier");
    int64_t length = s->length, bytes = s->byte_length;
    if (spec->precision >= 0 && spec->precision < length) {
        length = spec->precision;
        bytes = str_byte_offset(s, length);
    }
    if (spec->width <= length) {
        if (bytes == s->byte_length)
            return str_value(s);
        return str_value(str_new(s->data, bytes));
    }
    return str_value(format_align(s->data, bytes, length, spec, '<', 0));
}

/* format(s, spec) for a str: fill/align/width and precision truncation.
 * Raises ValueError for specs that only numbers accept. */
Value str_format_spec(Str *s, Str *spec) {
    if (spec->byte_length == 0)
        return str_value(s);
    FormatSpec parsed;
    if (!format_spec_parse(spec, "str", &parsed))
        return value_null();
    if (parsed.zero_pad && parsed.align == 0) {
        /* '0' before the width means fill with zeros, left-aligned for str */
        parsed.fill = '0';
        parsed.align = '<';
    }
    return format_str_with_spec(s, &parsed);
}

/* ======================================================================
 * str.format and str.format_map
 * ====================================================================== */

/* Where field values come from, and the automatic-numbering state that
 * nested specs share with the outer string. */
typedef struct FormatSource {
    Value *args;
    int nargs;
    Tuple *kwnames;
    Value mapping; /* format_map's argument, or VAL_NULL */
    enum { NUMBERING_UNSET, NUMBERING_AUTO, NUMBERING_MANUAL } numbering;
    int64_t next_auto;
} FormatSource;

static bool format_render(Str *format, FormatSource *source, int depth, StrBuilder *out);

/* escape every non-ASCII character of [text] (ascii() of a repr). */
static Str *format_ascii_escape(Str *text) {
    if (text->is_ascii)
        return text;
    StrBuilder sb;
    sb_init(&sb);
    for (int64_t i = 0; i < text->byte_length;) {
        int used;
        uint32_t cp = utf8_decode(text->data + i, &used);
        i += used;
        if (cp < 128)
            sb_append_char(&sb, (char)cp);
        else if (cp <= 0xFF)
            sb_appendf(&sb, "\\x%02x", cp);
        else if (cp <= 0xFFFF)
            sb_appendf(&sb, "\\u%04x", cp);
        else
            sb_appendf(&sb, "\\U%08x", cp);
    }
    return sb_finish(&sb);
}

/* ascii(v) */
static Value format_ascii(Value v) {
    Value r = obj_repr(v);
    if (is_null(r))
        return r;
    return str_value(format_ascii_escape(as_str(r)));
}

/* Apply a !r / !s / !a conversion. */
static Value format_convert(Value v, char conversion) {
    switch (conversion) {
    case 'r':
        return obj_repr(v);
    case 's':
        return obj_str(v);
    case 'a':
        return format_ascii(v);
    default:
        return v;
    }
}

static bool format_all_digits(const char *text, int64_t length) {
    if (length == 0)
        return false;
    for (int64_t i = 0; i < length; i++)
        if (text[i] < '0' || text[i] > '9')
            return false;
    return true;
}

static int64_t format_parse_number(const char *text, int64_t length) {
    int64_t n = 0;
    for (int64_t i = 0; i < length && n < INT64_MAX / 10 - 10; i++)
        n = n * 10 + (text[i] - '0');
    return n;
}

/* The value of the first part of a field name ("", "0", "name"). */
static Value format_lookup_first(FormatSource *source, const char *name, int64_t length) {
    int64_t index = -1;
    if (length == 0) {
        if (source->numbering == NUMBERING_MANUAL)
            return raise_error(
                &type_value_error,
                "cannot switch from manual field specification to automatic field numbering");
        source->numbering = NUMBERING_AUTO;
        index = source->next_auto++;
    } else if (format_all_digits(name, length)) {
        if (source->numbering == NUMBERING_AUTO)
            return raise_error(
                &type_value_error,
                "cannot switch from automatic field numbering to manual field specification");
        source->numbering = NUMBERING_MANUAL;
        index = format_parse_number(name, length);
    }
    if (index >= 0) {
        if (!is_null(source->mapping))
            return raise_error(&type_value_error, "Format string contains positional fields");
        if (index >= source->nargs)
            return raise_error(&type_index_error,
                               "Replacement index %lld out of range for positional args tuple",
                               (long long)index);
        return source->args[index];
    }
    Str *key = str_new(name, length);
    if (!key)
        return value_null();
    if (!is_null(source->mapping))
        return obj_getitem(source->mapping, str_value(key));
    int nkw = source->kwnames ? (int)source->kwnames->length : 0;
    for (int k = 0; k < nkw; k++)
        if (str_equal(as_str(source->kwnames->items[k]), key))
            return source->args[source->nargs + k];
    return raise_with_value(&type_key_error, str_value(key));
}

/* Resolve a whole field name: first part, then .attr and [key] parts. */
static Value format_lookup_field(FormatSource *source, const char *name, int64_t length) {
    int64_t first = 0;
    while (first < length && name[first] != '.' && name[first] != '[')
        first++;
    Value v = format_lookup_first(source, name, first);
    int64_t i = first;
    while (!is_null(v) && i < length) {
        if (name[i] == '.') {
            int64_t start = ++i;
            while (i < length && name[i] != '.' && name[i] != '[')
                i++;
            if (i == start)
                return raise_error(&type_value_error, "Empty attribute in format string");
            Str *attr = str_new(name + start, i - start);
            if (!attr)
                return value_null();
            v = obj_getattr(v, attr);
        } else if (name[i] == '[') {
            int64_t start = ++i;
            while (i < length && name[i] != ']')
                i++;
            if (i >= length)
                return raise_error(&type_value_error, "Missing ']' in format string");
            if (i == start)
                return raise_error(&type_value_error, "Empty attribute in format string");
            Value key = format_all_digits(name + start, i - start)
                            ? value_int(format_parse_number(name + start, i - start))
                            : str_value(str_new(name + start, i - start));
            i++;
            if (i < length && name[i] != '.' && name[i] != '[')
                return raise_error(&type_value_error,
                                   "Only '.' or '[' may follow ']' in format field specifier");
            v = obj_getitem(v, key);
        } else {
            return raise_error(&type_value_error,
                               "Only '.' or '[' may follow ']' in format field specifier");
        }
    }
    return v;
}

/* Render one replacement field (the text between the braces). */
static bool format_field(const char *field, int64_t length, FormatSource *source, int depth,
                         StrBuilder *out) {
    int64_t name_end = 0;
    while (name_end < length && field[name_end] != '!' && field[name_end] != ':') {
        if (field[name_end] == '[') /* a key may hold ':' or '!' */
            while (name_end < length && field[name_end] != ']')
                name_end++;
        if (name_end < length)
            name_end++;
    }
    char conversion = 0;
    int64_t spec_start = name_end;
    if (name_end < length && field[name_end] == '!') {
        if (name_end + 1 >= length) {
            raise_error(&type_value_error, "unmatched '{' in format spec");
            return false;
        }
        conversion = field[name_end + 1];
        spec_start = name_end + 2;
        if (spec_start < length && field[spec_start] != ':') {
            raise_error(&type_value_error, "expected ':' after conversion specifier");
            return false;
        }
        if (conversion != 'r' && conversion != 's' && conversion != 'a') {
            raise_error(&type_value_error, "Unknown conversion specifier %c", conversion);
            return false;
        }
    }
    Value value = format_lookup_field(source, field, name_end);
    if (is_null(value))
        return false;
    value = format_convert(value, conversion);
    if (is_null(value))
        return false;
    gc_push_root(value);
    Str *spec;
    if (spec_start + 1 < length) {
        StrBuilder spec_builder;
        sb_init(&spec_builder);
        Str *raw = str_new(field + spec_start + 1, length - spec_start - 1);
        if (raw)
            gc_push_root(str_value(raw));
        bool ok = raw && format_render(raw, source, depth - 1, &spec_builder);
        if (raw)
            gc_pop_roots(1);
        if (!ok) {
            sb_free(&spec_builder);
            gc_pop_roots(1);
            return false;
        }
        spec = sb_finish(&spec_builder);
    } else {
        spec = str_intern("");
    }
    Value text =
        is_str(value) && spec->byte_length == 0 ? value : obj_format(value, str_value(spec));
    gc_pop_roots(1);
    if (is_null(text))
        return false;
    if (!is_str(text)) {
        raise_error(&type_type_error, "__format__ must return a str, not %s",
                    value_type_name(text));
        return false;
    }
    sb_append_str(out, as_str(text));
    return true;
}

/* Find the '}' closing the field that starts after [start]; -1 if none. */
static int64_t format_field_end(const char *text, int64_t start, int64_t length) {
    int level = 1;
    bool in_key = false;
    for (int64_t i = start; i < length; i++) {
        char c = text[i];
        if (in_key) {
            if (c == ']')
                in_key = false;
        } else if (c == '[' && level == 1) {
            in_key = true;
        } else if (c == '{') {
            level++;
        } else if (c == '}' && --level == 0) {
            return i;
        }
    }
    return -1;
}

/* Whether an unterminated field got as far as its ':' or '!' part (which
 * decides CPython's error message). */
static bool format_has_spec(const char *field, int64_t length) {
    for (int64_t i = 0; i < length; i++) {
        if (field[i] == '[') {
            while (i < length && field[i] != ']')
                i++;
            if (i >= length)
                return false;
        } else if (field[i] == ':' || field[i] == '!') {
            return true;
        }
    }
    return false;
}

/* Expand [format] into [out]; [depth] counts the nesting budget left. */
static bool format_render(Str *format, FormatSource *source, int depth, StrBuilder *out) {
    if (depth <= 0) {
        raise_error(&type_value_error, "Max string recursion exceeded");
        return false;
    }
    const char *text = format->data;
    int64_t length = format->byte_length;
    for (int64_t i = 0; i < length;) {
        char c = text[i];
        if (c == '}') {
            if (i + 1 < length && text[i + 1] == '}') {
                sb_append_char(out, '}');
                i += 2;
                continue;
            }
            raise_error(&type_value_error, "Single '}' encountered in format string");
            return false;
        }
        if (c != '{') {
            int64_t run = i;
            while (run < length && text[run] != '{' && text[run] != '}')
                run++;
            sb_append(out, text + i, run - i);
            i = run;
            continue;
        }
        if (i + 1 < length && text[i + 1] == '{') {
            sb_append_char(out, '{');
            i += 2;
            continue;
        }
        if (i + 1 >= length) {
            raise_error(&type_value_error, "Single '{' encountered in format string");
            return false;
        }
        int64_t end = format_field_end(text, i + 1, length);
        if (end < 0) {
            raise_error(&type_value_error, format_has_spec(text + i + 1, length - i - 1)
                                               ? "unmatched '{' in format spec"
                                               : "expected '}' before end of string");
            return false;
        }
        if (!format_field(text + i + 1, end - i - 1, source, depth, out))
            return false;
        i = end + 1;
    }
    return true;
}

/* format.format(*args, **kwargs): [args] holds the positional arguments,
 * then one value per name in [kwnames]. Calls __format__ of each value. */
Value str_format_method(Str *format, Value *args, int nargs, Tuple *kwnames) {
    FormatSource source = {args, nargs, kwnames, value_null(), NUMBERING_UNSET, 0};
    StrBuilder out;
    sb_init(&out);
    if (!format_render(format, &source, 2, &out)) {
        sb_free(&out);
        return value_null();
    }
    return str_value(sb_finish(&out));
}

/* format.format_map(mapping): names are looked up with mapping[name]. */
Value str_format_map(Str *format, Value mapping) {
    FormatSource source = {NULL, 0, NULL, mapping, NUMBERING_UNSET, 0};
    StrBuilder out;
    sb_init(&out);
    if (!format_render(format, &source, 2, &out)) {
        sb_free(&out);
        return value_null();
    }
    return str_value(sb_finish(&out));
}

/* ======================================================================
 * printf-style formatting: fmt % args
 * ====================================================================== */

/* One parsed conversion: %(key)flags width .precision type */
typedef struct PercentSpec {
    bool left, plus, space, alternate, zero;
    int64_t width;     /* -1 when absent */
    int64_t precision; /* -1 when absent */
    char type;
} PercentSpec;

/* The argument cursor, following CPython: a non-tuple is one argument. */
typedef struct PercentArgs {
    Value args;
    Value *items;
    int64_t count; /* -1: a single non-tuple argument */
    int64_t next;
    Value mapping;   /* VAL_NULL unless args is a mapping */
    bool bytes_mode; /* formatting bytes: %s/%b take bytes, %c a byte */
} PercentArgs;

static Value percent_next_arg(PercentArgs *pa) {
    if (pa->count < 0) {
        if (pa->next == 0) {
            pa->next = 1;
            return pa->args;
        }
    } else if (pa->next < pa->count) {
        return pa->items[pa->next++];
    }
    return raise_error(&type_type_error, "not enough arguments for format string");
}

/* Pad [body] (code point length [length]) to the spec's width. */
static void percent_pad(StrBuilder *out, const char *body, int64_t bytes, int64_t length,
                        const PercentSpec *spec) {
    int64_t padding = spec->width > length ? spec->width - length : 0;
    if (!spec->left)
        for (int64_t i = 0; i < padding; i++)
            sb_append_char(out, ' ');
    sb_append(out, body, bytes);
    if (spec->left)
        for (int64_t i = 0; i < padding; i++)
            sb_append_char(out, ' ');
}

/* Emit sign + prefix + digits with zero padding or space padding. */
static void percent_emit_number(StrBuilder *out, bool negative, const char *prefix,
                                const char *digits, int64_t digit_length, const PercentSpec *spec) {
    char sign[2] = {0, 0};
    if (negative)
        sign[0] = '-';
    else if (spec->plus)
        sign[0] = '+';
    else if (spec->space)
        sign[0] = ' ';
    int64_t head = (int64_t)strlen(sign) + (int64_t)strlen(prefix);
    int64_t total = head + digit_length;
    int64_t padding = spec->width > total ? spec->width - total : 0;
    if (!spec->left && !spec->zero)
        for (int64_t i = 0; i < padding; i++)
            sb_append_char(out, ' ');
    sb_append_cstr(out, sign);
    sb_append_cstr(out, prefix);
    if (!spec->left && spec->zero)
        for (int64_t i = 0; i < padding; i++)
            sb_append_char(out, '0');
    sb_append(out, digits, digit_length);
    if (spec->left)
        for (int64_t i = 0; i < padding; i++)
            sb_append_char(out, ' ');
}

/* %d %i %u %x %X %o */
/* Convert a user number through its dunder ([name] on its class), or
 * VAL_NULL with no exception if the class lacks it. */
static Value percent_user_number(Value arg, const char *name) {
    if (arg.tag != VAL_OBJ || is_null(type_lookup_cstr(value_type(arg), name)))
        return value_null();
    return obj_call_method(arg, name, NULL, 0);
}

static bool percent_integer(StrBuilder *out, Value arg, const PercentSpec *spec) {
    bool decimal = spec->type == 'd' || spec->type == 'i' || spec->type == 'u';
    if (!is_int_like(arg) && !is_float(arg)) {
        Value converted = percent_user_number(arg, "__index__");
        if (is_null(converted) && !error_pending() && decimal)
            converted = percent_user_number(arg, "__int__");
        if (is_null(converted) && !error_pending() && decimal)
            converted = percent_user_number(arg, "__float__");
        if (error_pending())
            return false;
        if (!is_null(converted))
            arg = converted;
    }
    if (is_float(arg) && (spec->type == 'd' || spec->type == 'i' || spec->type == 'u')) {
        if (isinf(arg.as.number) || isnan(arg.as.number)) {
            raise_error(isnan(arg.as.number) ? &type_value_error : &type_overflow_error,
                        isnan(arg.as.number) ? "cannot convert float NaN to integer"
                                             : "cannot convert float infinity to integer");
            return false;
        }
        arg = int_from_double(trunc(arg.as.number));
        if (is_null(arg))
            return false;
    }
    if (!is_int_like(arg)) {
        if (spec->type == 'd' || spec->type == 'i' || spec->type == 'u')
            raise_error(&type_type_error, "%%%c format: a real number is required, not %s",
                        spec->type, value_type_name(arg));
        else
            raise_error(&type_type_error, "%%%c format: an integer is required, not %s", spec->type,
                        value_type_name(arg));
        return false;
    }
    if (is_bool(arg))
        arg = value_int(arg.as.boolean);
    int base = spec->type == 'x' || spec->type == 'X' ? 16 : spec->type == 'o' ? 8 : 10;
    char small[80]; /* small ints: digits without allocating */
    const char *digits;
    if (is_small_int(arg)) {
        int64_t n = arg.as.integer;
        uint64_t magnitude = n < 0 ? (uint64_t)0 - (uint64_t)n : (uint64_t)n;
        snprintf(small, sizeof small,
                 base == 16  ? "%s%" PRIx64
                 : base == 8 ? "%s%" PRIo64
                             : "%s%" PRIu64,
                 n < 0 ? "-" : "", magnitude);
        digits = small;
    } else {
        Value text = base == 10 ? int_to_str(arg) : int_to_base_string(arg, base);
        if (is_null(text))
            return false;
        digits = as_str(text)->data;
    }
    bool negative = digits[0] == '-';
    if (negative)
        digits++;
    if (base != 10 && digits[0] == '0' && (digits[1] == 'x' || digits[1] == 'o'))
        digits += 2; /* hex()-style prefix */
    int64_t digit_length = (int64_t)strlen(digits);
    StrBuilder body;
    sb_init(&body);
    for (int64_t i = digit_length; i < spec->precision; i++)
        sb_append_char(&body, '0');
    for (int64_t i = 0; i < digit_length; i++)
        sb_append_char(&body,
                       spec->type == 'X' && digits[i] >= 'a' ? (char)(digits[i] - 32) : digits[i]);
    const char *prefix = "";
    if (spec->alternate)
        prefix = base == 16 ? (spec->type == 'X' ? "0X" : "0x") : base == 8 ? "0o" : "";
    percent_emit_number(out, negative, prefix, body.data, body.length, spec);
    sb_free(&body);
    return true;
}

/* %e %E %f %F %g %G */
static bool percent_float(StrBuilder *out, Value arg, const PercentSpec *spec) {
    double d;
    if (!is_int_like(arg) && !is_float(arg)) {
        Value converted = percent_user_number(arg, "__float__");
        if (is_null(converted) && !error_pending())
            converted = percent_user_number(arg, "__index__");
        if (error_pending())
            return false;
        if (!is_null(converted))
            arg = converted;
    }
    if (is_float(arg))
        d = arg.as.number;
    else if (is_int_like(arg)) {
        if (!int_to_double(arg, &d))
            return false;
    } else {
        raise_error(&type_type_error, "must be real number, not %s", value_type_name(arg));
        return false;
    }
    char format[16];
    snprintf(format, sizeof format, "%%%s.*%c", spec->alternate ? "#" : "", spec->type);
    int precision = spec->precision < 0 ? 6 : (int)spec->precision;
    int n = snprintf(NULL, 0, format, precision, fabs(d));
    char *digits = malloc((size_t)n + 1);
    if (!digits) {
        raise_memory_error();
        return false;
    }
    snprintf(digits, (size_t)n + 1, format, precision, fabs(d));
    percent_emit_number(out, signbit(d) && !isnan(d), "", digits, n, spec);
    free(digits);
    return true;
}

/* %c: an int code point or a one-character str. */
static bool percent_char(StrBuilder *out, Value arg, const PercentSpec *spec) {
    uint32_t cp;
    if (is_str(arg) && as_str(arg)->length == 1) {
        cp = str_codepoint_at(as_str(arg), 0);
    } else if (is_int_like(arg)) {
        int64_t code;
        if (!int_as_int64(arg, &code) || code < 0 || code > 0x10FFFF) {
            error_clear();
            raise_error(&type_overflow_error, "%%c arg not in range(0x110000)");
            return false;
        }
        cp = (uint32_t)code;
    } else {
        raise_error(&type_type_error, "%%c requires int or char");
        return false;
    }
    char buffer[4];
    int n = utf8_encode(cp, buffer);
    percent_pad(out, buffer, n, 1, spec);
    return true;
}

/* %s %r %a, with precision truncating code points. */
static bool percent_text(StrBuilder *out, Value arg, const PercentSpec *spec) {
    Value text = spec->type == 's'   ? obj_str(arg)
                 : spec->type == 'r' ? obj_repr(arg)
                                     : format_ascii(arg);
    if (is_null(text))
        return false;
    Str *s = as_str(text);
    int64_t length = s->length, bytes = s->byte_length;
    if (spec->precision >= 0 && spec->precision < length) {
        length = spec->precision;
        bytes = str_byte_offset(s, length);
    }
    percent_pad(out, s->data, bytes, length, spec);
    return true;
}

/* Append bytes as latin-1 code points (bytes % keeps one per byte). */
static void percent_append_latin1(StrBuilder *out, const unsigned char *data, int64_t length,
                                  const PercentSpec *spec) {
    StrBuilder body;
    sb_init(&body);
    for (int64_t k = 0; k < length; k++)
        sb_append_codepoint(&body, data[k]);
    percent_pad(out, body.data ? body.data : "", body.length, length, spec);
    sb_free(&body);
}

/* %s / %b of bytes formatting: a bytes object or one with __bytes__. */
static bool percent_bytes_text(StrBuilder *out, Value arg, const PercentSpec *spec) {
    if (!is_bytes(arg)) {
        Value converted = percent_user_number(arg, "__bytes__");
        if (error_pending())
            return false;
        if (is_null(converted) || !is_bytes(converted)) {
            raise_error(&type_type_error,
                        "%%b requires a bytes-like object, or an object that implements __bytes__, "
                        "not '%s'",
                        value_type_name(arg));
            return false;
        }
        arg = converted;
    }
    Bytes *b = (Bytes *)arg.as.object;
    int64_t length =
        spec->precision >= 0 && spec->precision < b->length ? spec->precision : b->length;
    percent_append_latin1(out, b->data, length, spec);
    return true;
}

/* %c of bytes formatting: an int in range(256) or a single byte. */
static bool percent_byte_char(StrBuilder *out, Value arg, const PercentSpec *spec) {
    unsigned char byte;
    if (is_bytes(arg) && ((Bytes *)arg.as.object)->length == 1) {
        byte = ((Bytes *)arg.as.object)->data[0];
    } else if (is_int_like(arg)) {
        int64_t code;
        if (!int_as_int64(arg, &code) || code < 0 || code > 255) {
            error_clear();
            raise_error(&type_overflow_error, "%%c arg not in range(256)");
            return false;
        }
        byte = (unsigned char)code;
    } else {
        raise_error(&type_type_error, "%%c requires an integer in range(256) or a single byte");
        return false;
    }
    percent_append_latin1(out, &byte, 1, spec);
    return true;
}

/* A '*' width or precision taken from the arguments. */
static bool percent_star(PercentArgs *pa, int64_t *out) {
    Value v = percent_next_arg(pa);
    if (is_null(v))
        return false;
    if (!is_int_like(v)) {
        raise_error(&type_type_error, "* wants int");
        return false;
    }
    return int_as_int64(v, out);
}

/* Read digits or '*' at text[*i]; -1 when absent. */
static bool percent_number(const char *text, int64_t length, int64_t *i, PercentArgs *pa,
                           int64_t *out) {
    *out = -1;
    if (*i < length && text[*i] == '*') {
        (*i)++;
        return percent_star(pa, out);
    }
    if (*i < length && text[*i] >= '0' && text[*i] <= '9') {
        *out = 0;
        while (*i < length && text[*i] >= '0' && text[*i] <= '9') {
            *out = *out * 10 + (text[*i] - '0');
            (*i)++;
        }
    }
    return true;
}

/* The argument for one conversion: %(key) from the mapping, else the next. */
static Value percent_argument(const char *text, int64_t length, int64_t *i, PercentArgs *pa,
                              bool *used_key) {
    *used_key = false;
    if (*i >= length || text[*i] != '(')
        return value_null();
    if (is_null(pa->mapping))
        return raise_error(&type_type_error, "format requires a mapping");
    int depth = 1;
    int64_t start = ++(*i);
    while (*i < length && depth > 0) {
        if (text[*i] == '(')
            depth++;
        else if (text[*i] == ')')
            depth--;
        (*i)++;
    }
    if (depth > 0)
        return raise_error(&type_value_error, "incomplete format key");
    Str *key = str_new(text + start, *i - 1 - start);
    if (!key)
        return value_null();
    *used_key = true;
    return obj_getitem(pa->mapping, str_value(key));
}

static int64_t percent_codepoint_index(const char *text, int64_t offset) {
    int64_t count = 0;
    for (int64_t i = 0; i < offset; i++)
        if (((unsigned char)text[i] & 0xC0) != 0x80)
            count++;
    return count;
}

/* One conversion starting after the '%' at text[*i]. */
static bool percent_conversion(StrBuilder *out, const char *text, int64_t length, int64_t *i,
                               PercentArgs *pa) {
    bool used_key;
    Value arg = percent_argument(text, length, i, pa, &used_key);
    if (used_key && is_null(arg))
        return false;
    if (!used_key && error_pending())
        return false;
    PercentSpec spec = {false, false, false, false, false, -1, -1, 0};
    for (; *i < length; (*i)++) {
        char c = text[*i];
        if (c == '-')
            spec.left = true;
        else if (c == '+')
            spec.plus = true;
        else if (c == ' ')
            spec.space = true;
        else if (c == '#')
            spec.alternate = true;
        else if (c == '0')
            spec.zero = true;
        else
            break;
    }
    bool star_width = *i < length && text[*i] == '*';
    if (!percent_number(text, length, i, pa, &spec.width))
        return false;
    if (star_width && spec.width < 0) { /* '%*d' % (-5, x) pads on the right */
        spec.left = true;
        spec.width = -spec.width;
    }
    if (*i < length && text[*i] == '.') {
        (*i)++;
        if (!percent_number(text, length, i, pa, &spec.precision))
            return false;
        if (spec.precision < 0)
            spec.precision = 0;
    }
    while (*i < length && (text[*i] == 'h' || text[*i] == 'l' || text[*i] == 'L'))
        (*i)++;
    if (*i >= length) {
        raise_error(&type_value_error, "incomplete format");
        return false;
    }
    spec.type = text[(*i)++];
    if (spec.type == '%') {
        sb_append_char(out, '%');
        return true;
    }
    if (!used_key) {
        arg = percent_next_arg(pa);
        if (is_null(arg))
            return false;
    }
    switch (spec.type) {
    case 'b':
    case 's':
        if (pa->bytes_mode)
            return percent_bytes_text(out, arg, &spec);
        if (spec.type == 'b')
            break;
        return percent_text(out, arg, &spec);
    case 'r':
    case 'a':
        if (pa->bytes_mode)
            spec.type = 'a'; /* bytes have no non-ASCII repr */
        return percent_text(out, arg, &spec);
    case 'd':
    case 'i':
    case 'u':
    case 'x':
    case 'X':
    case 'o':
        return percent_integer(out, arg, &spec);
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
        return percent_float(out, arg, &spec);
    case 'c':
        return pa->bytes_mode ? percent_byte_char(out, arg, &spec) : percent_char(out, arg, &spec);
    }
    int64_t at = *i - 1;
    int used;
    uint32_t cp = utf8_decode(text + at, &used);
    char shown[5] = {0};
    utf8_encode(cp, shown);
    raise_error(&type_value_error, "unsupported format character '%s' (0x%x) at index %lld", shown,
                cp, (long long)percent_codepoint_index(text, at));
    return false;
}

/* Whether `fmt % v` treats v as a mapping for %(key)s (CPython: it has
 * __getitem__ and is neither a tuple nor a str). */
static bool percent_is_mapping(Value v) {
    if (is_dict(v))
        return true;
    if (is_tuple(v) || is_str(v) || v.tag != VAL_OBJ)
        return false;
    return !is_null(type_lookup_cstr(value_type(v), "__getitem__"));
}

/* The engine behind str % args and bytes % args. */
static Value percent_format(Str *format, Value args, bool bytes_mode) {
    PercentArgs pa = {args, NULL, -1, 0, value_null(), bytes_mode};
    if (is_tuple(args)) {
        pa.items = as_tuple(args)->items;
        pa.count = as_tuple(args)->length;
    }
    if (percent_is_mapping(args))
        pa.mapping = args;
    StrBuilder out;
    sb_init(&out);
    const char *text = format->data;
    int64_t length = format->byte_length;
    for (int64_t i = 0; i < length;) {
        const char *percent = memchr(text + i, '%', (size_t)(length - i));
        if (!percent) {
            sb_append(&out, text + i, length - i);
            break;
        }
        sb_append(&out, text + i, percent - (text + i));
        i = percent - text + 1;
        if (!percent_conversion(&out, text, length, &i, &pa)) {
            sb_free(&out);
            return value_null();
        }
    }
    bool leftover = pa.count < 0 ? pa.next == 0 : pa.next < pa.count;
    if (leftover && is_null(pa.mapping)) {
        sb_free(&out);
        return raise_error(&type_type_error,
                           "not all arguments converted during string formatting");
    }
    return str_value(sb_finish(&out));
}

/* format % args: printf-style conversions with CPython's rules for a
 * single argument, a tuple, and a mapping (%(name)s). */
Value str_percent_format(Str *format, Value args) {
    return percent_format(format, args, false);
}

/* bytes % args, for bytes.c: [latin1_format] holds the bytes as code points
 * 0..255 and so does the result; %s/%b take bytes, %r/%a give ascii(). */
Value str_percent_format_bytes(Str *latin1_format, Value args) {
    return percent_format(latin1_format, args, true);
}
