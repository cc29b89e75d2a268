import Foundation
import Nominations
import Testing
@testable import NominationsRun

@Suite("Today")
struct TodayTests {
    /// The C library's local date is Foundation's local date (checked twice around midnight's edge).
    @Test func theRunDateIsTheLocalCalendarDate() {
        let before = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        let today = CalendarDate.today()
        let after = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        let dates = [before, after].map { CalendarDate(year: $0.year!, month: $0.month!, day: $0.day!)! }
        #expect(dates.contains(today))
    }
}
