/* str_methods.c — the methods of str: split, strip, find, upper, isdigit ...
 *
 * Everything `"abc".name(...)` reaches lives here, together with what only
 * the methods need: the argument parser they share with format.c and
 * bytes.c (str_parse_args, with CPython's three wordings of its errors),
 * start/end resolution for find()-style methods, and the Unicode character
 * classes and case mappings behind isalpha(), upper() and friends.
 *
 * The methods work on the UTF-8 bytes wherever they can: find(), count(),
 * split(sep) and replace() search bytes (memmem), because a UTF-8 match can
 * only start at a code point boundary, and convert byte offsets back to
 * indices only for the result. The per-character methods (strip(chars),
 * case changes, is*()) decode code point by code point.
 *
 * Character classes beyond ASCII come from the C library's "C.UTF-8"
 * locale (towupper_l, iswalpha_l), loaded by str_methods_init, with small
 * tables where Python's Unicode database differs (printability, numerics).
 *
 * The Str object itself (construction, interning, indexing, the type's
 * slots) is in str.c; str_internal.h declares what the two files share.
 *
 * Sections: character classes · argument helpers · methods (splitting,
 * searching, case, is*(), padding, formatting and encoding) · the table.
 */
#define _GNU_SOURCE
#include <locale.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wctype.h>

#include "str.h"
#include "str_internal.h"
#include "bytes.h"
#include "dict.h"
#include "exc.h"
#include "vm.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "range.h"
#include "tuple.h"
#include "types_init.h"

static locale_t str_unicode_locale;

/* ======================================================================
 * Character classes (Python's Unicode rules, approximated)
 * ====================================================================== */

/* str.isspace / split(): Python's whitespace set. */
bool str_is_space_codepoint(uint32_t cp) {
    if (cp < 128)
        return cp == ' ' || (cp >= 9 && cp <= 13) || (cp >= 0x1C && cp <= 0x1F);
    return cp == 0x85 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) ||
           cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

/* Whether repr() shows the character as is (Python's isprintable). */
bool str_is_printable_codepoint(uint32_t cp) {
    if (cp < 128)
        return cp >= 0x20 && cp < 0x7F;
    if (cp < 0xA0)
        return false;
    if (cp == 0xAD || str_is_space_codepoint(cp))
        return false;
    if ((cp >= 0x600 && cp <= 0x605) || cp == 0x61C || cp == 0x6DD || cp == 0x70F || cp == 0x180E)
        return false;
    if ((cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) ||
        (cp >= 0x2060 && cp <= 0x206F) || cp == 0xFEFF || (cp >= 0xFFF9 && cp <= 0xFFFB))
        return false;
    if ((cp >= 0xD800 && cp <= 0xF8FF) || cp >= 0xF0000 || (cp >= 0xE0000 && cp <= 0xE0FFF))
        return false;
    if (cp >= 0x1F000 && cp <= 0x1FAFF)
        return true; /* emoji: libc tables may lag */
    return str_unicode_locale ? iswprint_l(cp, str_unicode_locale) != 0 : true;
}

static bool str_is_alpha_codepoint(uint32_t cp) {
    if (cp < 128)
        return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
    return str_unicode_locale && iswalpha_l(cp, str_unicode_locale);
}

static int str_decimal_value(uint32_t cp) {
    static const uint32_t zeros[] = {'0',   0x660, 0x6F0, 0x7C0, 0x966,  0x9E6,
                                     0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66,  0xCE6,
                                     0xD66, 0xE50, 0xED0, 0xF20, 0x1040, 0xFF10};
    for (size_t i = 0; i < sizeof zeros / sizeof zeros[0]; i++)
        if (cp >= zeros[i] && cp <= zeros[i] + 9)
            return (int)(cp - zeros[i]);
    return -1;
}

static bool str_is_decimal_codepoint(uint32_t cp) {
    return str_decimal_value(cp) >= 0;
}

static bool str_is_digit_codepoint(uint32_t cp) {
    return str_is_decimal_codepoint(cp) || cp == 0xB2 || cp == 0xB3 || cp == 0xB9 ||
           (cp >= 0x2070 && cp <= 0x2079 && cp != 0x2071 && cp != 0x2072 && cp != 0x2073) ||
           (cp >= 0x2080 && cp <= 0x2089) || (cp >= 0x2460 && cp <= 0x2468) ||
           (cp >= 0x2474 && cp <= 0x247C) || (cp >= 0x2488 && cp <= 0x2490) || cp == 0x24EA ||
           (cp >= 0x2776 && cp <= 0x277E);
}

static bool str_is_numeric_codepoint(uint32_t cp) {
    static const char *const cjk = "〇一二三四五六七八九十百千万亿兆零壹贰叁肆伍陆柒捌玖拾佰仟萬億";
    if (str_is_digit_codepoint(cp))
        return true;
    if ((cp >= 0xBC && cp <= 0xBE) || (cp >= 0x2150 && cp <= 0x2189) ||
        (cp >= 0x2469 && cp <= 0x2473) || (cp >= 0x3021 && cp <= 0x3029))
        return true;
    for (const char *p = cjk; *p;) {
        int used;
        if (utf8_decode(p, &used) == cp)
            return true;
        p += used;
    }
    return false;
}

static bool str_is_upper_codepoint(uint32_t cp) {
    if (cp < 128)
        return cp >= 'A' && cp <= 'Z';
    return str_unicode_locale && iswupper_l(cp, str_unicode_locale);
}

static bool str_is_lower_codepoint(uint32_t cp) {
    if (cp < 128)
        return cp >= 'a' && cp <= 'z';
    return str_unicode_locale && iswlower_l(cp, str_unicode_locale);
}

static bool str_is_cased_codepoint(uint32_t cp) {
    return str_is_upper_codepoint(cp) || str_is_lower_codepoint(cp);
}

static uint32_t str_to_upper_codepoint(uint32_t cp) {
    if (cp < 128)
        return cp >= 'a' && cp <= 'z' ? cp - 32 : cp;
    return str_unicode_locale ? (uint32_t)towupper_l(cp, str_unicode_locale) : cp;
}

static uint32_t str_to_lower_codepoint(uint32_t cp) {
    if (cp < 128)
        return cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
    return str_unicode_locale ? (uint32_t)towlower_l(cp, str_unicode_locale) : cp;
}

/* ======================================================================
 * Argument helpers
 * ====================================================================== */

/* Map [nargs] positional arguments and keyword arguments onto [names]
 * (NULL-terminated; NULL [names] = positional only), storing VAL_NULL for
 * absent ones in out[0..max). Raises TypeError with CPython's wording. */
