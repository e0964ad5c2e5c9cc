import JourneyMapCore

/// One piece of text on the step view's page, positioned in page rows (before scrolling).
struct StepLine {
  var text: String
  var style: Style
  var x: Int
  /// The width the line owns: filled in its style when `fill`, and clickable.
  var width: Int
  var row: Int
  /// What a click on the line selects.
  var lane: Lane?
  var item: Int?
  var fill = false
  /// The edit field goes here (the text is then ignored).
  var isEditor = false
}

/// The step view's page for the step under the cursor: a title band, the feeling drawn big, and
/// every lane in full as a block with a heading, with generous spacing. At 150 columns and more
/// the blueprint's lanes stand in a second column beside the customer's. The renderer draws it,
/// scrolling keeps the cursor's lane on it, and clicks are hit-tested against what it drew.
struct StepLayout {
  /// Screen rows of the page: under the breadcrumb, above the status bar.
  let top = 2
  let bottom: Int
  let column: Int
  private(set) var lines: [StepLine] = []
  private(set) var height = 0
  /// Page rows of each lane's block, and of each item of a list.
  private(set) var laneRows: [Lane: Range<Int>] = [:]
  private(set) var itemRows: [Lane: [Int: Range<Int>]] = [:]

  var visibleRows: Int { max(1, bottom - top) }

  init(_ state: EditorState) {
    let size = state.size
    bottom = max(top + 1, size.rows - 2)
    column = state.cursor.column
    guard case .step(let index) = state.currentColumn else { return }
    let margin = size.columns >= 100 ? 4 : 2
    let full = max(10, size.columns - 2 * margin)
    let lanes = state.visibleLanes.filter { $0 != .step && $0 != .feeling }
    let split = lanes.firstIndex(of: .lineOfInteraction)
    let twoColumns = size.columns >= StepLayout.twoColumnWidth && split != nil
    // Air around the title and between items when the whole page fits with it; without it
    // when that is what fits.
    for spacious in [true, false] {
      self.layOut(state, step: index, margin: margin, full: full, lanes: lanes, split: twoColumns ? split : nil, spacious: spacious)
      if height <= visibleRows { break }
    }
  }

  /// From this width the blueprint's lanes stand beside the customer's.
  static let twoColumnWidth = 110

  private mutating func layOut(_ state: EditorState, step index: Int, margin: Int, full: Int, lanes: [Lane], split: Int?, spacious: Bool) {
    var builder = Builder(state: state, step: index, limitRows: state.size.rows * 2, itemGap: spacious ? 1 : 0, spacious: spacious)
    var row = spacious ? 1 : 0
    builder.title(x: margin, width: full, row: &row)
    row += 1
    builder.feeling(x: margin, width: full, row: &row)
    if spacious { row += 1 }
    if let split {
      let gap = 4
      let width = (full - gap) / 2
      var left = row
      var right = row
      for lane in lanes[..<split] { builder.block(lane, x: margin, width: width, row: &left) }
      for lane in lanes[split...] { builder.block(lane, x: margin + width + gap, width: width, row: &right) }
      row = max(left, right)
    } else {
      for lane in lanes { builder.block(lane, x: margin, width: full, row: &row) }
    }
    lines = builder.lines
    laneRows = builder.laneRows
    itemRows = builder.itemRows
    height = row
  }

  /// The page rows the cursor is on: its item's, or its lane's.
  func rows(of cursor: Cursor) -> Range<Int>? {
    if cursor.lane.isList, let rows = itemRows[cursor.lane]?[cursor.item] { return rows }
    return laneRows[cursor.lane]
  }

  /// Appends lines, recording where each lane and item went.
  private struct Builder {
    let state: EditorState
    let step: Int
    /// No text is wrapped into more lines than this: a huge cell costs what the screen shows.
    let limitRows: Int
    /// Blank rows between the items of a list.
    let itemGap: Int
    /// A blank band above and below the title.
    let spacious: Bool
    var lines: [StepLine] = []
    var laneRows: [Lane: Range<Int>] = [:]
    var itemRows: [Lane: [Int: Range<Int>]] = [:]

    var editing: (location: EditLocation, editor: LineEditor)? { state.edit(inColumn: state.columns.columnOfStep[step]) }

