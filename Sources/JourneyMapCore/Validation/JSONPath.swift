import Foundation

/// Where in a map a problem is, written the way JSONPath and jq users read it:
/// `$.steps[3].feeling.score`.
public struct JSONPath: Equatable, Hashable, Sendable, CustomStringConvertible {
  public enum Component: Equatable, Hashable, Sendable {
    case key(String)
    case index(Int)
  }

  public var components: [Component]

  public init(_ components: [Component] = []) { self.components = components }

  public static let root = JSONPath()

  public func key(_ key: String) -> JSONPath { JSONPath(components + [.key(key)]) }
  public func index(_ index: Int) -> JSONPath { JSONPath(components + [.index(index)]) }

  /// This path and every path above it, up to the root.
  public var selfAndAncestors: [JSONPath] {
    (0...components.count).map { JSONPath(Array(components.prefix($0))) }
  }

  public var description: String {
    var text = "$"
    for component in components {
      switch component {
      case .key(let key):
        if key.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) && !key.isEmpty {
          text += "." + key
        } else {
          text += "[\"" + key.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\"]"
        }
      case .index(let index): text += "[\(index)]"
      }
    }
    return text
  }
}