bool str_parse_args(const char *function_name, Value *args, int nargs, Tuple *kwnames,
                    const char *const *names, int min, int max, Value *out) {
    /* CPython words these errors three ways, by how each method parses its
     * arguments: "str.zfill() takes exactly one argument (0 given)" for
     * one-argument and no-argument methods (named "str.zfill" here),
     * "find() takes at least 1 argument (0 given)" for keyword-accepting
     * ones and those named "find()", and "replace expected at least 2
     * arguments, got 1" for the other positional-only ones. */
    if (nargs <= max && nargs >= min && (!kwnames || kwnames->length == 0)) {
        /* the common case: positional arguments only, the right count */
        for (int i = 0; i < max; i++) {
            out[i] = i < nargs ? args[i] : value_null();
            if (str_is_subclass_instance(out[i])) {
                Str *plain = str_unwrap(out[i]);
                if (!plain)
                    return false;
                out[i] = str_value(plain);
            }
        }
        return true;
    }
    char name[64];
    size_t name_length = strlen(function_name);
    bool dotted = strchr(function_name, '.') != NULL;
    bool old_style =
        names != NULL || (name_length > 2 && strcmp(function_name + name_length - 2, "()") == 0);
    snprintf(name, sizeof name, "%.*s",
             (int)(old_style && names == NULL ? name_length - 2 : name_length), function_name);
    for (int i = 0; i < max; i++)
        out[i] = value_null();
    if (nargs > max) {
        if (dotted && max == 0)
            raise_error(&type_type_error, "%s() takes no arguments (%d given)", name, nargs);
        else if (dotted)
            raise_error(&type_type_error, "%s() takes exactly one argument (%d given)", name,
                        nargs);
        else if (old_style)
            raise_error(&type_type_error, "%s() takes at most %d argument%s (%d given)", name, max,
                        max == 1 ? "" : "s", nargs);
        else
            raise_error(&type_type_error, "%s expected at most %d argument%s, got %d", name, max,
                        max == 1 ? "" : "s", nargs);
        return false;
    }
    for (int i = 0; i < nargs; i++)
        out[i] = args[i];
    int nkw = kwnames ? (int)kwnames->length : 0;
    if (nkw && !names) {
        raise_error(&type_type_error, "%s%s() takes no keyword arguments", dotted ? "" : "str.",
                    name);
        return false;
    }
    for (int k = 0; k < nkw; k++) {
        Str *key = as_str(kwnames->items[k]);
        int slot = -1;
        for (int i = 0; names[i] && i < max; i++)
            if (str_equal_cstr(key, names[i]))
                slot = i;
        if (slot < 0) {
            raise_error(&type_type_error, "'%s' is an invalid keyword argument for %s()", key->data,
                        name);
            return false;
        }
        if (!is_null(out[slot])) {
            raise_error(&type_type_error,
                        "argument for %s() given by name ('%s') and position (%d)", name, key->data,
                        slot + 1);
            return false;
        }
        out[slot] = args[nargs + k];
    }
    /* methods see instances of str subclasses as plain strs */
    for (int i = 0; i < max; i++)
        if (str_is_subclass_instance(out[i])) {
            Str *plain = str_unwrap(out[i]);
            if (!plain)
                return false;
            out[i] = str_value(plain);
        }
    int given = 0;
    for (int i = 0; i < min; i++)
        if (!is_null(out[i]))
            given++;
    if (given < min) {
        if (dotted)
            raise_error(&type_type_error, "%s() takes exactly one argument (%d given)", name,
                        given);
        else if (old_style)
            raise_error(&type_type_error, "%s() takes at least %d argument%s (%d given)", name, min,
                        min == 1 ? "" : "s", given);
        else
            raise_error(&type_type_error, "%s expected at least %d argument%s, got %d", name, min,
                        min == 1 ? "" : "s", given);
        return false;
    }
    return true;
}

/* An integer argument (int or __index__), with CPython's message. */
bool str_int_argument(Value v, int64_t *out) {
    if (is_float(v) || !is_int_like(v)) {
        Value index = is_float(v) ? value_null() : obj_lookup_attr(v, str_intern("__index__"));
        if (is_null(index)) {
            if (!error_pending())
                raise_error(&type_type_error, "'%s' object cannot be interpreted as an integer",
                            value_type_name(v));
            return false;
        }
        v = obj_call(index, NULL, 0, NULL);
        if (is_null(v))
            return false;
    }
    if (!int_as_int64(v, out)) {
        error_clear();
        raise_error(&type_overflow_error, "Python int too large to convert to C ssize_t");
        return false;
    }
    return true;
}

static bool str_argument(Value v, Str **out) {
    if (!is_str(v)) {
        raise_error(&type_type_error, "must be str, not %s", value_type_name(v));
        return false;
    }
    *out = as_str(v);
    return true;
}

/* A start/end bound: an int (huge ones clamp) or an __index__ object. */
static bool str_bound_argument(Value v, int64_t *out) {
    if (!is_int_like(v)) {
        Value index = is_float(v) ? value_null() : obj_lookup_attr(v, str_intern("__index__"));
        if (is_null(index)) {
            if (!error_pending())
                raise_error(&type_type_error,
                            "slice indices must be integers or None or have an __index__ method");
            return false;
        }
        v = obj_call(index, NULL, 0, NULL);
        if (is_null(v))
            return false;
    }
    if (!int_as_int64(v, out)) {
        error_clear();
        *out = int_sign(v) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
    }
    return true;
}

/* Resolve optional start/end (None allowed) against [length] as slicing
 * does, except that start is not clamped above (find('', 9) is -1). */
bool str_slice_bounds(Value start_value, Value end_value, int64_t length, int64_t *start,
                      int64_t *end) {
    *start = 0;
    *end = length;
    if (!is_null(start_value) && !is_none(start_value)) {
        if (!str_bound_argument(start_value, start))
            return false;
        if (*start < 0)
            *start = *start + length < 0 ? 0 : *start + length;
    }
    if (!is_null(end_value) && !is_none(end_value)) {
        if (!str_bound_argument(end_value, end))
            return false;
        if (*end < 0)
            *end = *end + length < 0 ? 0 : *end + length;
        if (*end > length)
            *end = length;
    }
    return true;
}

/* ======================================================================
 * Methods: splitting and joining
 * ====================================================================== */

#define SELF str_unwrap(args[0])

static bool str_list_add(List *list, const char *bytes, int64_t length) {
    Str *piece = str_new(bytes, length);
    return piece && list_append(list, str_value(piece));
}

/* Byte length of the whitespace code point at [p] (0 if not whitespace). */
static int str_space_at(const char *p, const char *end) {
    if (p >= end)
        return 0;
    unsigned char c = (unsigned char)*p;
    if (c < 0x80)
        return str_is_space_codepoint(c) ? 1 : 0;
    int used;
    uint32_t cp = utf8_decode(p, &used);
    return str_is_space_codepoint(cp) ? used : 0;
}

/* The byte length of the code point that ends just before [p]. */
static int str_previous_length(const char *start, const char *p) {
    int n = 1;
    while (p - n > start && ((unsigned char)p[-n] & 0xC0) == 0x80)
        n++;
    return n;
}

static Value str_split_whitespace(Str *s, int64_t maxsplit) {
    List *list = list_new(0);
    if (!list)
        return value_null();
    const char *p = s->data, *end = s->data + s->byte_length;
    int n;
    for (;;) {
        while ((n = str_space_at(p, end)))
            p += n;
        if (p >= end)
            break;
        if (maxsplit == 0) {
            if (!str_list_add(list, p, end - p))
                return value_null();
            break;
        }
        const char *word = p;
        while (p < end && !str_space_at(p, end)) {
            int used;
            utf8_decode(p, &used);
            p += used;
        }
        if (!str_list_add(list, word, p - word))
            return value_null();
        if (maxsplit > 0)
            maxsplit--;
    }
    return value_object(list);
}

static Value str_rsplit_whitespace(Str *s, int64_t maxsplit) {
    List *list = list_new(0);
    if (!list)
        return value_null();
    const char *start = s->data, *p = s->data + s->byte_length;
    for (;;) {
        while (p > start) {
            int back = str_previous_length(start, p);
            if (!str_space_at(p - back, p))
                break;
            p -= back;
        }
        if (p <= start)
            break;
        if (maxsplit == 0) {
            if (!str_list_add(list, start, p - start))
                return value_null();
            break;
        }
        const char *word_end = p;
        while (p > start) {
            int back = str_previous_length(start, p);
            if (str_space_at(p - back, p))
                break;
            p -= back;
        }
        if (!str_list_add(list, p, word_end - p))
            return value_null();
        if (maxsplit > 0)
            maxsplit--;
    }
    /* collected right to left: reverse */
    for (int64_t i = 0, j = list->length - 1; i < j; i++, j--) {
        Value t = list->items[i];
        list->items[i] = list->items[j];
        list->items[j] = t;
    }
    return value_object(list);
}

