/* int.c — Python's int (small in the Value, big with libtommath) and bool.
 *
 * Every integer has exactly one representation: a VAL_INT when it fits in
 * int64_t, otherwise a BigInt object holding an mp_int. int_from_mp is the
 * single door back from libtommath and always picks the small form when it
 * can. Arithmetic first tries int64 with the compiler's overflow-checked
 * builtins; when those overflow (or an operand is big) the operation is done
 * again exactly by libtommath. A big operand lends its own mp_int, a small
 * one is written into a few digits on the C stack, and the result's digits
 * move into the new BigInt without a copy — a loop of big additions costs
 * one digit buffer and one object per step.
 *
 * Floor semantics: // and % round towards minus infinity (-7 // 2 == -4,
 * -7 % 2 == 1), so the remainder takes the divisor's sign; C and
 * libtommath truncate, and the helpers below correct the result.
 *
 * Conversions to double are correctly rounded (round half to even), like
 * CPython's: the top 64 bits are taken with a "sticky" low bit that records
 * whether anything nonzero was dropped, and the hardware rounds the rest.
 *
 * bool is a subclass of int whose two values are VAL_BOOL. In arithmetic a
 * bool is 0 or 1; only &, | and ^ between two bools give a bool again.
 * Instances of user subclasses (class MyInt(int)) are BigInt-shaped objects
 * of their own type; int's slots unwrap them first (see "subclasses").
 *
 * Like CPython 3.11, decimal conversion refuses ints of more than
 * int_max_str_digits (4300) digits in either direction, because the
 * schoolbook conversion is quadratic.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "int.h"
#include "bytes.h"
#include "exc.h"
#include "float.h"
#include "formatspec.h"
#include "func.h"
#include "gc.h"
#include "str.h"
#include "tuple.h"
#include "types_init.h"

/* Jump to the function's `fail:` label when libtommath reports an error. */
#define INT_TRY(call) do { if ((call) != MP_OKAY) goto fail; } while (0)

int64_t int_max_str_digits = 4300;

static const uint64_t INT_HASH_MODULUS = ((uint64_t)1 << 61) - 1;

/* ---- representation ------------------------------------------------- */

static int64_t int_small(Value v) { return v.tag == VAL_BOOL ? (int64_t)v.as.boolean : v.as.integer; }
static BigInt *int_as_big(Value v) { return (BigInt *)v.as.object; }

static bool int_mp_fits_int64(const mp_int *m) {
    int bits = mp_count_bits(m);
    if (bits <= 63) return true;
    if (bits != 64 || !mp_isneg(m)) return false;
    /* -2**63 is the only 64-bit magnitude that fits: a power of two. */
    return mp_get_mag_u64(m) == ((uint64_t)1 << 63);
}

/* Make an int from [value] (copied): VAL_INT if it fits int64, else a new
 * BigInt. Allocates; MemoryError -> VAL_NULL. */
Value int_from_mp(const mp_int *value) {
    if (int_mp_fits_int64(value)) return value_int(mp_get_i64(value));
    BigInt *big = (BigInt *)gc_alloc(&type_int, sizeof(BigInt));
    if (!big) return value_null();
    if (mp_init_copy(&big->value, value) != MP_OKAY) {
        /* Leave a valid empty mp_int for gc_free. */
        big->value.dp = NULL;
        return raise_memory_error();
    }
    return value_object(big);
}

/* Copy an int-like value into a fresh mp_int the caller clears. False with
 * TypeError (not an int) or MemoryError pending. */
bool int_to_mp(Value v, mp_int *out) {
    mp_err err;
    if (v.tag == VAL_INT || v.tag == VAL_BOOL) err = mp_init_i64(out, int_small(v));
    else if (is_big_int(v)) err = mp_init_copy(out, &int_as_big(v)->value);
    else {
        raise_error(&type_type_error, "'%s' object cannot be interpreted as an integer", value_type_name(v));
        return false;
    }
    if (err != MP_OKAY) {
        raise_memory_error();
        return false;
    }
    return true;
}

/* Fit an int-like value into int64: false with OverflowError if too big. */
bool int_as_int64(Value v, int64_t *out) {
    if (v.tag == VAL_INT || v.tag == VAL_BOOL) {
        *out = int_small(v);
        return true;
    }
    if (!is_big_int(v)) {
        raise_error(&type_type_error, "'%s' object cannot be interpreted as an integer", value_type_name(v));
        return false;
    }
    raise_error(&type_overflow_error, "Python int too large to convert to C long");
    return false;
}

/* -1, 0 or 1 for an int-like value. */
int int_sign(Value v) {
    if (is_big_int(v)) return mp_isneg(&int_as_big(v)->value) ? -1 : 1; /* big is never 0 */
    int64_t i = int_small(v);
    return (i > 0) - (i < 0);
}

static void int_gc_free(Object *self) {
    BigInt *big = (BigInt *)self;
    if (big->value.dp) mp_clear(&big->value);
}

/* ---- subclasses ------------------------------------------------------- */

/* An instance of a user class deriving from int (class MyInt(int)) has the
 * BigInt layout (plus the dict class.c appends) but its own type, so it is
 * not is_int_like: the C fast paths never see it. int's slots and methods,
 * which the subclass inherits, first unwrap it into a plain int. */
static bool int_is_subclass_instance(Value v) {
    if (v.tag != VAL_OBJ) return false;
    Type *type = v.as.object->type;
    return type != &type_int && (type->flags & TYPE_HEAPTYPE) && type_is_subtype(type, &type_int);
}

/* The plain int inside a subclass instance; other values unchanged. */
static Value int_unwrap(Value v) {
    if (!int_is_subclass_instance(v)) return v;
    return int_from_mp(&((BigInt *)v.as.object)->value);
}

/* Public form of int_unwrap (int.h), for float's mixed operations. */
Value int_unwrap_subclass(Value v) { return int_unwrap(v); }

/* self as a plain int (True -> 1, MyInt(5) -> 5). */
static Value int_plain(Value self) {
    if (is_bool(self)) return value_int(self.as.boolean);
    return int_unwrap(self);
}

/* Make an instance of int subclass [cls] holding [value]. */
static Value int_new_subclass_instance(Type *cls, Value value) {
    if (is_null(value)) return value;
    BigInt *big = (BigInt *)gc_alloc(cls, cls->instance_size > sizeof(BigInt) ? cls->instance_size : sizeof(BigInt));
    if (!big) return value_null();
    if (!int_to_mp(value, &big->value)) {
        big->value.dp = NULL;
        return value_null();
    }
    return value_object(big);
}

/* An operand for libtommath without copying: a big int lends its own
 * mp_int; a small one is written into [scratch], whose digits live on the
 * caller's stack. Operands are read-only, so the scratch digits are never
 * grown or freed (an int64 needs at most two 60-bit digits). */
typedef struct IntOperand {
    mp_int value;
    mp_digit digits[3];
} IntOperand;

static const mp_int *int_operand(Value v, IntOperand *scratch) {
    if (is_big_int(v)) return &int_as_big(v)->value;
    scratch->value.dp = scratch->digits;
    scratch->value.alloc = 3;
    scratch->value.used = 0;
    scratch->value.sign = MP_ZPOS;
    mp_set_i64(&scratch->value, int_small(v));
    return &scratch->value;
}

/* Like int_from_mp, but moves [value]'s digits into the new BigInt instead
 * of copying them; [value] is left cleared either way. */
static Value int_from_mp_take(mp_int *value) {
    if (int_mp_fits_int64(value)) {
        Value small = value_int(mp_get_i64(value));
        mp_clear(value);
        return small;
    }
    BigInt *big = (BigInt *)gc_alloc(&type_int, sizeof(BigInt));
    if (!big) {
        mp_clear(value);
        return value_null();
    }
    big->value = *value;
    value->dp = NULL; /* now owned by big; mp_clear of a NULL dp does nothing */
    return value_object(big);
}

