import JourneyMapCore

extension EditorState {
  /// The update function: one event in, the next state (in place) and the effects to run out.
  /// No I/O happens here, so every behaviour is testable by feeding events.
  public mutating func handle(_ event: InputEvent) -> [Effect] {
    if let effects = handleInPresentation(event) { return effects }
    switch event {
    case .resize(let newSize):
      size = newSize
      ensureCursorVisible()
      return []
    case .saved(let path):
      return saveSucceeded(path)
    case .saveFailed(let path, let reason):
      pendingSave = nil
      if quitting == .afterSave { quitting = .no }
      warn("Could not save \(path): \(reason). The map is safe in memory; :w OTHER saves elsewhere")
      return []
    case .saveRefused(let path, let readOnly):
      pendingSave = nil
      mode = .confirm(
        Confirmation(
          kind: .replaceFile(path: path, readOnly: readOnly),
          question: readOnly
            ? "\(path) is read-only: o replaces it anyway · \(ModeKeymaps.cancelsQuestion) (:w OTHER saves elsewhere)"
            : "\(path) already exists: o replaces it · \(ModeKeymaps.cancelsQuestion) (:w OTHER saves elsewhere)"))
      return []
    case .autosaved:
      if let version = pendingSave, version == history.currentVersion { history.markSaved() }
      pendingSave = nil
      return []
    case .exportWouldReplace(let format, let view, let path):
      mode = .confirm(
        Confirmation(
          kind: .replaceExport(format: format, view: view, path: path),
          question: "\(path) already exists: o replaces it with the export · \(ModeKeymaps.cancelsQuestion)"))
      return []
    case .exported(let path, let warnings):
      if warnings.isEmpty { inform("Exported \(path)") } else { warn("Exported \(path), but " + warnings.joined(separator: "; ")) }
      return []
    case .exportFailed(let reason):
      warn("Export failed: \(reason)")
      return []
    case .changedOnDisk(let path):
      pendingSave = nil
      mode = .confirm(
        Confirmation(
          kind: .changedOnDisk(path: path),
          question: "\(path) changed on disk since you opened it: m merges it with your changes · r reloads it (\(key(.undo)) undoes) · o overwrites it · \(ModeKeymaps.cancelsQuestion)"))
      return []
    case .reloaded(let disk):
      usedIDs.add(idsOf: disk)
      commit(.replace(disk), label: "Reload from disk")
      history.markSaved()
      inform("Reloaded from disk; \(key(.undo)) brings your changes back")
      return []
    case .mergedWithDisk(let merged, let conflicts):
      usedIDs.add(idsOf: merged)
      commit(.replace(merged), label: "Merge with disk")
      if conflicts > 0 {
        warn("Merged with the file on disk: \(conflicts) conflict(s) — \(key(.conflicts)) settles them, then \(key(.save))")
      } else {
        inform("Merged with the file on disk; \(key(.save)) saves the result")
      }
      return []
    case .wrote(let path):
      inform("Wrote \(path): the unsaved work is there, beside the map")
      return []
    case .writeFailed(let path, let reason):
      warn("Could not write \(path): \(reason)")
      return []
    case .paste(let text):
      let version = history.currentVersion
      handlePaste(text)
      if history.currentVersion != version { sayWhatChanged(undoing: false) }
      ensureCursorVisible()
      return []
    case .mouse(let mouse):
      if mode == .normal { handleMouse(mouse) }
      return []
    case .key(let key):
      if draft != nil { inputRevision &+= 1 }
      let version = history.currentVersion
      let recorded = history.recordedCount
      // A new version with nothing recorded is an undo or redo (by any key or command): it says
      // what it did itself.
      defer { if history.currentVersion != version { sayWhatChanged(undoing: history.recordedCount == recorded) } }
      let effects: [Effect]
      switch mode {
      case .normal: effects = handleNormal(key)
      case .edit: effects = handleEdit(key)
      case .prompt(let prompt): effects = handlePrompt(key, prompt)
      case .confirm(let confirmation): effects = handleConfirm(key, confirmation)
      case .help(let scroll, let search): effects = handleHelp(key, scroll: scroll, search: search)
      case .form: effects = handleForm(key)
      }
      ensureCursorVisible()
      return effects
    }
  }

  /// The user chose to write over what is on disk.
  private mutating func overwrite(_ path: String) -> [Effect] {
    mode = .normal
    pendingSave = history.currentVersion
    return [.overwrite(path: path, bytes: MapEncoder.encode(map))]
  }

  /// The user chose not to save after all (a question about the file was answered no).
  private mutating func keepUnsaved() {
    mode = .normal
    if quitting == .afterSave { quitting = .no }
    inform("Not saved; the map is still here")
  }

