/* float.c — Python's float: an IEEE-754 double carried inside the Value.
 *
 * Text. Every decimal rendering goes through two steps: first produce the
 * significant digits and the position of the decimal point ("decpt": the
 * number of digits before the point, so 123.4 is digits "1234", decpt 3),
 * then lay them out in fixed or scientific form. The digits come from the
 * C library, which rounds exactly (glibc prints the exact binary value,
 * rounded half to even):
 *   - repr: the fewest digits (1..17) that strtod reads back as the same
 *     double, written in scientific form when decpt <= -4 or decpt > 16;
 *   - 'g' and the typeless spec with a precision: that many significant
 *     digits, trailing zeros dropped unless '#';
 *   - 'e', 'f', '%': printf's own %e and %f.
 *
 * Arithmetic follows CPython's float_* functions: // and % take the sign of
 * the divisor, ** has IEEE-754's special cases plus Python's errors (0.0 to
 * a negative power, results too large). A negative number to a fractional
 * power would be complex in CPython; pyco has no complex numbers and says so.
 *
 * Hashing matches ints: an integral float hashes like the equal int, and in
 * general hash(x) is x reduced modulo the Mersenne prime 2**61 - 1.
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "float.h"
#include "bytes.h"
#include "exc.h"
#include "formatspec.h"
#include "gc.h"
#include "func.h"
#include "int.h"
#include "str.h"
#include "tuple.h"
#include "types_init.h"

/* ---- digits ----------------------------------------------------------- */

/* Parse printf's "%.Ne" output (of a finite, non-negative x) into bare
 * digits and decpt. */
static void float_split_exponent_form(const char *text, char *digits, int *count, int *decpt) {
    int used = 0;
    const char *p = text;
    for (; *p && *p != 'e'; p++)
        if (*p >= '0' && *p <= '9') digits[used++] = *p;
    digits[used] = '\0';
    *count = used;
    *decpt = atoi(p + 1) + 1;
}

/* Add one unit in the last place of a decimal "%.Ne" string (carrying),
 * or subtract one when [delta] is -1; false if the mantissa would change
 * length (then the neighbour is not a candidate). */
static bool float_bump_last_digit(char *text, int delta) {
    char *end = strchr(text, 'e');
    for (char *p = end - 1; p >= text; p--) {
        if (*p == '.') continue;
        if (delta > 0 && *p < '9') { (*p)++; return true; }
        if (delta < 0 && *p > '0') { (*p)--; return p != text || *p != '0'; }
        *p = delta > 0 ? '0' : '9';
    }
    return false;
}

/* Whether [precision] + 1 significant digits can name [x]: the correctly
 * rounded string reads back as x, or — only just above a power of two,
 * where the round-trip interval is lopsided — one of its neighbours does
 * (2**-24 is 5.960464477539063e-08 with 16 digits). The winner is left in
 * [text]. */
static bool float_digits_suffice(double x, int precision, bool power_of_two, char *text, size_t size) {
    snprintf(text, size, "%.*e", precision, x);
    if (strtod(text, NULL) == x) return true;
    if (!power_of_two) return false;
    char neighbour[40];
    for (int delta = 1; delta >= -1; delta -= 2) {
        strcpy(neighbour, text);
        if (float_bump_last_digit(neighbour, delta) && strtod(neighbour, NULL) == x) {
            strcpy(text, neighbour);
            return true;
        }
    }
    return false;
}

/* The shortest digits that round-trip to [x] (finite, >= 0). More digits
 * never stop round-tripping, so the count is found by binary search; 17
 * significant digits always suffice. */
static void float_shortest_digits(double x, char *digits, int *count, int *decpt) {
    int exponent;
    bool power_of_two = frexp(x, &exponent) == 0.5;
    char text[40];
    int low = 0, high = 16;
    while (low < high) {
        int middle = (low + high) / 2;
        if (float_digits_suffice(x, middle, power_of_two, text, sizeof text)) high = middle;
        else low = middle + 1;
    }
    float_digits_suffice(x, low, power_of_two, text, sizeof text);
    float_split_exponent_form(text, digits, count, decpt);
}

/* [significant] digits of [x] (finite, >= 0), correctly rounded. */
static void float_significant_digits(double x, int significant, char *digits, int *count, int *decpt) {
    char text[1200];
    snprintf(text, sizeof text, "%.*e", significant - 1, x);
    float_split_exponent_form(text, digits, count, decpt);
}

static void float_strip_zeros(char *digits, int *count) {
    while (*count > 1 && digits[*count - 1] == '0') digits[--*count] = '\0';
}

/* Lay out digits in fixed notation; [force_point] keeps a trailing '.',
 * [add_dot_zero] turns an integral result into "N.0". */