static Value str_split_separator(Str *s, Str *sep, int64_t maxsplit, bool from_right) {
    if (sep->byte_length == 0)
        return raise_error(&type_value_error, "empty separator");
    List *list = list_new(0);
    if (!list)
        return value_null();
    const char *data = s->data;
    int64_t n = sep->byte_length;
    if (!from_right) {
        int64_t pos = 0;
        while (maxsplit != 0) {
            const char *hit =
                memmem(data + pos, (size_t)(s->byte_length - pos), sep->data, (size_t)n);
            if (!hit)
                break;
            if (!str_list_add(list, data + pos, hit - (data + pos)))
                return value_null();
            pos = hit - data + n;
            if (maxsplit > 0)
                maxsplit--;
        }
        if (!str_list_add(list, data + pos, s->byte_length - pos))
            return value_null();
        return value_object(list);
    }
    int64_t end = s->byte_length;
    while (maxsplit != 0) {
        int64_t hit = -1;
        for (int64_t i = end - n; i >= 0; i--)
            if (memcmp(data + i, sep->data, (size_t)n) == 0) {
                hit = i;
                break;
            }
        if (hit < 0)
            break;
        if (!str_list_add(list, data + hit + n, end - hit - n))
            return value_null();
        end = hit;
        if (maxsplit > 0)
            maxsplit--;
    }
    if (!str_list_add(list, data, end))
        return value_null();
    for (int64_t i = 0, j = list->length - 1; i < j; i++, j--) {
        Value t = list->items[i];
        list->items[i] = list->items[j];
        list->items[j] = t;
    }
    return value_object(list);
}

static Value str_split_common(const char *name, Value *args, int nargs, Tuple *kwnames,
                              bool from_right) {
    static const char *const names[] = {"sep", "maxsplit", NULL};
    Value parsed[2];
    if (!str_parse_args(name, args + 1, nargs - 1, kwnames, names, 0, 2, parsed))
        return value_null();
    int64_t maxsplit = -1;
    if (!is_null(parsed[1]) && !str_int_argument(parsed[1], &maxsplit))
        return value_null();
    if (maxsplit < 0)
        maxsplit = -1;
    if (is_null(parsed[0]) || is_none(parsed[0]))
        return from_right ? str_rsplit_whitespace(SELF, maxsplit)
                          : str_split_whitespace(SELF, maxsplit);
    if (!is_str(parsed[0]))
        return raise_error(&type_type_error, "must be str or None, not %s",
                           value_type_name(parsed[0]));
    return str_split_separator(SELF, as_str(parsed[0]), maxsplit, from_right);
}

static Value str_method_split(Value *args, int nargs, Tuple *kwnames) {
    return str_split_common("split", args, nargs, kwnames, false);
}

static Value str_method_rsplit(Value *args, int nargs, Tuple *kwnames) {
    return str_split_common("rsplit", args, nargs, kwnames, true);
}

/* Length in bytes of the line break at [p], 0 if none (\r\n counts 2). */
static int str_line_break_at(const char *p, const char *end) {
    unsigned char c = (unsigned char)*p;
    if (c == '\r')
        return p + 1 < end && p[1] == '\n' ? 2 : 1;
    if (c == '\n' || c == '\v' || c == '\f' || (c >= 0x1C && c <= 0x1E))
        return 1;
    if (c < 0x80)
        return 0;
    int used;
    uint32_t cp = utf8_decode(p, &used);
    return cp == 0x85 || cp == 0x2028 || cp == 0x2029 ? used : 0;
}

static Value str_method_splitlines(Value *args, int nargs, Tuple *kwnames) {
    static const char *const names[] = {"keepends", NULL};
    Value parsed[1];
    if (!str_parse_args("splitlines", args + 1, nargs - 1, kwnames, names, 0, 1, parsed))
        return value_null();
    int keepends = 0;
    if (!is_null(parsed[0]) && (keepends = obj_truthy(parsed[0])) < 0)
        return value_null();
    Str *s = SELF;
    List *list = list_new(0);
    if (!list)
        return value_null();
    const char *p = s->data, *end = s->data + s->byte_length, *line = p;
    while (p < end) {
        int n = str_line_break_at(p, end);
        if (!n) {
            int used;
            utf8_decode(p, &used);
            p += used;
            continue;
        }
        if (!str_list_add(list, line, p - line + (keepends ? n : 0)))
            return value_null();
        p += n;
        line = p;
    }
    if (line < end && !str_list_add(list, line, end - line))
        return value_null();
    return value_object(list);
}

/* join when some items are instances of str subclasses: unwrap each. */
static Value str_join_slow(Str *sep, Value *items, int64_t count) {
    StrBuilder sb;
    sb_init(&sb);
    for (int64_t i = 0; i < count; i++) {
        Str *item = str_unwrap(items[i]);
        if (!item) {
            sb_free(&sb);
            if (error_pending())
                return value_null();
            return raise_error(&type_type_error,
                               "sequence item %lld: expected str instance, %s found", (long long)i,
                               value_type_name(items[i]));
        }
        if (i)
            sb_append_str(&sb, sep);
        sb_append_str(&sb, item);
    }
    return str_value(sb_finish(&sb));
}

/* sep.join(iterable) */
static Value str_method_join(Value *args, int nargs, Tuple *kwnames) {
    if (!str_parse_args("str.join", args + 1, nargs - 1, kwnames, NULL, 1, 1, (Value[1]){0}))
        return value_null();
    Str *sep = SELF;
    Value iterable = args[1];
    Value *items;
    int64_t count;
    if (is_list(iterable) || is_tuple(iterable)) {
        items = is_list(iterable) ? as_list(iterable)->items : as_tuple(iterable)->items;
        count = is_list(iterable) ? as_list(iterable)->length : as_tuple(iterable)->length;
    } else {
        List *list = list_from_iterable(iterable);
        if (!list)
            return value_null();
        items = list->items;
        count = list->length;
    }
    if (count == 1 && is_str(items[0]))
        return items[0];
    if (count == 1 && str_is_subclass_instance(items[0]))
        return str_join_slow(sep, items, count);
    int64_t total = 0;
    for (int64_t i = 0; i < count; i++) {
        if (str_is_subclass_instance(items[i]))
            return str_join_slow(sep, items, count);
        if (!is_str(items[i]))
            return raise_error(&type_type_error,
                               "sequence item %lld: expected str instance, %s found", (long long)i,
                               value_type_name(items[i]));
        total += as_str(items[i])->byte_length + (i ? sep->byte_length : 0);
    }
    Str *result = str_alloc(total);
    if (!result)
        return value_null();
    char *out = result->data;
    for (int64_t i = 0; i < count; i++) {
        if (i) {
            memcpy(out, sep->data, (size_t)sep->byte_length);
            out += sep->byte_length;
        }
        Str *item = as_str(items[i]);
        memcpy(out, item->data, (size_t)item->byte_length);
        out += item->byte_length;
    }
    str_finish_lengths(result);
    return str_value(result);
}

/* ======================================================================
 * Methods: strip, replace, search
 * ====================================================================== */

static bool str_in_chars(uint32_t cp, Str *chars) {
    if (!chars)
        return str_is_space_codepoint(cp);
    if (chars->is_ascii)
        return cp < 128 && memchr(chars->data, (int)cp, (size_t)chars->byte_length);
    for (int64_t i = 0; i < chars->byte_length;) {
        int used;
        if (utf8_decode(chars->data + i, &used) == cp)
            return true;
        i += used;
    }
    return false;
}

