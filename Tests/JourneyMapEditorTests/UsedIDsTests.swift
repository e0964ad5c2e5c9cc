import JourneyMapCore
@testable import JourneyMapEditor
import Testing

/// The editor reads a map's ids when it first mints one, not when the map arrives: a minted id
/// must still collide with nothing this session has seen, deleted things included.
@Suite("Ids used in a session")
struct UsedIDsTests {
  /// The id a generator seeded with `seed` proposes first.
  static func firstProposal(_ seed: UInt64, _ kind: IDKind) -> String {
    var generator = IDGenerator(seed: seed)
    return generator.make(kind)
  }

  static func map(withStep id: String) -> JourneyMap {
    var map = JourneyMap(id: "jm_used", title: "Used ids")
    map.stages = [Stage(id: "stg_one", name: "One")]
    map.steps = [Step(id: id, stage: "stg_one", title: "A step")]
    return map
  }

  @Test(arguments: [0, 1, 2])
  func anIDOfAMapSeenEarlierIsNeverMintedAgain(laterMaps: Int) {
    let taken = Self.firstProposal(7, .step)
    var used = UsedIDs(Self.map(withStep: taken))
    // The map changes (the step deleted, another editor's map merged in) before any id is minted.
    for n in 0..<laterMaps { used.add(idsOf: Self.map(withStep: "stp_later\(n)")) }
    var generator = IDGenerator(seed: 7)
    let minted = used.mint(.step, with: &generator)
    #expect(minted != taken && minted.hasPrefix("stp_"))
  }

  @Test func anIDOfALaterMapIsNeverMinted() {
    let taken = Self.firstProposal(9, .painPoint)
    var used = UsedIDs(Self.map(withStep: "stp_first"))
    var other = Self.map(withStep: "stp_other")
    other.steps[0].painPoints = [PainPoint(id: taken, text: "Waits")]
    used.add(idsOf: other)
    used.add(idsOf: Self.map(withStep: "stp_third"))
    var generator = IDGenerator(seed: 9)
    #expect(used.mint(.painPoint, with: &generator) != taken)
  }

  @Test func aMintedIDIsNeverMintedAgain() {
    var used = UsedIDs(Self.map(withStep: "stp_first"))
    var first = IDGenerator(seed: 3)
    var again = IDGenerator(seed: 3)
    let one = used.mint(.opportunity, with: &first)
    #expect(used.mint(.opportunity, with: &again) != one)
  }
}
