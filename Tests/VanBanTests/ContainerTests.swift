import Foundation
import Testing
@testable import VanBan

/// The inflate decoder and the ZIP reader against Python's zlib and zipfile (the C zlib):
/// scripts/deflate_samples.py writes streams and archives of many kinds; every one must
/// come back byte for byte.
@Suite(.serialized)
struct ContainerTests {
    static let samples: URL = {
        let dir = Support.root.appendingPathComponent(".build/deflate-samples")
        try? FileManager.default.removeItem(at: dir)
        _ = try? Support.run(URL(fileURLWithPath: "/usr/bin/env"),
                             ["python3", Support.root.appendingPathComponent("scripts/deflate_samples.py").path, dir.path, "200"])
        return dir
    }()

    static func read(_ name: String) throws -> [UInt8] {
        try [UInt8](Data(contentsOf: samples.appendingPathComponent(name)))
    }

    @Test func inflateMatchesZlibOnEveryStream() throws {
        var checked = 0
        for i in 0..<200 {
            let name = String(format: "%03d", i)
            let raw = try Self.read(name + ".raw")
            let stream = try Self.read(name + ".deflate")
            let inflated = try Inflate.inflate(stream, limit: 1 << 24)
            #expect(inflated == raw, "sample \(name): \(inflated.count) bytes, zlib had \(raw.count)")
            checked += 1
        }
        #expect(checked == 200)
    }

    /// Damaged streams: accepted exactly when zlib accepts them, with zlib's output.
    @Test func inflateAgreesWithZlibOnDamagedStreams() throws {
        var accepted = 0
        for m in 0..<300 {
            let name = String(format: "mutant-%03d", m)
            let stream = try Self.read(name + ".deflate")
            let expected = try? Self.read(name + ".raw")
            let inflated = try? Inflate.inflate(stream, limit: 1 << 24)
            if let expected {
                accepted += 1
                #expect(inflated == expected, "\(name): zlib accepts it")
            } else {
                #expect(inflated == nil, "\(name): zlib refuses it, VanBan gave \(inflated?.count ?? 0) bytes")
            }
        }
        #expect(accepted > 0)
    }

    @Test func zipReaderMatchesZipfile() throws {
        for a in 0..<8 {
            let name = String(format: "archive-%03d", a)
            let archive = try ZipArchive(try Self.read(name + ".zip"))
            let listing = try JSONSerialization.jsonObject(with: Data(try Self.read(name + ".json"))) as! [[String: String]]
            #expect(archive.entries.map(\.name) == listing.map { $0["name"]! })
            for item in listing {
                let entry = try #require(archive.entry(item["name"]!))
                #expect(try archive.data(entry) == (try Self.read(item["raw"]!)), "\(name) \(item["name"]!)")
            }
        }
    }

    @Test func inflateRefusesBrokenStreams() {
        // Block type 3 does not exist.
        #expect(throws: Inflate.Failure.self) { try Inflate.inflate([0x07], limit: 100) }
        // A stored block whose length does not match its complement.
        #expect(throws: Inflate.Failure.self) { try Inflate.inflate([0x01, 0x05, 0x00, 0x00, 0x00], limit: 100) }
        // Cut short.
        #expect(throws: Inflate.Failure.self) { try Inflate.inflate([0x01, 0x05, 0x00, 0xFA, 0xFF, 0x61], limit: 100) }
        // A distance reaching before the start (found by zlib: "invalid distance too far back").
        #expect(throws: Inflate.Failure.self) { try Inflate.inflate([34, 145, 216, 205], limit: 100) }
        #expect(throws: Inflate.Failure.self) { try Inflate.inflate([], limit: 100) }
    }

    @Test func inflateStopsAtItsLimit() throws {
        // 1 MB of zeros deflates to about a kilobyte; a 64 KB limit stops it.
        let raw = try Self.read("002.raw")
        let stream = try Self.read("002.deflate")
        if raw.count > 1000 {
            #expect(throws: Inflate.Failure.tooLarge) { try Inflate.inflate(stream, limit: raw.count - 1) }
        }
        #expect(try Inflate.inflate(stream, limit: raw.count) == raw)
    }

    @Test func crc32MatchesTheCheckValue() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([UInt8]()) == 0)
    }
}
