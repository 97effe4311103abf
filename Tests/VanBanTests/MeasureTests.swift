import Foundation
import Testing

/// `Support.measure` reports the child's own peak memory, not the test process's: with the
/// test process at a large peak, a small `vanban` run must still measure small (the child
/// spawned straight from the test process used to report the test process's peak).
@Suite("Child measurement")
struct MeasureTests {
    @Test func aSmallChildMeasuresSmallAfterTheTestProcessPeaked() throws {
        // 400 MB touched page by page: the test process's own peak is at least that now.
        let size = 400 << 20
        let block = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
        defer { block.deallocate() }
        var k = 0
        while k < size { block[k] = UInt8(truncatingIfNeeded: k >> 12); k += 4096 }
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        #expect(usage.ru_maxrss >= 400 << 10)
        let measured = Support.measure(["--version"], timeout: 60)
        #expect(measured.exitCode == 0 && !measured.timedOut)
        #expect(measured.peakMegabytes > 1 && measured.peakMegabytes < 100, "\(measured.peakMegabytes) MB")
        #expect(block[4096] == 1)
    }
}