static Value str_strip_common(const char *name, Value *args, int nargs, Tuple *kwnames, bool left,
                              bool right) {
    Value parsed[1];
    if (!str_parse_args(name, args + 1, nargs - 1, kwnames, NULL, 0, 1, parsed))
        return value_null();
    Str *chars = NULL;
    if (!is_null(parsed[0]) && !is_none(parsed[0])) {
        if (!is_str(parsed[0]))
            return raise_error(&type_type_error, "%s arg must be None or str", name);
        chars = as_str(parsed[0]);
    }
    Str *s = SELF;
    const char *start = s->data, *end = s->data + s->byte_length;
    while (left && start < end) {
        int used;
        uint32_t cp = utf8_decode(start, &used);
        if (!str_in_chars(cp, chars))
            break;
        start += used;
    }
    while (right && end > start) {
        int back = str_previous_length(start, end), used;
        uint32_t cp = utf8_decode(end - back, &used);
        if (!str_in_chars(cp, chars))
            break;
        end -= back;
    }
    if (start == s->data && end == s->data + s->byte_length)
        return str_value(s);
    return str_value(str_new(start, end - start));
}

static Value str_method_strip(Value *args, int nargs, Tuple *kwnames) {
    return str_strip_common("strip", args, nargs, kwnames, true, true);
}
static Value str_method_lstrip(Value *args, int nargs, Tuple *kwnames) {
    return str_strip_common("lstrip", args, nargs, kwnames, true, false);
}
static Value str_method_rstrip(Value *args, int nargs, Tuple *kwnames) {
    return str_strip_common("rstrip", args, nargs, kwnames, false, true);
}

static Value str_method_replace(Value *args, int nargs, Tuple *kwnames) {
    Value parsed[3];
    if (!str_parse_args("replace", args + 1, nargs - 1, kwnames, NULL, 2, 3, parsed))
        return value_null();
    for (int i = 0; i < 2; i++)
        if (!is_str(parsed[i]))
            return raise_error(&type_type_error, "replace() argument %d must be str, not %s", i + 1,
                               value_type_name(parsed[i]));
    int64_t count = -1;
    if (!is_null(parsed[2]) && !str_int_argument(parsed[2], &count))
        return value_null();
    Str *s = SELF, *old = as_str(parsed[0]), *new = as_str(parsed[1]);
    StrBuilder sb;
    sb_init(&sb);
    if (old->byte_length == 0) {
        int64_t i = 0;
        for (; i < s->byte_length && count != 0; count--) {
            int used;
            sb_append_str(&sb, new);
            utf8_decode(s->data + i, &used);
            sb_append(&sb, s->data + i, used);
            i += used;
        }
        if (count != 0)
            sb_append_str(&sb, new);
        sb_append(&sb, s->data + i, s->byte_length - i);
        return str_value(sb_finish(&sb));
    }
    int64_t pos = 0;
    bool changed = false;
    while (count != 0) {
        const char *hit = memmem(s->data + pos, (size_t)(s->byte_length - pos), old->data,
                                 (size_t)old->byte_length);
        if (!hit)
            break;
        sb_append(&sb, s->data + pos, hit - (s->data + pos));
        sb_append_str(&sb, new);
        pos = hit - s->data + old->byte_length;
        changed = true;
        if (count > 0)
            count--;
    }
    if (!changed) {
        sb_free(&sb);
        return str_value(s);
    }
    sb_append(&sb, s->data + pos, s->byte_length - pos);
    return str_value(sb_finish(&sb));
}

/* Parse (sub, start, end) and resolve the range to byte offsets. Returns
 * false with an exception on bad arguments; *empty_range says start > len. */
typedef struct SearchArgs {
    Str *s, *sub;
    int64_t start, end;           /* code point indices */
    int64_t byte_start, byte_end; /* the same as byte offsets */
    bool out_of_range;            /* start beyond the end: nothing matches */
} SearchArgs;

static bool str_search_args(const char *name, Value *args, int nargs, Tuple *kwnames,
                            SearchArgs *out) {
    Value parsed[3];
    if (!str_parse_args(name, args + 1, nargs - 1, kwnames, NULL, 1, 3, parsed))
        return false;
    if (!str_argument(parsed[0], &out->sub))
        return false;
    out->s = SELF;
    if (!str_slice_bounds(parsed[1], parsed[2], out->s->length, &out->start, &out->end))
        return false;
    out->out_of_range = out->start > out->s->length || out->end - out->start < out->sub->length;
    if (out->out_of_range)
        return true;
    out->byte_start = str_byte_offset(out->s, out->start);
    out->byte_end = str_byte_offset(out->s, out->end);
    return true;
}

/* Code point index of the first/last match in the range, -1 if none. */
static int64_t str_search(SearchArgs *a, bool from_right) {
    if (a->out_of_range)
        return -1;
    const char *base = a->s->data;
    int64_t n = a->sub->byte_length;
    if (!from_right) {
        const char *hit = memmem(base + a->byte_start, (size_t)(a->byte_end - a->byte_start),
                                 a->sub->data, (size_t)n);
        return hit ? str_index_of_offset(a->s, hit - base) : -1;
    }
    for (int64_t i = a->byte_end - n; i >= a->byte_start; i--)
        if (memcmp(base + i, a->sub->data, (size_t)n) == 0)
            return str_index_of_offset(a->s, i);
    return -1;
}

static Value str_find_common(const char *name, Value *args, int nargs, Tuple *kwnames,
                             bool from_right, bool raise) {
    SearchArgs a;
    if (!str_search_args(name, args, nargs, kwnames, &a))
        return value_null();
    int64_t index = str_search(&a, from_right);
    if (index < 0 && raise)
        return raise_error(&type_value_error, "substring not found");
    return value_int(index);
}

static Value str_method_find(Value *args, int nargs, Tuple *kwnames) {
    return str_find_common("find()", args, nargs, kwnames, false, false);
}
static Value str_method_rfind(Value *args, int nargs, Tuple *kwnames) {
    return str_find_common("rfind()", args, nargs, kwnames, true, false);
}
static Value str_method_index(Value *args, int nargs, Tuple *kwnames) {
    return str_find_common("index()", args, nargs, kwnames, false, true);
}
static Value str_method_rindex(Value *args, int nargs, Tuple *kwnames) {
    return str_find_common("rindex()", args, nargs, kwnames, true, true);
}

static Value str_method_count(Value *args, int nargs, Tuple *kwnames) {
    SearchArgs a;
    if (!str_search_args("count()", args, nargs, kwnames, &a))
        return value_null();
    if (a.out_of_range)
        return value_int(0);
    if (a.sub->byte_length == 0)
        return value_int(a.end - a.start + 1);
    int64_t count = 0, pos = a.byte_start;
    for (;;) {
        const char *hit = memmem(a.s->data + pos, (size_t)(a.byte_end - pos), a.sub->data,
                                 (size_t)a.sub->byte_length);
        if (!hit)
            break;
        count++;
        pos = hit - a.s->data + a.sub->byte_length;
    }
    return value_int(count);
}

static Value str_affix_common(const char *name, Value *args, int nargs, Tuple *kwnames,
                              bool suffix) {
    Value parsed[3];
    if (!str_parse_args(name, args + 1, nargs - 1, kwnames, NULL, 1, 3, parsed))
        return value_null();
    Str *s = SELF;
    int64_t start, end;
    if (!str_slice_bounds(parsed[1], parsed[2], s->length, &start, &end))
        return value_null();
    Value *candidates = &parsed[0];
    int64_t count = 1;
    if (is_tuple(parsed[0])) {
        candidates = as_tuple(parsed[0])->items;
        count = as_tuple(parsed[0])->length;
    }
    for (int64_t i = 0; i < count; i++) {
        if (!is_str(candidates[i])) {
            if (candidates == &parsed[0])
                return raise_error(
                    &type_type_error, "%s first arg must be str or a tuple of str, not %s",
                    suffix ? "endswith" : "startswith", value_type_name(candidates[i]));
            return raise_error(&type_type_error, "tuple for %s must only contain str, not %s",
                               suffix ? "endswith" : "startswith", value_type_name(candidates[i]));
        }
        Str *affix = as_str(candidates[i]);
        if (start > s->length || end - start < affix->length)
            continue;
        int64_t from = suffix ? str_byte_offset(s, end - affix->length) : str_byte_offset(s, start);
        if (memcmp(s->data + from, affix->data, (size_t)affix->byte_length) == 0)
            return value_bool(true);
    }
    return value_bool(false);
}

