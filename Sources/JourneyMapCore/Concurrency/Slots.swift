import Foundation

/// A fixed number of places that concurrent workers fill, one each.
final class Slots<Value: Sendable>: @unchecked Sendable {
  private var items: [Value?]
  private let lock = NSLock()

  init(count: Int) { items = Array(repeating: nil, count: count) }

  subscript(index: Int) -> Value? {
    get { lock.withLock { items[index] } }
    set { lock.withLock { items[index] = newValue } }
  }

  /// Every value, once all are filled.
  var values: [Value] { lock.withLock { items.map { $0! } } }
}