/* Run a two-operand libtommath function on int-like values. */
typedef mp_err (*IntMpBinary)(const mp_int *, const mp_int *, mp_int *);
static Value int_mp_apply(IntMpBinary fn, Value a, Value b) {
    IntOperand a_scratch, b_scratch;
    const mp_int *x = int_operand(a, &a_scratch), *y = int_operand(b, &b_scratch);
    mp_int r;
    /* Sized for + - * & | ^ at once (calloc of the default 32 digits is
     * what a loop of big additions would otherwise spend its time on). */
    if (mp_init_size(&r, x->used + y->used + 1) != MP_OKAY) return raise_memory_error();
    if (fn(x, y, &r) != MP_OKAY) {
        mp_clear(&r);
        return raise_memory_error();
    }
    return int_from_mp_take(&r);
}

/* ---- parsing ---------------------------------------------------------- */

static int int_digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

static bool int_is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

static Value int_invalid_literal(const char *text, int64_t length, int base) {
    Str *s = str_new(text, length);
    if (!s) return value_null();
    Str *quoted = str_repr(s);
    if (!quoted) return value_null();
    return raise_error(&type_value_error, "invalid literal for int() with base %d: %s", base, quoted->data);
}

/* Skip a 0x/0o/0b prefix matching [*base] (deciding it when base is 0).
 * Returns the number of bytes of the prefix. */
static int int_prefix(const char *p, int64_t n, int *base) {
    if (n < 2 || p[0] != '0') return 0;
    char c = (char)(p[1] | 0x20);
    int prefix_base = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
    if (prefix_base == 0 || (*base != 0 && *base != prefix_base)) return 0;
    *base = prefix_base;
    return 2;
}

/* CPython's guard against quadratic-time conversions: the leading run of
 * digits (underscores not counted) may not exceed int_max_str_digits
 * unless the base is a power of two. */
static bool int_check_digit_limit(const char *p, int64_t n, int base) {
    if (int_max_str_digits <= 0 || (base & (base - 1)) == 0) return true;
    int64_t count = 0;
    for (int64_t i = 0; i < n && (p[i] == '_' || int_digit_value(p[i]) < base); i++)
        if (p[i] != '_') count++;
    if (count <= int_max_str_digits) return true;
    raise_error(&type_value_error,
                "Exceeds the limit (%lld digits) for integer string conversion: value has %lld digits; "
                "use sys.set_int_max_str_digits() to increase the limit",
                (long long)int_max_str_digits, (long long)count);
    return false;
}

/* Collect the digits of p[0..n) without underscores into [digits]; false if
 * the text is not a valid digit string in [base]. An underscore may only
 * sit between two digits (or right after a prefix: [after_prefix]). */
static bool int_collect_digits(const char *p, int64_t n, int base, bool after_prefix, char *digits, int64_t *count) {
    int64_t used = 0;
    bool previous_digit = after_prefix;
    for (int64_t i = 0; i < n; i++) {
        if (p[i] == '_') {
            if (!previous_digit) return false;
            previous_digit = false;
            continue;
        }
        if (int_digit_value(p[i]) >= base) return false;
        digits[used++] = p[i];
        previous_digit = true;
    }
    digits[used] = '\0';
    *count = used;
    return used > 0 && previous_digit;
}

static Value int_from_digits(const char *digits, int64_t count, int base, bool negative) {
    if (count <= 12) {
        int64_t value = 0;
        for (int64_t i = 0; i < count; i++) value = value * base + int_digit_value(digits[i]);
        return value_int(negative ? -value : value);
    }
    mp_int m;
    if (mp_init(&m) != MP_OKAY) return raise_memory_error();
    Value result = value_null();
    if (mp_read_radix(&m, digits, base) == MP_OKAY && (!negative || mp_neg(&m, &m) == MP_OKAY))
        result = int_from_mp(&m);
    else raise_memory_error();
    mp_clear(&m);
    return result;
}

/* The value of a Unicode decimal digit (category Nd) or -1: the blocks of
 * ten consecutive digits in common scripts, listed by their zero. */
static int int_unicode_digit(uint32_t c) {
    static const uint32_t zeros[] = {
        0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
        0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0xFF10,
    };
    for (size_t i = 0; i < sizeof zeros / sizeof zeros[0]; i++)
        if (c >= zeros[i] && c < zeros[i] + 10) return (int)(c - zeros[i]);
    return -1;
}

static bool int_unicode_space(uint32_t c) {
    return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
           c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000 || (c >= 0x1C && c <= 0x1F);
}

/* ASCII copy of text with Unicode digits and spaces translated (int.h). */
char *int_ascii_digits(const char *text, int64_t length, int64_t *out_length) {
    char *out = malloc((size_t)length + 1);
    if (!out) { raise_memory_error(); return NULL; }
    int64_t used = 0;
    for (int64_t i = 0; i < length;) {
        int consumed = 1;
        uint32_t c = (unsigned char)text[i] < 0x80 ? (unsigned char)text[i] : utf8_decode(text + i, &consumed);
        if (consumed < 1) consumed = 1;
        int digit = c < 0x80 ? -1 : int_unicode_digit(c);
        if (c < 0x80 && !(c >= 0x1C && c <= 0x1F)) out[used++] = (char)c;
        else if (digit >= 0) out[used++] = (char)('0' + digit);
        else out[used++] = int_unicode_space(c) ? ' ' : '?';
        i += consumed;
    }
    out[used] = '\0';
    *out_length = used;
    return out;
}

static bool int_has_non_ascii(const char *text, int64_t length) {
    for (int64_t i = 0; i < length; i++)
        if ((unsigned char)text[i] >= 0x80) return true;
    return false;
}

static Value int_parse_ascii(const char *text, int64_t length, int base, const char *original,
                             int64_t original_length, const char *quoted);

/* Parse an int from text (literal or int(text, base)); see int.h. */
Value int_from_string(const char *text, int64_t length, int base) {
    if (base != 0 && (base < 2 || base > 36))
        return raise_error(&type_value_error, "int() base must be >= 2 and <= 36, or 0");
    if (!int_has_non_ascii(text, length)) return int_parse_ascii(text, length, base, text, length, NULL);
    int64_t ascii_length;
    char *ascii = int_ascii_digits(text, length, &ascii_length);
    if (!ascii) return value_null();
    Value result = int_parse_ascii(ascii, ascii_length, base, text, length, NULL);
    free(ascii);
    return result;
}

/* Parse ASCII [text]; errors show [quoted], or else the repr of [original]. */
static Value int_parse_ascii(const char *text, int64_t length, int base, const char *original,
                             int64_t original_length, const char *quoted) {
    const char *p = text;
    int64_t n = length;
    while (n > 0 && int_is_space(*p)) { p++; n--; }
    while (n > 0 && int_is_space(p[n - 1])) n--;
    bool negative = false;
    if (n > 0 && (*p == '+' || *p == '-')) { negative = *p == '-'; p++; n--; }
    int real_base = base;
    int prefix = int_prefix(p, n, &real_base);
    if (real_base == 0) real_base = 10;
    if (!int_check_digit_limit(p + prefix, n - prefix, real_base)) return value_null();
    char *digits = malloc((size_t)n + 1);
    if (!digits) return raise_memory_error();
    int64_t count = 0;
    bool ok = int_collect_digits(p + prefix, n - prefix, real_base, prefix > 0, digits, &count);
    /* Base 0 forbids leading zeros in decimal ("010"), except all zeros. */
    if (ok && base == 0 && prefix == 0 && count > 1 && digits[0] == '0')
        ok = strspn(digits, "0") == (size_t)count;
    Value result = ok ? int_from_digits(digits, count, real_base, negative)
                      : quoted ? raise_error(&type_value_error, "invalid literal for int() with base %d: %s", base, quoted)
                               : int_invalid_literal(original, original_length, base);
    free(digits);
    return result;
}

/* ---- conversion to text ----------------------------------------------- */

