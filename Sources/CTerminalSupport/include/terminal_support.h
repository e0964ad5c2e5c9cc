#ifndef JOURNEYMAP_TERMINAL_SUPPORT_H
#define JOURNEYMAP_TERMINAL_SUPPORT_H

/* Signal handling that Swift cannot do safely itself: a handler may only set a flag (quit
   signals) or restore the terminal and re-raise (crashes). */

/* Installs handlers: SIGHUP, SIGTERM, SIGINT and SIGQUIT set a flag the event loop polls;
   SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT and SIGFPE restore the terminal, then crash as
   they would have. */
void jm_install_signal_handlers(void);

/* The quit signal received since the last call, or 0. */
int jm_take_quit_signal(void);

#endif