static void float_layout_fixed(StrBuilder *sb, const char *digits, int count, int decpt,
                               bool force_point, bool add_dot_zero) {
    if (decpt <= 0) {
        sb_append_cstr(sb, "0.");
        for (int i = 0; i < -decpt; i++) sb_append_char(sb, '0');
        sb_append(sb, digits, count);
        return;
    }
    if (decpt >= count) {
        sb_append(sb, digits, count);
        for (int i = count; i < decpt; i++) sb_append_char(sb, '0');
        if (add_dot_zero) sb_append_cstr(sb, ".0");
        else if (force_point) sb_append_char(sb, '.');
        return;
    }
    sb_append(sb, digits, decpt);
    sb_append_char(sb, '.');
    sb_append(sb, digits + decpt, count - decpt);
}

static void float_layout_exponent(StrBuilder *sb, const char *digits, int count, int decpt, bool force_point) {
    sb_append_char(sb, digits[0]);
    if (count > 1 || force_point) sb_append_char(sb, '.');
    sb_append(sb, digits + 1, count - 1);
    int exponent = decpt - 1;
    sb_appendf(sb, "e%c%02d", exponent < 0 ? '-' : '+', exponent < 0 ? -exponent : exponent);
}

/* repr-style text of a finite, non-negative x into [sb]. */
static void float_repr_positive(StrBuilder *sb, double x, bool alternate) {
    char digits[40];
    int count, decpt;
    float_shortest_digits(x, digits, &count, &decpt);
    float_strip_zeros(digits, &count);
    if (decpt <= -4 || decpt > 16) float_layout_exponent(sb, digits, count, decpt, alternate);
    else float_layout_fixed(sb, digits, count, decpt, false, true);
}

/* repr(d) into [buffer] (see float.h). */
void float_repr_buffer(double d, char *buffer, size_t size) {
    if (isnan(d)) { snprintf(buffer, size, "nan"); return; }
    if (isinf(d)) { snprintf(buffer, size, d > 0 ? "inf" : "-inf"); return; }
    StrBuilder sb;
    sb_init(&sb);
    if (signbit(d)) sb_append_char(&sb, '-');
    float_repr_positive(&sb, fabs(d), false);
    snprintf(buffer, size, "%.*s", (int)sb.length, sb.data);
    sb_free(&sb);
}

/* repr(d) as a new str. */
Value float_repr(double d) {
    char buffer[40];
    float_repr_buffer(d, buffer, sizeof buffer);
    return str_value(str_from_cstr(buffer));
}

/* ---- parsing ---------------------------------------------------------- */

static bool float_is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/* Copy the digits of a decimal float literal without underscores into
 * [out]; false unless the text is [sign] digits [. digits] [e [sign] digits]
 * with underscores only between digits. */
static bool float_clean_decimal(const char *p, int64_t n, char *out) {
    int64_t used = 0, mantissa_digits = 0;
    int64_t i = 0;
    if (i < n && (p[i] == '+' || p[i] == '-')) out[used++] = p[i++];
    bool seen_point = false, seen_exponent = false, exponent_digits = false;
    char previous = 0;
    for (; i < n; i++) {
        char c = p[i];
        if (c >= '0' && c <= '9') {
            if (seen_exponent) exponent_digits = true;
            else mantissa_digits++;
            out[used++] = c;
        } else if (c == '_') {
            if (!(previous >= '0' && previous <= '9') || i + 1 >= n || !(p[i + 1] >= '0' && p[i + 1] <= '9'))
                return false;
        } else if (c == '.' && !seen_point && !seen_exponent) {
            seen_point = true;
            out[used++] = c;
        } else if ((c == 'e' || c == 'E') && !seen_exponent && mantissa_digits > 0) {
            seen_exponent = true;
            out[used++] = c;
            if (i + 1 < n && (p[i + 1] == '+' || p[i + 1] == '-')) out[used++] = p[++i];
        } else {
            return false;
        }
        previous = c;
    }
    out[used] = '\0';
    return mantissa_digits > 0 && (!seen_exponent || exponent_digits);
}

/* inf, infinity, nan with an optional sign, any case. */
static bool float_parse_special(const char *p, int64_t n, double *out) {
    double sign = 1.0;
    if (n > 0 && (*p == '+' || *p == '-')) { sign = *p == '-' ? -1.0 : 1.0; p++; n--; }
    if ((n == 3 && strncasecmp(p, "inf", 3) == 0) || (n == 8 && strncasecmp(p, "infinity", 8) == 0)) {
        *out = sign * INFINITY;
        return true;
    }
    if (n == 3 && strncasecmp(p, "nan", 3) == 0) {
        *out = copysign(NAN, sign);
        return true;
    }
    return false;
}

static Value float_parse_ascii(const char *text, int64_t length, const char *original, int64_t original_length);

/* float(text) (see float.h). */
Value float_from_string(const char *text, int64_t length) {
    for (int64_t i = 0; i < length; i++) {
        if ((unsigned char)text[i] < 0x80) continue;
        int64_t ascii_length;
        char *ascii = int_ascii_digits(text, length, &ascii_length);
        if (!ascii) return value_null();
        Value result = float_parse_ascii(ascii, ascii_length, text, length);
        free(ascii);
        return result;
    }
    return float_parse_ascii(text, length, text, length);
}