  /// No key changes the map silently: the status line says what changed and how to take it
  /// back, whatever the action said about itself.
  mutating func sayWhatChanged(undoing: Bool) {
    guard !undoing, let label = history.undoStack.last?.label else { return }
    let undo = "\(key(.undo)) undoes"
    if let message, message.isError || message.text.contains(undo) { return }
    if let message {
      self.message = Message(text: message.text + " · " + undo, isError: false)
    } else {
      inform("\(label) · \(undo)")
    }
  }

  mutating func handleNormal(_ key: Key) -> [Effect] {
    if options.keymap == .simple { return handleSimple(key) }
    if key == .escape {
      message = nil
      search.highlight = false
      return []
    }
    if key == .ctrl("c") { return perform(.quit, argument: nil) }
    guard let binding = ActionTable.keymap[key] else {
      warn("\(KeyNotation.describe(key)) does nothing here; ? shows every key")
      return []
    }
    message = nil
    return perform(binding.action, argument: binding.argument)
  }

  /// The help screen is searched by typing: a first-time user finds any action from a word
  /// ("undo", "owner", "export") in seconds. Arrows and page keys scroll, Esc clears the search
  /// and then closes, Enter closes.
  mutating func handleHelp(_ key: Key, scroll: Int, search: String) -> [Effect] {
    let page = max(1, size.rows - 4)
    if case .char(let c) = key {
      mode = .help(scroll: 0, search: search + String(c))
      return []
    }
    if key == .backspace || key == .ctrl("h") {
      mode = .help(scroll: 0, search: String(search.dropLast()))
      return []
    }
    switch ModeKeymaps.command(for: key, in: ModeKeymaps.help) {
    case .scrollDown: mode = .help(scroll: scroll + 1, search: search)
    case .scrollUp: mode = .help(scroll: max(0, scroll - 1), search: search)
    case .pageDown: mode = .help(scroll: scroll + page, search: search)
    case .pageUp: mode = .help(scroll: max(0, scroll - page), search: search)
    case .top: mode = .help(scroll: 0, search: search)
    case .clearSearch where !search.isEmpty: mode = .help(scroll: 0, search: "")
    default: mode = .normal
    }
    return []
  }

  mutating func handleConfirm(_ key: Key, _ confirmation: Confirmation) -> [Effect] {
    let answer: Character?
    let command = ModeKeymaps.command(for: key, in: ModeKeymaps.confirm)
    switch key {
    case .char(let c): answer = Character(c.lowercased())
    // Enter answers only a paste: a stray Enter must not delete a stage or quit.
    default: answer = command == .cancel ? "c" : nil
    }
    switch confirmation.kind {
    case .quitWithUnsavedChanges:
      switch answer {
      case "y":
        mode = .normal
        quitting = .afterSave
        return perform(.save, argument: nil)
      case "n":
        mode = .normal
        quitting = .now
        return [.quit]
      case "c":
        mode = .normal
        inform("Not quitting")
      default: break
      }
    case .deleteStage(let stageIndex):
      switch answer {
      case "y":
        mode = .normal
        deleteStage(stageIndex, keepSteps: false)
      case "m":
        mode = .normal
        deleteStage(stageIndex, keepSteps: true)
      case "n", "c":
        mode = .normal
        inform("Stage kept")
      default: break
      }
    case .changedOnDisk(let path):
      switch answer {
      case "m":
        mode = .normal
        return [.mergeWithDisk(path: path)]
      case "r":
        mode = .normal
        return [.reloadFromDisk(path: path)]
      case "o": return overwrite(path)
      case "c", "n": keepUnsaved()
      default: break
      }
    case .replaceFile(let path, _):
      switch answer {
      case "o": return overwrite(path)
      case "c", "n": keepUnsaved()
      default: break
      }
    case .paste(let lines):
      if command == .yes || answer == "y" {
        mode = .normal
        acceptPaste(lines)
      } else if command == .cancel || answer == "n" {
        mode = .normal
        inform("Paste dropped; nothing changed")
      }
    case .replaceExport(let format, let view, let path):
      switch answer {
      case "o":
        mode = .normal
        inform("Exporting \(path)…")
        return [.export(format: format, view: view, path: path, force: true)]
      case "c", "n":
        mode = .normal
        inform("Not exported")
      default: break
      }
    case .recovery:
      switch answer {
      case "r":
        mode = .normal
        return restoreRecovery()
      case "d":
        mode = .normal
        return discardRecovery()
      case "k", "c":
        mode = .normal
        return keepBothRecovery()
      default: break
      }
    case .resolveConflict(let index):
      switch answer {
      case "o":
        mode = .normal
        resolveConflict(index, side: .ours)
      case "t":
        mode = .normal
        resolveConflict(index, side: .theirs)
      case "c", "n":
        mode = .normal
      default: break
      }
    }
    return []
  }
}
