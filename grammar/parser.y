/* parser.y — the grammar of pyco's Python subset, for lemon (LALR(1)).
 *
 * The rules follow CPython's pre-PEG Grammar/Grammar (3.8), one nonterminal
 * per precedence level, so no %left/%right declarations are needed. Where
 * Python is not LALR(1) the rule accepts a general form and the action
 * validates it (assignment targets are parsed as expressions, keyword
 * arguments as `test = test`, parameters as a flat list), reporting
 * CPython's messages.
 *
 * parse.c drives this push parser: it feeds a first pseudo-token saying
 * which start rule to use (MODE_FILE, MODE_INTERACTIVE, MODE_EVAL), then
 * every token, then 0. Actions build nodes through the parse_ helpers in
 * parse.c, all allocated in ctx->arena; there are no destructors.
 */

%include {
#include <assert.h>
#include <stdlib.h>
#include "lexer.h"
#include "parse.h"
#include "object.h"
}

%name pyco_parse
%token_prefix TK_
%token_type {Token}
%extra_context {ParseContext *ctx}
%stack_size 0

%syntax_error {
    /* which tokens would have been accepted here, for CPython's "expected ..." messages */
    int state = yypParser->yytos->stateno;
    int expected = 0;
    if (yy_find_shift_action(TK_COLON, state) <= YY_MAX_SHIFTREDUCE) expected |= PARSE_EXPECT_COLON;
    if (yy_find_shift_action(TK_EXCEPT, state) <= YY_MAX_SHIFTREDUCE) expected |= PARSE_EXPECT_EXCEPT;
    if (yy_find_shift_action(TK_ELSE, state) <= YY_MAX_SHIFTREDUCE) expected |= PARSE_EXPECT_ELSE;
    parse_syntax_error(ctx, yymajor, &TOKEN, expected);
}
%stack_overflow { parse_error_at(ctx, 1, 1, "too many nested parentheses"); }

%token MODE_FILE MODE_INTERACTIVE MODE_EVAL.
%token NAME INT FLOAT IMAGINARY STRING NEWLINE INDENT DEDENT.
%token FALSE NONE TRUE AND AS ASSERT ASYNC AWAIT BREAK CLASS CONTINUE DEF DEL
       ELIF ELSE EXCEPT FINALLY FOR FROM GLOBAL IF IMPORT IN IS LAMBDA NONLOCAL
       NOT OR PASS RAISE RETURN TRY WHILE WITH YIELD.
%token LPAR RPAR LSQB RSQB LBRACE RBRACE COLON COLONEQUAL COMMA SEMI PLUS MINUS
       STAR SLASH VBAR AMPER LESS GREATER EQUAL DOT PERCENT EQEQUAL NOTEQUAL
       LESSEQUAL GREATEREQUAL TILDE CIRCUMFLEX LEFTSHIFT RIGHTSHIFT DOUBLESTAR
       PLUSEQUAL MINEQUAL STAREQUAL SLASHEQUAL PERCENTEQUAL AMPEREQUAL VBAREQUAL
       CIRCUMFLEXEQUAL LEFTSHIFTEQUAL RIGHTSHIFTEQUAL DOUBLESTAREQUAL DOUBLESLASH
       DOUBLESLASHEQUAL AT ATEQUAL RARROW ELLIPSIS.

%start_symbol start

%type file_input {NodeList}
%type stmts {NodeList}
%type stmt {NodeList}
%type simple_stmt {NodeList}
%type small_stmts {NodeList}
%type suite {NodeList}
%type else_part {NodeList}
%type opt_else {NodeList}
%type opt_finally {NodeList}
%type handlers {NodeList}
%type assign_targets {NodeList}
%type decorators {NodeList}
%type comp_for {NodeList}
%type with_items {NodeList}
%type dotted_as_names {NodeList}
%type import_as_names {NodeList}
%type import_targets {NodeList}
%type name_list {NodeList}
%type dict_items {Node *}
%type strings {StringList}
%type param_list {ParamList}
%type lparam_list {ParamList}
%type param {Param *}
%type lparam {Param *}
%type augassign {int}
%type comp_op {int}
%type dots {int}
%type dotted_name {Node *}

%type compound_stmt {Node *}
%type small_stmt {Node *}
%type expr_stmt {Node *}
%type if_stmt {Node *}
%type while_stmt {Node *}
%type for_stmt {Node *}
%type try_stmt {Node *}
%type with_stmt {Node *}
%type with_item {Node *}
%type handler {Node *}
%type funcdef {Node *}
%type classdef {Node *}
%type parameters {Node *}
%type decorator {Node *}
%type import_stmt {Node *}
%type dotted_as_name {Node *}
%type import_as_name {Node *}
%type from_module {Node *}
%type yield_expr {Node *}
%type yield_or_tlse {Node *}
%type tlse {Node *}
%type tlse_list {Node *}
%type test_or_star {Node *}
%type exprlist {Node *}
%type expr_list {Node *}
%type expr_or_star {Node *}
%type namedexpr_test {Node *}
%type named_or_star {Node *}
%type seq_items {Node *}
%type with_group {Node *}
%type test {Node *}
%type opt_test {Node *}
%type lambdef {Node *}
%type or_test {Node *}
%type or_list {Node *}
%type and_test {Node *}
%type and_list {Node *}
%type not_test {Node *}
%type comparison {Node *}
%type compare_chain {Node *}
%type star_expr {Node *}
%type expr {Node *}
%type xor_expr {Node *}
%type and_expr {Node *}
%type shift_expr {Node *}
%type arith_expr {Node *}
%type term {Node *}
%type factor {Node *}
%type power {Node *}
%type await_primary {Node *}
%type primary {Node *}
%type atom {Node *}
%type subscripts {Node *}
%type subscript_list {Node *}
%type subscript {Node *}
%type call_args {Node *}
%type argument {Node *}
%type comp_clause {Node *}