/* The magnitude of [v] in [base] as a malloc'd lowercase digit string. */
static char *int_magnitude_digits(Value v, int base, bool *negative) {
    if (!is_big_int(v)) {
        int64_t i = int_small(v);
        *negative = i < 0;
        uint64_t magnitude = i < 0 ? -(uint64_t)i : (uint64_t)i;
        char buffer[72];
        int pos = 71;
        buffer[pos] = '\0';
        do {
            buffer[--pos] = "0123456789abcdef"[magnitude % (unsigned)base];
            magnitude /= (unsigned)base;
        } while (magnitude);
        return strdup(buffer + pos);
    }
    const mp_int *m = &int_as_big(v)->value;
    *negative = mp_isneg(m);
    int size = 0;
    if (mp_radix_size(m, base, &size) != MP_OKAY) return NULL;
    char *text = malloc((size_t)size + 1);
    if (!text || mp_to_radix(m, text, (size_t)size + 1, NULL, base) != MP_OKAY) {
        free(text);
        return NULL;
    }
    char *start = text + (*negative ? 1 : 0);
    memmove(text, start, strlen(start) + 1);
    for (char *c = text; *c; c++) if (*c >= 'A' && *c <= 'Z') *c = (char)(*c | 0x20);
    return text;
}

/* The output side of int_max_str_digits, checked on decimal [digits]
 * (freed here when the check fails). */
static bool int_check_output_limit(char *digits) {
    if (int_max_str_digits <= 0 || (int64_t)strlen(digits) <= int_max_str_digits) return true;
    free(digits);
    raise_error(&type_value_error,
                "Exceeds the limit (%lld digits) for integer string conversion; "
                "use sys.set_int_max_str_digits() to increase the limit",
                (long long)int_max_str_digits);
    return false;
}

/* str(v) for an int-like value (bools give their int form). */
Value int_to_str(Value v) {
    if (!is_big_int(v)) {
        char buffer[24];
        int size = snprintf(buffer, sizeof buffer, "%lld", (long long)int_small(v));
        return str_value(str_new(buffer, size));
    }
    bool negative;
    char *digits = int_magnitude_digits(v, 10, &negative);
    if (!digits) return raise_memory_error();
    if (!int_check_output_limit(digits)) return value_null();
    Str *s = str_from_format("%s%s", negative ? "-" : "", digits);
    free(digits);
    return str_value(s);
}

/* hex()/oct()/bin() text: sign and prefix included ('-0x1f'); base 10
 * gives plain str(v). */
Value int_to_base_string(Value v, int base) {
    if (base == 10) return int_to_str(v);
    bool negative;
    char *digits = int_magnitude_digits(v, base, &negative);
    if (!digits) return raise_memory_error();
    const char *prefix = base == 16 ? "0x" : base == 8 ? "0o" : "0b";
    Str *s = str_from_format("%s%s%s", negative ? "-" : "", prefix, digits);
    free(digits);
    return str_value(s);
}

/* ---- conversion to double ---------------------------------------------- */

/* |m| >> shift as a 64-bit value, with bit 0 set if any dropped bit was 1. */
static bool int_top_bits(const mp_int *m, int shift, uint64_t *out) {
    mp_int quotient, remainder;
    if (mp_init_multi(&quotient, &remainder, NULL) != MP_OKAY) return false;
    bool ok = mp_div_2d(m, shift, &quotient, &remainder) == MP_OKAY;
    if (ok) *out = mp_get_mag_u64(&quotient) | (mp_iszero(&remainder) ? 0 : 1);
    mp_clear_multi(&quotient, &remainder, NULL);
    return ok;
}

/* Correctly rounded double of an mp_int; inf when out of range. */
static bool int_mp_to_double(const mp_int *m, double *out) {
    int bits = mp_count_bits(m);
    double result;
    if (bits <= 64) result = (double)mp_get_mag_u64(m);
    else {
        uint64_t top;
        if (!int_top_bits(m, bits - 64, &top)) return false;
        result = ldexp((double)top, bits - 64);
    }
    *out = mp_isneg(m) ? -result : result;
    return true;
}

/* float(v) for an int-like value; OverflowError when too large. */
bool int_to_double(Value v, double *out) {
    if (!is_big_int(v)) {
        *out = (double)int_small(v);
        return true;
    }
    if (!int_mp_to_double(&int_as_big(v)->value, out)) {
        raise_memory_error();
        return false;
    }
    if (isinf(*out)) {
        raise_error(&type_overflow_error, "int too large to convert to float");
        return false;
    }
    return true;
}

/* int(d) for a finite double: truncation towards zero. */
Value int_from_double(double d) {
    if (isnan(d)) return raise_error(&type_value_error, "cannot convert float NaN to integer");
    if (isinf(d)) return raise_error(&type_overflow_error, "cannot convert float infinity to integer");
    d = trunc(d);
    if (d >= -9223372036854775808.0 && d < 9223372036854775808.0) return value_int((int64_t)d);
    mp_int m;
    if (mp_init(&m) != MP_OKAY) return raise_memory_error();
    Value result = mp_set_double(&m, d) == MP_OKAY ? int_from_mp(&m) : raise_memory_error();
    mp_clear(&m);
    return result;
}

/* Whether a double holds [x] exactly (|x| <= 2**53). */
static bool int_exact_in_double(int64_t x) { return x >= -(1LL << 53) && x <= (1LL << 53); }

/* a / b for ints, correctly rounded: q = |a| * 2**k / |b| is computed with
 * 64 significant bits plus a sticky bit, and the hardware rounds once. */
static Value int_true_divide(Value a, Value b) {
    if (int_sign(b) == 0) return raise_error(&type_zero_division_error, "division by zero");
    if (!is_big_int(a) && !is_big_int(b)) {
        int64_t x = int_small(a), y = int_small(b);
        if (int_exact_in_double(x) && int_exact_in_double(y)) return value_float((double)x / (double)y);
    }
    mp_int x, y, q, r;
    if (!int_to_mp(a, &x)) return value_null();
    if (!int_to_mp(b, &y)) { mp_clear(&x); return value_null(); }
    if (mp_init_multi(&q, &r, NULL) != MP_OKAY) { mp_clear_multi(&x, &y, NULL); return raise_memory_error(); }
    bool negative = mp_isneg(&x) != mp_isneg(&y);
    Value result = value_null();
    INT_TRY(mp_abs(&x, &x));
    INT_TRY(mp_abs(&y, &y));
    int difference = mp_count_bits(&x) - mp_count_bits(&y);
    if (difference > 1025) {
        result = raise_error(&type_overflow_error, "integer division result too large for a float");
        goto done;
    }
    if (difference < -1100) {
        result = value_float(negative ? -0.0 : 0.0);
        goto done;
    }
    int k = 64 - difference; /* scale so the quotient has 64 or 65 bits */
    if (k > 0) INT_TRY(mp_mul_2d(&x, k, &x));
    else if (k < 0) INT_TRY(mp_mul_2d(&y, -k, &y));
    INT_TRY(mp_div(&x, &y, &q, &r));
    uint64_t sticky = mp_iszero(&r) ? 0 : 1;
    if (mp_count_bits(&q) > 64) {
        sticky |= mp_isodd(&q) ? 1 : 0;
        INT_TRY(mp_div_2d(&q, 1, &q, NULL));
        k -= 1;
    }
    double value = ldexp((double)(mp_get_mag_u64(&q) | sticky), -k);
    if (isinf(value)) result = raise_error(&type_overflow_error, "integer division result too large for a float");
    else result = value_float(negative ? -value : value);
    goto done;
fail:
    result = raise_memory_error();
done:
    mp_clear_multi(&x, &y, &q, &r, NULL);
    return result;
}

/* ---- division and modulo ---------------------------------------------- */

static int64_t int_floor_div_small(int64_t x, int64_t y) {
    int64_t q = x / y;
    if ((x % y != 0) && ((x < 0) != (y < 0))) q--;
    return q;
}

static int64_t int_floor_mod_small(int64_t x, int64_t y) {
    int64_t r = x % y;
    if (r != 0 && ((r < 0) != (y < 0))) r += y;
    return r;
}

/* Floor division and modulo on mp_ints ([quotient] or [remainder] may be
 * NULL). */
