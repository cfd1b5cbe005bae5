// The little of libedit's native, wide-character interface rql uses, declared here so that building needs no
// libedit headers: rql loads libedit.so.2 at run time (dlopen) and calls it through function pointers.
// The numbers are libedit's ABI (histedit.h, stable since 2009).
#include <stddef.h>

typedef struct editline EditLine;
typedef struct historyW HistoryW;
typedef struct { int num; const wchar_t *str; } HistEventW;
typedef struct { const wchar_t *buffer; const wchar_t *cursor; const wchar_t *lastchar; } LineInfoW;

typedef EditLine *(*rql_el_init_t)(const char *, void *, void *, void *);
typedef void (*rql_el_end_t)(EditLine *);
typedef const wchar_t *(*rql_el_wgets_t)(EditLine *, int *);
typedef int (*rql_el_set_t)(EditLine *, int, ...);
typedef const LineInfoW *(*rql_el_wline_t)(EditLine *);
typedef int (*rql_el_winsertstr_t)(EditLine *, const wchar_t *);
typedef void (*rql_el_deletestr_t)(EditLine *, int);
typedef int (*rql_el_cursor_t)(EditLine *, int);
typedef void (*rql_el_wpush_t)(EditLine *, const wchar_t *);
typedef HistoryW *(*rql_history_winit_t)(void);
typedef int (*rql_history_w_t)(HistoryW *, HistEventW *, int, ...);

typedef int (*rql_getc_t)(EditLine *, wchar_t *);
typedef unsigned char (*rql_command_t)(EditLine *, int);
typedef char *(*rql_prompt_t)(EditLine *);

enum {
    RQL_EL_PROMPT = 0, RQL_EL_EDITOR = 2, RQL_EL_SIGNAL = 3, RQL_EL_BIND = 4, RQL_EL_ADDFN = 9, RQL_EL_HIST = 10,
    RQL_EL_GETCFN = 13, RQL_EL_REFRESH = 20,
    RQL_H_SETSIZE = 1, RQL_H_ENTER = 10, RQL_H_FIRST = 3, RQL_H_NEXT = 6, RQL_H_PREV = 5, RQL_H_LAST = 4,
    RQL_CC_NORM = 0, RQL_CC_NEWLINE = 1, RQL_CC_EOF = 2, RQL_CC_REFRESH = 4, RQL_CC_ERROR = 6, RQL_CC_REDISPLAY = 8,
};

// C variadic calls, made from C (Swift cannot call a variadic function pointer).
static inline int rql_el_set_int(rql_el_set_t f, EditLine *e, int op, int a) { return f(e, op, a); }
static inline int rql_el_set_str(rql_el_set_t f, EditLine *e, int op, const char *a) { return f(e, op, a); }
static inline int rql_el_set_none(rql_el_set_t f, EditLine *e, int op) { return f(e, op); }
static inline int rql_el_set_prompt(rql_el_set_t f, EditLine *e, rql_prompt_t p) { return f(e, RQL_EL_PROMPT, p); }
static inline int rql_el_set_getc(rql_el_set_t f, EditLine *e, rql_getc_t g) { return f(e, RQL_EL_GETCFN, g); }
static inline int rql_el_set_hist(rql_el_set_t wset, EditLine *e, rql_history_w_t h, HistoryW *hist) {
    return wset(e, RQL_EL_HIST, h, hist);
}
static inline int rql_el_addfn(rql_el_set_t f, EditLine *e, const char *name, const char *help, rql_command_t c) {
    return f(e, RQL_EL_ADDFN, name, help, c);
}
static inline int rql_el_bind(rql_el_set_t f, EditLine *e, const char *key, const char *command) {
    return f(e, RQL_EL_BIND, key, command, (const char *)0);
}
static inline int rql_history_int(rql_history_w_t f, HistoryW *h, HistEventW *ev, int op, int a) {
    return f(h, ev, op, a);
}
static inline int rql_history_str(rql_history_w_t f, HistoryW *h, HistEventW *ev, int op, const wchar_t *a) {
    return f(h, ev, op, a);
}
static inline int rql_history_none(rql_history_w_t f, HistoryW *h, HistEventW *ev, int op) { return f(h, ev, op); }
