import ArgumentParser
import Foundation
import JourneyMapEditor
import JourneyMapCore

#if canImport(Glibc)
  import Glibc
#endif

/// `--theme`: normal, high-contrast or mono.
extension Theme: ExpressibleByArgument {}

/// `--size COLUMNSxROWS` for a headless screen.
extension Size: ExpressibleByArgument {
  public init?(argument: String) { self.init(parsing: argument) }
  public var defaultValueDescription: String { "\(columns)x\(rows)" }
}

/// `new --state`: current or future.
extension MapState: ExpressibleByArgument {}

/// `export --view`: journey or blueprint.
extension ExportView: ExpressibleByArgument {}

/// `export --flavor`: slides or gfm.
extension MarkdownFlavor: ExpressibleByArgument {}

/// `export --format`: a format by any of its names (``ExportFormat/names``), or `slides`, a
/// directory holding the deck and its pictures.
enum ExportFormatChoice: ExpressibleByArgument, Equatable {
  case file(ExportFormat)
  case slidesDirectory

  init?(argument: String) {
    if argument.lowercased() == "slides" {
      self = .slidesDirectory
    } else if let format = ExportFormat(name: argument) {
      self = .file(format)
    } else {
      return nil
    }
  }

  /// The names listed in help and errors; every other name of a format is accepted too.
  static var allValueStrings: [String] { ExportFormat.shownNames + ["slides"] }
}

/// `--color`: whether a report uses ANSI colours.
enum ColorChoice: String, CaseIterable, ExpressibleByArgument {
  case auto, always, never

  /// `auto` colours only a terminal, and never when `NO_COLOR` is set (no-color.org).
  func isOn(forDescriptor fd: Int32) -> Bool {
    switch self {
    case .always: return true
    case .never: return false
    case .auto: return isatty(fd) == 1 && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
    }
  }
}

/// `--format` of a report: for people or for scripts.
enum ReportFormat: String, CaseIterable, ExpressibleByArgument {
  case text, json
}

/// `--keymap`: which keys run the editor's actions.
enum KeymapChoice: String, CaseIterable, ExpressibleByArgument {
  case simple, vim

  var keymap: Keymap { self == .simple ? .simple : .vim }
}

/// `import --format`: which reader an input goes through.
enum ImportFormatOption: String, CaseIterable, ExpressibleByArgument {
  case mermaid, csv

  var format: ImportFormat {
    switch self {
    case .mermaid: return .mermaid
    case .csv: return .csv
    }
  }
}