static mp_err int_mp_floor_divmod(const mp_int *x, const mp_int *y, mp_int *quotient, mp_int *remainder) {
    mp_int q, r;
    mp_err err = mp_init_multi(&q, &r, NULL);
    if (err != MP_OKAY) return err;
    err = mp_div(x, y, &q, &r);
    if (err == MP_OKAY && !mp_iszero(&r) && mp_isneg(&r) != mp_isneg(y)) {
        err = mp_sub_d(&q, 1, &q);
        if (err == MP_OKAY) err = mp_add(&r, y, &r);
    }
    if (err == MP_OKAY && quotient) mp_exch(&q, quotient);
    if (err == MP_OKAY && remainder) mp_exch(&r, remainder);
    mp_clear_multi(&q, &r, NULL);
    return err;
}

static mp_err int_mp_floor_div(const mp_int *x, const mp_int *y, mp_int *out) {
    return int_mp_floor_divmod(x, y, out, NULL);
}

static mp_err int_mp_floor_mod(const mp_int *x, const mp_int *y, mp_int *out) {
    return int_mp_floor_divmod(x, y, NULL, out);
}

/* divmod(a, b) for int-like a and b: (a // b, a % b). */
Value int_divmod(Value a, Value b) {
    if (int_sign(b) == 0) return raise_error(&type_zero_division_error, "integer division or modulo by zero");
    Value quotient, remainder;
    if (!is_big_int(a) && !is_big_int(b) && !(int_small(a) == INT64_MIN && int_small(b) == -1)) {
        quotient = value_int(int_floor_div_small(int_small(a), int_small(b)));
        remainder = value_int(int_floor_mod_small(int_small(a), int_small(b)));
    } else {
        quotient = int_mp_apply(int_mp_floor_div, a, b);
        if (is_null(quotient)) return quotient;
        remainder = int_mp_apply(int_mp_floor_mod, a, b);
        if (is_null(remainder)) return remainder;
    }
    Tuple *pair = tuple_pack(2, quotient, remainder);
    return pair ? value_object(pair) : value_null();
}

/* ---- powers ---------------------------------------------------------- */

/* base ** exponent with exponent >= 0, small operands; false on overflow. */
static bool int_pow_small(int64_t base, int64_t exponent, int64_t *out) {
    int64_t result = 1;
    while (exponent > 0) {
        if ((exponent & 1) && __builtin_mul_overflow(result, base, &result)) return false;
        exponent >>= 1;
        if (exponent > 0 && __builtin_mul_overflow(base, base, &base)) return false;
    }
    *out = result;
    return true;
}

static Value int_power(Value a, Value b) {
    if (int_sign(b) < 0) {
        /* A negative exponent makes a float, with float's rules and errors. */
        double x, y;
        if (!int_to_double(a, &x) || !int_to_double(b, &y)) return value_null();
        return float_binary(BINARY_POWER, value_float(x), value_float(y));
    }
    int64_t result;
    if (!is_big_int(a) && !is_big_int(b) && int_pow_small(int_small(a), int_small(b), &result))
        return value_int(result);
    if (!is_big_int(a) && int_small(a) >= -1 && int_small(a) <= 1) {
        /* 0, 1 and -1 stay small whatever the exponent. */
        int64_t base = int_small(a);
        if (base != -1) return value_int(base == 0 && int_sign(b) == 0 ? 1 : base);
        bool odd = is_big_int(b) ? mp_isodd(&int_as_big(b)->value) : (int_small(b) & 1);
        return value_int(odd ? -1 : 1);
    }
    if (is_big_int(b) || int_small(b) > UINT32_MAX) return raise_memory_error();
    mp_int x, r;
    if (!int_to_mp(a, &x)) return value_null();
    Value out = value_null();
    if (mp_init(&r) == MP_OKAY) {
        if (mp_expt_u32(&x, (uint32_t)int_small(b), &r) == MP_OKAY) out = int_from_mp(&r);
        else raise_memory_error();
        mp_clear(&r);
    } else raise_memory_error();
    mp_clear(&x);
    return out;
}

/* pow(base, exponent, modulus) with int arguments (see int.h). */
Value int_pow_mod(Value base, Value exponent, Value modulus) {
    if (!is_int_like(base) || !is_int_like(exponent) || !is_int_like(modulus))
        return raise_error(&type_type_error, "pow() 3rd argument not allowed unless all arguments are integers");
    if (int_sign(modulus) == 0) return raise_error(&type_value_error, "pow() 3rd argument cannot be 0");
    mp_int b, e, m, r;
    if (!int_to_mp(base, &b)) return value_null();
    if (!int_to_mp(exponent, &e)) { mp_clear(&b); return value_null(); }
    if (!int_to_mp(modulus, &m)) { mp_clear_multi(&b, &e, NULL); return value_null(); }
    if (mp_init(&r) != MP_OKAY) { mp_clear_multi(&b, &e, &m, NULL); return raise_memory_error(); }
    Value result = value_null();
    bool negative_modulus = mp_isneg(&m);
    INT_TRY(mp_abs(&m, &m));
    INT_TRY(mp_mod(&b, &m, &b));
    if (mp_isneg(&e)) {
        if (mp_invmod(&b, &m, &b) != MP_OKAY) {
            result = raise_error(&type_value_error, "base is not invertible for the given modulus");
            goto done;
        }
        INT_TRY(mp_abs(&e, &e));
    }
    if (mp_cmp_d(&m, 1) == MP_EQ) mp_zero(&r);
    else INT_TRY(mp_exptmod(&b, &e, &m, &r));
    if (negative_modulus && !mp_iszero(&r)) INT_TRY(mp_sub(&r, &m, &r));
    result = int_from_mp(&r);
    goto done;
fail:
    result = raise_memory_error();
done:
    mp_clear_multi(&b, &e, &m, &r, NULL);
    return result;
}

/* ---- shifts ---------------------------------------------------------- */

static mp_err int_mp_left_shift(const mp_int *x, const mp_int *count, mp_int *out) {
    return mp_mul_2d(x, (int)mp_get_i64(count), out);
}

static mp_err int_mp_right_shift(const mp_int *x, const mp_int *count, mp_int *out) {
    return mp_signed_rsh(x, (int)mp_get_i64(count), out);
}

static Value int_shift(BinaryOp op, Value a, Value b) {
    if (int_sign(b) < 0) return raise_error(&type_value_error, "negative shift count");
    if (int_sign(a) == 0) return value_int(0);
    bool huge = is_big_int(b) || int_small(b) > (1 << 30);
    if (op == BINARY_RSHIFT) {
        if (huge) return value_int(int_sign(a) < 0 ? -1 : 0);
        if (!is_big_int(a)) {
            int64_t count = int_small(b);
            return value_int(count >= 64 ? (int_small(a) < 0 ? -1 : 0) : int_small(a) >> count);
        }
        return int_mp_apply(int_mp_right_shift, a, b);
    }
    if (huge) return raise_error(&type_overflow_error, "too many digits in integer");
    if (!is_big_int(a) && int_small(b) < 63) {
        int64_t x = int_small(a), count = int_small(b);
        int64_t shifted = (int64_t)((uint64_t)x << count);
        if ((shifted >> count) == x) return value_int(shifted);
    }
    return int_mp_apply(int_mp_left_shift, a, b);
}

/* ---- the binary operators ---------------------------------------------- */

/* + - * on two small ints, or false when the result overflows int64. */
static bool int_small_arith(BinaryOp op, int64_t x, int64_t y, Value *out) {
    int64_t r;
    bool overflow;
    switch (op) {
    case BINARY_ADD: overflow = __builtin_add_overflow(x, y, &r); break;
    case BINARY_SUBTRACT: overflow = __builtin_sub_overflow(x, y, &r); break;
    case BINARY_MULTIPLY: overflow = __builtin_mul_overflow(x, y, &r); break;
    case BINARY_AND: r = x & y; overflow = false; break;
    case BINARY_OR: r = x | y; overflow = false; break;
    case BINARY_XOR: r = x ^ y; overflow = false; break;
    case BINARY_FLOOR_DIVIDE:
    case BINARY_MODULO:
        if (x == INT64_MIN && y == -1) return false;
        r = op == BINARY_FLOOR_DIVIDE ? int_floor_div_small(x, y) : int_floor_mod_small(x, y);
        overflow = false;
        break;
    default: return false;
    }
    if (overflow) return false;
    *out = value_int(r);
    return true;
}

