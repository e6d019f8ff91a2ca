/* int.h — Python's int: small ints in the Value, big ints as objects.
 *
 * An int that fits in int64_t is a VAL_INT value: no allocation, and the VM
 * adds two of them with one overflow-checked machine instruction
 * (__builtin_add_overflow). When a result does not fit, it is computed again
 * with libtommath and becomes a BigInt object. Every operation that makes a
 * BigInt checks whether the result fits int64 again and, if so, returns the
 * small form — so each integer value has exactly one representation, which
 * keeps equality and hashing simple.
 *
 * libtommath reports running out of memory as an error code (MP_MEM), which
 * pyco turns into MemoryError; that is why it is used rather than GMP, which
 * aborts the process.
 *
 * bool is a subclass of int: True and False take part in int arithmetic as 1
 * and 0 (True + True == 2).
 */
#ifndef PYCO_INT_H
#define PYCO_INT_H

#include <tommath.h>
#include "object.h"

typedef struct BigInt {
    Object base;
    mp_int value;
} BigInt;

static inline bool is_big_int(Value v) { return v.tag == VAL_OBJ && v.as.object->type == &type_int; }
/* int or bool (an "integer" for arithmetic), small or big. */
static inline bool is_int_like(Value v) { return v.tag == VAL_INT || v.tag == VAL_BOOL || is_big_int(v); }

/* CPython 3.11's limit on decimal text of ints (sys.get_int_max_str_digits,
 * default 4300; 0 = no limit): str() of an int with more decimal digits,
 * and int() of longer text in a base that is not a power of two, raise
 * ValueError "Exceeds the limit (4300 digits) for integer string
 * conversion...". sys.set_int_max_str_digits may change it. */
extern int64_t int_max_str_digits;

/* Make an int from an mp_int (copied); small if it fits. */
Value int_from_mp(const mp_int *value);
/* Parse an int literal or int(text, base): digits with optional sign,
 * underscores, and 0x/0o/0b prefixes when base is 0 or matches.
 * Raises ValueError "invalid literal for int() with base 10: 'x'". */
Value int_from_string(const char *text, int64_t length, int base);
/* For int() and float() of non-ASCII text: a malloc'd ASCII copy of
 * [text] where Unicode decimal digits become '0'..'9', Unicode spaces ' '
 * and any other non-ASCII character '?' (so it fails to parse). NULL with
 * MemoryError pending on allocation failure. */
char *int_ascii_digits(const char *text, int64_t length, int64_t *out_length);
/* The plain int inside an instance of a user subclass of int (class
 * MyInt(int)); any other value is returned unchanged. VAL_NULL with
 * MemoryError pending if the copy cannot be made. */
Value int_unwrap_subclass(Value v);
/* Convert an int value to an mp_int the caller must mp_clear. */
bool int_to_mp(Value v, mp_int *out);
/* Fit into int64: false (with OverflowError raised) if too big. Accepts bools. */
bool int_as_int64(Value v, int64_t *out);
/* Sign: -1, 0, 1. */
int int_sign(Value v);

/* The arithmetic slow paths, used by the VM when the fast path overflows
 * and by int's binary slot. Operands are int-like. */
Value int_binary(BinaryOp op, Value a, Value b);
Value int_unary(UnaryOp op, Value v);
Value int_compare(Value a, Value b, CompareOp op);
/* divmod(a, b) for ints: a (quotient, remainder) tuple, floor semantics. */
Value int_divmod(Value a, Value b);
/* pow(base, exponent, modulus) for ints (three-argument pow). */
Value int_pow_mod(Value base, Value exponent, Value modulus);
/* Python's hash of an int (CPython's: value mod 2**61-1, -1 becomes -2). */
int64_t int_hash(Value v);
/* str(v) in [base] 10 (or 2, 8, 16 without prefix). */
Value int_to_str(Value v);
/* Note: int_to_base_string gives hex()/oct()/bin()'s text, sign and prefix
 * included ('-0x1f', '0o17', '0b101'); base 10 gives str(v). */
Value int_to_base_string(Value v, int base);
/* format(v, spec) for an int (the mini-language: fill, align, sign, #, 0,
 * width, grouping ',' and '_', precision, types b c d o x X n e E f F g G %). */
Value int_format(Value v, Str *spec);
/* Convert to double; OverflowError "int too large to convert to float". */
bool int_to_double(Value v, double *out);
/* Exact comparison of an int with a float, as CPython does. */
Value int_compare_float(Value i, double f, CompareOp op);
/* A double with no fractional part to an int (float -> int truncation). */
Value int_from_double(double d);

#endif