/* ---- start rules ------------------------------------------------------ */

start ::= MODE_FILE(T) file_input(B). {
    Node *module = parse_node(ctx, NODE_MODULE, &T);
    module->line = 1; module->column = 0;
    module->as.module.body = B;
    ctx->result = module;
}
start ::= MODE_INTERACTIVE(T). {
    ctx->result = parse_node(ctx, NODE_INTERACTIVE, &T);
}
start ::= MODE_INTERACTIVE(T) stmt(B). {
    Node *module = parse_node(ctx, NODE_INTERACTIVE, &T);
    module->as.module.body = B;
    ctx->result = module;
}
start ::= MODE_EVAL(T) tlse(E) newlines. {
    Node *root = parse_node(ctx, NODE_EXPRESSION, &T);
    root->as.expression.value = E;
    ctx->result = root;
}
newlines ::= .
newlines ::= newlines NEWLINE.

file_input(A) ::= . { A = (NodeList){0}; }
file_input(A) ::= file_input(B) stmt(S). { A = parse_list_concat(ctx, B, S); }

stmts(A) ::= stmt(S). { A = S; }
stmts(A) ::= stmts(B) stmt(S). { A = parse_list_concat(ctx, B, S); }

stmt(A) ::= simple_stmt(B). { A = B; }
stmt(A) ::= compound_stmt(S). { A = parse_list1(ctx, S); }

simple_stmt(A) ::= small_stmts(B) NEWLINE. { A = B; }
simple_stmt(A) ::= small_stmts(B) SEMI NEWLINE. { A = B; }
small_stmts(A) ::= small_stmt(S). { parse_end_statement(ctx, S); A = parse_list1(ctx, S); }
small_stmts(A) ::= small_stmts(B) SEMI small_stmt(S). {
    parse_end_statement(ctx, S);
    A = B;
    nodelist_append(ctx->arena, &A, S);
}

suite(A) ::= simple_stmt(B). { A = B; }
suite(A) ::= NEWLINE INDENT stmts(B) DEDENT. { A = B; }

/* ---- simple statements ------------------------------------------------- */

small_stmt(A) ::= expr_stmt(S). { A = S; }
small_stmt(A) ::= PASS(T). { A = parse_node(ctx, NODE_PASS, &T); }
small_stmt(A) ::= BREAK(T). { A = parse_node(ctx, NODE_BREAK, &T); }
small_stmt(A) ::= CONTINUE(T). { A = parse_node(ctx, NODE_CONTINUE, &T); }
small_stmt(A) ::= DEL(T) exprlist(E). { A = parse_delete(ctx, &T, E); }
small_stmt(A) ::= RETURN(T). { A = parse_node(ctx, NODE_RETURN, &T); }
small_stmt(A) ::= RETURN(T) tlse(E). {
    A = parse_node(ctx, NODE_RETURN, &T);
    A->as.return_stmt.value = E;
    parse_end_node(A, E);
}
small_stmt(A) ::= RAISE(T). { A = parse_node(ctx, NODE_RAISE, &T); }
small_stmt(A) ::= RAISE(T) test(E). {
    A = parse_node(ctx, NODE_RAISE, &T);
    A->as.raise_stmt.exc = E;
    parse_end_node(A, E);
}
small_stmt(A) ::= RAISE(T) test(E) FROM test(C). {
    A = parse_node(ctx, NODE_RAISE, &T);
    A->as.raise_stmt.exc = E;
    A->as.raise_stmt.cause = C;
    parse_end_node(A, C);
}
small_stmt(A) ::= GLOBAL(T) name_list(L). { A = parse_names_stmt(ctx, NODE_GLOBAL, &T, L); }
small_stmt(A) ::= NONLOCAL(T) name_list(L). { A = parse_names_stmt(ctx, NODE_NONLOCAL, &T, L); }
small_stmt(A) ::= ASSERT(T) test(E). {
    A = parse_node(ctx, NODE_ASSERT, &T);
    A->as.assert_stmt.test = E;
    parse_end_node(A, E);
}
small_stmt(A) ::= ASSERT(T) test(E) COMMA test(M). {
    A = parse_node(ctx, NODE_ASSERT, &T);
    A->as.assert_stmt.test = E;
    A->as.assert_stmt.msg = M;
    parse_end_node(A, M);
}
small_stmt(A) ::= import_stmt(S). { A = S; }

name_list(A) ::= NAME(N). { A = parse_list1(ctx, parse_name(ctx, &N)); }
name_list(A) ::= name_list(B) COMMA NAME(N). { A = B; nodelist_append(ctx->arena, &A, parse_name(ctx, &N)); }

expr_stmt(A) ::= tlse(E). { A = parse_expr_stmt(ctx, E); }
expr_stmt(A) ::= yield_expr(E). { A = parse_expr_stmt(ctx, E); }
expr_stmt(A) ::= tlse(T) COLON test(N). { A = parse_ann_assign(ctx, T, N, NULL); }
expr_stmt(A) ::= tlse(T) COLON test(N) EQUAL yield_or_tlse(V). { A = parse_ann_assign(ctx, T, N, V); }
expr_stmt(A) ::= tlse(T) augassign(O) yield_or_tlse(V). { A = parse_aug_assign(ctx, T, O, V); }
expr_stmt(A) ::= assign_targets(T) yield_or_tlse(V). { A = parse_assign(ctx, T, V); }