static IntMpBinary int_mp_function(BinaryOp op) {
    switch (op) {
    case BINARY_ADD: return mp_add;
    case BINARY_SUBTRACT: return mp_sub;
    case BINARY_MULTIPLY: return mp_mul;
    case BINARY_FLOOR_DIVIDE: return int_mp_floor_div;
    case BINARY_MODULO: return int_mp_floor_mod;
    case BINARY_AND: return mp_and;
    case BINARY_OR: return mp_or;
    case BINARY_XOR: return mp_xor;
    default: return NULL;
    }
}

/* The general int operator: ints, bools and big ints on both sides; a float
 * operand hands over to float_binary; anything else is NotImplemented. */
Value int_binary(BinaryOp op, Value a, Value b) {
    if (op >= BINARY_INPLACE_OFFSET) op -= BINARY_INPLACE_OFFSET;
    if ((is_float(a) && is_int_like(b)) || (is_int_like(a) && is_float(b))) return float_binary(op, a, b);
    if (!is_int_like(a) || !is_int_like(b)) return value_not_implemented();
    if (is_bool(a) && is_bool(b) && (op == BINARY_AND || op == BINARY_OR || op == BINARY_XOR)) {
        bool x = a.as.boolean, y = b.as.boolean;
        return value_bool(op == BINARY_AND ? (x & y) : op == BINARY_OR ? (x | y) : (x ^ y));
    }
    switch (op) {
    case BINARY_TRUE_DIVIDE: return int_true_divide(a, b);
    case BINARY_POWER: return int_power(a, b);
    case BINARY_LSHIFT:
    case BINARY_RSHIFT: return int_shift(op, a, b);
    case BINARY_FLOOR_DIVIDE:
        if (int_sign(b) == 0) return raise_error(&type_zero_division_error, "integer division or modulo by zero");
        break;
    case BINARY_MODULO:
        if (int_sign(b) == 0) return raise_error(&type_zero_division_error, "integer modulo by zero");
        break;
    case BINARY_MATMUL: return value_not_implemented();
    default: break;
    }
    Value result;
    if (!is_big_int(a) && !is_big_int(b) && int_small_arith(op, int_small(a), int_small(b), &result)) return result;
    IntMpBinary fn = int_mp_function(op);
    if (!fn) return value_not_implemented();
    return int_mp_apply(fn, a, b);
}

/* -x, +x, ~x, abs(x) for an int-like value (bools give ints). */
Value int_unary(UnaryOp op, Value v) {
    if (!is_big_int(v)) {
        int64_t x = int_small(v);
        switch (op) {
        case UNARY_POSITIVE: return value_int(x);
        case UNARY_INVERT: return value_int(~x);
        case UNARY_ABSOLUTE: if (x >= 0) return value_int(x); /* fall through */
        case UNARY_NEGATIVE: if (x != INT64_MIN) return value_int(-x); break;
        }
    }
    mp_int m;
    if (!int_to_mp(v, &m)) return value_null();
    mp_err err = MP_OKAY;
    switch (op) {
    case UNARY_POSITIVE: break;
    case UNARY_NEGATIVE: err = mp_neg(&m, &m); break;
    case UNARY_ABSOLUTE: err = mp_abs(&m, &m); break;
    case UNARY_INVERT: err = mp_complement(&m, &m); break;
    }
    Value result = err == MP_OKAY ? int_from_mp(&m) : raise_memory_error();
    mp_clear(&m);
    return result;
}

/* ---- comparison and hashing -------------------------------------------- */

static bool int_order_holds(int order, CompareOp op) {
    switch (op) {
    case COMPARE_LT: return order < 0;
    case COMPARE_LE: return order <= 0;
    case COMPARE_EQ: return order == 0;
    case COMPARE_NE: return order != 0;
    case COMPARE_GT: return order > 0;
    case COMPARE_GE: return order >= 0;
    }
    return false;
}

static int int_three_way(Value a, Value b) {
    if (!is_big_int(a) && !is_big_int(b)) {
        int64_t x = int_small(a), y = int_small(b);
        return (x > y) - (x < y);
    }
    if (!is_big_int(a)) return -int_sign(b); /* a small value lies between the bigs */
    if (!is_big_int(b)) return int_sign(a);
    mp_ord order = mp_cmp(&int_as_big(a)->value, &int_as_big(b)->value);
    return order == MP_LT ? -1 : order == MP_GT ? 1 : 0;
}

/* Exact comparison of int [i] with double [f] (see int.h). */
Value int_compare_float(Value i, double f, CompareOp op) {
    if (isnan(f)) return value_bool(op == COMPARE_NE);
    if (isinf(f)) return value_bool(int_order_holds(f > 0 ? -1 : 1, op));
    if (!is_big_int(i) && int_exact_in_double(int_small(i))) {
        double x = (double)int_small(i);
        return value_bool(int_order_holds((x > f) - (x < f), op));
    }
    double whole = trunc(f);
    Value whole_int = int_from_double(whole);
    if (is_null(whole_int)) return whole_int;
    int order = int_three_way(i, whole_int);
    if (order == 0) order = (f - whole > 0) ? -1 : (f - whole < 0) ? 1 : 0;
    return value_bool(int_order_holds(order, op));
}

static CompareOp int_swap_compare(CompareOp op) {
    switch (op) {
    case COMPARE_LT: return COMPARE_GT;
    case COMPARE_LE: return COMPARE_GE;
    case COMPARE_GT: return COMPARE_LT;
    case COMPARE_GE: return COMPARE_LE;
    default: return op;
    }
}

/* Rich comparison where a or b is int-like; NotImplemented for others. */
Value int_compare(Value a, Value b, CompareOp op) {
    if (is_int_like(a) && is_float(b)) return int_compare_float(a, b.as.number, op);
    if (is_float(a) && is_int_like(b)) return int_compare_float(b, a.as.number, int_swap_compare(op));
    if (!is_int_like(a) || !is_int_like(b)) return value_not_implemented();
    return value_bool(int_order_holds(int_three_way(a, b), op));
}

/* hash(v): |v| mod 2**61-1 with v's sign; -1 becomes -2. */
int64_t int_hash(Value v) {
    int64_t result;
    if (!is_big_int(v)) {
        int64_t x = int_small(v);
        uint64_t magnitude = x < 0 ? -(uint64_t)x : (uint64_t)x;
        result = (int64_t)(magnitude % INT_HASH_MODULUS);
        if (x < 0) result = -result;
    } else {
        const mp_int *m = &int_as_big(v)->value;
        mp_int modulus, remainder;
        result = 0;
        if (mp_init_multi(&modulus, &remainder, NULL) == MP_OKAY) {
            mp_set_u64(&modulus, INT_HASH_MODULUS);
            if (mp_abs(m, &remainder) == MP_OKAY && mp_mod(&remainder, &modulus, &remainder) == MP_OKAY)
                result = (int64_t)mp_get_mag_u64(&remainder);
            mp_clear_multi(&modulus, &remainder, NULL);
        }
        if (mp_isneg(m)) result = -result;
    }
    return result == -1 ? -2 : result;
}

/* ---- format() ---------------------------------------------------------- */

static Value int_format_char(Value v, const FormatSpec *spec) {
    if (spec->sign) return raise_error(&type_value_error, "Sign not allowed with integer format specifier 'c'");
    if (spec->alternate)
        return raise_error(&type_value_error, "Alternate form (#) not allowed with integer format specifier 'c'");
    int64_t code;
    if (!int_as_int64(v, &code)) return value_null();
    if (code < 0 || code > 0x10ffff) return raise_error(&type_overflow_error, "%%c arg not in range(0x110000)");
    char text[4];
    int size = utf8_encode((uint32_t)code, text);
    return str_value(format_align(text, size, 1, spec, '>', 0));
}