/* Parse ASCII [text]; errors quote [original]. */
static Value float_parse_ascii(const char *text, int64_t length, const char *original, int64_t original_length) {
    const char *p = text;
    int64_t n = length;
    while (n > 0 && float_is_space(*p)) { p++; n--; }
    while (n > 0 && float_is_space(p[n - 1])) n--;
    double result;
    if (float_parse_special(p, n, &result)) return value_float(result);
    char *clean = malloc((size_t)n + 1);
    if (!clean) return raise_memory_error();
    bool ok = float_clean_decimal(p, n, clean);
    if (ok) result = strtod(clean, NULL);
    free(clean);
    if (ok) return value_float(result);
    Str *s = str_new(original, original_length);
    Str *quoted = s ? str_repr(s) : NULL;
    if (!quoted) return value_null();
    return raise_error(&type_value_error, "could not convert string to float: %s", quoted->data);
}

/* ---- hashing ---------------------------------------------------------- */

/* hash(d): d modulo 2**61-1, computed 28 bits of mantissa at a time so an
 * integral float hashes exactly like the int it equals. */
int64_t float_hash(double d) {
    const int bits = 61;
    const uint64_t modulus = ((uint64_t)1 << bits) - 1;
    if (isinf(d)) return d > 0 ? 314159 : -314159;
    if (isnan(d)) return 0;
    int exponent;
    double mantissa = frexp(d, &exponent);
    int sign = 1;
    if (mantissa < 0) { sign = -1; mantissa = -mantissa; }
    uint64_t x = 0;
    while (mantissa) {
        x = ((x << 28) & modulus) | x >> (bits - 28);
        mantissa *= 268435456.0; /* 2**28 */
        exponent -= 28;
        uint64_t chunk = (uint64_t)mantissa;
        mantissa -= (double)chunk;
        x += chunk;
        if (x >= modulus) x -= modulus;
    }
    /* Multiply by 2**exponent: a rotation, since 2**61 == 1 (mod 2**61-1). */
    exponent = exponent >= 0 ? exponent % bits : bits - 1 - ((-1 - exponent) % bits);
    x = ((x << exponent) & modulus) | x >> (bits - exponent);
    int64_t result = (int64_t)x * sign;
    return result == -1 ? -2 : result;
}

/* ---- conversion ------------------------------------------------------- */

/* An int or float Value as a double; TypeError for anything else. */
bool value_to_double(Value v, double *out) {
    if (is_float(v)) { *out = v.as.number; return true; }
    if (is_int_like(v)) return int_to_double(v, out);
    if (v.tag == VAL_OBJ && !is_null(type_lookup_cstr(value_type(v), "__float__"))) {
        Value result = obj_call_method(v, "__float__", NULL, 0);
        if (is_null(result)) return false;
        if (!is_float(result)) {
            raise_error(&type_type_error, "%s.__float__ returned non-float (type %s)",
                        value_type_name(v), value_type_name(result));
            return false;
        }
        *out = result.as.number;
        return true;
    }
    if (v.tag == VAL_OBJ && !is_null(type_lookup_cstr(value_type(v), "__index__"))) {
        Value index = obj_call_method(v, "__index__", NULL, 0);
        if (is_null(index)) return false;
        if (is_int_like(index)) return int_to_double(index, out);
        raise_error(&type_type_error, "__index__ returned non-int (type %s)", value_type_name(index));
        return false;
    }
    raise_error(&type_type_error, "must be real number, not %s", value_type_name(v));
    return false;
}

/* ---- arithmetic ------------------------------------------------------- */

/* Python's divmod on doubles (b != 0): the remainder takes b's sign and
 * the quotient is the floor, with the sign of zero chosen as CPython does. */
static void float_divmod_parts(double a, double b, double *quotient, double *remainder) {
    double mod = fmod(a, b);
    double div = (a - mod) / b;
    if (mod) {
        if ((b < 0) != (mod < 0)) {
            mod += b;
            div -= 1.0;
        }
    } else {
        mod = copysign(0.0, b);
    }
    double floored;
    if (div) {
        floored = floor(div);
        if (div - floored > 0.5) floored += 1.0;
    } else {
        floored = copysign(0.0, a / b);
    }
    *quotient = floored;
    *remainder = mod;
}

/* a // b on doubles (b != 0). */
double float_floor_div(double a, double b) {
    double quotient, remainder;
    float_divmod_parts(a, b, &quotient, &remainder);
    return quotient;
}

/* a % b on doubles (b != 0). */
double float_mod(double a, double b) {
    double quotient, remainder;
    float_divmod_parts(a, b, &quotient, &remainder);
    return remainder;
}

static bool float_is_odd_integer(double x) { return fmod(fabs(x), 2.0) == 1.0; }

