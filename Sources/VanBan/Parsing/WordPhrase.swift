/// A phrase of lower-case words resolved to `WordInterner` IDs once per process, so that a
/// parser or extractor test compares token IDs (`Token.word`) instead of the bytes of each
/// word (issue 17: `TokenizedLine.matches(_: [String], at:)` compared UTF-8 bytes word by
/// word, a few hundred instructions a call, on every line of the body).
///
/// `line.matches(phrase, at: i)` is `line.matches(phrase.words, at: i)`: interner IDs are equal
/// exactly when the UTF-8 bytes are (`WordInterner`), and a token's ID is that of its lower-cased
/// text, the text `matches(_: [String], at:)` compared. `WordPhraseTests` compares the two.
struct WordPhrase: Sendable {
    /// The words, as written in the table.
    let words: [String]
    /// Their IDs in `WordInterner.shared`.
    let ids: [UInt32]

    init(_ words: [String]) {
        self.words = words
        self.ids = words.map { WordInterner.shared.intern($0) }
    }

    var count: Int { ids.count }
}

extension TokenizedLine {
    /// True when the tokens from `i` on are `phrase`'s words (lower case), compared by ID.
    @inline(__always)
    func matches(_ phrase: WordPhrase, at i: Int) -> Bool {
        let ids = phrase.ids
        guard i >= 0, i + ids.count <= tokens.count else { return false }
        var k = 0
        while k < ids.count {
            if tokens[i + k].word != ids[k] { return false }
            k += 1
        }
        return true
    }

    /// The first index from `from` at which `phrase` matches.
    func find(_ phrase: WordPhrase, from: Int = 0) -> Int? {
        let ids = phrase.ids
        guard let first = ids.first, from <= tokens.count - ids.count else { return nil }
        var i = max(from, 0)
        let last = tokens.count - ids.count
        while i <= last {
            if tokens[i].word == first, matches(phrase, at: i) { return i }
            i += 1
        }
        return nil
    }
}

/// The phrases the parser and the record builder look for, resolved once per process.
enum Phrases {
    static let hộiNghị = WordPhrase(["hội", "nghị"])
    static let lầnThứ = WordPhrase(["lần", "thứ"])
    static let kỳHọpThứ = WordPhrase(["kỳ", "họp", "thứ"])
    static let thứ = WordPhrase(["thứ"])
    static let nếuCó = WordPhrase(["nếu", "có"])
    static let chỉTiêu = WordPhrase(["chỉ", "tiêu"])
    static let chỉTiêuCụThể = WordPhrase(["chỉ", "tiêu", "cụ", "thể"])
    static let mởRộng = WordPhrase(["mở", "rộng"])
    static let cơQuanChuẩnBị = WordPhrase(["cơ", "quan", "chuẩn", "bị"])
    static let thờiGian = WordPhrase(["thời", "gian"])
    static let địaĐiểm = WordPhrase(["địa", "điểm"])
    static let phấnĐấu = WordPhrase(["phấn", "đấu"])
    static let mụcTiêu = WordPhrase(["mục", "tiêu"])
    static let đếnNăm = WordPhrase(["đến", "năm"])
    static let phốiHợp = WordPhrase(["phối", "hợp"])
    static let với = WordPhrase(["với"])
    static let nhiệmKỳ = WordPhrase(["nhiệm", "kỳ"])
    static let năm = WordPhrase(["năm"])
    static let tháng = WordPhrase(["tháng"])
    static let ngày = WordPhrase(["ngày"])
    static let độcLập = WordPhrase(["độc", "lập"])
    static let số = WordPhrase(["số"])
    static let hạnhPhúc = WordPhrase(["hạnh", "phúc"])
    static let vv = WordPhrase(["v", "/", "v"])
    static let trởLên = WordPhrase(["trở", "lên"])
    static let lưu = WordPhrase(["lưu"])
    static let kèmTheo = WordPhrase(["kèm", "theo"])
    static let banHànhKèmTheo = WordPhrase(["ban", "hành", "kèm", "theo"])
    static let đảngCộngSảnViệtNam = WordPhrase(["đảng", "cộng", "sản", "việt", "nam"])
    static let đãKý = WordPhrase(["đã", "ký"])
    static let về = WordPhrase(["về"])
    static let tựDo = WordPhrase(["tự", "do"])
    static let trênĐây = WordPhrase(["trên", "đây"])
    static let kínhGửi = WordPhrase(["kính", "gửi"])
    static let cănCứ = WordPhrase(["căn", "cứ"])
}

/// Single words the parser tests a token against, as interner IDs resolved once per process
/// (`Token.word` is the ID of the token's lower-cased text): the tests built each token's
/// `lower` String, and a Set of them per line, to compare it with String literals (issue 17).
enum WordIDs {
    static let ký = WordInterner.shared.intern("ký")
    static let dấu = WordInterner.shared.intern("dấu")
    static let đã = WordInterner.shared.intern("đã")
    static let dự = WordInterner.shared.intern("dự")
    static let thảo = WordInterner.shared.intern("thảo")
    static let số = WordInterner.shared.intern("số")
    static let độc = WordInterner.shared.intern("độc")
    static let kèm = WordInterner.shared.intern("kèm")
    static let ban = WordInterner.shared.intern("ban")
    static let cộng = WordInterner.shared.intern("cộng")
    static let đảng = WordInterner.shared.intern("đảng")
    /// `số`, `độc`, `kèm`, `ban`: the lower-case words that may open a document's head (`attachmentStarts`).
    static let documentOpeners: [UInt32] = [số, độc, kèm, ban]
    /// `cộng`, `độc`, `đảng`, `số` (`mayHoldStrongPart`).
    static let strongPartWords: [UInt32] = [cộng, độc, đảng, số]
    static let hạnh = WordInterner.shared.intern("hạnh")
    static let phúc = WordInterner.shared.intern("phúc")
    /// `cộng`, `độc`, `đảng`, `số`, `v`, `(`, `#`: the tokens a header segment may begin at
    /// (`Parser.segments(of:)`).
    static let segmentOpeners: [UInt32] = ["cộng", "độc", "đảng", "số", "v", "(", "#"].map { WordInterner.shared.intern($0) }
    /// `điều`, `chương`, `phần`, `mục`: the words of a legal division (`isTitleLine`).
    static let legalDivisions: [UInt32] = ["điều", "chương", "phần", "mục"].map { WordInterner.shared.intern($0) }
}
