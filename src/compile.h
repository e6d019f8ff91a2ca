/* compile.h — from an AST to code objects.
 *
 * compile_ast first runs the scope analysis (scope.c), which decides for
 * every name in every function whether it is local, global, a cell (captured
 * by an inner function) or free (captured from an outer one), and which
 * functions are generators or coroutines. Then it walks the tree emitting
 * instructions (opcodes.h), one Code per module, function, lambda, class body
 * and comprehension. Nested code objects are constants of their parents.
 */
#ifndef PYCO_COMPILE_H
#define PYCO_COMPILE_H

#include "ast.h"
#include "code.h"
#include "parse.h"

/* Compile a parsed tree. Raises SyntaxError (pending in vm.exception, with
 * filename, line, offset and text like CPython's) on errors found after
 * parsing ("'return' outside function", "no binding for nonlocal 'x' found",
 * "'await' outside async function" ...) and returns NULL. [source] is used
 * for the error's text line. */
Code *compile_ast(Node *tree, const char *filename, const char *source);

/* Parse and compile in one step; a syntax error becomes a pending
 * SyntaxError/IndentationError exception (see exc.h) and NULL is returned. */
Code *compile_source(const char *source, const char *filename, ParseMode mode);

/* Turn a front-end SyntaxErrorInfo into a pending SyntaxError exception
 * whose traceback printing matches CPython's:
 *       File "demo.py", line 3
 *         x = (1 +
 *             ^
 *     SyntaxError: '(' was never closed                                  */
void compile_raise_syntax_error(const SyntaxErrorInfo *info, const char *filename, const char *source);

/* Print the code and every nested code object (`pyco --dis`). */
void dis_code(Code *code, FILE *out);

#endif
