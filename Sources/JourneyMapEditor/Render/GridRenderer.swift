import JourneyMapCore

/// Draws the journey grid: stage headers, the frozen step lane, the scrolling lanes with the
/// emotion curve and the blueprint's lines, the gutter of lane names, and the cursor.
struct GridRenderer {
  let state: EditorState
  let geometry: GridGeometry
  let firstColumn: Int
  let lastColumn: Int  // exclusive
  let served: Set<String>
  /// Lint findings of the columns on screen (see `Findings/FindingMarks.swift`).
  let findings: [Int: [EditorState.FindingPlace]]

  init(state: EditorState, geometry: GridGeometry) {
    self.state = state
    self.geometry = geometry
    let range = state.columnRange
    firstColumn = max(range.lowerBound, min(state.firstColumn, range.upperBound))
    lastColumn = min(range.upperBound, firstColumn + geometry.visibleCount)
    served = state.servedBySelection
    findings = FindingMarks.findings(state, first: firstColumn, last: lastColumn)
  }

  /// Each column is a space, the content, and a separator.
  var contentWidth: Int { geometry.columnWidth - 2 }

  /// Where a column's content starts.
  func x(_ column: Int) -> Int { geometry.x(ofColumn: column, first: firstColumn) + 1 }

  func draw(_ screen: inout Screen) {
    Breadcrumb.draw(&screen, state, row: geometry.breadcrumbRow, first: firstColumn, count: geometry.visibleCount)
    drawGutter(&screen)
    drawStageHeader(&screen)
    guard firstColumn < lastColumn else {
      screen.write(
        "No stages yet: S adds one", column: geometry.gutter + 1, row: geometry.stepRow, style: .placeholder)
      return
    }
    for column in firstColumn..<lastColumn { drawStepHeader(&screen, column) }
    for (lane, offset, height) in geometry.lanes {
      let top = geometry.bodyTop + offset - state.laneScroll
      if top + height <= geometry.bodyTop || top >= geometry.bodyBottom { continue }
      if lane.isRule {
        drawRule(&screen, lane, row: top)
        continue
      }
      if lane == .feeling {
        FeelingCurve(grid: self, top: top).draw(&screen)
        drawFeelingMarks(&screen, top: top)
        continue
      }
      if lane.processLane != nil && state.map.processes.isEmpty {
        drawEmptyBackstage(&screen, lane: lane, row: top)
        continue
      }
      for column in firstColumn..<lastColumn { drawCell(&screen, lane: lane, column: column, top: top, height: height) }
    }
    drawSeparators(&screen)
    drawSearchMatches(&screen)
    drawEditField(&screen)
  }

  /// Writes a line if its row is inside the scrolling area (or the frozen rows).
  func put(_ screen: inout Screen, _ text: String, x: Int, row: Int, width: Int, style: Style, frozen: Bool = false) {
    guard frozen || (row >= geometry.bodyTop && row < geometry.bodyBottom) else { return }
    screen.write(text, column: x, row: row, limit: width, style: style)
  }

  func restyle(_ screen: inout Screen, x: Int, row: Int, width: Int, style: Style, frozen: Bool = false) {
    guard frozen || (row >= geometry.bodyTop && row < geometry.bodyBottom) else { return }
    screen.restyle(column: x, row: row, width: width, style: style)
  }

  // MARK: Gutter and headers

  func drawGutter(_ screen: inout Screen) {
    let width = geometry.gutter
    for row in geometry.stageRow..<geometry.bodyBottom { screen.fill(column: 0, row: row, width: width, style: .gutter) }
    let label: (Lane) -> String = { geometry.narrow ? $0.shortLabel : $0.label }
    screen.write(" " + (geometry.narrow ? "Stage" : "Stage"), column: 0, row: geometry.stageRow, limit: width - 1, style: .gutter)
    screen.write(" " + label(.step), column: 0, row: geometry.stepRow, limit: width - 1, style: .gutter)
    for (lane, offset, height) in geometry.lanes where !lane.isRule {
      let top = geometry.bodyTop + offset - state.laneScroll
      // The label stays visible while any part of the lane is.
      let row = max(top, geometry.bodyTop)
      if row < top + height && row < geometry.bodyBottom {
        let marker = state.cursor.lane == lane ? "▸" : " "
        screen.write(marker + label(lane), column: 0, row: row, limit: width - 1, style: .gutter)
      }
    }
    drawLanesBelow(&screen)
  }