assign_targets(A) ::= tlse(T) EQUAL. { A = parse_list1(ctx, T); }
assign_targets(A) ::= assign_targets(B) yield_or_tlse(T) EQUAL. { A = B; nodelist_append(ctx->arena, &A, T); }

yield_or_tlse(A) ::= yield_expr(E). { A = E; }
yield_or_tlse(A) ::= tlse(E). { A = E; }

augassign(A) ::= PLUSEQUAL. { A = BINARY_ADD; }
augassign(A) ::= MINEQUAL. { A = BINARY_SUBTRACT; }
augassign(A) ::= STAREQUAL. { A = BINARY_MULTIPLY; }
augassign(A) ::= SLASHEQUAL. { A = BINARY_TRUE_DIVIDE; }
augassign(A) ::= DOUBLESLASHEQUAL. { A = BINARY_FLOOR_DIVIDE; }
augassign(A) ::= PERCENTEQUAL. { A = BINARY_MODULO; }
augassign(A) ::= DOUBLESTAREQUAL. { A = BINARY_POWER; }
augassign(A) ::= ATEQUAL. { A = BINARY_MATMUL; }
augassign(A) ::= LEFTSHIFTEQUAL. { A = BINARY_LSHIFT; }
augassign(A) ::= RIGHTSHIFTEQUAL. { A = BINARY_RSHIFT; }
augassign(A) ::= AMPEREQUAL. { A = BINARY_AND; }
augassign(A) ::= VBAREQUAL. { A = BINARY_OR; }
augassign(A) ::= CIRCUMFLEXEQUAL. { A = BINARY_XOR; }

import_stmt(A) ::= IMPORT(T) dotted_as_names(L). {
    A = parse_node(ctx, NODE_IMPORT, &T);
    A->as.import_stmt.names = L;
    parse_end_list(A, &L);
}
import_stmt(A) ::= FROM(T) from_module(M) IMPORT import_targets(L). {
    A = M;
    A->line = T.line; A->column = T.column;
    A->as.import_from.names = L;
    parse_end_list(A, &L);
    if (ctx->last_rpar_line > 0) { A->end_line = ctx->last_rpar_line; A->end_column = ctx->last_rpar_column; }
}
from_module(A) ::= dotted_name(D). {
    A = node_new(ctx->arena, NODE_IMPORT_FROM, 0, 0);
    A->as.import_from.module = D->as.alias.name;
}
from_module(A) ::= dots(N). {
    A = node_new(ctx->arena, NODE_IMPORT_FROM, 0, 0);
    A->as.import_from.level = N;
}
from_module(A) ::= dots(N) dotted_name(D). {
    A = node_new(ctx->arena, NODE_IMPORT_FROM, 0, 0);
    A->as.import_from.level = N;
    A->as.import_from.module = D->as.alias.name;
}
dots(A) ::= DOT. { A = 1; }
dots(A) ::= ELLIPSIS. { A = 3; }
dots(A) ::= dots(B) DOT. { A = B + 1; }
dots(A) ::= dots(B) ELLIPSIS. { A = B + 3; }

import_targets(A) ::= STAR(T). { A = parse_list1(ctx, parse_alias(ctx, "*", &T, NULL)); ctx->last_rpar_line = 0; }
import_targets(A) ::= import_as_names(L). { A = L; ctx->last_rpar_line = 0; }
import_targets(A) ::= LPAR import_as_names(L) RPAR(C). {
    A = L;
    ctx->last_rpar_line = C.end_line;
    ctx->last_rpar_column = C.end_column;
}
import_targets(A) ::= LPAR import_as_names(L) COMMA RPAR(C). {
    A = L;
    ctx->last_rpar_line = C.end_line;
    ctx->last_rpar_column = C.end_column;
}
import_as_names(A) ::= import_as_name(N). { A = parse_list1(ctx, N); }
import_as_names(A) ::= import_as_names(B) COMMA import_as_name(N). { A = B; nodelist_append(ctx->arena, &A, N); }
import_as_name(A) ::= NAME(N). { A = parse_alias(ctx, parse_identifier(ctx, &N), &N, NULL); }
import_as_name(A) ::= NAME(N) AS NAME(M). { A = parse_alias(ctx, parse_identifier(ctx, &N), &N, &M); }

dotted_as_names(A) ::= dotted_as_name(N). { A = parse_list1(ctx, N); }
dotted_as_names(A) ::= dotted_as_names(B) COMMA dotted_as_name(N). { A = B; nodelist_append(ctx->arena, &A, N); }
dotted_as_name(A) ::= dotted_name(D). { A = D; }
dotted_as_name(A) ::= dotted_name(D) AS NAME(M). {
    A = D;
    A->as.alias.asname = parse_identifier(ctx, &M);
    parse_end_token(A, &M);
}
dotted_name(A) ::= NAME(N). { A = parse_alias(ctx, parse_identifier(ctx, &N), &N, NULL); }
dotted_name(A) ::= dotted_name(B) DOT NAME(N). {
    A = B;
    A->as.alias.name = parse_dotted(ctx, B->as.alias.name, &N);
    parse_end_token(A, &N);
}

/* ---- compound statements ---------------------------------------------- */

