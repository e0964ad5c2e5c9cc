#ifndef JOURNEYMAP_CNCURSESW_SHIM_H
#define JOURNEYMAP_CNCURSESW_SHIM_H

/* SwiftPM drops the -D_XOPEN_SOURCE flag pkg-config reports, which hides the wide-character
   API (get_wch, cchar_t, setcchar). This define declares it regardless. */
#define NCURSES_WIDECHAR 1
#include <ncursesw/curses.h>
#include <locale.h>

/* Attribute and colour macros Swift cannot import, and C globals that strict concurrency
   refuses to touch, as functions. */
static inline attr_t jm_a_normal(void) { return A_NORMAL; }
static inline attr_t jm_a_bold(void) { return A_BOLD; }
static inline attr_t jm_a_reverse(void) { return A_REVERSE; }
static inline attr_t jm_a_underline(void) { return A_UNDERLINE; }
static inline attr_t jm_a_dim(void) { return A_DIM; }
static inline int jm_color_pair(int n) { return (int)COLOR_PAIR(n); }
static inline WINDOW *jm_stdscr(void) { return stdscr; }
static inline int jm_lines(void) { return LINES; }
static inline int jm_cols(void) { return COLS; }
static inline int jm_key_code_yes(void) { return KEY_CODE_YES; }
static inline void jm_attrset(attr_t a) { wattrset(stdscr, (int)a); }
static inline mmask_t jm_all_mouse_events(void) { return BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED; }
static inline mmask_t jm_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t jm_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t jm_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t jm_button5_pressed(void) { return BUTTON5_PRESSED; }
/* Codes for the bracketed-paste markers ESC [200~ and ESC [201~, past every ncurses key. */
static inline int jm_paste_start_code(void) { return KEY_MAX + 1; }
static inline int jm_paste_end_code(void) { return KEY_MAX + 2; }

#endif
