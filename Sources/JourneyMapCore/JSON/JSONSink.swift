/// Where canonical JSON goes: bytes for a file (``CanonicalJSONWriter``) or a ``JSONValue`` tree
/// (``JSONValueBuilder``) for merge conflicts and their settling.
///
/// The model's encoding (`MapEncoder.swift`) is written once against this protocol, so the
/// documented key order and the "leave out what is empty" rules have a single source: a value in
/// a conflict is exactly what the file holds.
public protocol JSONSink {
  mutating func beginObject()
  mutating func endObject()
  mutating func beginArray()
  mutating func endArray()
  mutating func key(_ key: String)
  /// A key known when compiling (every key of the format): the file writer copies its bytes
  /// without looking at them.
  mutating func key(static key: StaticString)
  mutating func string(_ value: String)
  mutating func integer(_ value: Int)
  mutating func bool(_ value: Bool)
  mutating func null()
  /// An uninterpreted value, such as an `x-` extension.
  mutating func value(_ value: JSONValue)
}

extension JSONSink {
  public mutating func key(static key: StaticString) { self.key(key.description) }
}

extension CanonicalJSONWriter: JSONSink {}
