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
    // The system ncursesw library. The shim header defines NCURSES_WIDECHAR itself because
    // SwiftPM drops the -D flags that pkg-config reports.
    .systemLibrary(
      name: "CNcursesw",
      pkgConfig: "ncursesw",
      providers: [.apt(["libncurses-dev"]), .brew(["ncurses"])]
    ),
    // Model, canonical file format, validation: no terminal, no ncurses.
    .target(name: "JourneyMapCore"),
    // Deterministic map generators shared by the property tests and the benchmark.
    .target(name: "JourneyMapSamples", dependencies: ["JourneyMapCore"]),
    // The command-line commands; the executable only calls into this.
    .target(
      name: "JourneyMapCommands",
      dependencies: [
        "JourneyMapCore",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(name: "journeymap", dependencies: ["JourneyMapCommands"]),
    .executableTarget(name: "journeymap-bench", dependencies: ["JourneyMapCore", "JourneyMapSamples"]),
    .testTarget(
      name: "JourneyMapCoreTests",
      dependencies: ["JourneyMapCore", "JourneyMapSamples"],
      resources: []
    ),
    .testTarget(
      name: "JourneyMapCLITests",
      dependencies: ["JourneyMapCore", "journeymap"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
