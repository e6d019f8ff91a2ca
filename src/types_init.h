/* types_init.h — the start-up functions that ready each file's types.
 *
 * vm_init calls each of these once, in this order, before any Python code
 * runs. Each calls type_ready (object.h) on the types its file defines and
 * registers anything else the file needs at start-up.
 */
#ifndef PYCO_TYPES_INIT_H
#define PYCO_TYPES_INIT_H

void object_types_init(void);  /* object.c: object, type, NoneType, NotImplemented, ellipsis */
void int_types_init(void);     /* int.c: int, bool */
void float_types_init(void);   /* float.c */
void str_types_init(void);     /* str.c: str and its iterator */
void bytes_types_init(void);   /* bytes.c */
void list_types_init(void);    /* list.c */
void tuple_types_init(void);   /* tuple.c */
void dict_types_init(void);    /* dict.c: dict, views, iterators */
void set_types_init(void);     /* set.c */
void range_types_init(void);   /* range.c: range, slice, iterators */
void func_types_init(void);    /* func.c: function, cell, bound/native methods, property, staticmethod, classmethod */
void class_types_init(void);   /* class.c: super */
void module_types_init(void);  /* module.c */
void code_types_init(void);    /* code.c */
void exc_init(void);           /* exc.c: the exception hierarchy */
void gen_types_init(void);     /* gen.c: generators, coroutines */
void builtins_init(void);      /* builtins.c: last, when every type exists */

/* Modules written in C register themselves here; each is created on its
 * first import (module.c). */
void mod_time_register(void);  /* mod_time.c */
void mod_math_register(void);  /* mod_math.c */
void mod_posix_register(void); /* mod_posix.c */
void mod_asyncio_register(void); /* mod_asyncio.c: _asyncio, the C half of asyncio */
void mod_gc_register(void);    /* mod_gc.c */

#endif
