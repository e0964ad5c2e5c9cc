#define NCURSES_WIDECHAR 1
#include <ncursesw/curses.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include "terminal_support.h"

static volatile sig_atomic_t quit_signal = 0;

static void on_quit(int sig) { quit_signal = sig; }

static void on_crash(int sig) {
  /* Not async-signal-safe in theory, but the process is going down anyway and a usable
     terminal is worth the risk: cursor back, echo on, normal screen. */
  if (!isendwin()) endwin();
  static const char reset[] = "\033[?25h\033[?1049l\033[0m";
  (void)!write(2, reset, sizeof reset - 1);
  signal(sig, SIG_DFL);
  raise(sig);
}

void jm_install_signal_handlers(void) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  sigemptyset(&action.sa_mask);
  action.sa_handler = on_quit;
  int quits[] = {SIGHUP, SIGTERM, SIGINT, SIGQUIT};
  for (unsigned i = 0; i < sizeof quits / sizeof quits[0]; i++) sigaction(quits[i], &action, NULL);
  action.sa_handler = on_crash;
  action.sa_flags = SA_RESETHAND;
  int crashes[] = {SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE};
  for (unsigned i = 0; i < sizeof crashes / sizeof crashes[0]; i++) sigaction(crashes[i], &action, NULL);
}

int jm_take_quit_signal(void) {
  int sig = quit_signal;
  quit_signal = 0;
  return sig;
}
