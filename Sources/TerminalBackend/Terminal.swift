@preconcurrency import CNcursesw
import Foundation
import JourneyMapEditor

#if canImport(Glibc)
  import Glibc
#endif

/// The only code that talks to ncurses: starts and restores the terminal, reads keys (wide
/// characters, mouse, resizes) and paints ``Screen``s. Everything it shows was decided by the
/// pure renderer; everything it reads becomes an ``InputEvent``.
public final class Terminal: TerminalDevice {
  public struct StartError: Error, CustomStringConvertible {
    public var description: String
  }

  private var appliedTheme: Theme?
  private let colorMode: ColorMode
  private var pairs: [Style: Int16] = [:]

  enum ColorMode { case none, basic, full }

  /// Whether both standard input and output are terminals.
  public static var isInteractive: Bool { isatty(0) == 1 && isatty(1) == 1 }

  public init(environment: [String: String]) throws {
    setlocale(LC_ALL, "")
    // ncurses reports resizes only if it can install its own SIGWINCH handler and the signal is
    // not blocked; a parent (a test runner, a job control wrapper) may have changed either.
    signal(SIGWINCH, SIG_DFL)
    var resize = sigset_t()
    sigemptyset(&resize)
    sigaddset(&resize, SIGWINCH)
    sigprocmask(SIG_UNBLOCK, &resize, nil)
    guard let output = fdopen(1, "w"), let input = fdopen(0, "r") else {
      throw StartError(description: "cannot open the terminal")
    }
    guard newterm(nil, output, input) != nil else {
      throw StartError(description: "cannot start the terminal (TERM=\(environment["TERM"] ?? "unset"))")
    }
    Terminal.registerCleanup()
    raw()
    noecho()
    nonl()
    keypad(jm_stdscr(), true)
    set_escdelay(25)
    curs_set(0)
    mouseinterval(0)
    mousemask(jm_all_mouse_events(), nil)
    // Bracketed paste: pasted text arrives between two markers, so it is inserted as text and
    // never run as keys (a pasted "D" must not delete a step).
    define_key("\u{1B}[200~", jm_paste_start_code())
    define_key("\u{1B}[201~", jm_paste_end_code())
    Terminal.sendControl("\u{1B}[?2004h")
    let wantsColor = environment["NO_COLOR"].map { $0.isEmpty } ?? true
    if wantsColor && has_colors() {
      start_color()
      use_default_colors()
      colorMode = COLORS >= 256 ? .full : .basic
    } else {
      colorMode = .none
    }
  }

  /// Restores the terminal on every exit path, including `exit()` from elsewhere.
  private static let cleanupOnce: Void = {
    atexit {
      if isendwin() == false { endwin() }
    }
  }()

  private static func registerCleanup() { _ = cleanupOnce }

  /// Puts the terminal back as it was: cursor visible, echo on, normal screen.
  public func stop() {
    Terminal.sendControl("\u{1B}[?2004l")
    curs_set(1)
    endwin()
  }

  /// Writes a terminal control sequence of our own (not map text) straight to the terminal.
  private static func sendControl(_ sequence: String) {
    let bytes = Array(sequence.utf8)
    _ = bytes.withUnsafeBytes { Glibc.write(1, $0.baseAddress!, $0.count) }
  }

  /// How long `readEvent` waits before returning nil, so the loop can keep the recovery file
  /// fresh and notice signals while nobody types.
  public func setInputTimeout(milliseconds: Int) {
    wtimeout(jm_stdscr(), Int32(milliseconds))
  }

  /// Themes need colour; without it (`NO_COLOR`, a monochrome terminal) every theme is mono.
  public var hasColor: Bool { colorMode != .none }

  public var size: Size {
    Size(columns: Int(getmaxx(jm_stdscr())), rows: Int(getmaxy(jm_stdscr())))
  }

  private var timeout: Int?

  public func nextEvent(timeoutMilliseconds: Int) -> InputEvent? {
    if timeout != timeoutMilliseconds {
      timeout = timeoutMilliseconds
      wtimeout(jm_stdscr(), Int32(timeoutMilliseconds))
    }
    return readEvent()
  }

  /// Whether the terminal has gone away (its window closed, its tmux pane killed): reads then
  /// fail at once instead of waiting, and the editor would spin. A SIGHUP usually says so
  /// first, but not always; the descriptor itself always does.
  public var isGone: Bool {
    var descriptor = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
    guard poll(&descriptor, 1, 0) >= 0 else { return false }
    return descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
  }

  /// Waits (as long as the input timeout) for a key, a mouse action or a resize.
  func readEvent() -> InputEvent? {
    var wc: wint_t = 0
    let result = get_wch(&wc)
    if result == ERR { return nil }
    if result == jm_key_code_yes() {
      if Int32(wc) == jm_paste_start_code() { return readPaste() }
      return functionKey(Int32(wc))
    }
    switch wc {
    case 0x1B: return .key(.escape)
    case 0x0D, 0x0A: return .key(.enter)
    case 0x09: return .key(.tab)
    case 0x7F, 0x08: return .key(.backspace)
    case 0x01...0x1A: return .key(.ctrl(Character(Unicode.Scalar(UInt8(wc) + 0x60))))
    default:
      guard let scalar = Unicode.Scalar(wc), wc >= 0x20 else { return nil }
      return .key(.char(Character(scalar)))
    }
  }

