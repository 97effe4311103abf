import Testing
@testable import VanBan

/// `LocalizedText.format` fills placeholders in one pass over the bytes where it can
/// (`LocalizedText.substitute`); the old form, one Foundation search per placeholder, is kept
/// here and must give the same text for every rule's messages and for odd templates and
/// arguments.
@Suite("Message format (issue 17)")
struct MessageFormatTests {
    static func old(_ template: String, _ arguments: [String]) -> String {
        var s = template
        for (k, a) in arguments.enumerated() { s = s.replacingAll("{\(k)}", with: a) }
        return s
    }

    static let arguments: [[String]] = [
        [], ["Đảng"], ["năm 2026", "2025"], ["{1}", "x", "y"], ["a{0}b", "{", "}"], ["", "", "", "", ""],
        ["ủy", "uỷ", "Thủ tướng Chính phủ", "12/2025/NĐ-CP", "≥ 95%"], ["e\u{0301}", "{1}"], ["\u{0301}", "z"],
        ["x\r\n", "y"], ["🇻🇳", "{0}"], ["”Nơi nhận”", "– Lưu: VT"], ["İ", "ß"], ["{10}", "{01}", "{2"],
        (0..<12).map { "a\($0)" },
    ]

    static let templates: [String] = [
        "{0}{1}", "{{0}}", "{01} {1}", "{10} {1}", "{0", "}{0}{", "{-1} {+0} {٠}", "{1}\u{0301} {0}", "{0}{0}{0}",
        "'{0}' viết sai; đúng là '{1}'", "", "{}", "{ 0}", "{0 }", "{99999} {0}", "{11}{10}{1}", "“{0}” – {2}",
    ]

    @Test func substitutionIsTheOldFormatForEveryMessage() {
        var templates = Self.templates
        for rule in Linter.rules {
            for text in rule.messages.values { templates += [text.vi, text.en] }
        }
        #expect(templates.count > 100)
        var fast = 0, mismatches = 0
        for template in templates {
            for args in Self.arguments {
                let expected = Self.old(template, args)
                if LocalizedText.substitute(template, args) != nil { fast += 1 }
                let got = LocalizedText(vi: template, en: template).format(.vi, args)
                if !got.utf8.elementsEqual(expected.utf8) {
                    mismatches += 1
                    if mismatches < 5 { Issue.record("\(template.debugDescription) \(args): \(got.debugDescription) vs \(expected.debugDescription)") }
                }
            }
        }
        #expect(mismatches == 0)
        #expect(fast > 0)
    }

    /// Every rule's messages take the one-pass form with plain arguments (a template that is
    /// not plain text would quietly go back to the slow form).
    @Test func everyRuleMessageTakesTheOnePassForm() {
        let plain = ["ủy", "uỷ", "Thủ tướng Chính phủ", "12/2025/NĐ-CP", "95%", "“Nơi nhận” – Lưu"]
        for rule in Linter.rules {
            for (key, text) in rule.messages {
                #expect(LocalizedText.substitute(text.vi, plain) != nil, "\(rule.id) \(key) vi")
                #expect(LocalizedText.substitute(text.en, plain) != nil, "\(rule.id) \(key) en")
            }
        }
    }

    /// The byte test of `substitute` (session 9) against `Unicode.Scalar.isPlain` on every
    /// scalar, alone and between ASCII letters, with and without braces allowed.
    @Test func plainBytesAreThePlainScalars() {
        var mismatches = 0
        for v in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let alone = String(Character(scalar)), framed = "a" + alone + "b"
            for text in [alone, framed] {
                for braces in [true, false] {
                    var t = text
                    let got = t.withUTF8 { LocalizedText.isPlain($0, braces: braces) }
                    let expected = text.unicodeScalars.allSatisfy { $0.isPlain && (braces || $0 != "{") }
                    if got != expected {
                        mismatches += 1
                        if mismatches < 5 { Issue.record("U+\(String(v, radix: 16)) braces \(braces): \(got)") }
                    }
                }
            }
        }
        #expect(mismatches == 0)
    }

    @Test func randomArgumentsGiveTheOldText() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["Đ", "ả", "n", "g", " ", "{", "}", "0", "1", "2", "–", "\u{0301}", "ơ", "\"", "%", "/", "ă", "\n"]
        func random(_ n: Int) -> String { (0..<n).map { _ in pieces.randomElement(using: &generator)! }.joined() }
        for _ in 0..<3_000 {
            let template = random(Int.random(in: 0...20, using: &generator))
            let args = (0..<Int.random(in: 0...4, using: &generator)).map { _ in random(Int.random(in: 0...6, using: &generator)) }
            let expected = Self.old(template, args)
            let got = LocalizedText(vi: template, en: template).format(.en, args)
            #expect(got.utf8.elementsEqual(expected.utf8), "\(template.debugDescription) \(args)")
        }
    }
}