/* x ** y for infinite or nan operands, and 0.0 ** y: IEEE's answers. */
static Value float_power_special(double x, double y) {
    if (isnan(x)) return value_float(x);
    if (isnan(y)) return value_float(x == 1.0 ? 1.0 : y);
    if (isinf(y)) {
        double magnitude = fabs(x);
        if (magnitude == 1.0) return value_float(1.0);
        return value_float((y > 0) == (magnitude > 1.0) ? INFINITY : 0.0);
    }
    bool odd = float_is_odd_integer(y);
    if (isinf(x)) {
        if (x > 0) return value_float(y > 0 ? INFINITY : 0.0);
        if (y > 0) return value_float(odd ? -INFINITY : INFINITY);
        return value_float(odd ? -0.0 : 0.0);
    }
    /* x is zero */
    if (y < 0) return raise_error(&type_zero_division_error, "0.0 cannot be raised to a negative power");
    return value_float(odd ? x : 0.0);
}

static Value float_power(double x, double y) {
    if (y == 0) return value_float(1.0);
    if (isnan(x) || isnan(y) || isinf(x) || isinf(y) || x == 0) return float_power_special(x, y);
    bool negate = false;
    if (x < 0) {
        if (y != floor(y)) return raise_error(&type_not_implemented_error, "complex numbers are not supported");
        negate = float_is_odd_integer(y);
        x = -x;
    }
    if (x == 1.0) return value_float(negate ? -1.0 : 1.0);
    errno = 0;
    double result = pow(x, y);
    if (isinf(result)) return raise_error(&type_overflow_error, "(34, 'Numerical result out of range')");
    return value_float(negate ? -result : result);
}

/* Binary operator where a or b is a float and the other an int or float;
 * NotImplemented for other operands and for operators float lacks. */
Value float_binary(BinaryOp op, Value a, Value b) {
    if (op >= BINARY_INPLACE_OFFSET) op -= BINARY_INPLACE_OFFSET;
    if (!(is_float(a) || is_int_like(a)) || !(is_float(b) || is_int_like(b))) return value_not_implemented();
    double x, y;
    if (!value_to_double(a, &x) || !value_to_double(b, &y)) return value_null();
    switch (op) {
    case BINARY_ADD: return value_float(x + y);
    case BINARY_SUBTRACT: return value_float(x - y);
    case BINARY_MULTIPLY: return value_float(x * y);
    case BINARY_TRUE_DIVIDE:
        if (y == 0) return raise_error(&type_zero_division_error, "float division by zero");
        return value_float(x / y);
    case BINARY_FLOOR_DIVIDE:
        if (y == 0) return raise_error(&type_zero_division_error, "float floor division by zero");
        return value_float(float_floor_div(x, y));
    case BINARY_MODULO:
        if (y == 0) return raise_error(&type_zero_division_error, "float modulo");
        return value_float(float_mod(x, y));
    case BINARY_POWER: return float_power(x, y);
    default: return value_not_implemented();
    }
}

/* divmod(a, b) with a float operand: a (quotient, remainder) tuple. */
Value float_divmod(Value a, Value b) {
    double x, y, quotient, remainder;
    if (!value_to_double(a, &x) || !value_to_double(b, &y)) return value_null();
    if (y == 0) return raise_error(&type_zero_division_error, "float divmod()");
    float_divmod_parts(x, y, &quotient, &remainder);
    Tuple *pair = tuple_pack(2, value_float(quotient), value_float(remainder));
    return pair ? value_object(pair) : value_null();
}

static bool float_order_holds(double x, double y, CompareOp op) {
    switch (op) {
    case COMPARE_LT: return x < y;
    case COMPARE_LE: return x <= y;
    case COMPARE_EQ: return x == y;
    case COMPARE_NE: return x != y;
    case COMPARE_GT: return x > y;
    case COMPARE_GE: return x >= y;
    }
    return false;
}

/* Rich comparison where a or b is a float: exact against ints. */
Value float_compare(Value a, Value b, CompareOp op) {
    if (is_float(a) && is_float(b)) return value_bool(float_order_holds(a.as.number, b.as.number, op));
    if (is_int_like(a) || is_int_like(b)) return int_compare(a, b, op);
    return value_not_implemented();
}

/* ---- rounding --------------------------------------------------------- */

/* round(d, ndigits) for ndigits < 0, exactly: printf gives the exact
 * decimal value, and the integer digits are rounded half to even. */
