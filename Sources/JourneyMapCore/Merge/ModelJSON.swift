/// Model values as JSON values, for merge conflicts: the same canonical encoding as files.
enum ModelJSON {
  static func encode(_ write: (inout CanonicalJSONWriter) -> Void) -> JSONValue {
    var w = CanonicalJSONWriter()
    write(&w)
    return (try? JSONParser.parse(w.finish()))?.root.value ?? .null
  }

  static func step(_ v: Step) -> JSONValue { encode { $0.step(v) } }
  static func stage(_ v: Stage) -> JSONValue { encode { $0.stage(v) } }
  static func touchpoint(_ v: Touchpoint) -> JSONValue { encode { $0.touchpoint(v) } }
  static func process(_ v: BackstageProcess) -> JSONValue { encode { $0.process(v) } }
  static func painPoint(_ v: PainPoint) -> JSONValue { encode { $0.painPoint(v) } }
  static func opportunity(_ v: Opportunity) -> JSONValue { encode { $0.opportunity(v) } }
  static func feeling(_ v: Feeling?) -> JSONValue? { v.map { v in encode { $0.feeling(v) } } }
  static func moment(_ v: MomentOfTruth?) -> JSONValue? { v.map { v in encode { $0.momentOfTruth(v) } } }
  static func string(_ s: String) -> JSONValue { .string(s) }
  static func strings(_ list: [String]) -> JSONValue { .array(list.map { .string($0) }) }
}