static const char *int_sign_text(bool negative, char sign) {
    if (negative) return "-";
    return sign == '+' ? "+" : sign == ' ' ? " " : "";
}

static Value int_format_integer(Value v, const FormatSpec *spec) {
    char type = spec->type ? spec->type : 'd';
    int base = type == 'b' ? 2 : type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
    bool negative;
    char *digits = int_magnitude_digits(v, base, &negative);
    if (!digits) return raise_memory_error();
    if (base == 10 && !int_check_output_limit(digits)) return value_null();
    if (type == 'X') for (char *c = digits; *c; c++) if (*c >= 'a') *c = (char)(*c - 32);
    const char *prefix = "";
    if (spec->alternate && base != 10)
        prefix = type == 'b' ? "0b" : type == 'o' ? "0o" : type == 'x' ? "0x" : "0X";
    Str *s = format_number(spec, int_sign_text(negative, spec->sign), prefix, digits,
                           (int64_t)strlen(digits), "", base == 10 ? 3 : 4);
    free(digits);
    return str_value(s);
}

/* format(v, spec) for an int-like value (see int.h). */
Value int_format(Value v, Str *spec) {
    if (spec->byte_length == 0) return is_bool(v) ? obj_str(v) : int_to_str(v);
    FormatSpec parsed;
    if (!format_spec_parse(spec, "int", &parsed)) return value_null();
    switch (parsed.type) {
    case 0: case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
        break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        double d;
        if (!int_to_double(v, &d)) return value_null();
        return float_format(d, spec);
    }
    default:
        format_unknown_code(parsed.type, "int");
        return value_null();
    }
    if (parsed.precision >= 0)
        return raise_error(&type_value_error, "Precision not allowed in integer format specifier");
    if (parsed.no_negative_zero)
        return raise_error(&type_value_error, "Negative zero coercion (z) not allowed in integer format specifier");
    if (parsed.type == 'c') return int_format_char(v, &parsed);
    return int_format_integer(v, &parsed);
}

/* ---- type slots ---------------------------------------------------------- */

static Value int_repr_slot(Value self) { return int_to_str(int_plain(self)); }

static Value bool_repr_slot(Value self) {
    return str_value(str_intern(int_small(self) ? "True" : "False"));
}

static bool int_hash_slot(Value self, int64_t *out) {
    self = int_plain(self);
    if (is_null(self)) return false;
    *out = int_hash(self);
    return true;
}

static int int_truthy_slot(Value self) {
    self = int_plain(self);
    return is_null(self) ? -1 : int_sign(self) != 0;
}

/* int(b'12', base): bytes parse as ASCII text; errors show the bytes' repr. */
static Value int_from_bytes_text(Bytes *bytes, int base) {
    Value shown = bytes_repr(bytes);
    if (is_null(shown)) return shown;
    const char *text = (const char *)bytes->data;
    if (int_has_non_ascii(text, bytes->length))
        return raise_error(&type_value_error, "invalid literal for int() with base %d: %s", base, as_str(shown)->data);
    return int_parse_ascii(text, bytes->length, base, text, bytes->length, as_str(shown)->data);
}

/* int(x) for a non-int, non-str x: float truncates, others use __int__,
 * __index__ or __trunc__. */
static Value int_from_object(Value x) {
    if (is_float(x)) return int_from_double(x.as.number);
    if (is_str(x)) return int_from_string(as_str(x)->data, as_str(x)->byte_length, 10);
    if (is_bytes(x)) return int_from_bytes_text((Bytes *)x.as.object, 10);
    static const char *const methods[] = {"__int__", "__index__", "__trunc__"};
    for (int i = 0; i < 3; i++) {
        if (is_null(type_lookup_cstr(value_type(x), methods[i]))) continue;
        Value result = obj_call_method(x, methods[i], NULL, 0);
        if (is_null(result) || is_int_like(result)) return is_bool(result) ? value_int(result.as.boolean) : result;
        return raise_error(&type_type_error, "%s returned non-int (type %s)", methods[i], value_type_name(result));
    }
    return raise_error(&type_type_error,
                       "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                       value_type_name(x));
}

static Value int_new_with_base(Value x, Value base_value) {
    int64_t base;
    if (!is_int_like(base_value)) {
        if (!is_null(type_lookup_cstr(value_type(base_value), "__index__"))) {
            base_value = obj_call_method(base_value, "__index__", NULL, 0);
            if (is_null(base_value)) return base_value;
        } else {
            return raise_error(&type_type_error, "'%s' object cannot be interpreted as an integer",
                               value_type_name(base_value));
        }
    }
    if (!int_as_int64(base_value, &base)) {
        error_clear();
        base = -1;
    }
    if (base != 0 && (base < 2 || base > 36))
        return raise_error(&type_value_error, "int() base must be >= 2 and <= 36, or 0");
    if (is_str(x)) return int_from_string(as_str(x)->data, as_str(x)->byte_length, (int)base);
    if (is_bytes(x)) return int_from_bytes_text((Bytes *)x.as.object, (int)base);
    return raise_error(&type_type_error, "int() can't convert non-string with explicit base");
}

static Value int_new_plain(Value *args, int nargs, Tuple *kwnames);

/* int(...) and MyInt(...): the value first, then the subclass wrapper. */
static Value int_new(Type *cls, Value *args, int nargs, Tuple *kwnames) {
    Value value = int_new_plain(args, nargs, kwnames);
    if (cls == &type_int || cls == &type_bool || !type_is_subtype(cls, &type_int)) return value;
    return int_new_subclass_instance(cls, value);
}

static Value int_new_plain(Value *args, int nargs, Tuple *kwnames) {
    int nkw = kwnames ? (int)kwnames->length : 0;
    Value x = nargs > 0 ? args[0] : value_null();
    Value base = nargs > 1 ? args[1] : value_null();
    for (int i = 0; i < nkw; i++) {
        Str *name = as_str(kwnames->items[i]);
        if (!str_equal_cstr(name, "base"))
            return raise_error(&type_type_error, "'%s' is an invalid keyword argument for int()", name->data);
        if (!is_null(base)) return raise_error(&type_type_error, "argument for int() given by name ('base') and position (2)");
        base = args[nargs + i];
    }
    if (nargs > 2) return raise_error(&type_type_error, "int() takes at most 2 arguments (%d given)", nargs + nkw);
    if (is_null(x)) {
        if (!is_null(base)) return raise_error(&type_type_error, "int() missing string argument");
        return value_int(0);
    }
    if (!is_null(base)) return int_new_with_base(x, base);
    if (is_bool(x)) return value_int(x.as.boolean);
    if (is_int_like(x)) return x;
    if (int_is_subclass_instance(x)) return int_unwrap(x);
    return int_from_object(x);
}

static Value bool_new(Type *cls, Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords("bool", kwnames)) return value_null();
    if (nargs > 1) return raise_error(&type_type_error, "bool expected at most 1 argument, got %d", nargs);
    if (nargs == 0) return value_bool(false);
    int truth = obj_truthy(args[0]);
    return truth < 0 ? value_null() : value_bool(truth);
}

/* The slots leave int-float pairs to float's slots, as CPython does
 * ((2).__mul__(2.5) is NotImplemented); obj_binary then asks float. */
static Value int_binary_slot(BinaryOp op, Value a, Value b) {
    bool subclass = int_is_subclass_instance(a) || int_is_subclass_instance(b);
    if (subclass) {
        /* MyInt(5) + 1.5: float's slot does not know MyInt, so do it here. */
        a = int_unwrap(a);
        b = int_unwrap(b);
        if (is_null(a) || is_null(b)) return value_null();
        return int_binary(op, a, b);
    }
    if (!is_int_like(a) || !is_int_like(b)) return value_not_implemented();
    return int_binary(op, a, b);
}

static Value int_compare_slot(Value a, Value b, CompareOp op) {
    bool subclass = int_is_subclass_instance(a) || int_is_subclass_instance(b);
    a = int_unwrap(a);
    b = int_unwrap(b);
    if (is_null(a) || is_null(b)) return value_null();
    if (subclass) return int_compare(a, b, op);
    if (!is_int_like(a) || !is_int_like(b)) return value_not_implemented();
    return int_compare(a, b, op);
}
static Value int_unary_slot(UnaryOp op, Value v) {
    v = int_plain(v);
    return is_null(v) ? v : int_unary(op, v);
}

