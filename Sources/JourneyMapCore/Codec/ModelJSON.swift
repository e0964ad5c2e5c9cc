/// Model values as ``JSONValue``s and back, with no bytes in between: what merge conflicts
/// record, and what settling a conflict patches.
///
/// Encoding goes through the same sink calls as the file writer (so the value is what the file
/// holds); decoding goes through the file decoder (so a value is checked exactly like a file).
enum ModelJSON {
  static func step(_ v: Step) -> JSONValue { JSONValueBuilder.build { $0.step(v) } }
  static func stage(_ v: Stage) -> JSONValue { JSONValueBuilder.build { $0.stage(v) } }
  static func touchpoint(_ v: Touchpoint) -> JSONValue { JSONValueBuilder.build { $0.touchpoint(v) } }
  static func process(_ v: BackstageProcess) -> JSONValue { JSONValueBuilder.build { $0.process(v) } }
  static func painPoint(_ v: PainPoint) -> JSONValue { JSONValueBuilder.build { $0.painPoint(v) } }
  static func opportunity(_ v: Opportunity) -> JSONValue { JSONValueBuilder.build { $0.opportunity(v) } }
  static func metric(_ v: Metric) -> JSONValue { JSONValueBuilder.build { $0.metric(v) } }
  static func feeling(_ v: Feeling?) -> JSONValue? { v.map { v in JSONValueBuilder.build { $0.feeling(v) } } }
  static func moment(_ v: MomentOfTruth?) -> JSONValue? { v.map { v in JSONValueBuilder.build { $0.momentOfTruth(v) } } }
  static func string(_ s: String) -> JSONValue { .string(s.nfc) }

  /// The map without its four big lists: the part of a map a header conflict touches, small
  /// whatever the size of the map.
  static func header(_ map: JourneyMap) -> JSONValue {
    var top = map
    top.touchpoints = []
    top.stages = []
    top.steps = []
    top.processes = []
    return JSONValueBuilder.build { $0.journeyMap(top) }
  }

  /// A value that does not decode: a hand-edited conflict, or one from a newer journeymap.
  struct Unreadable: Error, CustomStringConvertible {
    var description: String
  }

  /// Decodes one value with the file decoder's reader for its type.
  static func decode<T>(_ value: JSONValue, _ what: String, _ read: (inout MapDecoder, JSONNode, JSONPath) -> T?) throws(Unreadable) -> T {
    var decoder = MapDecoder()
    let decoded = read(&decoder, JSONNode(value), .root)
    if let problem = decoder.findings.first {
      throw Unreadable(description: "\(what): \(problem.message)")
    }
    guard let decoded else { throw Unreadable(description: "\(what): not readable") }
    return decoded
  }

  static func step(from v: JSONValue, _ what: String) throws(Unreadable) -> Step { try decode(v, what) { $0.step($1, $2) } }
  static func stage(from v: JSONValue, _ what: String) throws(Unreadable) -> Stage { try decode(v, what) { $0.stage($1, $2) } }
  static func touchpoint(from v: JSONValue, _ what: String) throws(Unreadable) -> Touchpoint {
    try decode(v, what) { $0.touchpoint($1, $2) }
  }
  static func process(from v: JSONValue, _ what: String) throws(Unreadable) -> BackstageProcess {
    try decode(v, what) { $0.process($1, $2) }
  }
  static func header(from v: JSONValue, _ what: String) throws(Unreadable) -> JourneyMap { try decode(v, what) { d, n, _ in d.decodeMap(n) } }
}