compound_stmt(A) ::= if_stmt(S). { A = S; }
compound_stmt(A) ::= while_stmt(S). { A = S; }
compound_stmt(A) ::= for_stmt(S). { A = S; }
compound_stmt(A) ::= try_stmt(S). { A = S; }
compound_stmt(A) ::= with_stmt(S). { A = S; }
compound_stmt(A) ::= funcdef(S). { A = S; }
compound_stmt(A) ::= classdef(S). { A = S; }
compound_stmt(A) ::= decorators(D) funcdef(S). { A = parse_decorated(ctx, D, S); }
compound_stmt(A) ::= decorators(D) classdef(S). { A = parse_decorated(ctx, D, S); }
compound_stmt(A) ::= decorators(D) ASYNC(T) funcdef(S). { A = parse_decorated(ctx, D, parse_async(ctx, &T, S)); }
compound_stmt(A) ::= ASYNC(T) funcdef(S). { A = parse_async(ctx, &T, S); }
compound_stmt(A) ::= ASYNC(T) for_stmt(S). { A = parse_async(ctx, &T, S); }
compound_stmt(A) ::= ASYNC(T) with_stmt(S). { A = parse_async(ctx, &T, S); }

if_stmt(A) ::= IF(T) namedexpr_test(C) COLON suite(B) else_part(E). {
    A = parse_node(ctx, NODE_IF, &T);
    A->as.if_stmt.test = C;
    A->as.if_stmt.body = B;
    A->as.if_stmt.orelse = E;
    parse_end_list(A, &B);
    parse_end_list(A, &E);
}
else_part(A) ::= . { A = (NodeList){0}; }
else_part(A) ::= ELSE COLON suite(B). { A = B; }
else_part(A) ::= ELIF(T) namedexpr_test(C) COLON suite(B) else_part(E). {
    Node *branch = parse_node(ctx, NODE_IF, &T);
    branch->as.if_stmt.test = C;
    branch->as.if_stmt.body = B;
    branch->as.if_stmt.orelse = E;
    parse_end_list(branch, &B);
    parse_end_list(branch, &E);
    A = parse_list1(ctx, branch);
}
opt_else(A) ::= . { A = (NodeList){0}; }
opt_else(A) ::= ELSE COLON suite(B). { A = B; }

while_stmt(A) ::= WHILE(T) namedexpr_test(C) COLON suite(B) opt_else(E). {
    A = parse_node(ctx, NODE_WHILE, &T);
    A->as.while_stmt.test = C;
    A->as.while_stmt.body = B;
    A->as.while_stmt.orelse = E;
    parse_end_list(A, &B);
    parse_end_list(A, &E);
}

for_stmt(A) ::= FOR(T) exprlist(X) IN tlse(I) COLON suite(B) opt_else(E). {
    A = parse_node(ctx, NODE_FOR, &T);
    parse_set_context(ctx, X, CTX_STORE, false);
    A->as.for_stmt.target = X;
    A->as.for_stmt.iter = I;
    A->as.for_stmt.body = B;
    A->as.for_stmt.orelse = E;
    parse_end_list(A, &B);
    parse_end_list(A, &E);
}

try_stmt(A) ::= TRY(T) COLON suite(B) handlers(H) opt_else(E) opt_finally(F). {
    A = parse_node(ctx, NODE_TRY, &T);
    A->as.try_stmt.body = B;
    A->as.try_stmt.handlers = H;
    A->as.try_stmt.orelse = E;
    A->as.try_stmt.finalbody = F;
    parse_end_list(A, &H);
    parse_end_list(A, &E);
    parse_end_list(A, &F);
}
try_stmt(A) ::= TRY(T) COLON suite(B) FINALLY COLON suite(F). {
    A = parse_node(ctx, NODE_TRY, &T);
    A->as.try_stmt.body = B;
    A->as.try_stmt.finalbody = F;
    parse_end_list(A, &F);
}
opt_finally(A) ::= . { A = (NodeList){0}; }
opt_finally(A) ::= FINALLY COLON suite(B). { A = B; }
handlers(A) ::= handler(H). { A = parse_list1(ctx, H); }
handlers(A) ::= handlers(B) handler(H). { A = B; nodelist_append(ctx->arena, &A, H); }
handler(A) ::= EXCEPT(T) COLON suite(B). {
    A = parse_node(ctx, NODE_EXCEPT_HANDLER, &T);
    A->as.except_handler.body = B;
    parse_end_list(A, &B);
}
handler(A) ::= EXCEPT(T) test(E) COLON suite(B). {
    A = parse_node(ctx, NODE_EXCEPT_HANDLER, &T);
    A->as.except_handler.type = E;
    A->as.except_handler.body = B;
    parse_end_list(A, &B);
}
handler(A) ::= EXCEPT(T) test(E) AS NAME(N) COLON suite(B). {
    A = parse_node(ctx, NODE_EXCEPT_HANDLER, &T);
    A->as.except_handler.type = E;
    A->as.except_handler.name = parse_identifier(ctx, &N);
    A->as.except_handler.body = B;
    parse_end_list(A, &B);
}

with_stmt(A) ::= WITH(T) with_items(L) COLON suite(B). {
    A = parse_node(ctx, NODE_WITH, &T);
    A->as.with_stmt.items = parse_with_items(ctx, L);
    A->as.with_stmt.body = B;
    parse_end_list(A, &B);
}
with_items(A) ::= with_item(I). { A = parse_list1(ctx, I); }
with_items(A) ::= with_items(B) COMMA with_item(I). { A = B; nodelist_append(ctx->arena, &A, I); }
with_item(A) ::= test(E). {
    A = parse_node_at(ctx, NODE_WITH_ITEM, E);
    A->as.with_item.context_expr = E;
}
with_item(A) ::= test(E) AS expr(V). {
    A = parse_node_at(ctx, NODE_WITH_ITEM, E);
    A->as.with_item.context_expr = E;
    parse_set_context(ctx, V, CTX_STORE, false);
    A->as.with_item.optional_vars = V;
}

decorators(A) ::= decorator(D). { A = parse_list1(ctx, D); }
decorators(A) ::= decorators(B) decorator(D). { A = B; nodelist_append(ctx->arena, &A, D); }
decorator(A) ::= AT namedexpr_test(E) NEWLINE. { A = E; }

