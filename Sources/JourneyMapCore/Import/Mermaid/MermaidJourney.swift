/// A Mermaid `journey` diagram as Mermaid itself understands it: the title, the sections in
/// order and each task's name, score and actors, with every entity code decoded. The parser
/// produces it from text and the importer turns it into a map; the round-trip tests compare two
/// of them, so it holds what the picture shows and nothing of how it was written.
public struct MermaidJourney: Equatable, Sendable {
  public struct Task: Equatable, Sendable {
    public var name: String
    /// 1 (very negative) … 5 (very positive) after rounding and clamping; nil when the task
    /// gave none (`Task: : Me`) or gave something that is not a number.
    public var score: Int?
    public var actors: [String]
    /// Where the task starts in the input, for messages about it.
    public var offset: Int

    public init(name: String, score: Int?, actors: [String], offset: Int = 0) {
      self.name = name
      self.score = score
      self.actors = actors
      self.offset = offset
    }

    /// Equal in what Mermaid draws: the offset is where it was written, not what it is.
    public static func == (a: Task, b: Task) -> Bool {
      a.name == b.name && a.score == b.score && a.actors == b.actors
    }
  }

  public struct Section: Equatable, Sendable {
    /// Nil for the tasks written before the first `section` (Mermaid draws them unlabelled).
    public var name: String?
    public var tasks: [Task]
    public var offset: Int

    public init(name: String?, tasks: [Task] = [], offset: Int = 0) {
      self.name = name
      self.tasks = tasks
      self.offset = offset
    }

    public static func == (a: Section, b: Section) -> Bool { a.name == b.name && a.tasks == b.tasks }
  }

  /// The last `title` statement.
  public var title: String?
  /// `title:` in the YAML front matter (the `title` statement wins, as in Mermaid).
  public var frontMatterTitle: String?
  public var accessibleTitle: String?
  public var accessibleDescription: String?
  public var sections: [Section] = []
  /// Where `journey` is, for messages about the whole diagram.
  public var offset = 0

  public init() {}
}
