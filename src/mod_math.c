/* mod_math.c — the math module: the C library's floating-point functions
 * with Python's error rules, plus exact integer functions on big ints.
 *
 * CPython's rules for the float functions: a result that is not a number
 * for a finite argument (sqrt(-1), log(0)) is ValueError("math domain
 * error"); a finite argument whose result overflows is OverflowError("math
 * range error"); infinities and NaNs otherwise pass through.
 */
#include <errno.h>
#include <math.h>
#include <string.h>

#include "exc.h"
#include "float.h"
#include "func.h"
#include "int.h"
#include "list.h"
#include "module.h"
#include "str.h"
#include "tuple.h"
#include "vm.h"

/* A real-number argument: ints, floats, and objects with __float__ or
 * __index__ (value_to_double knows them all); TypeError otherwise. */
static bool number_argument(Value v, double *out) {
    if (!is_int_like(v) && !is_float(v) && is_null(type_lookup_cstr(value_type(v), "__float__")) &&
        is_null(type_lookup_cstr(value_type(v), "__index__"))) {
        raise_error(&type_type_error, "must be real number, not %s", value_type_name(v));
        return false;
    }
    return value_to_double(v, out);
}

/* Apply Python's domain/range rules to a C math result. */
static Value checked_result(double argument, double result, bool can_overflow) {
    if (isnan(result) && !isnan(argument)) return raise_error(&type_value_error, "math domain error");
    if (isinf(result) && isfinite(argument)) {
        /* an infinite result of a function that cannot overflow (log1p(-1),
         * atanh(1)) is a pole: CPython calls that a domain error */
        if (can_overflow) return raise_error(&type_overflow_error, "math range error");
        return raise_error(&type_value_error, "math domain error");
    }
    return value_float(result);
}