funcdef(A) ::= DEF(T) NAME(N) parameters(P) COLON suite(B). {
    A = parse_function_def(ctx, &T, &N, P, NULL, B);
}
funcdef(A) ::= DEF(T) NAME(N) parameters(P) RARROW test(R) COLON suite(B). {
    A = parse_function_def(ctx, &T, &N, P, R, B);
}
parameters(A) ::= LPAR RPAR. { A = parse_arguments(ctx, (ParamList){0}, false); }
parameters(A) ::= LPAR param_list(L) RPAR. { A = parse_arguments(ctx, L, false); }
parameters(A) ::= LPAR param_list(L) COMMA RPAR. { A = parse_arguments(ctx, L, false); }
param_list(A) ::= param(P). { A = parse_params_add((ParamList){0}, P); }
param_list(A) ::= param_list(L) COMMA param(P). { A = parse_params_add(L, P); }
param(A) ::= NAME(N). { A = parse_param(ctx, PARAM_PLAIN, &N, &N, NULL, NULL); }
param(A) ::= NAME(N) COLON test(T). { A = parse_param(ctx, PARAM_PLAIN, &N, &N, T, NULL); }
param(A) ::= NAME(N) EQUAL test(D). { A = parse_param(ctx, PARAM_PLAIN, &N, &N, NULL, D); }
param(A) ::= NAME(N) COLON test(T) EQUAL test(D). { A = parse_param(ctx, PARAM_PLAIN, &N, &N, T, D); }
param(A) ::= STAR(S). { A = parse_param(ctx, PARAM_STAR, &S, NULL, NULL, NULL); }
param(A) ::= STAR(S) NAME(N). { A = parse_param(ctx, PARAM_STAR, &S, &N, NULL, NULL); }
param(A) ::= STAR(S) NAME(N) COLON test(T). { A = parse_param(ctx, PARAM_STAR, &S, &N, T, NULL); }
param(A) ::= DOUBLESTAR(S) NAME(N). { A = parse_param(ctx, PARAM_STARSTAR, &S, &N, NULL, NULL); }
param(A) ::= DOUBLESTAR(S) NAME(N) COLON test(T). { A = parse_param(ctx, PARAM_STARSTAR, &S, &N, T, NULL); }
param(A) ::= SLASH(S). { A = parse_param(ctx, PARAM_SLASH, &S, NULL, NULL, NULL); }

classdef(A) ::= CLASS(T) NAME(N) COLON suite(B). { A = parse_class_def(ctx, &T, &N, NULL, B); }
classdef(A) ::= CLASS(T) NAME(N) LPAR RPAR COLON suite(B). { A = parse_class_def(ctx, &T, &N, NULL, B); }
classdef(A) ::= CLASS(T) NAME(N) LPAR call_args(C) RPAR COLON suite(B). { A = parse_class_def(ctx, &T, &N, C, B); }
classdef(A) ::= CLASS(T) NAME(N) LPAR call_args(C) COMMA RPAR COLON suite(B). { A = parse_class_def(ctx, &T, &N, C, B); }

/* ---- expressions ------------------------------------------------------- */

yield_expr(A) ::= YIELD(T). { A = parse_node(ctx, NODE_YIELD, &T); }
yield_expr(A) ::= YIELD(T) tlse(E). {
    A = parse_node(ctx, NODE_YIELD, &T);
    A->as.await_expr.value = E;
    parse_end_node(A, E);
}
yield_expr(A) ::= YIELD(T) FROM test(E). {
    A = parse_node(ctx, NODE_YIELD_FROM, &T);
    A->as.await_expr.value = E;
    parse_end_node(A, E);
}

/* testlist_star_expr: `a`, `a, *b`, `a,` */
tlse(A) ::= tlse_list(L). { A = parse_collapse(L); }
tlse(A) ::= tlse_list(L) COMMA(C). { A = L; parse_end_token(A, &C); }
tlse_list(A) ::= test_or_star(E). { A = parse_tuple_start(ctx, E); }
tlse_list(A) ::= tlse_list(L) COMMA test_or_star(E). { A = parse_tuple_add(ctx, L, E); }
test_or_star(A) ::= test(E). { A = E; }
test_or_star(A) ::= star_expr(E). { A = E; }

/* exprlist: targets of for, del and comprehensions */
exprlist(A) ::= expr_list(L). { A = parse_collapse(L); }
exprlist(A) ::= expr_list(L) COMMA(C). { A = L; parse_end_token(A, &C); }
expr_list(A) ::= expr_or_star(E). { A = parse_tuple_start(ctx, E); }
expr_list(A) ::= expr_list(L) COMMA expr_or_star(E). { A = parse_tuple_add(ctx, L, E); }
expr_or_star(A) ::= expr(E). { A = E; }
expr_or_star(A) ::= star_expr(E). { A = E; }

namedexpr_test(A) ::= test(E). { A = E; }
namedexpr_test(A) ::= test(T) COLONEQUAL test(V). { A = parse_named_expr(ctx, T, V); }
named_or_star(A) ::= namedexpr_test(E). { A = E; }
named_or_star(A) ::= star_expr(E). { A = E; }

test(A) ::= or_test(E). { A = E; }
test(A) ::= or_test(B) IF or_test(C) ELSE test(O). {
    A = parse_node_at(ctx, NODE_IF_EXP, B);
    A->as.if_exp.test = C;
    A->as.if_exp.body = B;
    A->as.if_exp.orelse = O;
    parse_end_node(A, O);
}
test(A) ::= lambdef(E). { A = E; }