static Value str_method_startswith(Value *args, int nargs, Tuple *kwnames) {
    return str_affix_common("startswith()", args, nargs, kwnames, false);
}
static Value str_method_endswith(Value *args, int nargs, Tuple *kwnames) {
    return str_affix_common("endswith()", args, nargs, kwnames, true);
}

static Value str_method_removeprefix(Value *args, int nargs, Tuple *kwnames) {
    Value parsed[1];
    if (!str_parse_args("str.removeprefix", args + 1, nargs - 1, kwnames, NULL, 1, 1, parsed))
        return value_null();
    if (!is_str(parsed[0]))
        return raise_error(&type_type_error, "removeprefix() argument must be str, not %s",
                           value_type_name(parsed[0]));
    Str *s = SELF, *prefix = as_str(parsed[0]);
    if (prefix->byte_length <= s->byte_length &&
        memcmp(s->data, prefix->data, (size_t)prefix->byte_length) == 0)
        return str_value(
            str_new(s->data + prefix->byte_length, s->byte_length - prefix->byte_length));
    return str_value(s);
}

static Value str_method_removesuffix(Value *args, int nargs, Tuple *kwnames) {
    Value parsed[1];
    if (!str_parse_args("str.removesuffix", args + 1, nargs - 1, kwnames, NULL, 1, 1, parsed))
        return value_null();
    if (!is_str(parsed[0]))
        return raise_error(&type_type_error, "removesuffix() argument must be str, not %s",
                           value_type_name(parsed[0]));
    Str *s = SELF, *suffix = as_str(parsed[0]);
    int64_t keep = s->byte_length - suffix->byte_length;
    if (suffix->byte_length > 0 && keep >= 0 &&
        memcmp(s->data + keep, suffix->data, (size_t)suffix->byte_length) == 0)
        return str_value(str_new(s->data, keep));
    return str_value(s);
}

static Value str_partition_common(const char *name, Value *args, int nargs, Tuple *kwnames,
                                  bool from_right) {
    Value parsed[1];
    if (!str_parse_args(name, args + 1, nargs - 1, kwnames, NULL, 1, 1, parsed))
        return value_null();
    Str *s = SELF, *sep;
    if (!str_argument(parsed[0], &sep))
        return value_null();
    if (sep->byte_length == 0)
        return raise_error(&type_value_error, "empty separator");
    int64_t hit = -1;
    if (!from_right) {
        const char *p =
            memmem(s->data, (size_t)s->byte_length, sep->data, (size_t)sep->byte_length);
        if (p)
            hit = p - s->data;
    } else {
        for (int64_t i = s->byte_length - sep->byte_length; i >= 0; i--)
            if (memcmp(s->data + i, sep->data, (size_t)sep->byte_length) == 0) {
                hit = i;
                break;
            }
    }
    Value empty = str_value(str_empty());
    if (hit < 0)
        return from_right ? value_object(tuple_pack(3, empty, empty, str_value(s)))
                          : value_object(tuple_pack(3, str_value(s), empty, empty));
    Str *before = str_new(s->data, hit);
    Str *after = str_new(s->data + hit + sep->byte_length, s->byte_length - hit - sep->byte_length);
    return value_object(tuple_pack(3, str_value(before), str_value(sep), str_value(after)));
}

static Value str_method_partition(Value *args, int nargs, Tuple *kwnames) {
    return str_partition_common("str.partition", args, nargs, kwnames, false);
}
static Value str_method_rpartition(Value *args, int nargs, Tuple *kwnames) {
    return str_partition_common("str.rpartition", args, nargs, kwnames, true);
}

/* ======================================================================
 * Methods: case and character classes
 * ====================================================================== */

typedef enum CaseMode {
    CASE_UPPER,
    CASE_LOWER,
    CASE_SWAP,
    CASE_CAPITALIZE,
    CASE_TITLE,
    CASE_FOLD
} CaseMode;

static void str_append_upper(StrBuilder *sb, uint32_t cp) {
    if (cp == 0xDF)
        sb_append(sb, "SS", 2); /* ß has no one-letter capital */
    else
        sb_append_codepoint(sb, str_to_upper_codepoint(cp));
}

/* Whether a cased letter follows byte offset [i] (skipping nothing). */
static bool str_cased_follows(Str *s, int64_t i) {
    if (i >= s->byte_length)
        return false;
    int used;
    return str_is_cased_codepoint(utf8_decode(s->data + i, &used));
}

/* The ASCII-only case change: one byte in, one byte out, no decoding. */
static Str *str_change_case_ascii(Str *s, CaseMode mode) {
    Str *result = str_alloc(s->byte_length);
    if (!result)
        return NULL;
    result->length = s->length;
    result->is_ascii = true;
    bool previous_cased = false;
    for (int64_t i = 0; i < s->byte_length; i++) {
        char c = s->data[i];
        bool lower = c >= 'a' && c <= 'z', upper = c >= 'A' && c <= 'Z';
        bool make_upper;
        switch (mode) {
        case CASE_UPPER:
            make_upper = true;
            break;
        case CASE_SWAP:
            make_upper = lower;
            break;
        case CASE_CAPITALIZE:
            make_upper = i == 0;
            break;
        case CASE_TITLE:
            make_upper = !previous_cased;
            break;
        default:
            make_upper = false;
            break;
        }
        previous_cased = lower || upper;
        if (make_upper && lower)
            c = (char)(c - 32);
        else if (!make_upper && upper)
            c = (char)(c + 32);
        result->data[i] = c;
    }
    return result;
}

static Str *str_change_case(Str *s, CaseMode mode) {
    if (s->is_ascii)
        return str_change_case_ascii(s, mode);
    StrBuilder sb;
    sb_init(&sb);
    sb_reserve(&sb, s->byte_length);
    bool previous_cased = false, first = true;
    for (int64_t i = 0; i < s->byte_length; first = false) {
        int used;
        uint32_t cp = utf8_decode(s->data + i, &used);
        i += used;
        bool upper;
        switch (mode) {
        case CASE_UPPER:
            upper = true;
            break;
        case CASE_SWAP:
            upper = str_is_lower_codepoint(cp);
            break;
        case CASE_CAPITALIZE:
            upper = first;
            break;
        case CASE_TITLE:
            upper = !previous_cased;
            break;
        default:
            upper = false;
            break;
        }
        bool was_cased = previous_cased;
        previous_cased = str_is_cased_codepoint(cp);
        if (cp == 0x3A3 && !upper && mode != CASE_FOLD && was_cased && !str_cased_follows(s, i)) {
            sb_append_codepoint(&sb, 0x3C2); /* final sigma at the end of a word */
            continue;
        }
        if (mode == CASE_SWAP && !upper && !str_is_upper_codepoint(cp))
            sb_append_codepoint(&sb, cp);
        else if (upper)
            str_append_upper(&sb, cp);
        else if (mode == CASE_FOLD && cp == 0xDF)
            sb_append(&sb, "ss", 2);
        else if (cp == 0x130)
            sb_append(&sb, "i\xcc\x87", 3); /* İ lowers to i + combining dot */
        else
            sb_append_codepoint(&sb, str_to_lower_codepoint(cp));
    }
    return sb_finish(&sb);
}

static Value str_case_method(const char *name, Value *args, int nargs, Tuple *kwnames,
                             CaseMode mode) {
    if (!str_parse_args(name, args + 1, nargs - 1, kwnames, NULL, 0, 0, NULL))
        return value_null();
    return str_value(str_change_case(SELF, mode));
}