static Value float_round_negative(double d, int64_t ndigits) {
    if (ndigits < -400) return value_float(copysign(0.0, d));
    char text[1500]; /* 309 integer digits, '.', 1100 fraction digits: exact */
    snprintf(text, sizeof text, "%.1100f", fabs(d));
    char *point = strchr(text, '.');
    bool fraction_nonzero = strspn(point + 1, "0") != strlen(point + 1);
    int64_t length = point - text, drop = -ndigits;
    if (drop > length) return value_float(copysign(0.0, d));
    int64_t keep = length - drop;
    bool rest_nonzero = fraction_nonzero;
    for (int64_t i = keep + 1; i < length; i++) rest_nonzero |= text[i] != '0';
    bool last_odd = keep > 0 && ((text[keep - 1] - '0') & 1);
    bool up = text[keep] > '5' || (text[keep] == '5' && (rest_nonzero || last_odd));
    char rounded[1500];
    rounded[0] = '0';
    memcpy(rounded + 1, text, (size_t)keep);
    int64_t index = keep;
    while (up) {
        if (rounded[index] == '9') rounded[index--] = '0';
        else { rounded[index]++; up = false; }
    }
    memset(rounded + keep + 1, '0', (size_t)drop);
    rounded[keep + 1 + drop] = '\0';
    double result = strtod(rounded, NULL);
    if (isinf(result)) return raise_error(&type_overflow_error, "rounded value too large to represent");
    return value_float(copysign(result, d));
}

/* round(d) / round(d, ndigits) (see float.h). */
Value float_round(double d, Value ndigits) {
    if (is_null(ndigits) || is_none(ndigits)) {
        double rounded = nearbyint(d); /* the default mode rounds half to even */
        return int_from_double(rounded);
    }
    if (!is_int_like(ndigits))
        return raise_error(&type_type_error, "'%s' object cannot be interpreted as an integer", value_type_name(ndigits));
    if (isnan(d) || isinf(d) || d == 0) return value_float(d);
    int64_t digits;
    if (!int_as_int64(ndigits, &digits)) {
        error_clear();
        return value_float(int_sign(ndigits) > 0 ? d : copysign(0.0, d));
    }
    if (digits > 330) return value_float(d);
    if (digits < 0) return float_round_negative(d, digits);
    char text[1500];
    snprintf(text, sizeof text, "%.*f", (int)digits, d);
    return value_float(strtod(text, NULL));
}

/* ---- format() ---------------------------------------------------------- */

/* 'g'-style text of x >= 0 with [precision] significant digits.
 * [typeless] is the spec without a type: integral fixed results get ".0"
 * and the switch to scientific comes one digit earlier, as in CPython. */
static void float_render_general(StrBuilder *sb, double x, int64_t precision, bool alternate, bool typeless) {
    if (precision == 0) precision = 1;
    if (precision > 1100) precision = 1100; /* beyond this every digit is exact zero padding */
    char digits[1200];
    int count, decpt;
    float_significant_digits(x, (int)precision, digits, &count, &decpt);
    if (!alternate) float_strip_zeros(digits, &count);
    bool use_exponent = decpt <= -4 || decpt > (typeless ? precision - 1 : precision);
    if (use_exponent) float_layout_exponent(sb, digits, count, decpt, alternate);
    else float_layout_fixed(sb, digits, count, decpt, alternate, typeless);
}

/* The unsigned body of format(x, spec) for finite x >= 0. */
static void float_render_body(StrBuilder *sb, double x, const FormatSpec *spec) {
    int64_t precision = spec->precision;
    switch (spec->type) {
    case 0:
        if (precision < 0) float_repr_positive(sb, x, spec->alternate);
        else float_render_general(sb, x, precision, spec->alternate, true);
        return;
    case 'g': case 'G': case 'n':
        float_render_general(sb, x, precision < 0 ? 6 : precision, spec->alternate, false);
        return;
    case 'e': case 'E':
        sb_appendf(sb, spec->alternate ? "%#.*e" : "%.*e", (int)(precision < 0 ? 6 : precision), x);
        return;
    case '%':
        x *= 100;
        /* fall through */
    default:
        sb_appendf(sb, spec->alternate ? "%#.*f" : "%.*f", (int)(precision < 0 ? 6 : precision), x);
        if (spec->type == '%') sb_append_char(sb, '%');
        return;
    }
}

static bool float_all_zero_digits(const char *text) {
    for (; *text && *text != 'e' && *text != 'E'; text++)
        if (*text >= '1' && *text <= '9') return false;
    return true;
}

static const char *float_sign_text(bool negative, char sign) {
    if (negative) return "-";
    return sign == '+' ? "+" : sign == ' ' ? " " : "";
}