  /// Everything up to the end-of-paste marker, as one text. A paste whose end never comes (a
  /// terminal that dropped it) ends after a second of silence rather than swallowing typing.
  private func readPaste() -> InputEvent {
    var text = String.UnicodeScalarView()
    wtimeout(jm_stdscr(), 1000)
    defer { if let timeout { wtimeout(jm_stdscr(), Int32(timeout)) } }
    while true {
      var wc: wint_t = 0
      let result = get_wch(&wc)
      if result == ERR { break }
      if result == jm_key_code_yes() {
        if Int32(wc) == jm_paste_end_code() { break }
        if Int32(wc) == KEY_ENTER { text.append("\n") }
        continue
      }
      if wc == 0x0D { text.append("\n") } else if let scalar = Unicode.Scalar(wc) { text.append(scalar) }
    }
    return .paste(String(text).replacingOccurrences(of: "\r\n", with: "\n"))
  }

  private func functionKey(_ code: Int32) -> InputEvent? {
    switch code {
    case KEY_UP: return .key(.up)
    case KEY_DOWN: return .key(.down)
    case KEY_LEFT: return .key(.left)
    case KEY_RIGHT: return .key(.right)
    case KEY_HOME: return .key(.home)
    case KEY_END: return .key(.end)
    case KEY_BACKSPACE: return .key(.backspace)
    case KEY_DC: return .key(.delete)
    case KEY_IC: return .key(.insert)
    case KEY_NPAGE: return .key(.pageDown)
    case KEY_PPAGE: return .key(.pageUp)
    case KEY_ENTER: return .key(.enter)
    case KEY_BTAB: return .key(.backTab)
    case KEY_RESIZE: return .resize(size)
    case KEY_MOUSE: return mouseEvent()
    case (KEY_F0 + 1)...(KEY_F0 + 12): return .key(.function(Int(code - KEY_F0)))
    default: return nil
    }
  }

  private func mouseEvent() -> InputEvent? {
    var event = MEVENT()
    guard getmouse(&event) == OK else { return nil }
    let state = event.bstate
    let kind: MouseEvent.Kind
    if state & jm_button4_pressed() != 0 {
      kind = .wheelUp
    } else if state & jm_button5_pressed() != 0 {
      kind = .wheelDown
    } else if state & (jm_button1_pressed() | jm_button1_clicked()) != 0 {
      kind = .press
    } else {
      return nil
    }
    return .mouse(MouseEvent(kind, column: Int(event.x), row: Int(event.y)))
  }

  /// Paints a screen. ncurses compares with what is already shown and sends only the changes.
  public func present(_ screen: Screen, theme: Theme) {
    let effectiveTheme = colorMode == .none ? .mono : theme
    if effectiveTheme != appliedTheme { apply(effectiveTheme) }
    let width = screen.size.columns
    for row in 0..<screen.size.rows {
      var column = 0
      while column < width {
        let style = screen[column, row].style
        var run = ""
        let start = column
        while column < width, screen[column, row].style == style {
          let cell = screen[column, row]
          if !cell.isContinuation { run.append(cell.character) }
          column += 1
        }
        jm_attrset(attributes(style))
        // Writing the bottom-right cell returns ERR but draws: not an error.
        _ = mvaddstr(Int32(row), Int32(start), run)
      }
    }
    if let cursor = screen.cursor {
      curs_set(1)
      move(Int32(cursor.row), Int32(cursor.column))
    } else {
      curs_set(0)
    }
    refresh()
  }

  private var attributeCache: [Style: attr_t] = [:]

  private func attributes(_ style: Style) -> attr_t {
    if let cached = attributeCache[style] { return cached }
    let look = Palette.look(style, theme: appliedTheme ?? .mono)
    var attrs = jm_a_normal()
    if look.bold { attrs |= jm_a_bold() }
    if look.reverse { attrs |= jm_a_reverse() }
    if look.underline { attrs |= jm_a_underline() }
    if look.dim { attrs |= jm_a_dim() }
    if let pair = pairs[style] { attrs |= attr_t(jm_color_pair(Int32(pair))) }
    attributeCache[style] = attrs
    return attrs
  }

  private func apply(_ theme: Theme) {
    appliedTheme = theme
    attributeCache = [:]
    pairs = [:]
    guard colorMode != .none else { return }
    var next: Int16 = 1
    for style in Style.allCases {
      let look = Palette.look(style, theme: theme)
      guard look.fg != -1 || look.bg != -1 else { continue }
      let fg = colorMode == .full ? look.fg : Palette.basic(look.fg)
      let bg = colorMode == .full ? look.bg : Palette.basic(look.bg)
      init_pair(next, fg, bg)
      pairs[style] = next
      next += 1
    }
    // The background of the whole window follows the theme's normal style.
    if let pair = pairs[.normal] {
      bkgdset(chtype(jm_color_pair(Int32(pair))) | chtype(UInt8(ascii: " ")))
    } else {
      bkgdset(chtype(UInt8(ascii: " ")))
    }
    clear()
  }
}
