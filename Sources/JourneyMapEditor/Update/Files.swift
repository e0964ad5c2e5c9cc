import Foundation
import JourneyMapCore

extension EditorState {
  /// Ctrl-S / `:w [FILE]`: asks the shell to write the canonical bytes. The map counts as saved
  /// only when the shell reports success.
  mutating func save(to path: String?) -> [Effect] {
    guard let target = path ?? filePath else {
      openPrompt(.saveAs(thenQuit: quitting == .afterSave), label: "Save as:", text: "untitled" + MapFormat.fileExtension)
      return []
    }
    let problems = MapValidator.validate(map)
    if let first = problems.first {
      // Still save: losing work is worse than a file `check` will flag.
      warn("Saving with a problem: \(first.path) \(first.message)")
    }
    pendingSave = history.currentVersion
    return [.save(path: target, bytes: MapEncoder.encode(map))]
  }

  mutating func saveSucceeded(_ path: String) -> [Effect] {
    if let version = pendingSave, version == history.currentVersion {
      history.markSaved()
    } else if pendingSave != nil {
      // Edited while the save ran: what was written is an older version.
      history.savedVersion = pendingSave!
    }
    pendingSave = nil
    filePath = path
    inform("Saved \(path)")
    if quitting == .afterSave {
      quitting = .now
      return [.quit]
    }
    return []
  }

  /// `q`: quits, asking first when there are unsaved changes.
  mutating func quit() -> [Effect] {
    guard isModified else {
      quitting = .now
      return [.quit]
    }
    mode = .confirm(
      Confirmation(
        kind: .quitWithUnsavedChanges,
        question: "Unsaved changes to \(displayName). Save them? y saves and quits · n quits without saving · \(ModeKeymaps.key(.cancel, in: ModeKeymaps.confirm)) stays"))
    return []
  }

  /// `:export md [journey|blueprint] [FILE]`: exports next to the map unless a file is given.
  mutating func export(_ argument: String?) -> [Effect] {
    var words = (argument ?? "").split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    guard let first = words.first, let format = ExportFormat(name: first) else {
      warn("Export as: " + ExportFormat.shownNames.joined(separator: ", ") + ", e.g. :export md or :export svg blueprint")
      return []
    }
    words.removeFirst()
    var view = ExportView.journey
    if let word = words.first, let chosen = ExportView(rawValue: word.lowercased()) {
      view = chosen
      words.removeFirst()
    }
    let path = words.isEmpty
      ? Exporter.defaultPath(forMap: filePath ?? "untitled" + MapFormat.fileExtension, format: format, view: view)
      : words.joined(separator: " ")
    inform("Exporting \(path)…")
    return [.export(format: format, view: view, path: path, force: false)]
  }

  mutating func setTheme(_ name: String?) {
    if let name {
      guard let theme = Theme(rawValue: name.lowercased()) else {
        warn("Themes: " + Theme.allCases.map(\.rawValue).joined(separator: ", "))
        return
      }
      options.theme = theme
    } else {
      let all = Theme.allCases
      options.theme = all[(all.firstIndex(of: options.theme)! + 1) % all.count]
    }
    inform("Theme: \(options.theme.rawValue)")
  }
}