static Value float_format_special(double d, const FormatSpec *spec, bool upper) {
    const char *sign = float_sign_text(isinf(d) && d < 0, spec->sign);
    char text[8];
    snprintf(text, sizeof text, "%s%s", sign, isnan(d) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
    if (spec->type == '%') strcat(text, "%");
    int64_t length = (int64_t)strlen(text);
    return str_value(format_align(text, length, length, spec, '>', (int64_t)strlen(sign)));
}

/* format(d, spec) (see float.h). */
Value float_format(double d, Str *spec) {
    if (spec->byte_length == 0) return float_repr(d);
    FormatSpec parsed;
    if (!format_spec_parse(spec, "float", &parsed)) return value_null();
    if (!strchr("eEfFgGn%", parsed.type)) { /* type 0 matches the terminator */
        format_unknown_code(parsed.type, "float");
        return value_null();
    }
    bool upper = parsed.type == 'E' || parsed.type == 'F' || parsed.type == 'G';
    if (isnan(d) || isinf(d)) return float_format_special(d, &parsed, upper);
    StrBuilder body;
    sb_init(&body);
    float_render_body(&body, fabs(d), &parsed);
    sb_append_char(&body, '\0');
    if (upper) for (char *c = body.data; *c; c++) if (*c == 'e') *c = 'E';
    bool negative = signbit(d) && !(parsed.no_negative_zero && float_all_zero_digits(body.data));
    int64_t digit_count = (int64_t)strspn(body.data, "0123456789");
    /* format_number takes the integer digits and the rest separately. */
    char *rest = strdup(body.data + digit_count);
    Str *result = rest ? format_number(&parsed, float_sign_text(negative, parsed.sign), "", body.data,
                                       digit_count, rest, 3)
                       : NULL;
    free(rest);
    sb_free(&body);
    return result ? value_object(result) : raise_memory_error();
}

/* ---- subclasses ------------------------------------------------------- */

/* A float is a VAL_FLOAT, never an object — except an instance of a user
 * subclass (class Money(float)), which is a FloatObject of its own type
 * (class.c appends its dict). float's slots and methods, which the subclass
 * inherits, read the double through float_unwrap. */
typedef struct FloatObject {
    Object base;
    double value;
} FloatObject;

static bool float_is_subclass_instance(Value v) {
    if (v.tag != VAL_OBJ) return false;
    Type *type = v.as.object->type;
    return (type->flags & TYPE_HEAPTYPE) && type_is_subtype(type, &type_float);
}

/* The plain float inside a subclass instance (and the plain int inside an
 * int subclass instance, for mixed operations); other values unchanged. */
static Value float_unwrap(Value v) {
    if (v.tag != VAL_OBJ) return v;
    if (float_is_subclass_instance(v)) return value_float(((FloatObject *)v.as.object)->value);
    return int_unwrap_subclass(v);
}

static Value float_new_subclass_instance(Type *cls, Value value) {
    if (is_null(value)) return value;
    size_t size = cls->instance_size > sizeof(FloatObject) ? cls->instance_size : sizeof(FloatObject);
    FloatObject *object = (FloatObject *)gc_alloc(cls, size);
    if (!object) return value_null();
    object->value = value.as.number;
    return value_object(object);
}

/* ---- the type's slots ---------------------------------------------------- */

static Value float_repr_slot(Value self) { return float_repr(float_unwrap(self).as.number); }

static bool float_hash_slot(Value self, int64_t *out) {
    *out = float_hash(float_unwrap(self).as.number);
    return true;
}

static int float_truthy_slot(Value self) { return float_unwrap(self).as.number != 0.0; }

static Value float_unary_slot(UnaryOp op, Value v) {
    double x = float_unwrap(v).as.number;
    switch (op) {
    case UNARY_NEGATIVE: return value_float(-x);
    case UNARY_POSITIVE: return value_float(x);
    case UNARY_ABSOLUTE: return value_float(fabs(x));
    default: return value_not_implemented();
    }
}

/* float(b'1.5'): parsed like text; the error quotes the bytes' repr. */
static Value float_from_bytes(Bytes *bytes) {
    const char *text = (const char *)bytes->data;
    for (int64_t i = 0; i < bytes->length; i++) {
        if (bytes->data[i] < 0x80) continue;
        text = NULL; /* non-ASCII bytes never form a number */
        break;
    }
    if (text) {
        Value result = float_parse_ascii(text, bytes->length, text, bytes->length);
        if (!is_null(result) || !error_matches(&type_value_error)) return result;
        error_clear();
    }
    Value shown = bytes_repr(bytes);
    if (is_null(shown)) return shown;
    return raise_error(&type_value_error, "could not convert string to float: %s", as_str(shown)->data);
}

/* float(x) for x neither str nor number: __float__, then __index__. */
static Value float_from_object(Value x) {
    if (is_float(x)) return x;
    if (float_is_subclass_instance(x)) return float_unwrap(x);
    if (is_int_like(x)) {
        double d;
        return int_to_double(x, &d) ? value_float(d) : value_null();
    }
    if (is_str(x)) return float_from_string(as_str(x)->data, as_str(x)->byte_length);
    if (is_bytes(x)) return float_from_bytes((Bytes *)x.as.object);
    if (!is_null(type_lookup_cstr(value_type(x), "__float__"))) {
        double d;
        return value_to_double(x, &d) ? value_float(d) : value_null();
    }
    if (!is_null(type_lookup_cstr(value_type(x), "__index__"))) {
        Value index = obj_call_method(x, "__index__", NULL, 0);
        if (is_null(index)) return index;
        if (!is_int_like(index))
            return raise_error(&type_type_error, "__index__ returned non-int (type %s)", value_type_name(index));
        return float_from_object(index);
    }
    return raise_error(&type_type_error, "float() argument must be a string or a real number, not '%s'",
                       value_type_name(x));
}

static Value float_new(Type *cls, Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords("float", kwnames)) return value_null();
    if (nargs > 1) return raise_error(&type_type_error, "float expected at most 1 argument, got %d", nargs);
    Value value = nargs == 0 ? value_float(0.0) : float_from_object(args[0]);
    if (cls == &type_float || !type_is_subtype(cls, &type_float)) return value;
    return float_new_subclass_instance(cls, value);
}

