import JourneyMapCore

/// The kinds of list a lane can hold, for the lane table's rows: items kept in the step
/// itself, the map's touchpoints a step uses, and the processes of a backstage lane that serve
/// a step.
extension LaneSpec.List {
  /// Items kept in a list of the step: each change is one change of the step, its undo step
  /// named after the item (`Add thought`, `Move pain point`).
  ///
  /// `read` is the same list as `list`, read directly: reading through a key path copies the
  /// whole step first, and the cells read their lists on every frame.
  static func onStep<Item>(
    _ list: WritableKeyPath<Step, [Item]> & Sendable, read: @escaping @Sendable (Step) -> [Item], noun: String,
    shown: @escaping @Sendable ([Item]) -> [String],
    edited: @escaping @Sendable (Item) -> String,
    new: @escaping @Sendable (inout EditorState, String) -> Item,
    update: @escaping @Sendable (inout Item, String) -> Void,
    firstHint: String? = nil,
    delete: (@Sendable (inout EditorState, _ step: Int, _ item: Int) -> Void)? = nil,
    setOwner: (@Sendable (inout EditorState, _ step: Int, _ item: Int, _ owner: String) -> Void)? = nil
  ) -> LaneSpec.List {
    LaneSpec.List(
      items: { state, step in shown(read(state.map.steps[step])) },
      count: { state, step in read(state.map.steps[step]).count },
      editText: { state, step, item in edited(read(state.map.steps[step])[item]) },
      write: { state, step, item, isNew, text in
        if isNew {
          // Made first: a new item may take a fresh id.
          let made = new(&state, text)
          state.updateStep(step, "Add \(noun)") { $0[keyPath: list].insert(made, at: min(item, $0[keyPath: list].count)) }
        } else {
          state.updateStep(step, "Edit \(noun)") { update(&$0[keyPath: list][item], text) }
        }
      },
      delete: delete ?? { state, step, item in state.updateStep(step, "Delete \(noun)") { $0[keyPath: list].remove(at: item) } },
      move: { state, step, from, to in state.updateStep(step, "Move \(noun)") { $0[keyPath: list].swapAt(from, to) } },
      adding: .typed(firstHint: firstHint),
      setOwner: setOwner)
  }

  /// Deleting a pain point: opportunities that addressed it stop naming it, on every step.
  @Sendable static func deletePainPoint(_ state: inout EditorState, step: Int, item: Int) {
    let id = state.map.steps[step].painPoints[item].id
    var changes: [MapChange] = []
    for (i, s) in state.map.steps.enumerated() where s.opportunities.contains(where: { $0.addresses.contains(id) }) || i == step {
      var copy = s
      if i == step { copy.painPoints.remove(at: item) }
      for o in copy.opportunities.indices { copy.opportunities[o].addresses.removeAll { $0 == id } }
      changes.append(.setStep(i, copy))
    }
    state.commit(.batch(changes), label: "Delete pain point")
  }

  /// The map's touchpoints a step uses, by id: a touchpoint is renamed on every step that uses
  /// it, and removing one from a step leaves it on the others.
  static let touchpoints = LaneSpec.List(
    items: { state, step in
      state.map.steps[step].touchpoints.map { id in
        guard let t = state.map.touchpoints.first(where: { $0.id == id }) else { return id }
        return "\(t.channel): \(t.name)"
      }
    },
    count: { state, step in state.map.steps[step].touchpoints.count },
    editText: { state, step, item in
      let id = state.map.steps[step].touchpoints[item]
      return state.map.touchpoints.first { $0.id == id }?.name ?? ""
    },
    write: { state, step, item, _, text in
      guard let t = state.map.touchpoints.firstIndex(where: { $0.id == state.map.steps[step].touchpoints[item] }) else { return }
      var touchpoints = state.map.touchpoints
      touchpoints[t].name = text
      state.commit(.setTouchpoints(touchpoints), label: "Rename touchpoint")
      state.inform("Renamed the touchpoint on every step that uses it")
    },
    delete: { state, step, item in state.updateStep(step, "Remove touchpoint") { $0.touchpoints.remove(at: item) } },
    move: { state, step, from, to in state.updateStep(step, "Move touchpoint") { $0.touchpoints.swapAt(from, to) } },
    adding: .picked { $0.addTouchpoint(named: nil) })

  /// The processes of a backstage lane that serve a step. A process may serve several steps:
  /// deleting it from one unlinks it, and only the last unlink deletes it.
  static func processes(_ lane: ProcessLane) -> LaneSpec.List {
    LaneSpec.List(
      items: { state, step in state.processes(lane, step: step).map { EditorState.processText(state.map.processes[$0]) } },
      count: { state, step in state.processes(lane, step: step).count },
      editText: { state, step, item in state.map.processes[state.processes(lane, step: step)[item]].title },
      write: { state, step, item, _, text in
        let p = state.processes(lane, step: step)[item]
        var all = state.map.processes
        all[p].title = text
        state.commit(.setProcesses(all), label: "Rename process")
      },
      delete: { state, step, item in
        let p = state.processes(lane, step: step)[item]
        var all = state.map.processes
        let stepID = state.map.steps[step].id
        all[p].steps.removeAll { $0 == stepID }
        if all[p].steps.isEmpty {
          let title = all[p].title
          all.remove(at: p)
          state.commit(.setProcesses(all), label: "Delete process")
          state.inform("Deleted “\(title)”: it served no other step")
        } else {
          state.commit(.setProcesses(all), label: "Unlink process")
          state.inform("Unlinked; the process still serves \(all[p].steps.count) other step(s)")
        }
      },
      move: { state, step, from, to in
        let indices = state.processes(lane, step: step)
        var all = state.map.processes
        all.swapAt(indices[from], indices[to])
        state.commit(.setProcesses(all), label: "Move process")
      },
      adding: .picked { $0.startNewProcess(lane) },
      setOwner: { state, step, item, owner in
        let p = state.processes(lane, step: step)[item]
        var all = state.map.processes
        all[p].owner = owner
        state.commit(.setProcesses(all), label: "Set owner")
      })
  }
}
