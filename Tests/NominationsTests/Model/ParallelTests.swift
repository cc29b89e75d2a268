import Testing
@testable import Nominations

@Suite("Parallel")
struct ParallelTests {
    @Test(arguments: [0, 1, 255, 256, 513, 10_007])
    func mapKeepsTheOrderAndEveryIndex(_ count: Int) {
        let squares = Parallel.map(count, minimumChunk: 64) { $0 * $0 }
        #expect(squares == (0..<count).map { $0 * $0 })
    }

    @Test func bothGivesEachResultInItsPlace() {
        let (letters, number) = Parallel.both({ (0..<1000).map { "l\($0)" } }, { (0..<1000).reduce(0, +) })
        #expect(letters.count == 1000 && letters.first == "l0" && letters.last == "l999")
        #expect(number == 499_500)
    }
}
