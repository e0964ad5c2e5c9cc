import Foundation
import JourneyMapCore

extension EditorState {
  /// The text of a map property as edited in the form and by `:` commands.
  func propertyText(_ field: FormField) -> String {
    switch field {
    case .title: return map.title
    case .state: return map.state.rawValue
    case .persona: return map.persona.name
    case .goal: return map.persona.goal
    case .personaDescription: return map.persona.description
    case .scenario: return map.scenario
    case .stakeholders: return map.stakeholders.joined(separator: "; ")
    case .notes: return map.notes
    }
  }

  mutating func handleForm(_ key: Key) -> [Effect] {
    guard case .form(var form) = mode else { return [] }
    let fields = FormField.allCases
    let index = fields.firstIndex(of: form.selected)!
    if var editor = form.editing {
      // Let go of the text held by the mode and the form, so typing changes it in place.
      mode = .normal
      form.editing = nil
      // A field is typed like a cell: its keep and cancel keys (ModeKeymaps.edit).
      switch ModeKeymaps.command(for: key, in: ModeKeymaps.edit) {
      case .keep:
        form.editing = nil
        mode = .form(form)
        commitFormField(form.selected, editor.text)
      case .cancel:
        form.editing = nil
        mode = .form(form)
      default:
        _ = editor.handle(key)
        form.editing = editor
        mode = .form(form)
      }
      return []
    }
    switch ModeKeymaps.command(for: key, in: ModeKeymaps.form) {
    case .next: form.selected = fields[min(index + 1, fields.count - 1)]
    case .previous: form.selected = fields[max(index - 1, 0)]
    case .edit:
      if form.selected == .state {
        commitFormField(.state, map.state == .current ? MapState.future.rawValue : MapState.current.rawValue)
      } else {
        form.editing = LineEditor(propertyText(form.selected))
      }
    case .undo:
      undo()
    case .close:
      mode = .normal
      return []
    case nil:
      break
    }
    mode = .form(form)
    return []
  }

  mutating func commitFormField(_ field: FormField, _ raw: String) {
    setProperty(field, raw)
  }

  /// Sets one map property as one undo step (`:title`, `:persona`…, and the form).
  mutating func setProperty(_ field: FormField, _ raw: String?) {
    let text = (raw ?? "").trimmedSpaces.nfc
    var properties = map.properties
    switch field {
    case .title:
      guard !text.isEmpty else {
        warn("A map needs a title")
        return
      }
      properties.title = text
    case .state:
      guard let state = MapState(rawValue: text.lowercased()) else {
        warn("The state is current or future")
        return
      }
      properties.state = state
    case .persona: properties.persona.name = text
    case .goal: properties.persona.goal = text
    case .personaDescription: properties.persona.description = text
    case .scenario: properties.scenario = text
    case .stakeholders:
      properties.stakeholders = text.split(separator: ";").map { $0.trimmedSpaces }.filter { !$0.isEmpty }
    case .notes: properties.notes = text
    }
    guard properties != map.properties else { return }
    commit(.setProperties(properties), label: "Set \(field.label.lowercased())")
    inform("\(field.label) set")
  }
}