static Value str_method_upper(Value *args, int nargs, Tuple *kwnames) {
    return str_case_method("str.upper", args, nargs, kwnames, CASE_UPPER);
}
static Value str_method_lower(Value *args, int nargs, Tuple *kwnames) {
    return str_case_method("str.lower", args, nargs, kwnames, CASE_LOWER);
}
static Value str_method_casefold(Value *args, int nargs, Tuple *kwnames) {
    return str_case_method("str.casefold", args, nargs, kwnames, CASE_FOLD);
}
static Value str_method_swapcase(Value *args, int nargs, Tuple *kwnames) {
    return str_case_method("str.swapcase", args, nargs, kwnames, CASE_SWAP);
}
static Value str_method_capitalize(Value *args, int nargs, Tuple *kwnames) {
    return str_case_method("str.capitalize", args, nargs, kwnames, CASE_CAPITALIZE);
}
static Value str_method_title(Value *args, int nargs, Tuple *kwnames) {
    return str_case_method("str.title", args, nargs, kwnames, CASE_TITLE);
}

/* True when every code point satisfies [test] (and there is at least one). */
static Value str_all_codepoints(Value *args, int nargs, Tuple *kwnames, const char *name,
                                bool (*test)(uint32_t)) {
    if (!str_parse_args(name, args + 1, nargs - 1, kwnames, NULL, 0, 0, NULL))
        return value_null();
    Str *s = SELF;
    if (s->length == 0)
        return value_bool(false);
    for (int64_t i = 0; i < s->byte_length;) {
        int used;
        if (!test(utf8_decode(s->data + i, &used)))
            return value_bool(false);
        i += used;
    }
    return value_bool(true);
}

static bool str_is_alnum_codepoint(uint32_t cp) {
    return str_is_alpha_codepoint(cp) || str_is_numeric_codepoint(cp);
}

static Value str_method_isdigit(Value *args, int nargs, Tuple *kwnames) {
    return str_all_codepoints(args, nargs, kwnames, "str.isdigit", str_is_digit_codepoint);
}
static Value str_method_isdecimal(Value *args, int nargs, Tuple *kwnames) {
    return str_all_codepoints(args, nargs, kwnames, "str.isdecimal", str_is_decimal_codepoint);
}
static Value str_method_isnumeric(Value *args, int nargs, Tuple *kwnames) {
    return str_all_codepoints(args, nargs, kwnames, "str.isnumeric", str_is_numeric_codepoint);
}
static Value str_method_isalpha(Value *args, int nargs, Tuple *kwnames) {
    return str_all_codepoints(args, nargs, kwnames, "str.isalpha", str_is_alpha_codepoint);
}
static Value str_method_isalnum(Value *args, int nargs, Tuple *kwnames) {
    return str_all_codepoints(args, nargs, kwnames, "str.isalnum", str_is_alnum_codepoint);
}
static Value str_method_isspace(Value *args, int nargs, Tuple *kwnames) {
    return str_all_codepoints(args, nargs, kwnames, "str.isspace", str_is_space_codepoint);
}

static Value str_method_isascii(Value *args, int nargs, Tuple *kwnames) {
    if (!str_parse_args("str.isascii", args + 1, nargs - 1, kwnames, NULL, 0, 0, NULL))
        return value_null();
    return value_bool(SELF->is_ascii);
}

static Value str_method_isprintable(Value *args, int nargs, Tuple *kwnames) {
    if (!str_parse_args("str.isprintable", args + 1, nargs - 1, kwnames, NULL, 0, 0, NULL))
        return value_null();
    Str *s = SELF;
    for (int64_t i = 0; i < s->byte_length;) {
        int used;
        if (!str_is_printable_codepoint(utf8_decode(s->data + i, &used)))
            return value_bool(false);
        i += used;
    }
    return value_bool(true);
}

/* isupper/islower: some cased character, and none of the other case. */
static Value str_case_test(Value *args, int nargs, Tuple *kwnames, const char *name,
                           bool want_upper) {
    if (!str_parse_args(name, args + 1, nargs - 1, kwnames, NULL, 0, 0, NULL))
        return value_null();
    Str *s = SELF;
    bool cased = false;
    for (int64_t i = 0; i < s->byte_length;) {
        int used;
        uint32_t cp = utf8_decode(s->data + i, &used);
        i += used;
        if (want_upper ? str_is_lower_codepoint(cp) : str_is_upper_codepoint(cp))
            return value_bool(false);
        if (want_upper ? str_is_upper_codepoint(cp) : str_is_lower_codepoint(cp))
            cased = true;
    }
    return value_bool(cased);
}

static Value str_method_isupper(Value *args, int nargs, Tuple *kwnames) {
    return str_case_test(args, nargs, kwnames, "str.isupper", true);
}
static Value str_method_islower(Value *args, int nargs, Tuple *kwnames) {
    return str_case_test(args, nargs, kwnames, "str.islower", false);
}

static Value str_method_istitle(Value *args, int nargs, Tuple *kwnames) {
    if (!str_parse_args("str.istitle", args + 1, nargs - 1, kwnames, NULL, 0, 0, NULL))
        return value_null();
    Str *s = SELF;
    bool cased = false, previous_cased = false;
    for (int64_t i = 0; i < s->byte_length;) {
        int used;
        uint32_t cp = utf8_decode(s->data + i, &used);
        i += used;
        if (str_is_upper_codepoint(cp)) {
            if (previous_cased)
                return value_bool(false);
            previous_cased = cased = true;
        } else if (str_is_lower_codepoint(cp)) {
            if (!previous_cased)
                return value_bool(false);
            previous_cased = cased = true;
        } else {
            previous_cased = false;
        }
    }
    return value_bool(cased);
}

static Value str_method_isidentifier(Value *args, int nargs, Tuple *kwnames) {
    if (!str_parse_args("str.isidentifier", args + 1, nargs - 1, kwnames, NULL, 0, 0, NULL))
        return value_null();
    Str *s = SELF;
    if (s->length == 0)
        return value_bool(false);
    for (int64_t i = 0; i < s->byte_length;) {
        int used;
        uint32_t cp = utf8_decode(s->data + i, &used);
        bool ok = cp == '_' || str_is_alpha_codepoint(cp) ||
                  (i > 0 && str_is_decimal_codepoint(cp)) ||
                  (i > 0 && cp >= 128 && str_is_numeric_codepoint(cp));
        if (!ok)
            return value_bool(false);
        i += used;
    }
    return value_bool(true);
}

/* ======================================================================
 * Methods: padding and layout
 * ====================================================================== */

/* [left] and [right] copies of [fill] around [s]. */
static Str *str_pad(Str *s, int64_t left, int64_t right, uint32_t fill) {
    if (left <= 0 && right <= 0)
        return s;
    char buffer[4];
    int n = utf8_encode(fill, buffer);
    if (left < 0)
        left = 0;
    if (right < 0)
        right = 0;
    Str *result = str_alloc(s->byte_length + (left + right) * n);
    if (!result)
        return NULL;
    char *out = result->data;
    for (int64_t i = 0; i < left; i++, out += n)
        memcpy(out, buffer, (size_t)n);
    memcpy(out, s->data, (size_t)s->byte_length);
    out += s->byte_length;
    for (int64_t i = 0; i < right; i++, out += n)
        memcpy(out, buffer, (size_t)n);
    result->length = s->length + left + right;
    result->is_ascii = s->is_ascii && fill < 128;
    return result;
}