lambdef(A) ::= LAMBDA(T) COLON test(B). {
    A = parse_node(ctx, NODE_LAMBDA, &T);
    A->as.lambda.args = parse_arguments(ctx, (ParamList){0}, true);
    A->as.lambda.body = B;
    parse_end_node(A, B);
}
lambdef(A) ::= LAMBDA(T) lparam_list(L) COLON test(B). {
    A = parse_node(ctx, NODE_LAMBDA, &T);
    A->as.lambda.args = parse_arguments(ctx, L, true);
    A->as.lambda.body = B;
    parse_end_node(A, B);
}
lambdef(A) ::= LAMBDA(T) lparam_list(L) COMMA COLON test(B). {
    A = parse_node(ctx, NODE_LAMBDA, &T);
    A->as.lambda.args = parse_arguments(ctx, L, true);
    A->as.lambda.body = B;
    parse_end_node(A, B);
}
lparam_list(A) ::= lparam(P). { A = parse_params_add((ParamList){0}, P); }
lparam_list(A) ::= lparam_list(L) COMMA lparam(P). { A = parse_params_add(L, P); }
lparam(A) ::= NAME(N). { A = parse_param(ctx, PARAM_PLAIN, &N, &N, NULL, NULL); }
lparam(A) ::= NAME(N) EQUAL test(D). { A = parse_param(ctx, PARAM_PLAIN, &N, &N, NULL, D); }
lparam(A) ::= STAR(S). { A = parse_param(ctx, PARAM_STAR, &S, NULL, NULL, NULL); }
lparam(A) ::= STAR(S) NAME(N). { A = parse_param(ctx, PARAM_STAR, &S, &N, NULL, NULL); }
lparam(A) ::= DOUBLESTAR(S) NAME(N). { A = parse_param(ctx, PARAM_STARSTAR, &S, &N, NULL, NULL); }
lparam(A) ::= SLASH(S). { A = parse_param(ctx, PARAM_SLASH, &S, NULL, NULL, NULL); }

or_test(A) ::= and_test(E). { A = E; }
or_test(A) ::= or_list(L). { A = L; }
or_list(A) ::= and_test(L) OR and_test(R). { A = parse_bool_op(ctx, BOOL_OR, L, R); }
or_list(A) ::= or_list(L) OR and_test(R). {
    A = L;
    nodelist_append(ctx->arena, &A->as.bool_op.values, R);
    parse_end_node(A, R);
}
and_test(A) ::= not_test(E). { A = E; }
and_test(A) ::= and_list(L). { A = L; }
and_list(A) ::= not_test(L) AND not_test(R). { A = parse_bool_op(ctx, BOOL_AND, L, R); }
and_list(A) ::= and_list(L) AND not_test(R). {
    A = L;
    nodelist_append(ctx->arena, &A->as.bool_op.values, R);
    parse_end_node(A, R);
}
not_test(A) ::= NOT(T) not_test(E). { A = parse_unary(ctx, &T, UNARY_KIND_NOT, E); }
not_test(A) ::= comparison(E). { A = E; }

comparison(A) ::= expr(E). { A = E; }
comparison(A) ::= compare_chain(E). { A = E; }
compare_chain(A) ::= expr(L) comp_op(O) expr(R). { A = parse_compare(ctx, NULL, L, (CmpKind)O, R); }
compare_chain(A) ::= compare_chain(L) comp_op(O) expr(R). { A = parse_compare(ctx, L, NULL, (CmpKind)O, R); }
comp_op(A) ::= LESS. { A = CMP_LT; }
comp_op(A) ::= GREATER. { A = CMP_GT; }
comp_op(A) ::= EQEQUAL. { A = CMP_EQ; }
comp_op(A) ::= GREATEREQUAL. { A = CMP_GE; }
comp_op(A) ::= LESSEQUAL. { A = CMP_LE; }
comp_op(A) ::= NOTEQUAL. { A = CMP_NE; }
comp_op(A) ::= IN. { A = CMP_IN; }
comp_op(A) ::= NOT IN. { A = CMP_NOT_IN; }
comp_op(A) ::= IS. { A = CMP_IS; }
comp_op(A) ::= IS NOT. { A = CMP_IS_NOT; }

star_expr(A) ::= STAR(T) expr(E). { A = parse_starred(ctx, &T, E); }