  /// Lanes below the screen are named in the gutter's last row ("↓ Backstage"), so the room
  /// knows the blueprint is there on a small terminal too.
  func drawLanesBelow(_ screen: inout Screen) {
    let last = geometry.bodyBottom - 1
    guard last > geometry.bodyTop else { return }
    let hidden = geometry.lanes.first { !$0.lane.isRule && geometry.bodyTop + $0.offset - state.laneScroll > last }
    let labelHere = geometry.lanes.contains { !$0.lane.isRule && geometry.bodyTop + $0.offset - state.laneScroll == last }
    guard let hidden, !labelHere else { return }
    let name = hidden.lane.isBackstageLayer ? "Backstage" : (geometry.narrow ? hidden.lane.shortLabel : hidden.lane.label)
    screen.write(" ↓ " + name, column: 0, row: last, limit: geometry.gutter - 1, style: .placeholder)
  }

  func drawStageHeader(_ screen: inout Screen) {
    let row = geometry.stageRow
    screen.fill(column: geometry.gutter, row: row, width: screen.size.columns - geometry.gutter, style: .normal)
    StageBand(state: state, first: firstColumn, last: lastColumn, left: geometry.gutter, columnWidth: geometry.columnWidth)
      .draw(&screen, row: row)
  }

  func drawStepHeader(_ screen: inout Screen, _ column: Int) {
    let left = x(column)
    let height = Lane.step.height
    screen.mark(.cell(column: column, lane: .step, item: nil), column: left - 1, row: geometry.stepRow, width: geometry.columnWidth, height: height)
    let isCursor = column == state.cursor.column && state.cursor.lane == .step
    switch state.columns.items[column] {
    case .emptyStage:
      screen.fill(column: left, row: geometry.stepRow, width: contentWidth, height: height, style: .stepHeader)
      put(&screen, "(no steps yet)", x: left, row: geometry.stepRow, width: contentWidth, style: .placeholder, frozen: true)
      if isCursor { screen.restyle(column: left, row: geometry.stepRow, width: contentWidth, style: .cursor) }
      drawHeaderMark(&screen, column: column)
    case .step(let index):
      let step = state.map.steps[index]
      let moment = step.momentOfTruth != nil
      let style: Style = moment ? .stepHeaderMoment : .stepHeader
      screen.fill(column: left, row: geometry.stepRow, width: contentWidth, height: height, style: style)
      var prefix = moment ? "★ " : ""
      if served.contains(step.id) { prefix = "◆ " + prefix }
      let title = step.title.isEmpty ? "" : SafeText.displayable(step.title, limit: contentWidth * height)
      let lines = TextLayout.wrap(prefix + title, width: contentWidth, maxLines: height)
      for (i, line) in lines.enumerated() {
        screen.write(line, column: left, row: geometry.stepRow + i, limit: contentWidth, style: style)
      }
      if title.isEmpty {
        screen.write(prefix + "untitled step", column: left, row: geometry.stepRow, limit: contentWidth, style: .placeholder)
      }
      if served.contains(step.id) { screen.restyle(column: left, row: geometry.stepRow, width: 2, style: .served) }
      if isCursor {
        for r in 0..<height { screen.restyle(column: left, row: geometry.stepRow + r, width: contentWidth, style: .cursor) }
      }
    }
  }

  /// The one line an empty backstage gets: how to add the first process, across the columns,
  /// with the selected step's cell marked when the cursor is on it.
  func drawEmptyBackstage(_ screen: inout Screen, lane: Lane, row: Int) {
    guard row >= geometry.bodyTop && row < geometry.bodyBottom else { return }
    let left = x(firstColumn)
    let width = screen.size.columns - left
    screen.write(KeyHint.emptyBackstage(state.options.keymap), column: left, row: row, limit: width, style: .placeholder)
    for column in firstColumn..<lastColumn {
      screen.mark(.cell(column: column, lane: lane, item: nil), column: x(column) - 1, row: row, width: geometry.columnWidth)
      if column == state.cursor.column && state.cursor.lane == lane {
        screen.restyle(column: x(column), row: row, width: contentWidth, style: .cursor)
      }
    }
  }

