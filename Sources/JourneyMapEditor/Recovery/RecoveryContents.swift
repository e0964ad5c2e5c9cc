import JourneyMapCore

/// What a recovery file holds: the map as it was, and what was being typed. The file is a
/// normal map (any journeymap tool can read it, `journeymap diff` can compare it) with the draft
/// under one extension key, which is taken out again when it is read.
public struct RecoveryContents: Sendable {
  public var map: JourneyMap
  public var draft: Draft?

  public init(map: JourneyMap, draft: Draft?) {
    self.map = map
    self.draft = draft
  }

  static let draftKey = "x-journeymap-draft"

  public func encoded() -> [UInt8] {
    var map = self.map
    if let draft { map.extensions[Self.draftKey] = Self.json(draft) }
    return MapEncoder.encode(map)
  }

  /// Reads a recovery file's bytes; nil when they are not a map at all.
  public static func decode(_ bytes: [UInt8]) -> RecoveryContents? {
    guard case .success(let loaded) = MapDocument.decode(bytes, accepting: .allowingConflicts) else { return nil }
    var map = loaded.map
    let draft = map.extensions[draftKey].flatMap(draft(from:))
    map.extensions[draftKey] = nil
    return RecoveryContents(map: map, draft: draft)
  }

  // MARK: The draft as JSON

  static func json(_ draft: Draft) -> JSONValue {
    var members: [(String, JSONValue)] = [("text", .string(draft.text))]
    switch draft.place {
    case .cell(let stepID, let lane, let item, let isNew):
      members += [("place", .string("cell")), ("step", .string(stepID)), ("lane", .string(lane.rawValue)), ("item", .number(String(item)))]
      if isNew { members.append(("new", .bool(true))) }
    case .prompt(let purpose, let label):
      members += [("place", .string("prompt")), ("label", .string(label))]
      members += purposeJSON(purpose)
    case .property(let field):
      members += [("place", .string("property")), ("field", .string(field.rawValue))]
    }
    return .object(members.map { JSONMember(key: $0.0, value: $0.1) })
  }

  static func draft(from json: JSONValue) -> Draft? {
    guard case .object(let members) = json else { return nil }
    func string(_ key: String) -> String? {
      if case .string(let s)? = members.first(where: { $0.key == key })?.value { return s }
      return nil
    }
    func flag(_ key: String) -> Bool {
      if case .bool(let b)? = members.first(where: { $0.key == key })?.value { return b }
      return false
    }
    guard let text = string("text") else { return nil }
    let place: Draft.Place
    switch string("place") {
    case "cell":
      guard let step = string("step"), let lane = string("lane").flatMap(Lane.init(rawValue:)) else { return nil }
      var item = 0
      if case .number(let n)? = members.first(where: { $0.key == "item" })?.value { item = max(0, Int(n) ?? 0) }
      place = .cell(stepID: step, lane: lane, item: item, isNew: flag("new"))
    case "prompt":
      guard let purpose = purpose(string("purpose"), argument: string("argument"), flag: flag("flag")) else { return nil }
      place = .prompt(purpose, label: string("label") ?? "")
    case "property":
      guard let field = string("field").flatMap(FormField.init(rawValue:)) else { return nil }
      place = .property(field)
    default:
      return nil
    }
    return Draft(place: place, editor: LineEditor(text))
  }

  static func purposeJSON(_ purpose: PromptPurpose) -> [(String, JSONValue)] {
    switch purpose {
    case .command: return [("purpose", .string("command"))]
    case .search: return [("purpose", .string("search"))]
    case .saveAs(let thenQuit): return [("purpose", .string("save-as"))] + (thenQuit ? [("flag", .bool(true))] : [])
    case .addStage: return [("purpose", .string("add-stage"))]
    case .renameStage: return [("purpose", .string("rename-stage"))]
    case .moveToStage: return [("purpose", .string("move-to-stage"))]
    case .pickTouchpoint: return [("purpose", .string("pick-touchpoint"))]
    case .touchpointChannel(let name): return [("purpose", .string("touchpoint-channel")), ("argument", .string(name))]
    case .pickProcess: return [("purpose", .string("pick-process"))]
    case .addressPainPoint: return [("purpose", .string("address-pain-point"))]
    case .newProcess(let lane): return [("purpose", .string("new-process")), ("argument", .string(lane.rawValue))]
    case .pickConflict: return [("purpose", .string("pick-conflict"))]
    case .capture(let after): return [("purpose", .string("capture"))] + (after ? [("flag", .bool(true))] : [])
    case .pickFinding: return [("purpose", .string("pick-finding"))]
    }
  }

  static func purpose(_ name: String?, argument: String?, flag: Bool) -> PromptPurpose? {
    switch name {
    case "command": return .command
    case "search": return .search
    case "save-as": return .saveAs(thenQuit: flag)
    case "add-stage": return .addStage
    case "rename-stage": return .renameStage
    case "move-to-stage": return .moveToStage
    case "pick-touchpoint": return .pickTouchpoint
    case "touchpoint-channel": return argument.map { .touchpointChannel(name: $0) }
    case "pick-process": return .pickProcess
    case "address-pain-point": return .addressPainPoint
    case "new-process": return argument.flatMap(ProcessLane.init(rawValue:)).map { .newProcess(lane: $0) }
    case "pick-conflict": return .pickConflict
    case "capture": return .capture(after: flag)
    case "pick-finding": return .pickFinding
    default: return nil
    }
  }
}