static Value float_binary_slot(BinaryOp op, Value a, Value b) {
    return float_binary(op, float_unwrap(a), float_unwrap(b));
}

static Value float_compare_slot(Value a, Value b, CompareOp op) {
    return float_compare(float_unwrap(a), float_unwrap(b), op);
}

/* ---- methods ----------------------------------------------------------- */

static double float_self(Value *args) { return float_unwrap(args[0]).as.number; }

static Value float_method_is_integer(Value *args, int nargs, Tuple *kwnames) {
    double x = float_self(args);
    return value_bool(isfinite(x) && x == floor(x));
}

static Value float_method_as_integer_ratio(Value *args, int nargs, Tuple *kwnames) {
    double x = float_self(args);
    if (isinf(x)) return raise_error(&type_overflow_error, "cannot convert Infinity to integer ratio");
    if (isnan(x)) return raise_error(&type_value_error, "cannot convert NaN to integer ratio");
    int exponent;
    double mantissa = frexp(x, &exponent);
    /* Make the mantissa integral, then cancel common factors of two. */
    for (int i = 0; i < 300 && mantissa != floor(mantissa); i++) {
        mantissa *= 2.0;
        exponent--;
    }
    Value numerator = int_from_double(mantissa);
    if (is_null(numerator)) return numerator;
    Value denominator = value_int(1);
    Value shift = value_int(exponent < 0 ? -exponent : exponent);
    if (exponent > 0) numerator = int_binary(BINARY_LSHIFT, numerator, shift);
    else denominator = int_binary(BINARY_LSHIFT, denominator, shift);
    if (is_null(numerator) || is_null(denominator)) return value_null();
    Tuple *pair = tuple_pack(2, numerator, denominator);
    return pair ? value_object(pair) : value_null();
}

static Value float_method_self(Value *args, int nargs, Tuple *kwnames) { return value_float(float_self(args)); }

static Value float_method_int(Value *args, int nargs, Tuple *kwnames) { return int_from_double(float_self(args)); }

static Value float_method_floor(Value *args, int nargs, Tuple *kwnames) { return int_from_double(floor(float_self(args))); }

static Value float_method_ceil(Value *args, int nargs, Tuple *kwnames) { return int_from_double(ceil(float_self(args))); }

static Value float_method_round(Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords("__round__", kwnames) || !args_check_count("__round__", nargs - 1, 0, 1)) return value_null();
    return float_round(float_self(args), nargs > 1 ? args[1] : value_null());
}

static Value float_method_format(Value *args, int nargs, Tuple *kwnames) {
    if (!args_check_count("__format__", nargs - 1, 1, 1)) return value_null();
    if (!is_str(args[1]))
        return raise_error(&type_type_error, "__format__() argument must be str, not %s", value_type_name(args[1]));
    return float_format(float_self(args), as_str(args[1]));
}

/* x.hex(): '[-]0x1.<13 hex digits>p<exponent>' (subnormals start 0x0.). */
static Value float_method_hex(Value *args, int nargs, Tuple *kwnames) {
    double x = float_self(args);
    if (isnan(x) || isinf(x)) return float_repr(x);
    const char *sign = signbit(x) ? "-" : "";
    if (x == 0) return str_value(str_from_format("%s0x0.0p+0", sign));
    int exponent;
    double mantissa = frexp(fabs(x), &exponent);
    int shift = 1 - (__DBL_MIN_EXP__ - exponent > 0 ? __DBL_MIN_EXP__ - exponent : 0);
    mantissa = ldexp(mantissa, shift);
    exponent -= shift;
    int lead = (int)mantissa;
    mantissa -= lead;
    char hex[16];
    for (int i = 0; i < 13; i++) {
        mantissa *= 16.0;
        int digit = (int)mantissa;
        hex[i] = "0123456789abcdef"[digit];
        mantissa -= digit;
    }
    hex[13] = '\0';
    return str_value(str_from_format("%s0x%d.%sp%+d", sign, lead, hex, exponent));
}

static bool float_hex_text_valid(const char *p) {
    if (*p == '+' || *p == '-') p++;
    if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) p += 2;
    size_t digits = strspn(p, "0123456789abcdefABCDEF");
    p += digits;
    if (*p == '.') {
        size_t fraction = strspn(p + 1, "0123456789abcdefABCDEF");
        digits += fraction;
        p += 1 + fraction;
    }
    if (digits == 0) return false;
    if (*p == 'p' || *p == 'P') {
        p++;
        if (*p == '+' || *p == '-') p++;
        size_t exponent = strspn(p, "0123456789");
        if (exponent == 0) return false;
        p += exponent;
    }
    return *p == '\0';
}