    func isCursor(_ lane: Lane) -> Bool { state.cursor.lane == lane }

    mutating func add(_ text: String, _ style: Style, x: Int, width: Int, row: Int, lane: Lane?, item: Int? = nil, fill: Bool = false) {
      lines.append(StepLine(text: text, style: style, x: x, width: width, row: row, lane: lane, item: item, fill: fill))
    }

    mutating func editor(x: Int, width: Int, row: Int, lane: Lane, item: Int? = nil) {
      lines.append(StepLine(text: "", style: .editField, x: x, width: width, row: row, lane: lane, item: item, isEditor: true))
    }

    func wrap(_ text: String, width: Int) -> [String] {
      let safe = SafeText.displayable(text, limit: width * limitRows)
      let wrapped = TextLayout.wrap(safe, width: width, maxLines: limitRows)
      return wrapped.isEmpty ? [""] : wrapped
    }

    /// The title band: the step's title, prominent, with the moment-of-truth star.
    mutating func title(x: Int, width: Int, row: inout Int) {
      let step = state.map.steps[step]
      let style: Style = step.momentOfTruth != nil ? .stepHeaderMoment : .stepTitle
      let start = row
      let marker = isCursor(.step) ? "▸ " : "  "
      let star = step.momentOfTruth != nil ? "★ " : ""
      if spacious {
        add("", style, x: x, width: width, row: row, lane: .step, fill: true)
        row += 1
      }
      if let edit = editing, edit.location.lane == .step {
        add(marker, style, x: x, width: width, row: row, lane: .step, fill: true)
        editor(x: x + 2, width: width - 4, row: row, lane: .step)
        row += 1
      } else {
        let title = step.title.isEmpty ? "untitled step" : step.title
        for (i, line) in wrap(star + title, width: width - 4).enumerated() {
          add((i == 0 ? marker : "  ") + line, style, x: x, width: width, row: row, lane: .step, fill: true)
          row += 1
        }
      }
      if spacious {
        add("", style, x: x, width: width, row: row, lane: .step, fill: true)
        row += 1
      }
      laneRows[.step] = start..<row
    }

    /// The feeling, big: five segments from −2 to +2, the chosen one filled in its colour, and
    /// its score and word beside the heading.
    mutating func feeling(x: Int, width: Int, row: inout Int) {
      let start = row
      let feeling = state.map.steps[step].feeling
      heading(.feeling, x: x, width: width, row: row)
      let headingWidth = DisplayWidth.of(Lane.feeling.label) + 4
      if let edit = editing, edit.location.lane == .feeling {
        editor(x: x + headingWidth, width: max(4, min(40, width - headingWidth)), row: row, lane: .feeling)
      } else if let feeling {
        let sign = feeling.score > 0 ? "+\(feeling.score)" : "\(feeling.score)"
        let word = feeling.word.isEmpty ? sign : "\(sign)  " + SafeText.displayable(feeling.word, limit: width)
        add(TextLayout.truncate(word, to: width - headingWidth), .feeling(feeling.score), x: x + headingWidth, width: width - headingWidth, row: row, lane: .feeling)
      } else {
        let keys = ActionTable.keyText(ActionTable.spec(for: .setFeeling))
        add("no feeling yet: \(keys) set it", .placeholder, x: x + headingWidth, width: width - headingWidth, row: row, lane: .feeling)
      }
      row += 1
      let segment = max(3, min(16, (width - 2 - 4 * 2) / 5))
      for (i, score) in (-2...2).enumerated() {
        let left = x + 2 + i * (segment + 2)
        let chosen = feeling.map { max(-2, min(2, $0.score)) == score } ?? false
        let bar = String(repeating: chosen ? "█" : "░", count: segment)
        let style: Style = chosen ? .feeling(score) : .baseline
        add(bar, style, x: left, width: segment, row: row, lane: .feeling)
        add(bar, style, x: left, width: segment, row: row + 1, lane: .feeling)
        let label = score > 0 ? "+\(score)" : "\(score)"
        let labelX = left + (segment - DisplayWidth.of(label)) / 2
        add(label, chosen ? .feeling(score) : .placeholder, x: labelX, width: DisplayWidth.of(label), row: row + 2, lane: .feeling)
      }
      row += 3
      laneRows[.feeling] = start..<row
      row += 1
    }