expr(A) ::= xor_expr(E). { A = E; }
expr(A) ::= expr(L) VBAR xor_expr(R). { A = parse_binop(ctx, L, BINARY_OR, R); }
xor_expr(A) ::= and_expr(E). { A = E; }
xor_expr(A) ::= xor_expr(L) CIRCUMFLEX and_expr(R). { A = parse_binop(ctx, L, BINARY_XOR, R); }
and_expr(A) ::= shift_expr(E). { A = E; }
and_expr(A) ::= and_expr(L) AMPER shift_expr(R). { A = parse_binop(ctx, L, BINARY_AND, R); }
shift_expr(A) ::= arith_expr(E). { A = E; }
shift_expr(A) ::= shift_expr(L) LEFTSHIFT arith_expr(R). { A = parse_binop(ctx, L, BINARY_LSHIFT, R); }
shift_expr(A) ::= shift_expr(L) RIGHTSHIFT arith_expr(R). { A = parse_binop(ctx, L, BINARY_RSHIFT, R); }
arith_expr(A) ::= term(E). { A = E; }
arith_expr(A) ::= arith_expr(L) PLUS term(R). { A = parse_binop(ctx, L, BINARY_ADD, R); }
arith_expr(A) ::= arith_expr(L) MINUS term(R). { A = parse_binop(ctx, L, BINARY_SUBTRACT, R); }
term(A) ::= factor(E). { A = E; }
term(A) ::= term(L) STAR factor(R). { A = parse_binop(ctx, L, BINARY_MULTIPLY, R); }
term(A) ::= term(L) SLASH factor(R). { A = parse_binop(ctx, L, BINARY_TRUE_DIVIDE, R); }
term(A) ::= term(L) PERCENT factor(R). { A = parse_binop(ctx, L, BINARY_MODULO, R); }
term(A) ::= term(L) DOUBLESLASH factor(R). { A = parse_binop(ctx, L, BINARY_FLOOR_DIVIDE, R); }
term(A) ::= term(L) AT factor(R). { A = parse_binop(ctx, L, BINARY_MATMUL, R); }
factor(A) ::= PLUS(T) factor(E). { A = parse_unary(ctx, &T, UNARY_KIND_POSITIVE, E); }
factor(A) ::= MINUS(T) factor(E). { A = parse_unary(ctx, &T, UNARY_KIND_NEGATIVE, E); }
factor(A) ::= TILDE(T) factor(E). { A = parse_unary(ctx, &T, UNARY_KIND_INVERT, E); }
factor(A) ::= power(E). { A = E; }
power(A) ::= await_primary(E). { A = E; }
power(A) ::= await_primary(L) DOUBLESTAR factor(R). { A = parse_binop(ctx, L, BINARY_POWER, R); }
await_primary(A) ::= primary(E). { A = E; }
await_primary(A) ::= AWAIT(T) primary(E). {
    A = parse_node(ctx, NODE_AWAIT, &T);
    A->as.await_expr.value = E;
    parse_end_node(A, E);
}

primary(A) ::= atom(E). { A = E; }
primary(A) ::= primary(V) DOT NAME(N). { A = parse_attribute(ctx, V, &N); }
primary(A) ::= primary(F) LPAR(O) RPAR(C). { A = parse_call_finish(ctx, F, NULL, &O, &C, false); }
primary(A) ::= primary(F) LPAR(O) call_args(L) RPAR(C). { A = parse_call_finish(ctx, F, L, &O, &C, false); }
primary(A) ::= primary(F) LPAR(O) call_args(L) COMMA RPAR(C). { A = parse_call_finish(ctx, F, L, &O, &C, true); }
primary(A) ::= primary(V) LSQB subscripts(S) RSQB(C). { A = parse_subscript(ctx, V, S, &C); }

call_args(A) ::= argument(E). { A = parse_call_start(ctx, E); }
call_args(A) ::= call_args(L) COMMA argument(E). { A = parse_call_add(ctx, L, E); }
argument(A) ::= namedexpr_test(E). { A = E; }
argument(A) ::= STAR(T) test(E). { A = parse_starred(ctx, &T, E); }
argument(A) ::= DOUBLESTAR(T) test(E). {
    A = parse_node(ctx, NODE_KEYWORD, &T);
    A->as.keyword.value = E;
    parse_end_node(A, E);
}
argument(A) ::= test(E) comp_for(G). {
    /* a bare generator argument starts where its element does (see parse_call_finish) */
    Token start = { 0, NULL, 0, E->line, E->column, E->line, E->column };
    A = parse_comprehension_expr(ctx, NODE_GENERATOR_EXP, &start, E, NULL, G);
}
argument(A) ::= test(N) EQUAL test(V). { A = parse_keyword_argument(ctx, N, V); }

subscripts(A) ::= subscript_list(L). {
    /* a[*b] indexes with the tuple (*b,) */
    A = L->as.sequence.elts.items[0]->kind == NODE_STARRED ? L : parse_collapse(L);
}
subscripts(A) ::= subscript_list(L) COMMA(C). { A = L; parse_end_token(A, &C); }
subscript_list(A) ::= subscript(E). { A = parse_tuple_start(ctx, E); }
subscript_list(A) ::= subscript_list(L) COMMA subscript(E). { A = parse_tuple_add(ctx, L, E); }
subscript(A) ::= named_or_star(E). { A = E; }
subscript(A) ::= opt_test(L) COLON(T) opt_test(U). { A = parse_slice(ctx, L, U, NULL, &T); }
subscript(A) ::= opt_test(L) COLON(T) opt_test(U) COLON opt_test(S). { A = parse_slice(ctx, L, U, S, &T); }
opt_test(A) ::= . { A = NULL; }
opt_test(A) ::= test(E). { A = E; }

comp_for(A) ::= comp_clause(C). { A = parse_list1(ctx, C); }
comp_for(A) ::= comp_for(L) comp_clause(C). { A = L; nodelist_append(ctx->arena, &A, C); }
comp_for(A) ::= comp_for(L) IF or_test(E). {
    A = L;
    nodelist_append(ctx->arena, &A.items[A.count - 1]->as.comprehension.ifs, E);
}
comp_clause(A) ::= FOR(T) exprlist(X) IN or_test(I). { A = parse_comprehension(ctx, &T, false, X, I); }
comp_clause(A) ::= ASYNC(T) FOR exprlist(X) IN or_test(I). { A = parse_comprehension(ctx, &T, true, X, I); }

atom(A) ::= NAME(T). { A = parse_name(ctx, &T); }
atom(A) ::= INT(T). { A = parse_constant(ctx, &T, CONST_INT); }
atom(A) ::= FLOAT(T). { A = parse_constant(ctx, &T, CONST_FLOAT); }
atom(A) ::= IMAGINARY(T). { A = parse_constant(ctx, &T, CONST_IMAGINARY); }
atom(A) ::= NONE(T). { A = parse_constant(ctx, &T, CONST_NONE); }
atom(A) ::= TRUE(T). { A = parse_constant(ctx, &T, CONST_TRUE); }
atom(A) ::= FALSE(T). { A = parse_constant(ctx, &T, CONST_FALSE); }
atom(A) ::= ELLIPSIS(T). { A = parse_constant(ctx, &T, CONST_ELLIPSIS); }
atom(A) ::= strings(S). { A = parse_strings(ctx, &S); }
strings(A) ::= STRING(T). { A = (StringList){0}; parse_strings_add(ctx, &A, &T); }
strings(A) ::= strings(B) STRING(T). { A = B; parse_strings_add(ctx, &A, &T); }