#define MATH_UNARY(python_name, c_function, can_overflow)                        \
    static Value math_##python_name(Value *args, int nargs, Tuple *kwnames) {      \
        if (!args_no_keywords(#python_name, kwnames) ||                            \
            !args_check_count(#python_name, nargs, 1, 1))                          \
            return value_null();                                                   \
        double x;                                                                  \
        if (!number_argument(args[0], &x)) return value_null();                    \
        return checked_result(x, c_function(x), can_overflow);                     \
    }

MATH_UNARY(exp, exp, true)
MATH_UNARY(expm1, expm1, true)
MATH_UNARY(sin, sin, false)
MATH_UNARY(cos, cos, false)
MATH_UNARY(tan, tan, false)
MATH_UNARY(asin, asin, false)
MATH_UNARY(acos, acos, false)
MATH_UNARY(atan, atan, false)
MATH_UNARY(sinh, sinh, true)
MATH_UNARY(cosh, cosh, true)
MATH_UNARY(tanh, tanh, false)
MATH_UNARY(asinh, asinh, false)
MATH_UNARY(acosh, acosh, false)
MATH_UNARY(atanh, atanh, false)
MATH_UNARY(fabs, fabs, false)
MATH_UNARY(erf, erf, false)
MATH_UNARY(erfc, erfc, false)
MATH_UNARY(log1p, log1p, false)
MATH_UNARY(cbrt, cbrt, false)

/* ---- gamma and lgamma ---------------------------------------------------------
 * CPython computes these itself with a Lanczos approximation (g = 6.0246...,
 * 13 terms) instead of calling the C library, so pyco does the same to print
 * the same last digits. */

static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double lanczos_numerator[13] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
static const double lanczos_denominator[13] = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
    2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
};

/* The Lanczos rational sum, evaluated in the direction that stays accurate. */
static double lanczos_sum(double x) {
    double numerator = 0.0, denominator = 0.0;
    if (x < 5.0) {
        for (int i = 12; i >= 0; i--) {
            numerator = numerator * x + lanczos_numerator[i];
            denominator = denominator * x + lanczos_denominator[i];
        }
    } else {
        for (int i = 0; i < 13; i++) {
            numerator = numerator / x + lanczos_numerator[i];
            denominator = denominator / x + lanczos_denominator[i];
        }
    }
    return numerator / denominator;
}

/* sin(pi * x), exact at the integers and half-integers. */
static double sin_pi(double x) {
    double y = fmod(fabs(x), 2.0), result;
    switch ((int)round(2.0 * y)) {
    case 0: result = sin(M_PI * y); break;
    case 1: result = cos(M_PI * (y - 0.5)); break;
    case 2: result = sin(M_PI * (1.0 - y)); break;
    case 3: result = -cos(M_PI * (y - 1.5)); break;
    default: result = sin(M_PI * (y - 2.0)); break;
    }
    return copysign(1.0, x) * result;
}

static Value math_lgamma(Value *args, int nargs, Tuple *kwnames) {
    double x;
    if (!args_no_keywords("lgamma", kwnames) || !args_check_count("lgamma", nargs, 1, 1) ||
        !number_argument(args[0], &x))
        return value_null();
    if (isnan(x)) return value_float(x);
    if (isinf(x)) return value_float(INFINITY);
    if (x == floor(x) && x <= 2.0) {
        if (x <= 0.0) return raise_error(&type_value_error, "math domain error");
        return value_float(0.0);
    }
    double magnitude = fabs(x);
    if (magnitude < 1e-20) return value_float(-log(magnitude));
    double result = log(lanczos_sum(magnitude)) - lanczos_g;
    result += (magnitude - 0.5) * (log(magnitude + lanczos_g - 0.5) - 1);
    if (x < 0.0) result = 1.144729885849400174143427351353058711647 - log(fabs(sin_pi(magnitude))) - log(magnitude) - result;
    if (isinf(result)) return raise_error(&type_overflow_error, "math range error");
    return value_float(result);
}

/* tgamma for a finite, non-integer-or-large x (the caller did the special cases). */
static double lanczos_gamma(double x) {
    double magnitude = fabs(x), y = magnitude + lanczos_g_minus_half, q, z, result;
    if (magnitude > lanczos_g_minus_half) {
        q = y - magnitude;
        z = q - lanczos_g_minus_half;
    } else {
        q = y - lanczos_g_minus_half;
        z = q - magnitude;
    }
    z = z * lanczos_g / y;
    bool split = magnitude >= 140.0;
    double power = split ? pow(y, magnitude / 2.0 - 0.25) : pow(y, magnitude - 0.5);
    if (x < 0.0) {
        result = -M_PI / sin_pi(magnitude) / magnitude * exp(y) / lanczos_sum(magnitude);
        result -= z * result;
        result /= power;
        if (split) result /= power;
    } else {
        result = lanczos_sum(magnitude) / exp(y);
        result += z * result;
        result *= power;
        if (split) result *= power;
    }
    return result;
}

static Value math_gamma(Value *args, int nargs, Tuple *kwnames) {
    double x;
    if (!args_no_keywords("gamma", kwnames) || !args_check_count("gamma", nargs, 1, 1) ||
        !number_argument(args[0], &x))
        return value_null();
    if (isnan(x) || (isinf(x) && x > 0)) return value_float(x);
    if (isinf(x) || x == 0 || (x == floor(x) && x < 0)) return raise_error(&type_value_error, "math domain error");
    if (x == floor(x) && x <= 23.0) {
        double factorial = 1.0;
        for (int i = 2; i < (int)x; i++) factorial *= i;
        return value_float(factorial);
    }
    double magnitude = fabs(x);
    if (magnitude < 1e-20) {
        double result = 1.0 / x;
        if (isinf(result)) return raise_error(&type_overflow_error, "math range error");
        return value_float(result);
    }
    if (magnitude > 200.0) {
        if (x < 0) return value_float(0.0 / sin_pi(x));
        return raise_error(&type_overflow_error, "math range error");
    }
    double result = lanczos_gamma(x);
    if (isinf(result)) return raise_error(&type_overflow_error, "math range error");
    return value_float(result);
}

/* degrees and radians only scale: CPython checks nothing (degrees(1e308) is inf). */
static Value math_degrees(Value *args, int nargs, Tuple *kwnames) {
    double x;
    if (!args_check_count("degrees", nargs, 1, 1) || !number_argument(args[0], &x)) return value_null();
    return value_float(x * (180.0 / M_PI));
}

static Value math_radians(Value *args, int nargs, Tuple *kwnames) {
    double x;
    if (!args_check_count("radians", nargs, 1, 1) || !number_argument(args[0], &x)) return value_null();
    return value_float(x * (M_PI / 180.0));
}

static Value math_sqrt(Value *args, int nargs, Tuple *kwnames) {
    if (!args_check_count("sqrt", nargs, 1, 1)) return value_null();
    double x;
    if (!number_argument(args[0], &x)) return value_null();
    if (x < 0) return raise_error(&type_value_error, "math domain error");
    return value_float(sqrt(x));
}

/* The mantissa in [0.5, 1) and binary exponent of a positive int too big
 * for a double, like frexp: CPython takes the log of such ints as
 * func(mantissa) + func(2.0) * exponent. */
static bool big_int_frexp(Value v, double *mantissa, int64_t *exponent) {
    mp_int value, reduced;
    if (!int_to_mp(v, &value)) return false;
    int bits = mp_count_bits(&value);
    int shift = bits > 64 ? bits - 64 : 0;
    if (mp_init(&reduced) != MP_OKAY || mp_div_2d(&value, shift, &reduced, NULL) != MP_OKAY) {
        mp_clear(&value);
        raise_memory_error();
        return false;
    }
    int top_exponent = 0;
    *mantissa = frexp(mp_get_double(&reduced), &top_exponent);
    *exponent = (int64_t)top_exponent + shift;
    mp_clear(&reduced);
    mp_clear(&value);
    return true;
}

/* CPython's loghelper: func of a positive number; ints beyond the double
 * range go through their mantissa and exponent; anything <= 0 is a domain
 * error. */
static bool log_helper(Value v, double (*func)(double), double *out) {
    if (is_int_like(v)) {
        if (int_sign(v) <= 0) {
            raise_error(&type_value_error, "math domain error");
            return false;
        }
        if (is_big_int(v)) {
            mp_int value;
            if (!int_to_mp(v, &value)) return false;
            int bits = mp_count_bits(&value);
            mp_clear(&value);
            double direct;
            /* like PyLong_AsDouble: only ints that round past DBL_MAX take the long way */
            if (bits <= 1024 && int_to_double(v, &direct)) {
                *out = func(direct);
                return true;
            }
            if (error_pending()) error_clear();
            {
                double mantissa;
                int64_t exponent;
                if (!big_int_frexp(v, &mantissa, &exponent)) return false;
                *out = func(mantissa) + func(2.0) * (double)exponent;
                return true;
            }
        }
    }
    double x;
    if (!number_argument(v, &x)) return false;
    if (x <= 0 || (isinf(x) && x < 0)) {
        raise_error(&type_value_error, "math domain error");
        return false;
    }
    *out = func(x);
    return true;
}

static Value math_log(Value *args, int nargs, Tuple *kwnames) {
    if (!args_check_count("log", nargs, 1, 2)) return value_null();
    double numerator;
    if (!log_helper(args[0], log, &numerator)) return value_null();
    if (nargs == 1) return value_float(numerator);
    double denominator;
    if (!log_helper(args[1], log, &denominator)) return value_null();
    if (denominator == 0) return raise_error(&type_zero_division_error, "float division by zero");
    return value_float(numerator / denominator);
}

static Value math_log2(Value *args, int nargs, Tuple *kwnames) {
    double x;
    if (!args_check_count("log2", nargs, 1, 1) || !log_helper(args[0], log2, &x)) return value_null();
    return value_float(x);
}

static Value math_log10(Value *args, int nargs, Tuple *kwnames) {
    double x;
    if (!args_check_count("log10", nargs, 1, 1) || !log_helper(args[0], log10, &x)) return value_null();
    return value_float(x);
}

static Value math_remainder(Value *args, int nargs, Tuple *kwnames) {
    if (!args_check_count("remainder", nargs, 2, 2)) return value_null();
    double x, y;
    if (!number_argument(args[0], &x) || !number_argument(args[1], &y)) return value_null();
    if (isnan(x) || isnan(y)) return value_float(NAN);
    if (isinf(x) || y == 0) return raise_error(&type_value_error, "math domain error");
    return value_float(remainder(x, y));
}

static Value math_nextafter(Value *args, int nargs, Tuple *kwnames) {
    if (!args_check_count("nextafter", nargs, 2, 2)) return value_null();
    double x, y;
    if (!number_argument(args[0], &x) || !number_argument(args[1], &y)) return value_null();
    return value_float(nextafter(x, y));
}

/* ulp(x): the gap from |x| to the next double away from zero (for the
 * largest finite double, the gap below it). */
static Value math_ulp(Value *args, int nargs, Tuple *kwnames) {
    if (!args_check_count("ulp", nargs, 1, 1)) return value_null();
    double x;
    if (!number_argument(args[0], &x)) return value_null();
    if (isnan(x)) return value_float(x);
    x = fabs(x);
    if (isinf(x)) return value_float(x);
    double next = nextafter(x, INFINITY);
    if (isinf(next)) return value_float(x - nextafter(x, -INFINITY));
    return value_float(next - x);
}

MATH_UNARY(exp2, exp2, true)

static Value math_pow(Value *args, int nargs, Tuple *kwnames) {
    if (!args_check_count("pow", nargs, 2, 2)) return value_null();
    double x, y;
    if (!number_argument(args[0], &x) || !number_argument(args[1], &y)) return value_null();
    if (x == 0 && y < 0 && isfinite(y)) return raise_error(&type_value_error, "math domain error");
    if (x < 0 && isfinite(x) && isfinite(y) && y != floor(y)) return raise_error(&type_value_error, "math domain error");
    double result = pow(x, y);
    if (isinf(result) && isfinite(x) && isfinite(y)) return raise_error(&type_overflow_error, "math range error");
    return value_float(result);
}

static Value math_atan2(Value *args, int nargs, Tuple *kwnames) {
    if (!args_check_count("atan2", nargs, 2, 2)) return value_null();
    double y, x;
    if (!number_argument(args[0], &y) || !number_argument(args[1], &x)) return value_null();
    return value_float(atan2(y, x));
}

static Value math_fmod(Value *args, int nargs, Tuple *kwnames) {
    if (!args_check_count("fmod", nargs, 2, 2)) return value_null();
    double x, y;
    if (!number_argument(args[0], &x) || !number_argument(args[1], &y)) return value_null();
    if (y == 0 && !isnan(x)) return raise_error(&type_value_error, "math domain error");
    if (isinf(x) && !isnan(y)) return raise_error(&type_value_error, "math domain error");
    return value_float(fmod(x, y));
}

static Value math_copysign(Value *args, int nargs, Tuple *kwnames) {
    if (!args_check_count("copysign", nargs, 2, 2)) return value_null();
    double x, y;
    if (!number_argument(args[0], &x) || !number_argument(args[1], &y)) return value_null();
    return value_float(copysign(x, y));
}

static Value math_hypot(Value *args, int nargs, Tuple *kwnames) {
    double total = 0.0;
    bool infinite = false, not_a_number = false;
    for (int i = 0; i < nargs; i++) {
        double x;
        if (!number_argument(args[i], &x)) return value_null();
        if (isinf(x)) infinite = true;
        if (isnan(x)) not_a_number = true;
        total = hypot(total, x);
    }
    if (infinite) return value_float(INFINITY);
    if (not_a_number) return value_float(NAN);
    return value_float(total);
}

/* floor/ceil/trunc: ints come back unchanged, floats become ints, other
 * objects are asked for __floor__ / __ceil__ / __trunc__. */
static Value rounding(Value v, const char *dunder, double (*c_function)(double)) {
    if (is_int_like(v)) return is_bool(v) ? value_int(v.as.boolean) : v;
    if (is_float(v)) return int_from_double(c_function(v.as.number));
    Value method = type_lookup_cstr(value_type(v), dunder);
    if (!is_null(method)) return obj_call(method, &v, 1, NULL);
    double x;
    if (!number_argument(v, &x)) return value_null();
    return int_from_double(c_function(x));
}

static Value math_floor(Value *args, int nargs, Tuple *kwnames) {
    if (!args_check_count("floor", nargs, 1, 1)) return value_null();
    return rounding(args[0], "__floor__", floor);
}

static Value math_ceil(Value *args, int nargs, Tuple *kwnames) {
    if (!args_check_count("ceil", nargs, 1, 1)) return value_null();
    return rounding(args[0], "__ceil__", ceil);
}

static Value math_trunc(Value *args, int nargs, Tuple *kwnames) {
    if (!args_check_count("trunc", nargs, 1, 1)) return value_null();
    if (!is_int_like(args[0]) && !is_float(args[0]) && is_null(type_lookup_cstr(value_type(args[0]), "__trunc__")))
        return raise_error(&type_type_error, "type %s doesn't define __trunc__ method", value_type_name(args[0]));
    return rounding(args[0], "__trunc__", trunc);
}

static Value math_modf(Value *args, int nargs, Tuple *kwnames) {
    if (!args_check_count("modf", nargs, 1, 1)) return value_null();
    double x, whole;
    if (!number_argument(args[0], &x)) return value_null();
    double fraction = modf(x, &whole);
    return value_object(tuple_pack(2, value_float(fraction), value_float(whole)));
}

static Value math_frexp(Value *args, int nargs, Tuple *kwnames) {
    if (!args_check_count("frexp", nargs, 1, 1)) return value_null();
    double x;
    if (!number_argument(args[0], &x)) return value_null();
    int exponent = 0;
    double mantissa = isfinite(x) ? frexp(x, &exponent) : x;
    return value_object(tuple_pack(2, value_float(mantissa), value_int(exponent)));
}

static Value math_ldexp(Value *args, int nargs, Tuple *kwnames) {
    if (!args_check_count("ldexp", nargs, 2, 2)) return value_null();
    double x;
    int64_t exponent;
    if (!number_argument(args[0], &x)) return value_null();
    if (!is_int_like(args[1])) return raise_error(&type_type_error, "Expected an int as second argument to ldexp.");
    if (is_big_int(args[1])) exponent = int_sign(args[1]) > 0 ? 100000 : -100000;
    else if (!int_as_int64(args[1], &exponent)) return value_null();
    if (exponent > 100000) exponent = 100000;
    if (exponent < -100000) exponent = -100000;
    return checked_result(x, ldexp(x, (int)exponent), true);
}

static Value math_isfinite(Value *args, int nargs, Tuple *kwnames) {
    double x;
    if (!args_check_count("isfinite", nargs, 1, 1) || !number_argument(args[0], &x)) return value_null();
    return value_bool(isfinite(x));
}

static Value math_isinf(Value *args, int nargs, Tuple *kwnames) {
    double x;
    if (!args_check_count("isinf", nargs, 1, 1) || !number_argument(args[0], &x)) return value_null();
    return value_bool(isinf(x));
}

static Value math_isnan(Value *args, int nargs, Tuple *kwnames) {
    double x;
    if (!args_check_count("isnan", nargs, 1, 1) || !number_argument(args[0], &x)) return value_null();
    return value_bool(isnan(x));
}

/* isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0) */
static Value math_isclose(Value *args, int nargs, Tuple *kwnames) {
    static const char *const allowed[] = {"rel_tol", "abs_tol", NULL};
    if (!args_only_keywords("isclose", kwnames, allowed) || !args_check_count("isclose", nargs, 2, 2)) return value_null();
    double a, b, rel_tol = 1e-09, abs_tol = 0.0;
    if (!number_argument(args[0], &a) || !number_argument(args[1], &b)) return value_null();
    Value rel = args_keyword(args, nargs, kwnames, "rel_tol"), absolute = args_keyword(args, nargs, kwnames, "abs_tol");
    if (!is_null(rel) && !number_argument(rel, &rel_tol)) return value_null();
    if (!is_null(absolute) && !number_argument(absolute, &abs_tol)) return value_null();
    if (rel_tol < 0.0 || abs_tol < 0.0) return raise_error(&type_value_error, "tolerances must be non-negative");
    if (a == b) return value_bool(true);
    if (isinf(a) || isinf(b)) return value_bool(false);
    double difference = fabs(b - a);
    return value_bool((difference <= fabs(rel_tol * b)) || (difference <= fabs(rel_tol * a)) || difference <= abs_tol);
}

/* ---- exact integer functions ------------------------------------------------- */

static bool integer_argument(Value v, const char *function) {
    if (is_int_like(v)) return true;
    raise_error(&type_type_error, "'%s' object cannot be interpreted as an integer", value_type_name(v));
    (void)function;
    return false;
}

static Value math_gcd(Value *args, int nargs, Tuple *kwnames) {
    Value result = value_int(0);
    for (int i = 0; i < nargs; i++) {
        if (!integer_argument(args[i], "gcd")) return value_null();
        mp_int a, b, g;
        if (!int_to_mp(result, &a)) return value_null();
        if (!int_to_mp(args[i], &b)) return value_null();
        if (mp_init(&g) != MP_OKAY || mp_gcd(&a, &b, &g) != MP_OKAY) {
            mp_clear_multi(&a, &b, NULL);
            return raise_memory_error();
        }
        result = int_from_mp(&g);
        mp_clear_multi(&a, &b, &g, NULL);
    }
    return result;
}

static Value math_lcm(Value *args, int nargs, Tuple *kwnames) {
    Value result = value_int(1);
    for (int i = 0; i < nargs; i++) {
        if (!integer_argument(args[i], "lcm")) return value_null();
        mp_int a, b, l;
        if (!int_to_mp(result, &a)) return value_null();
        if (!int_to_mp(args[i], &b)) return value_null();
        if (mp_init(&l) != MP_OKAY || mp_lcm(&a, &b, &l) != MP_OKAY || mp_abs(&l, &l) != MP_OKAY) {
            mp_clear_multi(&a, &b, NULL);
            return raise_memory_error();
        }
        result = int_from_mp(&l);
        mp_clear_multi(&a, &b, &l, NULL);
    }
    return result;
}

static Value math_factorial(Value *args, int nargs, Tuple *kwnames) {
    if (!args_check_count("factorial", nargs, 1, 1)) return value_null();
    if (is_float(args[0])) return raise_error(&type_type_error, "'float' object cannot be interpreted as an integer");
    if (!integer_argument(args[0], "factorial")) return value_null();
    int64_t n;
    if (!int_as_int64(args[0], &n)) return value_null();
    if (n < 0) return raise_error(&type_value_error, "factorial() not defined for negative values");
    mp_int product;
    if (mp_init_set(&product, 1) != MP_OKAY) return raise_memory_error();
    for (int64_t i = 2; i <= n; i++) {
        if (mp_mul_d(&product, (mp_digit)i, &product) != MP_OKAY) {
            mp_clear(&product);
            return raise_memory_error();
        }
        if ((i & 1023) == 0 && !vm_check_interrupt()) {
            mp_clear(&product);
            return value_null();
        }
    }
    Value result = int_from_mp(&product);
    mp_clear(&product);
    return result;
}

static Value math_isqrt(Value *args, int nargs, Tuple *kwnames) {
    if (!args_check_count("isqrt", nargs, 1, 1) || !integer_argument(args[0], "isqrt")) return value_null();
    if (int_sign(args[0]) < 0) return raise_error(&type_value_error, "isqrt() argument must be nonnegative");
    mp_int value, root;
    if (!int_to_mp(args[0], &value)) return value_null();
    if (mp_init(&root) != MP_OKAY || mp_sqrt(&value, &root) != MP_OKAY) {
        mp_clear(&value);
        return raise_memory_error();
    }
    Value result = int_from_mp(&root);
    mp_clear_multi(&value, &root, NULL);
    return result;
}

/* comb(n, k) and perm(n, k) by exact products. */
static Value combinatorial(Value *args, int nargs, const char *name, bool combinations) {
    if (!args_check_count(name, nargs, combinations ? 2 : 1, 2)) return value_null();
    int64_t n, k;
    if (!integer_argument(args[0], name) || !int_as_int64(args[0], &n)) return value_null();
    if (nargs == 1) k = n;
    else if (!integer_argument(args[1], name) || !int_as_int64(args[1], &k)) return value_null();
    if (n < 0) return raise_error(&type_value_error, "n must be a non-negative integer");
    if (k < 0) return raise_error(&type_value_error, "k must be a non-negative integer");
    if (k > n) return value_int(0);
    if (combinations && k > n - k) k = n - k;
    mp_int result;
    if (mp_init_set(&result, 1) != MP_OKAY) return raise_memory_error();
    for (int64_t i = 0; i < k; i++) {
        bool ok = mp_mul_d(&result, (mp_digit)(n - i), &result) == MP_OKAY &&
                  (!combinations || mp_div_d(&result, (mp_digit)(i + 1), &result, NULL) == MP_OKAY);
        if (!ok) {
            mp_clear(&result);
            return raise_memory_error();
        }
    }
    Value value = int_from_mp(&result);
    mp_clear(&result);
    return value;
}

static Value math_comb(Value *args, int nargs, Tuple *kwnames) { return combinatorial(args, nargs, "comb", true); }
static Value math_perm(Value *args, int nargs, Tuple *kwnames) { return combinatorial(args, nargs, "perm", false); }

/* fsum: exact sum of floats with Shewchuk's partials, as CPython does. */
static Value math_fsum(Value *args, int nargs, Tuple *kwnames) {
    if (!args_check_count("fsum", nargs, 1, 1)) return value_null();
    Value iterator = obj_iter(args[0]);
    if (is_null(iterator)) return iterator;
    double partials[64];
    int count = 0;
    double special = 0.0, infinities = 0.0;
    for (;;) {
        Value item = obj_next(iterator);
        if (is_null(item)) {
            if (error_pending()) return value_null();
            break;
        }
        double x;
        if (!number_argument(item, &x)) return value_null();
        double original = x;
        int kept = 0;
        for (int i = 0; i < count; i++) {
            double y = partials[i];
            if (fabs(x) < fabs(y)) {
                double swap = x;
                x = y;
                y = swap;
            }
            double high = x + y;
            double low = y - (high - x);
            if (low != 0.0) partials[kept++] = low;
            x = high;
        }
        count = kept;
        if (x == 0.0) continue;
        if (!isfinite(x)) {
            /* Overflow of finite summands is an error; an inf or nan
             * summand makes the result special and drops the partials. */
            if (isfinite(original)) return raise_error(&type_overflow_error, "intermediate overflow in fsum");
            if (isinf(original)) infinities += original;
            special += original;
            count = 0;
        } else if (count < 64) {
            partials[count++] = x;
        }
    }
    if (special != 0.0) {
        if (isnan(infinities)) return raise_error(&type_value_error, "-inf + inf in fsum");
        return value_float(special);
    }
    double high = 0.0;
    if (count > 0) {
        high = partials[--count];
        while (count > 0) {
            double x = high, y = partials[--count];
            high = x + y;
            double low = y - (high - x);
            if (low != 0.0) {
                if (count > 0 && ((low < 0.0 && partials[count - 1] < 0.0) || (low > 0.0 && partials[count - 1] > 0.0))) {
                    double doubled = low * 2.0;
                    double candidate = high + doubled;
                    if (doubled == candidate - high) high = candidate;
                }
                break;
            }
        }
    }
    return value_float(high);
}

/* prod(iterable, *, start=1) */
static Value math_prod(Value *args, int nargs, Tuple *kwnames) {
    static const char *const allowed[] = {"start", NULL};
    if (!args_only_keywords("prod", kwnames, allowed) || !args_check_count("prod", nargs, 1, 1)) return value_null();
    Value start = args_keyword(args, nargs, kwnames, "start");
    Value result = is_null(start) ? value_int(1) : start;
    Value iterator = obj_iter(args[0]);
    if (is_null(iterator)) return iterator;
    for (;;) {
        Value item = obj_next(iterator);
        if (is_null(item)) return error_pending() ? value_null() : result;
        result = obj_binary(BINARY_MULTIPLY, result, item);
        if (is_null(result)) return result;
    }
}

static Value math_dist(Value *args, int nargs, Tuple *kwnames) {
    if (!args_check_count("dist", nargs, 2, 2)) return value_null();
    int64_t n = obj_length(args[0]), m = obj_length(args[1]);
    if (n < 0 || m < 0) return value_null();
    if (n != m) return raise_error(&type_value_error, "both points must have the same number of dimensions");
    double total = 0.0;
    for (int64_t i = 0; i < n; i++) {
        double a, b;
        Value x = obj_getitem(args[0], value_int(i)), y = obj_getitem(args[1], value_int(i));
        if (is_null(x) || is_null(y) || !number_argument(x, &a) || !number_argument(y, &b)) return value_null();
        total = hypot(total, a - b);
    }
    return value_float(total);
}

static const MethodDef math_functions[] = {
    {"sqrt", math_sqrt, METHOD_STATIC, NULL}, {"exp", math_exp, METHOD_STATIC, NULL},
    {"expm1", math_expm1, METHOD_STATIC, NULL}, {"log", math_log, METHOD_STATIC, NULL},
    {"log2", math_log2, METHOD_STATIC, NULL}, {"log10", math_log10, METHOD_STATIC, NULL},
    {"log1p", math_log1p, METHOD_STATIC, NULL}, {"pow", math_pow, METHOD_STATIC, NULL},
    {"sin", math_sin, METHOD_STATIC, NULL}, {"cos", math_cos, METHOD_STATIC, NULL},
    {"tan", math_tan, METHOD_STATIC, NULL}, {"asin", math_asin, METHOD_STATIC, NULL},
    {"acos", math_acos, METHOD_STATIC, NULL}, {"atan", math_atan, METHOD_STATIC, NULL},
    {"atan2", math_atan2, METHOD_STATIC, NULL}, {"sinh", math_sinh, METHOD_STATIC, NULL},
    {"cosh", math_cosh, METHOD_STATIC, NULL}, {"tanh", math_tanh, METHOD_STATIC, NULL},
    {"asinh", math_asinh, METHOD_STATIC, NULL}, {"acosh", math_acosh, METHOD_STATIC, NULL},
    {"atanh", math_atanh, METHOD_STATIC, NULL}, {"fabs", math_fabs, METHOD_STATIC, NULL},
    {"erf", math_erf, METHOD_STATIC, NULL}, {"erfc", math_erfc, METHOD_STATIC, NULL},
    {"gamma", math_gamma, METHOD_STATIC, NULL}, {"lgamma", math_lgamma, METHOD_STATIC, NULL},
    {"cbrt", math_cbrt, METHOD_STATIC, NULL}, {"degrees", math_degrees, METHOD_STATIC, NULL},
    {"radians", math_radians, METHOD_STATIC, NULL}, {"fmod", math_fmod, METHOD_STATIC, NULL},
    {"copysign", math_copysign, METHOD_STATIC, NULL}, {"hypot", math_hypot, METHOD_STATIC, NULL},
    {"floor", math_floor, METHOD_STATIC, NULL}, {"ceil", math_ceil, METHOD_STATIC, NULL},
    {"trunc", math_trunc, METHOD_STATIC, NULL}, {"modf", math_modf, METHOD_STATIC, NULL},
    {"frexp", math_frexp, METHOD_STATIC, NULL}, {"ldexp", math_ldexp, METHOD_STATIC, NULL},
    {"isfinite", math_isfinite, METHOD_STATIC, NULL}, {"isinf", math_isinf, METHOD_STATIC, NULL},
    {"isnan", math_isnan, METHOD_STATIC, NULL}, {"isclose", math_isclose, METHOD_STATIC, NULL},
    {"gcd", math_gcd, METHOD_STATIC, NULL}, {"lcm", math_lcm, METHOD_STATIC, NULL},
    {"factorial", math_factorial, METHOD_STATIC, NULL}, {"isqrt", math_isqrt, METHOD_STATIC, NULL},
    {"comb", math_comb, METHOD_STATIC, NULL}, {"perm", math_perm, METHOD_STATIC, NULL},
    {"fsum", math_fsum, METHOD_STATIC, NULL}, {"prod", math_prod, METHOD_STATIC, NULL},
    {"dist", math_dist, METHOD_STATIC, NULL}, {"remainder", math_remainder, METHOD_STATIC, NULL},
    {"nextafter", math_nextafter, METHOD_STATIC, NULL}, {"ulp", math_ulp, METHOD_STATIC, NULL},
    {"exp2", math_exp2, METHOD_STATIC, NULL},
    {NULL, NULL, 0, NULL},
};

static Module *math_module_init(void) {
    Module *module = module_from_methods("math", math_functions);
    if (!module) return NULL;
    module_add(module, "pi", value_float(M_PI));
    module_add(module, "e", value_float(M_E));
    module_add(module, "tau", value_float(2 * M_PI));
    module_add(module, "inf", value_float(INFINITY));
    module_add(module, "nan", value_float(NAN));
    return module;
}

void mod_math_register(void) { module_register_native("math", math_module_init); }