/* ---- methods ------------------------------------------------------------ */


static Value int_method_bit_length(Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords("bit_length", kwnames) || !args_check_count("bit_length", nargs - 1, 0, 0)) return value_null();
    Value self = int_plain(args[0]);
    if (is_big_int(self)) return value_int(mp_count_bits(&int_as_big(self)->value));
    int64_t x = int_small(self);
    uint64_t magnitude = x < 0 ? -(uint64_t)x : (uint64_t)x;
    return value_int(magnitude ? 64 - __builtin_clzll(magnitude) : 0);
}

static Value int_method_bit_count(Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords("bit_count", kwnames) || !args_check_count("bit_count", nargs - 1, 0, 0)) return value_null();
    Value self = int_plain(args[0]);
    if (!is_big_int(self)) {
        int64_t x = int_small(self);
        return value_int(__builtin_popcountll(x < 0 ? -(uint64_t)x : (uint64_t)x));
    }
    const mp_int *m = &int_as_big(self)->value;
    int64_t count = 0;
    for (int i = 0; i < m->used; i++) count += __builtin_popcountll((unsigned long long)m->dp[i]);
    return value_int(count);
}

static Value int_method_self(Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords("__int__", kwnames) || !args_check_count("__int__", nargs - 1, 0, 0)) return value_null();
    return int_plain(args[0]);
}

static Value int_method_float(Value *args, int nargs, Tuple *kwnames) {
    double d;
    if (!int_to_double(int_plain(args[0]), &d)) return value_null();
    return value_float(d);
}

static Value int_method_as_integer_ratio(Value *args, int nargs, Tuple *kwnames) {
    Tuple *pair = tuple_pack(2, int_plain(args[0]), value_int(1));
    return pair ? value_object(pair) : value_null();
}

static Value int_method_format(Value *args, int nargs, Tuple *kwnames) {
    if (!args_check_count("__format__", nargs - 1, 1, 1)) return value_null();
    if (!is_str(args[1]))
        return raise_error(&type_type_error, "__format__() argument must be str, not %s", value_type_name(args[1]));
    return int_format(is_bool(args[0]) ? args[0] : int_plain(args[0]), as_str(args[1]));
}

/* round(self, ndigits) with ndigits < 0: round half to even at 10**-ndigits. */
static Value int_round_negative(Value self, int64_t ndigits) {
    if (ndigits < -4000) return value_int(0); /* more digits than any int we hold sensibly */
    Value scale = int_power(value_int(10), value_int(-ndigits));
    if (is_null(scale)) return scale;
    Value pair = int_divmod(self, scale);
    if (is_null(pair)) return pair;
    Value quotient = as_tuple(pair)->items[0], remainder = as_tuple(pair)->items[1];
    Value twice = int_binary(BINARY_MULTIPLY, remainder, value_int(2));
    if (is_null(twice)) return twice;
    int order = int_three_way(twice, scale);
    bool odd = is_big_int(quotient) ? mp_isodd(&int_as_big(quotient)->value) : (int_small(quotient) & 1);
    if (order > 0 || (order == 0 && odd)) {
        quotient = int_binary(BINARY_ADD, quotient, value_int(1));
        if (is_null(quotient)) return quotient;
    }
    return int_binary(BINARY_MULTIPLY, quotient, scale);
}

static Value int_method_round(Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords("__round__", kwnames) || !args_check_count("__round__", nargs - 1, 0, 1)) return value_null();
    if (nargs == 1) return int_plain(args[0]);
    Value ndigits = args[1];
    if (!is_int_like(ndigits))
        return raise_error(&type_type_error, "'%s' object cannot be interpreted as an integer", value_type_name(ndigits));
    if (int_sign(ndigits) >= 0) return int_plain(args[0]);
    if (is_big_int(ndigits)) return value_int(0);
    return int_round_negative(int_plain(args[0]), int_small(ndigits));
}

/* __divmod__ / __rdivmod__: divmod() of int subclasses reaches these. */
static Value int_divmod_method(Value *args, int nargs, bool reflected) {
    if (!args_check_count(reflected ? "__rdivmod__" : "__divmod__", nargs - 1, 1, 1)) return value_null();
    Value self = int_plain(args[0]), other = int_plain(args[1]);
    if (is_null(self) || is_null(other)) return value_null();
    if (!is_int_like(other)) return value_not_implemented();
    return reflected ? int_divmod(other, self) : int_divmod(self, other);
}

static Value int_method_divmod(Value *args, int nargs, Tuple *kwnames) { return int_divmod_method(args, nargs, false); }
static Value int_method_rdivmod(Value *args, int nargs, Tuple *kwnames) { return int_divmod_method(args, nargs, true); }

static Value int_method_conjugate(Value *args, int nargs, Tuple *kwnames) { return int_plain(args[0]); }

static Value int_method_getnewargs(Value *args, int nargs, Tuple *kwnames) {
    Tuple *single = tuple_pack(1, int_plain(args[0]));
    return single ? value_object(single) : value_null();
}

/* byteorder argument: true for 'little'. */
static bool int_parse_byteorder(Value order, bool *little) {
    if (is_null(order)) { *little = false; return true; }
    if (!is_str(order)) {
        raise_error(&type_type_error, "to_bytes() argument 'byteorder' must be str, not %s", value_type_name(order));
        return false;
    }
    if (str_equal_cstr(as_str(order), "little")) { *little = true; return true; }
    if (str_equal_cstr(as_str(order), "big")) { *little = false; return true; }
    raise_error(&type_value_error, "byteorder must be either 'little' or 'big'");
    return false;
}

static bool int_keyword_flag(Value *args, int nargs, Tuple *kwnames, const char *name) {
    Value flag = args_keyword(args, nargs, kwnames, name);
    return !is_null(flag) && obj_truthy(flag) > 0;
}

/* Fill [buffer] with the [length]-byte two's complement of [m] (big
 * endian); false with OverflowError if it does not fit. */
static bool int_fill_bytes(const mp_int *m, bool is_signed, unsigned char *buffer, int64_t length) {
    mp_int value, limit;
    if (mp_init_copy(&value, m) != MP_OKAY) { raise_memory_error(); return false; }
    if (mp_init(&limit) != MP_OKAY) { mp_clear(&value); raise_memory_error(); return false; }
    bool ok = false;
    int64_t bits = length * 8 - (is_signed ? 1 : 0);
    mp_zero(&limit);
    if (mp_2expt(&limit, (int)bits) != MP_OKAY) { raise_memory_error(); goto done; }
    bool too_big = mp_isneg(&value) ? (mp_cmp_mag(&value, &limit) == MP_GT) : (mp_cmp_mag(&value, &limit) != MP_LT);
    if (too_big) { raise_error(&type_overflow_error, "int too big to convert"); goto done; }
    if (mp_isneg(&value)) {
        if (mp_2expt(&limit, (int)(length * 8)) != MP_OKAY || mp_add(&value, &limit, &value) != MP_OKAY) {
            raise_memory_error();
            goto done;
        }
    }
    size_t size = mp_ubin_size(&value);
    memset(buffer, 0, (size_t)length);
    if (!mp_iszero(&value) && mp_to_ubin(&value, buffer + length - size, size, NULL) != MP_OKAY) {
        raise_memory_error();
        goto done;
    }
    ok = true;
done:
    mp_clear_multi(&value, &limit, NULL);
    return ok;
}

