import JourneyMapCore
import Testing

@testable import JourneyMapEditor

/// How slide text is poured into columns and slides.
@Suite("Slide flow")
struct FlowTests {
  static func block(_ name: String, lines: Int, gap: Int = 1, heading: Bool = false) -> SlideBlock {
    SlideBlock((0..<lines).map { SlideLine("\(name)\($0)", .normal) }, gapAfter: gap, keepWithNext: heading)
  }

  static func texts(_ column: [SlideLine]) -> [String] { column.map { $0.runs.map(\.text).joined() } }

  @Test func blocksFillAColumnThenTheNextThenASlide() {
    let blocks = [FlowTests.block("a", lines: 3), FlowTests.block("b", lines: 3), FlowTests.block("c", lines: 3)]
    let pages = Flow.pages(blocks, columns: 2, height: 7)
    #expect(pages.count == 1)
    #expect(FlowTests.texts(pages[0][0]) == ["a0", "a1", "a2", "", "b0", "b1", "b2"])
    #expect(FlowTests.texts(pages[0][1]) == ["c0", "c1", "c2"])
    // One column: a block that does not fit moves whole to the next slide.
    let single = Flow.pages(blocks, columns: 1, height: 5)
    #expect(single.map { FlowTests.texts($0[0]) } == [["a0", "a1", "a2"], ["b0", "b1", "b2"], ["c0", "c1", "c2"]])
  }

  @Test func aHeadingNeverEndsAColumn() {
    let blocks = [FlowTests.block("a", lines: 4), FlowTests.block("H", lines: 1, gap: 0, heading: true), FlowTests.block("b", lines: 2)]
    let pages = Flow.pages(blocks, columns: 1, height: 6)
    #expect(pages.map { FlowTests.texts($0[0]) } == [["a0", "a1", "a2", "a3"], ["H0", "b0", "b1"]])
  }

  @Test func aBlockTallerThanAColumnRunsOn() {
    let pages = Flow.pages([FlowTests.block("a", lines: 7)], columns: 1, height: 3)
    #expect(pages.map { FlowTests.texts($0[0]) } == [["a0", "a1", "a2"], ["a3", "a4", "a5"], ["a6"]])
  }

  @Test func breaksStartAColumnOrASlide() {
    var second = FlowTests.block("b", lines: 1)
    second.columnBreakBefore = true
    let two = Flow.pages([FlowTests.block("a", lines: 1), second], columns: 2, height: 10)
    #expect(two.count == 1 && FlowTests.texts(two[0][1]) == ["b0"])
    // With one column a column break is no break at all; a slide break is.
    #expect(Flow.pages([FlowTests.block("a", lines: 1), second], columns: 1, height: 10).count == 1)
    second.pageBreakBefore = true
    let pages = Flow.pages([FlowTests.block("a", lines: 1), second], columns: 2, height: 10)
    #expect(pages.count == 2 && FlowTests.texts(pages[1][0]) == ["b0"])
  }
}
