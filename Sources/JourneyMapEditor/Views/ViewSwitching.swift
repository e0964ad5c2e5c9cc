extension EditorState {
  /// `:view NAME` and its keys. Asking for the view already shown goes back to the previous
  /// one (so `z` zooms into a step and `z` again comes back); no name goes to the next view.
  mutating func showView(named name: String?) {
    guard let name else {
      let all = JourneyView.allCases
      switchView(to: all[(all.firstIndex(of: options.view)! + 1) % all.count])
      return
    }
    guard let view = JourneyView(rawValue: name.lowercased()) else {
      warn("No view “\(name)”: grid, wall or step")
      return
    }
    switchView(to: view == options.view ? options.previousView : view)
  }

  /// How to leave a view: its key again goes back to the view before, and when that is not the
  /// grid, the grid's key is offered too (a room that zoomed from the wall into a step can still
  /// reach every lane in one key).
  func wayBack(from view: JourneyView) -> String {
    let back = "\(key(.view, argument: view.rawValue)) goes back"
    guard options.previousView != .grid else { return back }
    return back + " to the \(options.previousView.rawValue) · \(key(.view, argument: JourneyView.grid.rawValue)) the grid"
  }

  mutating func switchView(to view: JourneyView) {
    guard view != options.view else { return }
    options.previousView = options.view
    options.view = view
    stepScroll = 0
    switch view {
    case .grid:
      message = nil
    case .wall:
      inform(
        "The whole journey: \(key(.moveLeft))/\(key(.moveRight)) choose a step · \(key(.edit)) opens it · "
          + wayBack(from: .wall))
    case .step:
      inform(
        "One step: \(key(.moveLeft))/\(key(.moveRight)) the previous and next step · "
          + wayBack(from: .step))
    }
  }

  /// Enter on the wall: the selected step full screen.
  mutating func openStepFromWall() {
    guard currentStep != nil else {
      inform("No steps in this stage yet: \(key(.insertStepAfter)) adds one")
      return
    }
    switchView(to: .step)
  }

  /// How many columns the current view shows side by side.
  public var visibleColumnCount: Int {
    switch options.view {
    case .grid: return GridGeometry(self).visibleCount
    case .wall: return WallGeometry(self).visibleCount
    case .step: return 1
    }
  }
}