atom(A) ::= LPAR(O) RPAR(C). { A = parse_paren(ctx, &O, NULL, true, &C); }
atom(A) ::= LPAR(O) yield_expr(E) RPAR(C). { A = E; (void)O; (void)C; }
atom(A) ::= LPAR(O) seq_items(L) RPAR(C). { A = parse_paren(ctx, &O, L, false, &C); }
atom(A) ::= LPAR(O) seq_items(L) COMMA RPAR(C). { A = parse_paren(ctx, &O, L, true, &C); }
atom(A) ::= LPAR(O) named_or_star(E) comp_for(G) RPAR(C). {
    A = parse_comprehension_expr(ctx, NODE_GENERATOR_EXP, &O, E, NULL, G);
    parse_end_token(A, &C);
}
atom(A) ::= LSQB(O) RSQB(C). { A = parse_display(ctx, NODE_LIST, &O, NULL, &C); }
atom(A) ::= LSQB(O) seq_items(L) RSQB(C). { A = parse_display(ctx, NODE_LIST, &O, L, &C); }
atom(A) ::= LSQB(O) seq_items(L) COMMA RSQB(C). { A = parse_display(ctx, NODE_LIST, &O, L, &C); }
atom(A) ::= LSQB(O) named_or_star(E) comp_for(G) RSQB(C). {
    A = parse_comprehension_expr(ctx, NODE_LIST_COMP, &O, E, NULL, G);
    parse_end_token(A, &C);
}
atom(A) ::= LBRACE(O) RBRACE(C). { A = parse_display(ctx, NODE_DICT, &O, NULL, &C); }
atom(A) ::= LBRACE(O) dict_items(L) RBRACE(C). { A = L; A->line = O.line; A->column = O.column; parse_end_token(A, &C); }
atom(A) ::= LBRACE(O) dict_items(L) COMMA RBRACE(C). { A = L; A->line = O.line; A->column = O.column; parse_end_token(A, &C); }
atom(A) ::= LBRACE(O) test(K) COLON test(V) comp_for(G) RBRACE(C). {
    A = parse_comprehension_expr(ctx, NODE_DICT_COMP, &O, K, V, G);
    parse_end_token(A, &C);
}
atom(A) ::= LBRACE(O) DOUBLESTAR(T) expr(V) comp_for(G) RBRACE(C). {
    (void)V; (void)G; (void)O; (void)C;
    parse_error_at(ctx, T.line, T.column + 1, "dict unpacking cannot be used in dict comprehension");
    A = parse_node(ctx, NODE_DICT, &O);   /* a placeholder: parsing stops at this error */
}
atom(A) ::= LBRACE(O) seq_items(L) RBRACE(C). { A = parse_display(ctx, NODE_SET, &O, L, &C); }
atom(A) ::= LBRACE(O) seq_items(L) COMMA RBRACE(C). { A = parse_display(ctx, NODE_SET, &O, L, &C); }
atom(A) ::= LBRACE(O) named_or_star(E) comp_for(G) RBRACE(C). {
    A = parse_comprehension_expr(ctx, NODE_SET_COMP, &O, E, NULL, G);
    parse_end_token(A, &C);
}

/* `with (a as b, c):` — the parenthesised with-items of Python 3.10+. Since
 * `(` could also open an expression, they are parsed here as an atom that
 * carries its items; parse_with_items unpacks it (and parse_run rejects
 * one that ends up anywhere else). */
atom(A) ::= LPAR(O) with_group(L) RPAR(C). { A = L; A->line = O.line; A->column = O.column; parse_end_token(A, &C); }
atom(A) ::= LPAR(O) with_group(L) COMMA RPAR(C). { A = L; A->line = O.line; A->column = O.column; parse_end_token(A, &C); }
with_group(A) ::= test(E) AS expr(V). { A = parse_with_group(ctx, NULL, E, V); }
with_group(A) ::= seq_items(L) COMMA test(E) AS expr(V). {
    A = NULL;
    for (int i = 0; i < L->as.sequence.elts.count; i++)
        A = parse_with_group(ctx, A, L->as.sequence.elts.items[i], NULL);
    A = parse_with_group(ctx, A, E, V);
}
with_group(A) ::= with_group(L) COMMA test(E). { A = parse_with_group(ctx, L, E, NULL); }
with_group(A) ::= with_group(L) COMMA test(E) AS expr(V). { A = parse_with_group(ctx, L, E, V); }

seq_items(A) ::= named_or_star(E). { A = parse_tuple_start(ctx, E); }
seq_items(A) ::= seq_items(L) COMMA named_or_star(E). { A = parse_tuple_add(ctx, L, E); }

dict_items(A) ::= test(K) COLON test(V). { A = parse_dict_add(ctx, NULL, K, V); }
dict_items(A) ::= DOUBLESTAR(T) expr(V). { A = parse_dict_add(ctx, NULL, NULL, V); (void)T; }
dict_items(A) ::= dict_items(L) COMMA test(K) COLON test(V). { A = parse_dict_add(ctx, L, K, V); }
dict_items(A) ::= dict_items(L) COMMA DOUBLESTAR expr(V). { A = parse_dict_add(ctx, L, NULL, V); }