/* float.fromhex(text): the hex form, with or without 0x, or inf/nan. */
static Value float_method_fromhex(Value *args, int nargs, Tuple *kwnames) {
    if (!args_check_count("fromhex", nargs - 1, 1, 1)) return value_null();
    if (!is_str(args[1])) return raise_error(&type_type_error, "bad argument type for built-in operation");
    Str *s = as_str(args[1]);
    const char *p = s->data;
    int64_t n = s->byte_length;
    while (n > 0 && float_is_space(*p)) { p++; n--; }
    while (n > 0 && float_is_space(p[n - 1])) n--;
    double result;
    if (float_parse_special(p, n, &result)) return value_float(result);
    char *text = malloc((size_t)n + 4);
    if (!text) return raise_memory_error();
    int64_t used = 0;
    if (n > 0 && (*p == '+' || *p == '-')) { text[used++] = *p++; n--; }
    if (!(n >= 2 && p[0] == '0' && (p[1] == 'x' || p[1] == 'X'))) { text[used++] = '0'; text[used++] = 'x'; }
    memcpy(text + used, p, (size_t)n);
    text[used + n] = '\0';
    bool valid = float_hex_text_valid(text);
    if (valid) result = strtod(text, NULL);
    free(text);
    if (!valid) return raise_error(&type_value_error, "invalid hexadecimal floating-point string");
    if (isinf(result)) return raise_error(&type_overflow_error, "hexadecimal value too large to represent as a float");
    return value_float(result);
}

/* __divmod__ / __rdivmod__ (divmod() tries these for mixed operands). */
static Value float_divmod_method(Value *args, int nargs, bool reflected) {
    if (!args_check_count(reflected ? "__rdivmod__" : "__divmod__", nargs - 1, 1, 1)) return value_null();
    Value other = args[1];
    if (!is_float(other) && !is_int_like(other)) return value_not_implemented();
    Value self = float_unwrap(args[0]);
    return reflected ? float_divmod(other, self) : float_divmod(self, other);
}

static Value float_method_divmod(Value *args, int nargs, Tuple *kwnames) { return float_divmod_method(args, nargs, false); }
static Value float_method_rdivmod(Value *args, int nargs, Tuple *kwnames) { return float_divmod_method(args, nargs, true); }

static Value float_method_getnewargs(Value *args, int nargs, Tuple *kwnames) {
    Tuple *single = tuple_pack(1, float_unwrap(args[0]));
    return single ? value_object(single) : value_null();
}

static Value float_get_real(Value self) { return float_unwrap(self); }
static Value float_get_imag(Value self) { return value_float(0.0); }

static const MethodDef float_methods[] = {
    {"is_integer", float_method_is_integer, METHOD_INSTANCE, "Return True if the float is an integer."},
    {"as_integer_ratio", float_method_as_integer_ratio, METHOD_INSTANCE, "Return integer ratio."},
    {"conjugate", float_method_self, METHOD_INSTANCE, "Return self, the complex conjugate of any float."},
    {"hex", float_method_hex, METHOD_INSTANCE, "Return a hexadecimal representation of a floating-point number."},
    {"fromhex", float_method_fromhex, METHOD_CLASS, "Create a floating-point number from a hexadecimal string."},
    {"__float__", float_method_self, METHOD_INSTANCE, NULL},
    {"__int__", float_method_int, METHOD_INSTANCE, NULL},
    {"__trunc__", float_method_int, METHOD_INSTANCE, NULL},
    {"__floor__", float_method_floor, METHOD_INSTANCE, NULL},
    {"__ceil__", float_method_ceil, METHOD_INSTANCE, NULL},
    {"__round__", float_method_round, METHOD_INSTANCE, NULL},
    {"__format__", float_method_format, METHOD_INSTANCE, NULL},
    {"__getnewargs__", float_method_getnewargs, METHOD_INSTANCE, NULL},
    {"__divmod__", float_method_divmod, METHOD_INSTANCE, NULL},
    {"__rdivmod__", float_method_rdivmod, METHOD_INSTANCE, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef float_getsets[] = {
    {"real", float_get_real, NULL},
    {"imag", float_get_imag, NULL},
    {NULL, NULL, NULL},
};

Type type_float = {
    .name = "float",
    .instance_size = sizeof(FloatObject), /* only subclass instances are objects */
    .flags = TYPE_BASETYPE,
    .methods = float_methods,
    .getsets = float_getsets,
    .new = float_new,
    .repr = float_repr_slot,
    .hash = float_hash_slot,
    .compare = float_compare_slot,
    .truthy = float_truthy_slot,
    .binary = float_binary_slot,
    .unary = float_unary_slot,
};

/* Ready the float type. */
void float_types_init(void) { type_ready(&type_float); }
