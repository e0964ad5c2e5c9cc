import JourneyMapCore
import Testing

/// When a command starts itself again with huge pages (see `HugePages`): only for a large
/// input, never over a choice already made, and keeping the other settings.
@Suite("Huge pages for large inputs")
struct HugePagesTests {
  @Test func onlyALargeInputIsWorthASecondStart() {
    #expect(HugePages.tunables(largestInput: 0, environment: [:]) == nil)
    #expect(HugePages.tunables(largestInput: HugePages.largeInput - 1, environment: [:]) == nil)
    #expect(HugePages.tunables(largestInput: HugePages.largeInput, environment: [:]) == "glibc.malloc.hugetlb=1")
  }

  @Test func otherSettingsAreKept() {
    let value = HugePages.tunables(largestInput: 50 << 20, environment: ["GLIBC_TUNABLES": "glibc.malloc.arena_max=2"])
    #expect(value == "glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1")
  }

  @Test func theSecondStartNeverStartsAThird() {
    #expect(HugePages.tunables(largestInput: 50 << 20, environment: [HugePages.restartMarker: ""]) == nil)
    #expect(HugePages.tunables(largestInput: 50 << 20, environment: [HugePages.restartMarker: "=a=b"]) == nil)
  }

  /// A user's own setting wins.
  @Test(arguments: ["glibc.malloc.hugetlb=0", "glibc.malloc.hugetlb=1", "glibc.malloc.arena_max=2:glibc.malloc.hugetlb=0"])
  func aSettingAlreadyMadeIsLeftAlone(tunables: String) {
    #expect(HugePages.tunables(largestInput: 50 << 20, environment: ["GLIBC_TUNABLES": tunables]) == nil)
  }
}