static Value int_method_to_bytes(Value *args, int nargs, Tuple *kwnames) {
    static const char *const allowed[] = {"length", "byteorder", "signed", NULL};
    if (!args_only_keywords("to_bytes", kwnames, allowed) || !args_check_count("to_bytes", nargs - 1, 0, 2)) return value_null();
    Value length_value = nargs > 1 ? args[1] : args_keyword(args, nargs, kwnames, "length");
    Value order = nargs > 2 ? args[2] : args_keyword(args, nargs, kwnames, "byteorder");
    bool is_signed = int_keyword_flag(args, nargs, kwnames, "signed");
    int64_t length = 1;
    bool little;
    if (!is_null(length_value) && !int_as_int64(length_value, &length)) return value_null();
    if (length < 0) return raise_error(&type_value_error, "length argument must be non-negative");
    if (!int_parse_byteorder(order, &little)) return value_null();
    Value self = int_plain(args[0]);
    if (int_sign(self) < 0 && !is_signed)
        return raise_error(&type_overflow_error, "can't convert negative int to unsigned");
    mp_int m;
    if (!int_to_mp(self, &m)) return value_null();
    unsigned char *buffer = malloc((size_t)length + 1);
    Value result = value_null();
    if (!buffer) raise_memory_error();
    else if (int_fill_bytes(&m, is_signed, buffer, length)) {
        if (little)
            for (int64_t i = 0; i < length / 2; i++) {
                unsigned char t = buffer[i];
                buffer[i] = buffer[length - 1 - i];
                buffer[length - 1 - i] = t;
            }
        Bytes *bytes = bytes_new(buffer, length);
        result = bytes ? value_object(bytes) : value_null();
    }
    free(buffer);
    mp_clear(&m);
    return result;
}

/* The bytes of a bytes object or of an iterable of ints in range(256), as
 * a malloc'd buffer; NULL with an exception pending otherwise. */
static unsigned char *int_bytes_of(Value data, int64_t *length) {
    if (is_bytes(data)) {
        Bytes *bytes = (Bytes *)data.as.object;
        unsigned char *buffer = malloc((size_t)bytes->length + 1);
        if (!buffer) { raise_memory_error(); return NULL; }
        memcpy(buffer, bytes->data, (size_t)bytes->length);
        *length = bytes->length;
        return buffer;
    }
    if (is_str(data)) {
        raise_error(&type_type_error, "cannot convert 'str' object to bytes");
        return NULL;
    }
    Tuple *items = tuple_from_iterable(data);
    if (!items) return NULL;
    unsigned char *buffer = malloc((size_t)items->length + 1);
    if (!buffer) { raise_memory_error(); return NULL; }
    for (int64_t i = 0; i < items->length; i++) {
        Value item = items->items[i];
        if (!is_int_like(item)) {
            raise_error(&type_type_error, "'%s' object cannot be interpreted as an integer", value_type_name(item));
            free(buffer);
            return NULL;
        }
        if (is_big_int(item) || int_small(item) < 0 || int_small(item) > 255) {
            raise_error(&type_value_error, "bytes must be in range(0, 256)");
            free(buffer);
            return NULL;
        }
        buffer[i] = (unsigned char)int_small(item);
    }
    *length = items->length;
    return buffer;
}

static Value int_method_from_bytes(Value *args, int nargs, Tuple *kwnames) {
    static const char *const allowed[] = {"bytes", "byteorder", "signed", NULL};
    if (!args_only_keywords("from_bytes", kwnames, allowed) || !args_check_count("from_bytes", nargs - 1, 0, 2)) return value_null();
    Value data = nargs > 1 ? args[1] : args_keyword(args, nargs, kwnames, "bytes");
    Value order = nargs > 2 ? args[2] : args_keyword(args, nargs, kwnames, "byteorder");
    bool is_signed = int_keyword_flag(args, nargs, kwnames, "signed");
    bool little;
    if (is_null(data)) return raise_error(&type_type_error, "from_bytes() missing required argument 'bytes' (pos 1)");
    if (!int_parse_byteorder(order, &little)) return value_null();
    int64_t length;
    unsigned char *buffer = int_bytes_of(data, &length);
    if (!buffer) return value_null();
    if (little)
        for (int64_t i = 0; i < length / 2; i++) {
            unsigned char t = buffer[i];
            buffer[i] = buffer[length - 1 - i];
            buffer[length - 1 - i] = t;
        }
    mp_int m, limit;
    Value result = value_null();
    if (mp_init_multi(&m, &limit, NULL) != MP_OKAY) { free(buffer); return raise_memory_error(); }
    INT_TRY(mp_from_ubin(&m, buffer, (size_t)length));
    if (is_signed && length > 0 && (buffer[0] & 0x80)) {
        INT_TRY(mp_2expt(&limit, (int)(length * 8)));
        INT_TRY(mp_sub(&m, &limit, &m));
    }
    result = int_from_mp(&m);
    /* MyInt.from_bytes(...) makes a MyInt, bool.from_bytes a bool. */
    Type *cls = args[0].tag == VAL_OBJ ? (Type *)args[0].as.object : &type_int;
    if (!is_null(result) && cls == &type_bool) result = value_bool(int_sign(result) != 0);
    else if (!is_null(result) && (cls->flags & TYPE_HEAPTYPE) && type_is_subtype(cls, &type_int))
        result = int_new_subclass_instance(cls, result);
    goto done;
fail:
    result = raise_memory_error();
done:
    mp_clear_multi(&m, &limit, NULL);
    free(buffer);
    return result;
}

static Value int_get_self(Value self) { return int_plain(self); }
static Value int_get_zero(Value self) { return value_int(0); }
static Value int_get_one(Value self) { return value_int(1); }

static const MethodDef int_methods[] = {
    {"bit_length", int_method_bit_length, METHOD_INSTANCE, "Number of bits necessary to represent self in binary."},
    {"bit_count", int_method_bit_count, METHOD_INSTANCE, "Number of ones in the binary representation of abs(self)."},
    {"to_bytes", int_method_to_bytes, METHOD_INSTANCE, "Return an array of bytes representing an integer."},
    {"from_bytes", int_method_from_bytes, METHOD_CLASS, "Return the integer represented by the given array of bytes."},
    {"as_integer_ratio", int_method_as_integer_ratio, METHOD_INSTANCE, "Return a pair (self, 1)."},
    {"conjugate", int_method_conjugate, METHOD_INSTANCE, "Returns self, the complex conjugate of any int."},
    {"__index__", int_method_self, METHOD_INSTANCE, NULL},
    {"__int__", int_method_self, METHOD_INSTANCE, NULL},
    {"__trunc__", int_method_self, METHOD_INSTANCE, NULL},
    {"__floor__", int_method_self, METHOD_INSTANCE, NULL},
    {"__ceil__", int_method_self, METHOD_INSTANCE, NULL},
    {"__float__", int_method_float, METHOD_INSTANCE, NULL},
    {"__round__", int_method_round, METHOD_INSTANCE, NULL},
    {"__format__", int_method_format, METHOD_INSTANCE, NULL},
    {"__getnewargs__", int_method_getnewargs, METHOD_INSTANCE, NULL},
    {"__divmod__", int_method_divmod, METHOD_INSTANCE, NULL},
    {"__rdivmod__", int_method_rdivmod, METHOD_INSTANCE, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef int_getsets[] = {
    {"real", int_get_self, NULL},
    {"imag", int_get_zero, NULL},
    {"numerator", int_get_self, NULL},
    {"denominator", int_get_one, NULL},
    {NULL, NULL, NULL},
};

Type type_int = {
    .name = "int",
    .instance_size = sizeof(BigInt),
    .flags = TYPE_BASETYPE,
    .methods = int_methods,
    .getsets = int_getsets,
    .new = int_new,
    .repr = int_repr_slot,
    .hash = int_hash_slot,
    .compare = int_compare_slot,
    .truthy = int_truthy_slot,
    .binary = int_binary_slot,
    .unary = int_unary_slot,
    .gc_free = int_gc_free,
};

Type type_bool = {
    .name = "bool",
    .base_type = &type_int,
    .new = bool_new,
    .repr = bool_repr_slot,
    .hash = int_hash_slot,
    .compare = int_compare_slot,
    .truthy = int_truthy_slot,
    .binary = int_binary_slot,
    .unary = int_unary_slot,
};

/* Ready int and bool (bool after int: it inherits int's methods). */
void int_types_init(void) {
    type_ready(&type_int);
    type_ready(&type_bool);
}