static Value str_justify(const char *name, Value *args, int nargs, Tuple *kwnames, char align) {
    Value parsed[2];
    if (!str_parse_args(name, args + 1, nargs - 1, kwnames, NULL, 1, 2, parsed))
        return value_null();
    int64_t width;
    if (!str_int_argument(parsed[0], &width))
        return value_null();
    uint32_t fill = ' ';
    if (!is_null(parsed[1])) {
        if (!is_str(parsed[1]))
            return raise_error(&type_type_error,
                               "The fill character must be a unicode character, not %s",
                               value_type_name(parsed[1]));
        if (as_str(parsed[1])->length != 1)
            return raise_error(&type_type_error,
                               "The fill character must be exactly one character long");
        fill = str_codepoint_at(as_str(parsed[1]), 0);
    }
    Str *s = SELF;
    int64_t margin = width - s->length;
    if (margin <= 0)
        return str_value(s);
    if (align == '<')
        return str_value(str_pad(s, 0, margin, fill));
    if (align == '>')
        return str_value(str_pad(s, margin, 0, fill));
    int64_t left = margin / 2 + (margin & width & 1);
    return str_value(str_pad(s, left, margin - left, fill));
}

static Value str_method_center(Value *args, int nargs, Tuple *kwnames) {
    return str_justify("center", args, nargs, kwnames, '^');
}
static Value str_method_ljust(Value *args, int nargs, Tuple *kwnames) {
    return str_justify("ljust", args, nargs, kwnames, '<');
}
static Value str_method_rjust(Value *args, int nargs, Tuple *kwnames) {
    return str_justify("rjust", args, nargs, kwnames, '>');
}

static Value str_method_zfill(Value *args, int nargs, Tuple *kwnames) {
    Value parsed[1];
    if (!str_parse_args("str.zfill", args + 1, nargs - 1, kwnames, NULL, 1, 1, parsed))
        return value_null();
    int64_t width;
    if (!str_int_argument(parsed[0], &width))
        return value_null();
    Str *s = SELF;
    int64_t margin = width - s->length;
    if (margin <= 0)
        return str_value(s);
    Str *result = str_pad(s, margin, 0, '0');
    if (!result)
        return value_null();
    if (s->byte_length > 0 && (s->data[0] == '+' || s->data[0] == '-')) {
        result->data[0] = s->data[0]; /* the sign moves in front of the zeros */
        result->data[margin] = '0';
    }
    return str_value(result);
}

static Value str_method_expandtabs(Value *args, int nargs, Tuple *kwnames) {
    static const char *const names[] = {"tabsize", NULL};
    Value parsed[1];
    if (!str_parse_args("expandtabs", args + 1, nargs - 1, kwnames, names, 0, 1, parsed))
        return value_null();
    int64_t tabsize = 8;
    if (!is_null(parsed[0]) && !str_int_argument(parsed[0], &tabsize))
        return value_null();
    Str *s = SELF;
    StrBuilder sb;
    sb_init(&sb);
    int64_t column = 0;
    for (int64_t i = 0; i < s->byte_length;) {
        int used;
        uint32_t cp = utf8_decode(s->data + i, &used);
        i += used;
        if (cp == '\t') {
            if (tabsize > 0) {
                int64_t spaces = tabsize - column % tabsize;
                for (int64_t k = 0; k < spaces; k++)
                    sb_append_char(&sb, ' ');
                column += spaces;
            }
        } else {
            sb_append_codepoint(&sb, cp);
            column = cp == '\n' || cp == '\r' ? 0 : column + 1;
        }
    }
    return str_value(sb_finish(&sb));
}

/* ======================================================================
 * Methods: formatting, encoding, translation
 * ====================================================================== */

static Value str_method_format(Value *args, int nargs, Tuple *kwnames) {
    return str_format_method(SELF, args + 1, nargs - 1, kwnames);
}

static Value str_method_format_map(Value *args, int nargs, Tuple *kwnames) {
    Value parsed[1];
    if (!str_parse_args("str.format_map", args + 1, nargs - 1, kwnames, NULL, 1, 1, parsed))
        return value_null();
    return str_format_map(SELF, parsed[0]);
}

static Value str_method_dunder_format(Value *args, int nargs, Tuple *kwnames) {
    Value parsed[1];
    if (!str_parse_args("str.__format__", args + 1, nargs - 1, kwnames, NULL, 1, 1, parsed))
        return value_null();
    if (!is_str(parsed[0]))
        return raise_error(&type_type_error, "__format__() argument must be str, not %s",
                           value_type_name(parsed[0]));
    return str_format_spec(SELF, as_str(parsed[0]));
}