  /// The row of an empty backstage's hint, which separators leave alone.
  var emptyBackstageRow: Int? {
    guard state.map.processes.isEmpty, let position = geometry.lanePosition(.backstage) else { return nil }
    return geometry.bodyTop + position.offset - state.laneScroll
  }

  func drawSeparators(_ screen: inout Screen) {
    let hintRow = emptyBackstageRow
    for column in firstColumn..<lastColumn {
      let sx = x(column) + contentWidth
      guard sx < screen.size.columns else { continue }
      for row in geometry.stepRow..<geometry.bodyBottom
      where row != hintRow && screen[sx, row].character == " " && !screen[sx, row].isContinuation {
        screen.write("│", column: sx, row: row, style: .rule)
      }
    }
  }

  func drawRule(_ screen: inout Screen, _ lane: Lane, row: Int) {
    guard row >= geometry.bodyTop && row < geometry.bodyBottom else { return }
    let width = screen.size.columns
    screen.fill(column: 0, row: row, width: width, style: .rule)
    let dash = String(repeating: "╌", count: width)
    screen.write(dash, column: 0, row: row, style: .rule)
    screen.write(" " + lane.label + " ", column: 1, row: row, style: .rule)
  }

  // MARK: Cells

  func drawCell(_ screen: inout Screen, lane: Lane, column: Int, top: Int, height: Int) {
    let left = x(column)
    guard case .step(let index) = state.columns.items[column] else {
      screen.mark(.cell(column: column, lane: lane, item: nil), column: left - 1, row: top, width: geometry.columnWidth, height: height, rows: geometry.bodyTop..<geometry.bodyBottom)
      if lane == .thinking { put(&screen, "o adds a step", x: left, row: top, width: contentWidth, style: .placeholder) }
      return
    }
    let isCursorCell = column == state.cursor.column && lane == state.cursor.lane
    let body = geometry.bodyTop..<geometry.bodyBottom
    screen.mark(.cell(column: column, lane: lane, item: nil), column: left - 1, row: top, width: geometry.columnWidth, height: height, rows: body)
    var lines: [CellLine]
    var style: Style = .normal
    let spec = lane.spec
    switch spec.kind {
    case .flag:
      // A star and the reason; a marked step without one says what the mark is.
      let step = state.map.steps[index]
      if spec.isMarked?(step) == true {
        let reason = spec.read?(step) ?? ""
        lines = CellLayout.text("★ " + reason, width: contentWidth, height: height)
        style = spec.style
        if reason.isEmpty {
          lines = [CellLine(text: "★ " + spec.label.lowercased(), item: nil)]
        }
      } else {
        lines = []
      }
    case .choice:
      let value = state.text(lane, step: index)
      lines = value.isEmpty ? [] : [CellLine(text: value, item: nil)]
    case .title, .text:
      lines = CellLayout.text(state.text(lane, step: index), width: contentWidth, height: height)
    case .list, .feeling, .rule:
      let (items, selected) = listForDisplay(lane, column: column, step: index)
      lines = CellLayout.list(items, width: contentWidth, height: height, selected: selected)
      style = spec.style
    }
    for (i, line) in lines.enumerated() {
      put(&screen, line.text, x: left, row: top + i, width: contentWidth, style: line.item == nil && spec.kind == .list ? .placeholder : style)
      if let item = line.item {
        screen.mark(.cell(column: column, lane: lane, item: item), column: left - 1, row: top + i, width: geometry.columnWidth, rows: body)
      }
    }
    drawFindingMarks(&screen, lane: lane, column: column, top: top, lines: lines)
    guard isCursorCell, !isEditingCell(column: column, lane: lane) else { return }
    if lines.isEmpty {
      put(&screen, placeholder(for: lane), x: left, row: top, width: contentWidth, style: .placeholder)
    }
    if spec.kind == .list, lines.contains(where: { $0.item != nil }) {
      for (i, line) in lines.enumerated() where line.item == state.cursor.item {
        restyle(&screen, x: left, row: top + i, width: contentWidth, style: .cursor)
      }
    } else {
      for r in 0..<height { restyle(&screen, x: left, row: top + r, width: contentWidth, style: .cursor) }
    }
  }

