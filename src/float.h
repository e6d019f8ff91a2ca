/* float.h — Python's float: an IEEE-754 double kept inside the Value.
 *
 * repr(x) is the shortest decimal string that reads back as the same double
 * (CPython's "repr" mode: 0.1 prints 0.1, not 0.1000000000000000055511...),
 * written in scientific notation when the exponent is < -4 or >= 16.
 */
#ifndef PYCO_FLOAT_H
#define PYCO_FLOAT_H

#include "object.h"

/* float(text): accepts what CPython's float() accepts (spaces, sign,
 * underscores in literals, inf, nan, infinity). Raises ValueError
 * "could not convert string to float: 'x'". */
Value float_from_string(const char *text, int64_t length);
/* repr/str of a double into [buffer] (at least 32 bytes). */
void float_repr_buffer(double d, char *buffer, size_t size);
Value float_repr(double d);
/* format(x, spec) for a float (e E f F g G n % and the empty type). */
Value float_format(double d, Str *spec);
/* Python's hash of a float (equal to int's hash for integral floats). */
int64_t float_hash(double d);
Value float_binary(BinaryOp op, Value a, Value b); /* a or b is a float, the other int or float */
Value float_compare(Value a, Value b, CompareOp op);
/* divmod(a, b) where either is a float. */
Value float_divmod(Value a, Value b);
/* round(x) (ndigits VAL_NULL: to an int, half to even) and round(x, n). */
Value float_round(double d, Value ndigits);
/* Python's % and // on doubles (the sign follows the divisor). */
double float_floor_div(double a, double b);
double float_mod(double a, double b);
/* Convert an int or float Value to double (TypeError otherwise). */
bool value_to_double(Value v, double *out);

#endif