/* Normalise an encoding name: "UTF_8" -> "utf-8". */
static const char *str_encoding_kind(Str *encoding) {
    char name[32];
    int64_t n = encoding->byte_length < 31 ? encoding->byte_length : 31;
    for (int64_t i = 0; i < n; i++) {
        char c = encoding->data[i];
        name[i] = c == '_' ? '-' : (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
    }
    name[n] = '\0';
    if (!strcmp(name, "utf-8") || !strcmp(name, "utf8") || !strcmp(name, "u8"))
        return "utf-8";
    if (!strcmp(name, "ascii") || !strcmp(name, "us-ascii"))
        return "ascii";
    if (!strcmp(name, "latin-1") || !strcmp(name, "latin1") || !strcmp(name, "iso-8859-1") ||
        !strcmp(name, "iso8859-1") || !strcmp(name, "l1"))
        return "latin-1";
    return NULL;
}

static Value str_method_encode(Value *args, int nargs, Tuple *kwnames) {
    static const char *const names[] = {"encoding", "errors", NULL};
    Value parsed[2];
    if (!str_parse_args("encode", args + 1, nargs - 1, kwnames, names, 0, 2, parsed))
        return value_null();
    const char *kind = "utf-8";
    for (int i = 0; i < 2; i++)
        if (!is_null(parsed[i]) && !is_str(parsed[i]))
            return raise_error(&type_type_error, "encode() argument '%s' must be str, not %s",
                               names[i], value_type_name(parsed[i]));
    if (!is_null(parsed[0]) && !(kind = str_encoding_kind(as_str(parsed[0]))))
        return raise_error(&type_lookup_error, "unknown encoding: %s", as_str(parsed[0])->data);
    const char *errors = is_null(parsed[1]) ? "strict" : as_str(parsed[1])->data;
    Str *s = SELF;
    if (!strcmp(kind, "utf-8") || s->is_ascii)
        return value_object(bytes_new(s->data, s->byte_length));
    uint32_t limit = !strcmp(kind, "ascii") ? 128 : 256;
    unsigned char *out = malloc((size_t)s->length + 1);
    if (!out)
        return raise_memory_error();
    int64_t length = 0, index = 0;
    for (int64_t i = 0; i < s->byte_length; index++) {
        int used;
        uint32_t cp = utf8_decode(s->data + i, &used);
        i += used;
        if (cp < limit)
            out[length++] = (unsigned char)cp;
        else if (!strcmp(errors, "replace"))
            out[length++] = '?';
        else if (strcmp(errors, "ignore") != 0) {
            free(out);
            Str *ch = str_ascii_repr(str_from_codepoint(cp));
            return raise_error(
                &type_unicode_encode_error,
                "'%s' codec can't encode character %s in position %lld: ordinal not in range(%u)",
                limit == 128 ? "ascii" : "latin-1", ch ? ch->data : "?", (long long)index, limit);
        }
    }
    Bytes *result = bytes_new(out, length);
    free(out);
    return value_object(result);
}

/* str.maketrans(x[, y[, z]]) -> dict of code point -> code point/str/None */
static Value str_method_maketrans(Value *args, int nargs, Tuple *kwnames) {
    Value parsed[3];
    if (!str_parse_args("maketrans", args, nargs, kwnames, NULL, 1, 3, parsed))
        return value_null();
    Dict *table = dict_new();
    if (!table)
        return value_null();
    if (is_null(parsed[1])) {
        if (!is_dict(parsed[0]))
            return raise_error(&type_type_error,
                               "if you give only one argument to maketrans it must be a dict");
        int64_t position = 0;
        Value key, value;
        while (dict_next(as_dict(parsed[0]), &position, &key, &value)) {
            if (is_str(key)) {
                if (as_str(key)->length != 1)
                    return raise_error(&type_value_error,
                                       "string keys in translate table must be of length 1");
                key = value_int(str_codepoint_at(as_str(key), 0));
            } else if (!is_int_like(key)) {
                return raise_error(&type_type_error,
                                   "keys in translate table must be strings or integers");
            }
            if (!dict_set(table, key, value))
                return value_null();
        }
        return value_object(table);
    }
    if (!is_str(parsed[0]))
        return raise_error(
            &type_type_error,
            "first maketrans argument must be a string if there is a second argument");
    if (!is_str(parsed[1]))
        return raise_error(&type_type_error, "maketrans() argument 2 must be str, not %s",
                           value_type_name(parsed[1]));
    Str *from = as_str(parsed[0]), *to = as_str(parsed[1]);
    if (from->length != to->length)
        return raise_error(&type_value_error,
                           "the first two maketrans arguments must have equal length");
    for (int64_t i = 0; i < from->length; i++)
        if (!dict_set(table, value_int(str_codepoint_at(from, i)),
                      value_int(str_codepoint_at(to, i))))
            return value_null();
    if (!is_null(parsed[2])) {
        if (!is_str(parsed[2]))
            return raise_error(&type_type_error, "maketrans() argument 3 must be str, not %s",
                               value_type_name(parsed[2]));
        Str *drop = as_str(parsed[2]);
        for (int64_t i = 0; i < drop->length; i++)
            if (!dict_set(table, value_int(str_codepoint_at(drop, i)), value_none()))
                return value_null();
    }
    return value_object(table);
}

static Value str_method_translate(Value *args, int nargs, Tuple *kwnames) {
    Value parsed[1];
    if (!str_parse_args("str.translate", args + 1, nargs - 1, kwnames, NULL, 1, 1, parsed))
        return value_null();
    Str *s = SELF;
    Value table = parsed[0];
    StrBuilder sb;
    sb_init(&sb);
    for (int64_t i = 0; i < s->byte_length;) {
        int used;
        uint32_t cp = utf8_decode(s->data + i, &used);
        i += used;
        Value mapped = obj_getitem(table, value_int(cp));
        if (is_null(mapped)) {
            if (!error_matches(&type_lookup_error)) {
                sb_free(&sb);
                return value_null();
            }
            error_clear();
            sb_append_codepoint(&sb, cp);
        } else if (is_none(mapped)) {
            continue;
        } else if (is_str(mapped)) {
            sb_append_str(&sb, as_str(mapped));
        } else if (is_int_like(mapped)) {
            int64_t code;
            if (!int_as_int64(mapped, &code) || code < 0 || code > 0x10FFFF) {
                error_clear();
                sb_free(&sb);
                return raise_error(&type_value_error,
                                   "character mapping must be in range(0x110000)");
            }
            sb_append_codepoint(&sb, (uint32_t)code);
        } else {
            sb_free(&sb);
            return raise_error(&type_type_error,
                               "character mapping must return integer, None or str");
        }
    }
    return str_value(sb_finish(&sb));
}

static Value str_method_getnewargs(Value *args, int nargs, Tuple *kwnames) {
    return value_object(tuple_pack(1, args[0]));
}

#undef SELF

/* ======================================================================
 * The methods table (type_str in str.c points at it)
 * ====================================================================== */

const MethodDef str_methods[] = {
    {"split", str_method_split, METHOD_INSTANCE, NULL},
    {"rsplit", str_method_rsplit, METHOD_INSTANCE, NULL},
    {"splitlines", str_method_splitlines, METHOD_INSTANCE, NULL},
    {"join", str_method_join, METHOD_INSTANCE, NULL},
    {"strip", str_method_strip, METHOD_INSTANCE, NULL},
    {"lstrip", str_method_lstrip, METHOD_INSTANCE, NULL},
    {"rstrip", str_method_rstrip, METHOD_INSTANCE, NULL},
    {"replace", str_method_replace, METHOD_INSTANCE, NULL},
    {"find", str_method_find, METHOD_INSTANCE, NULL},
    {"rfind", str_method_rfind, METHOD_INSTANCE, NULL},
    {"index", str_method_index, METHOD_INSTANCE, NULL},
    {"rindex", str_method_rindex, METHOD_INSTANCE, NULL},
    {"count", str_method_count, METHOD_INSTANCE, NULL},
    {"startswith", str_method_startswith, METHOD_INSTANCE, NULL},
    {"endswith", str_method_endswith, METHOD_INSTANCE, NULL},
    {"removeprefix", str_method_removeprefix, METHOD_INSTANCE, NULL},
    {"removesuffix", str_method_removesuffix, METHOD_INSTANCE, NULL},
    {"partition", str_method_partition, METHOD_INSTANCE, NULL},
    {"rpartition", str_method_rpartition, METHOD_INSTANCE, NULL},
    {"upper", str_method_upper, METHOD_INSTANCE, NULL},
    {"lower", str_method_lower, METHOD_INSTANCE, NULL},
    {"casefold", str_method_casefold, METHOD_INSTANCE, NULL},
    {"swapcase", str_method_swapcase, METHOD_INSTANCE, NULL},
    {"capitalize", str_method_capitalize, METHOD_INSTANCE, NULL},
    {"title", str_method_title, METHOD_INSTANCE, NULL},
    {"isdigit", str_method_isdigit, METHOD_INSTANCE, NULL},
    {"isdecimal", str_method_isdecimal, METHOD_INSTANCE, NULL},
    {"isnumeric", str_method_isnumeric, METHOD_INSTANCE, NULL},
    {"isalpha", str_method_isalpha, METHOD_INSTANCE, NULL},
    {"isalnum", str_method_isalnum, METHOD_INSTANCE, NULL},
    {"isspace", str_method_isspace, METHOD_INSTANCE, NULL},
    {"isascii", str_method_isascii, METHOD_INSTANCE, NULL},
    {"isprintable", str_method_isprintable, METHOD_INSTANCE, NULL},
    {"isupper", str_method_isupper, METHOD_INSTANCE, NULL},
    {"islower", str_method_islower, METHOD_INSTANCE, NULL},
    {"istitle", str_method_istitle, METHOD_INSTANCE, NULL},
    {"isidentifier", str_method_isidentifier, METHOD_INSTANCE, NULL},
    {"center", str_method_center, METHOD_INSTANCE, NULL},
    {"ljust", str_method_ljust, METHOD_INSTANCE, NULL},
    {"rjust", str_method_rjust, METHOD_INSTANCE, NULL},
    {"zfill", str_method_zfill, METHOD_INSTANCE, NULL},
    {"expandtabs", str_method_expandtabs, METHOD_INSTANCE, NULL},
    {"format", str_method_format, METHOD_INSTANCE, NULL},
    {"format_map", str_method_format_map, METHOD_INSTANCE, NULL},
    {"__format__", str_method_dunder_format, METHOD_INSTANCE, NULL},
    {"encode", str_method_encode, METHOD_INSTANCE, NULL},
    {"maketrans", str_method_maketrans, METHOD_STATIC, NULL},
    {"translate", str_method_translate, METHOD_INSTANCE, NULL},
    {"__getnewargs__", str_method_getnewargs, METHOD_INSTANCE, NULL},
    {NULL, NULL, 0, NULL},
};

/* Contract: see str_internal.h. */
void str_methods_init(void) {
    str_unicode_locale = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
    if (!str_unicode_locale)
        str_unicode_locale = newlocale(LC_CTYPE_MASK, "en_US.UTF-8", (locale_t)0);
}
