// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "journeymap",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "journeymap", targets: ["journeymap"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    // The system ncursesw library (Debian: libncurses-dev). No pkgConfig: SwiftPM would drop
    // its -D flags with a warning on every build; the shim header defines NCURSES_WIDECHAR
    // itself and the module map links ncursesw.
    .systemLibrary(name: "CNcursesw"),
    // Model, canonical file format, validation: no terminal, no ncurses.
    .target(name: "JourneyMapCore"),
    // The editor without a terminal: state, the action table, the update function, the
    // renderer into a cell grid. Every screen is testable headlessly.
    .target(name: "JourneyMapEditor", dependencies: ["JourneyMapCore"]),
    // Signal handlers in C: a handler may only set a flag, or restore the terminal and crash.
    .target(name: "CTerminalSupport", linkerSettings: [.linkedLibrary("ncursesw")]),
    // The only code that touches ncurses.
    .target(name: "TerminalBackend", dependencies: ["CNcursesw", "CTerminalSupport", "JourneyMapEditor"]),
    // Deterministic map generators shared by the property tests and the benchmark.
    .target(name: "JourneyMapSamples", dependencies: ["JourneyMapCore"]),
    // The command-line commands; the executable only calls into this.
    .target(
      name: "JourneyMapCommands",
      dependencies: [
        "JourneyMapCore",
        "JourneyMapEditor",
        "TerminalBackend",
        "CTerminalSupport",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(name: "journeymap", dependencies: ["JourneyMapCommands"]),
    .executableTarget(name: "journeymap-bench", dependencies: ["JourneyMapCore", "JourneyMapEditor", "JourneyMapSamples"]),
    .testTarget(
      name: "JourneyMapCoreTests",
      dependencies: ["JourneyMapCore", "JourneyMapSamples"],
      resources: []
    ),
    .testTarget(
      name: "JourneyMapEditorTests",
      dependencies: ["JourneyMapEditor", "JourneyMapCore", "JourneyMapSamples"]
    ),
    .testTarget(
      name: "JourneyMapCLITests",
      dependencies: ["JourneyMapCore", "journeymap"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
