import Foundation
import JourneyMapCore
import Testing

/// A real browser for the tests: headless Chromium driven by `Tests/Tools/browser.py` over the
/// DevTools protocol. One call starts one browser for a whole list of pages, because starting
/// Chromium costs more than most pages; suites keep one run in a `static let` and share it
/// between their tests.
enum Browser {
  /// One page to open, and what to bring back from it.
  struct Job: Encodable, Sendable {
    var url: String
    var viewport: [Int] = [1280, 800]
    /// A script polled until it is true (for pages that lay themselves out after loading).
    var ready: String? = nil
    /// A script whose (JSON-serialisable) value comes back.
    var evaluate: String? = nil
    var screenshot: String? = nil
    var pdfs: [PDF] = []

    struct PDF: Encodable, Sendable {
      var path: String
      /// "a4" or "letter", landscape.
      var paper: String
    }
  }

  /// What the browser met on one page.
  struct Page: Decodable, Sendable {
    var url: String
    var errors: [String]
    var warnings: [String]
    /// Every URL the page asked for, itself first.
    var requests: [String]
    /// The value of the job's script, as JSON text (the scripts return `JSON.stringify(…)`).
    var value: String?
  }

  /// Why there is no result: a tool is missing (skipped, or a failure in CI), or the browser
  /// could not be driven.
  enum Outcome: Sendable {
    case ran([Page])
    case missing(String)
    case failed(String)
  }

  /// The Chromium on PATH, under any of its usual names.
  static var chromium: String? {
    ["chromium", "chromium-browser", "google-chrome"].lazy.compactMap { ExternalProgram.find($0) }.first
  }

  /// Opens every page in one browser.
  static func run(_ jobs: [Job]) -> Outcome {
    guard let chromium else { return .missing("chromium (apt-get install chromium)") }
    guard let python = ExternalProgram.find("python3") else { return .missing("python3") }
    do {
      let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jm-browser-\(UUID().uuidString)")
      try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
      defer { try? FileManager.default.removeItem(at: dir) }
      let file = dir.appendingPathComponent("jobs.json")
      try JSONEncoder().encode(jobs).write(to: file)
      let results = dir.appendingPathComponent("results.json")
      let result = ExternalProgram.run(python, [Fixtures.url("Tests/Tools/browser.py").path, chromium, file.path, results.path])
      guard result.status == 0 else { return .failed("browser.py exited \(result.status): \(result.output.suffix(2_000))") }
      let pages = try JSONDecoder().decode([Page].self, from: Data(contentsOf: results))
      return pages.count == jobs.count ? .ran(pages) : .failed("\(pages.count) results for \(jobs.count) pages")
    } catch {
      return .failed("\(error)")
    }
  }

  /// The pages, or nil after recording why not (a skip outside CI when a tool is missing).
  static func pages(_ outcome: Outcome, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [Page]? {
    switch outcome {
    case .ran(let pages): return pages
    case .missing(let tool):
      Fixtures.missing(tool, sourceLocation: sourceLocation)
      return nil
    case .failed(let reason):
      Issue.record("the browser could not be driven: \(reason)", sourceLocation: sourceLocation)
      return nil
    }
  }

  /// The width and height of a PNG, from its header.
  static func pngSize(_ data: Data) -> (Int, Int)? {
    let bytes = [UInt8](data.prefix(24))
    guard bytes.count == 24, bytes[0..<8] == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] else { return nil }
    func word(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
    return (word(16), word(20))
  }
}

/// PDFs through poppler: how many pages, and each page's text.
enum PDFText {
  static var tools: (pdfinfo: String, pdftotext: String)? {
    guard let info = ExternalProgram.find("pdfinfo"), let text = ExternalProgram.find("pdftotext") else { return nil }
    return (info, text)
  }

  static func pageCount(_ path: String) -> Int? {
    guard let tools else { return nil }
    let info = ExternalProgram.run(tools.pdfinfo, [path]).output
    let line = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
    return line.flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces)) }
  }

  /// The page's text in the order it was drawn (which for Chromium is the document's order),
  /// every run of white space one space: text wrapped in a cell reads as one line again.
  static func text(_ path: String, page: Int? = nil) -> String {
    guard let tools else { return "" }
    let range = page.map { ["-f", "\($0)", "-l", "\($0)"] } ?? []
    let output = ExternalProgram.run(tools.pdftotext, ["-raw", "-enc", "UTF-8"] + range + [path, "-"]).output
    return output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }
}