  func placeholder(for lane: Lane) -> String { CellHint.placeholder(for: lane, keymap: state.options.keymap) }

  func isEditingCell(column: Int, lane: Lane) -> Bool {
    guard case .edit(let edit) = state.mode else { return false }
    return editLocation(edit.target)?.column == column && editLocation(edit.target)?.lane == lane
  }

  /// The cell a cell edit happens in.
  func editLocation(_ target: EditTarget) -> EditLocation? { state.editLocation(target) }

  /// A list's items as drawn, and which is selected: while an item is being added, an empty
  /// line stands where it will go, so the list around it stays in place.
  func listForDisplay(_ lane: Lane, column: Int, step: Int) -> ([String], Int?) {
    var items = state.items(lane, step: step)
    if case .edit(let edit) = state.mode, let location = editLocation(edit.target), location.column == column,
      location.lane == lane, let item = location.item
    {
      if location.isNew { items.insert("", at: min(item, items.count)) }
      return (items, item)
    }
    let isCursorCell = column == state.cursor.column && lane == state.cursor.lane
    return (items, isCursorCell ? state.cursor.item : nil)
  }

  /// The field being edited, drawn over its cell; the terminal cursor goes there.
  func drawEditField(_ screen: inout Screen) {
    guard case .edit(let edit) = state.mode, let location = editLocation(edit.target),
      location.column >= firstColumn, location.column < lastColumn
    else { return }
    let left = x(location.column)
    var row: Int
    var indent = 0
    if location.lane == .step {
      row = geometry.stepRow
    } else if let position = geometry.lanePosition(location.lane) {
      row = geometry.bodyTop + position.offset - state.laneScroll
      if location.lane == .feeling { row += 2 }
      if let item = location.item, case .step(let index) = state.columns.items[location.column] {
        // The cell was drawn with the edited item in place (or inserted): find its line.
        let (items, _) = listForDisplay(location.lane, column: location.column, step: index)
        let lines = CellLayout.list(items, width: contentWidth, height: position.height, selected: item)
        let itemLines = lines.indices.filter { lines[$0].item == item }
        if let line = itemLines.first { row += line }
        indent = 2
        // The field is one line: the item's other wrapped lines would show stale text under it.
        let top = geometry.bodyTop + position.offset - state.laneScroll + (location.lane == .feeling ? 2 : 0)
        for line in itemLines.dropFirst() where top + line >= geometry.bodyTop && top + line < geometry.bodyBottom {
          screen.fill(column: left, row: top + line, width: contentWidth, style: .normal)
        }
        screen.fill(column: left, row: row, width: contentWidth, style: .normal)
        screen.write("• ", column: left, row: row, style: .editField)
      }
      row = max(geometry.bodyTop, min(row, geometry.bodyBottom - 1))
    } else {
      return
    }
    Renderer.drawEditor(&screen, edit.editor, column: left + indent, row: row, width: contentWidth - indent, style: .editField)
  }

  func drawSearchMatches(_ screen: inout Screen) {
    guard state.search.highlight, !state.search.matches.isEmpty, state.mode == .normal else { return }
    for match in state.search.matches where match.column >= firstColumn && match.column < lastColumn {
      if match.column == state.cursor.column && match.lane == state.cursor.lane && match.item == state.cursor.item { continue }
      let left = x(match.column)
      if match.lane == .step {
        screen.restyle(column: left, row: geometry.stepRow, width: contentWidth, style: .searchMatch)
      } else if let position = geometry.lanePosition(match.lane) {
        var row = geometry.bodyTop + position.offset - state.laneScroll
        if match.lane.isList, case .step(let index) = state.columns.items[match.column] {
          let lines = CellLayout.list(state.items(match.lane, step: index), width: contentWidth, height: position.height, selected: nil)
          guard let line = lines.firstIndex(where: { $0.item == match.item }) else { continue }
          row += line
        }
        if match.lane == .feeling { row += 2 }
        restyle(&screen, x: left, row: row, width: contentWidth, style: .searchMatch)
      }
    }
  }
}
