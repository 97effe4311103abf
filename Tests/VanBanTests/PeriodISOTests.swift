import Testing
@testable import VanBan

/// `PeriodExtractor.iso` (issue 17, seventh session: a four-digit year written as bytes)
/// against `isoInterpolated`, its first form, on every month and day (impossible ones
/// included) of years around the edges, and on years outside four digits.
@Suite("Extraction: ISO dates written as bytes, against interpolation")
struct PeriodISOTests {
    @Test("every month and day of sample years", arguments: [-5, 0, 7, 99, 999, 1000, 1900, 1999, 2000, 2024, 2026, 2100, 2400, 9999, 10_000, 123_456])
    func sameAsInterpolated(_ y: Int) {
        for m in -1...14 {
            #expect(PeriodExtractor.iso(y, m) == PeriodExtractor.isoInterpolated(y, m), "\(y)-\(m)")
            for d in -1...33 {
                #expect(PeriodExtractor.iso(y, m, d) == PeriodExtractor.isoInterpolated(y, m, d), "\(y)-\(m)-\(d)")
            }
        }
    }

    @Test("the written form")
    func written() {
        #expect(PeriodExtractor.iso(2026, 3) == "2026-03")
        #expect(PeriodExtractor.iso(2026, 12, 9) == "2026-12-09")
        #expect(PeriodExtractor.iso(2028, 2, 29) == "2028-02-29")
        #expect(PeriodExtractor.iso(2026, 2, 29) == nil)
    }
}