    mutating func heading(_ lane: Lane, x: Int, width: Int, row: Int) {
      let selected = isCursor(lane)
      add((selected ? "▸ " : "  ") + lane.label.uppercased(), selected ? .cursor : .gutter, x: x, width: min(width, DisplayWidth.of(lane.label) + 3), row: row, lane: lane)
    }

    /// A lane's block: its heading, then everything in it, then a blank row.
    mutating func block(_ lane: Lane, x: Int, width: Int, row: inout Int) {
      if lane.isRule {
        let label = "╌ " + lane.label + " "
        add(label + String(repeating: "╌", count: max(0, width - DisplayWidth.of(label))), .rule, x: x, width: width, row: row, lane: nil)
        row += 2
        return
      }
      let start = row
      heading(lane, x: x, width: width, row: row)
      row += 1
      let inner = x + 4
      let innerWidth = max(4, width - 4)
      let edit = editing.flatMap { $0.location.lane == lane ? $0 : nil }
      if lane.processLane != nil && state.map.processes.isEmpty {
        for line in wrap(KeyHint.emptyBackstage(state.options.keymap), width: innerWidth) {
          add(line, .placeholder, x: inner, width: innerWidth, row: row, lane: lane)
          row += 1
        }
      } else if lane.isList {
        list(lane, x: inner, width: innerWidth, row: &row, edit: edit?.location)
      } else {
        text(lane, x: inner, width: innerWidth, row: &row, editing: edit != nil)
      }
      laneRows[lane] = start..<row
      row += 1
    }

    /// An empty lane: a dash, or what to press when the cursor is on it.
    mutating func empty(_ lane: Lane, x: Int, width: Int, row: Int) {
      if isCursor(lane) {
        add(CellHint.placeholder(for: lane, keymap: state.options.keymap), .cursor, x: x, width: width, row: row, lane: lane)
      } else {
        add("—", .placeholder, x: x, width: width, row: row, lane: lane)
      }
    }

    mutating func list(_ lane: Lane, x: Int, width: Int, row: inout Int, edit: EditLocation?) {
      var items = state.items(lane, step: step)
      if let edit, edit.isNew, let item = edit.item { items.insert("", at: min(item, items.count)) }
      let style = lane.spec.style
      if items.isEmpty {
        empty(lane, x: x, width: width, row: row)
        row += 1
        return
      }
      var rows: [Int: Range<Int>] = [:]
      for (i, item) in items.enumerated() {
        let start = row
        if let edit, edit.item == i {
          add("• ", .editField, x: x, width: 2, row: row, lane: lane, item: i)
          editor(x: x + 2, width: width - 2, row: row, lane: lane, item: i)
          row += 1
        } else {
          let selected = isCursor(lane) && state.cursor.item == i && edit == nil
          for (n, line) in wrap(item, width: width - 2).enumerated() {
            add((n == 0 ? "• " : "  ") + line, selected ? .cursor : style, x: x, width: width, row: row, lane: lane, item: i)
            row += 1
          }
        }
        rows[i] = start..<row
        if i < items.count - 1 { row += itemGap }
      }
      itemRows[lane] = rows
    }

    mutating func text(_ lane: Lane, x: Int, width: Int, row: inout Int, editing: Bool) {
      if editing {
        // A flag's reason is typed after its star.
        let starred = lane.spec.kind == .flag
        if starred { add("★ ", lane.spec.style, x: x, width: 2, row: row, lane: lane) }
        editor(x: starred ? x + 2 : x, width: starred ? width - 2 : width, row: row, lane: lane)
        row += 1
        return
      }
      let spec = lane.spec
      var style: Style = .normal
      var text = state.text(lane, step: step)
      if spec.kind == .flag {
        // A star and the reason, or what the mark is; nothing while unmarked.
        if spec.isMarked?(state.map.steps[step]) == true {
          text = "★ " + (text.isEmpty ? spec.label.lowercased() : text)
          style = spec.style
        } else {
          text = ""
        }
      }
      if text.isEmpty {
        empty(lane, x: x, width: width, row: row)
        row += 1
        return
      }
      if isCursor(lane) { style = .cursor }
      for line in wrap(text, width: width) {
        add(line, style, x: x, width: width, row: row, lane: lane)
        row += 1
      }
    }
  }
}
