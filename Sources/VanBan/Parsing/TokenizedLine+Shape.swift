/// Shape questions the parser asks of a line.
extension TokenizedLine {
    /// The first token after the marker, lower-cased ("" if none).
    var firstWord: String { bodyStart < tokens.count ? tokens[bodyStart].lower : "" }

    /// The line's scalars after the marker.
    var bodyScalars: ArraySlice<Unicode.Scalar> { line.scalars[bodyOffset...] }

    /// month := NUMBER "." "Tháng" MONTH ("/" YEAR | "năm" YEAR)?
    ///
    /// A lettered line (`a- Tháng 1/2030`, the central Party form under a numbered part;
    /// `b) Tháng 3 năm 2027`) only with its year, as a lettered meeting only when dated: a
    /// point `a) Tháng 3` of a list is no month block.
    var isMonthHeading: Bool {
        // A switch, not `contains` on an array literal (an array built per line: issue 17).
        switch marker?.style {
        case nil, .arabic?, .arabicParen?, .dotted?, .letter?: break
        default: return false
        }
        var i = bodyStart
        guard matches(Phrases.tháng, at: i), let m = int(i + 1), (1...12).contains(m) else { return false }
        i += 2
        var dated = false
        if isPunct(i, "/"), let y = int(i + 1), y >= 1900 { i += 2; dated = true } else if matches(Phrases.năm, at: i), int(i + 1) != nil { i += 2; dated = true }
        if marker?.style == .letter, !dated { return false }
        while i < tokens.count, tokens[i].kind == .punct, isPunct(i, ":") || isPunct(i, ".") { i += 1 }
        return i == tokens.count
    }

    /// `Căn cứ …` (optionally after a dash).
    var isBasis: Bool {
        (marker == nil || marker!.style == .dash) && matches(Phrases.cănCứ, at: bodyStart)
    }

    /// `T/M BAN CHẤP HÀNH`, `K/T BÍ THƯ`, `TM. ỦY BAN NHÂN DÂN`: a signing form.
    var isAuthorityLine: Bool {
        let s = line.scalars
        guard LineShape.isAllCaps(s) else { return false }
        for form in Signing.forms where s.starts(with: form.unicodeScalars) {
            let next = form.unicodeScalars.count
            if next >= s.count || s[next] == " " { return true }
        }
        return LineShape.hasPrefix(s, "THAY MẶT") || LineShape.hasPrefix(s, "KÝ THAY") || LineShape.hasPrefix(s, "THỪA LỆNH")
    }

    /// `Trên đây là …`: the closing paragraph.
    var isClosingStart: Bool { marker == nil && matches(Phrases.trênĐây, at: 0) }

    /// `ĐẢNG CỘNG SẢN VIỆT NAM`.
    var isPartyLine: Bool { matches(Phrases.đảngCộngSảnViệtNam, at: 0) && tokens.count <= 6 }

    /// A line that is only capitals (titles, body headings, signatures).
    var isAllCaps: Bool { LineShape.isAllCaps(line.scalars) }

    /// `Hải Phòng, ngày 05 tháng 12 năm 2025`.
    var isPlaceDate: Bool {
        guard marker == nil, line.scalars.count <= 90, let d = find(Phrases.ngày) else { return false }
        guard d == 0 || isPunct(d - 1, ",") else { return false }
        return find(Phrases.tháng, from: d) != nil && find(Phrases.năm, from: d) != nil
    }

    /// `Số 04-CTr/ĐU`, `Số -KH/ĐU`, `Số:  /KH-UBND`.
    var isNumberLine: Bool {
        marker == nil && line.scalars.count <= 60 && matches(Phrases.số, at: 0) && line.scalars.contains("/")
    }
}

/// Signing forms (KNOWLEDGE.md: Party `T/M`, `K/T`, `T/L`, `Q.`; State `TM.`, `KT.`, `TL.`, `TUQ.`, `Q.`).
enum Signing {
    static let forms = ["T/M", "K/T", "T/L", "TM.", "KT.", "TL.", "TUQ.", "Q."]
}
