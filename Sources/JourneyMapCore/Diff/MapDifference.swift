/// One change between two maps, addressed by id and human name (never by position), so it
/// reads the same however the file was laid out.
public struct MapDifference: Equatable, Sendable {
  public enum Scope: String, Sendable { case map, touchpoint, stage, step, process }
  public enum Kind: String, Sendable { case added, removed, changed, moved }

  public var scope: Scope
  public var kind: Kind
  /// The id of the stage, step, touchpoint or process (nil for map properties).
  public var id: String?
  /// Its name or title, as in the newer map (the older one if it was removed).
  public var name: String
  /// The stage a step belongs to in the newer map (or the older one if removed): for grouping.
  public var stageID: String?
  /// What changed: "title", "feeling", "thought", "pain point", "served by"…; nil for the
  /// element as a whole.
  public var field: String?
  public var old: String?
  public var new: String?
  /// "better", "worse", "from stage Discover", "position 2 → 3"…
  public var note: String?
  /// The id of the thing inside the step a field belongs to (the opportunity whose status
  /// changed), and its text as in the newer map: nil when the field is the step's own.
  public var item: String?
  public var itemName: String?

  public init(
    scope: Scope, kind: Kind, id: String? = nil, name: String, stageID: String? = nil, field: String? = nil,
    old: String? = nil, new: String? = nil, note: String? = nil, item: String? = nil, itemName: String? = nil
  ) {
    self.scope = scope
    self.kind = kind
    self.id = id
    self.name = name
    self.stageID = stageID
    self.field = field
    self.old = old
    self.new = new
    self.note = note
    self.item = item
    self.itemName = itemName
  }
}
