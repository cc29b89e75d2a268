import Foundation
import Nominations
import Testing
@testable import NominationsRun

/// A real fillable form read end to end: poppler's fields laid into the page, then the reader.
@Suite("Forms whose field names say nothing")
struct FormExtractionTests {
    @Test func labelsAboveTheFieldsAndTheFormsSectionsSayWhoseEachValueIs() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: RunFixtures.fixtures + "/sectioned-form.pdf"))
        let extracted = Extraction.extract(data)
        #expect(extracted.failure == nil)
        #expect(extracted.hasFilledFields)
        let letter = LetterReader(configuration: RunFixtures.configuration).read(extracted)
        #expect(letter.status == .parsed)
        #expect(letter.textSource == .form)
        #expect(letter.proposer.name == "Krajevna skupnost Bertoki")
        #expect(letter.proposer.category == .ks)
        // The proposer's contact person is no candidate.
        #expect(letter.nominees.map(\.name) == ["Jana Hlaj"])
        let nominee = try #require(letter.nominees.first)
        #expect(nominee.phone == "+38631472039")
        #expect(nominee.email == "hlaj.jana@gmail.com")
        #expect(nominee.clusters == ["dezela-refoska"])
        #expect(nominee.consent == true)
        #expect(letter.date == CalendarDate(year: 2026, month: 2, day: 27))
    }
}
