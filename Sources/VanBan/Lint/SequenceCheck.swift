/// A run of numbers that should go up by one (the month blocks of a year, the meetings of a
/// body), read the way a proof-reader reads it: one slip is one finding.
///
/// * A number already seen is a repeat; one below the highest so far goes backwards.
/// * A number more than one above the highest so far skips — unless every skipped number
///   turns up later in the run (then the late one is reported as going backwards, once).
/// * An entry reported as a repeat or as going backwards still stands in the place of the
///   next number: *10, 10, 12* is one slip (the second 10 should read 11), not a slip and a
///   gap; *7, 9, 8, 10* is one slip (8 and 9 swapped); *4, 5, 7, 7* is one slip (the first 7
///   should read 6), reported where the order first breaks.
enum SequenceCheck {
    enum Finding: Equatable {
        case repeatOf(previous: Int)
        case backwards(after: Int)
        case skip(after: Int, missing: [Int])
    }

    /// For each entry (its numbers; an entry such as *Tháng 10 và 11* covers several), the
    /// finding on it, if any.
    static func findings(_ entries: [[Int]]) -> [Finding?] {
        var seen = Set<Int>()
        var highest: Int? = nil
        var result: [Finding?] = []
        for (k, values) in entries.enumerated() {
            guard let first = values.min(), let last = values.max() else { result.append(nil); continue }
            defer { seen.formUnion(values) }
            guard let top = highest else { highest = last; result.append(nil); continue }
            if seen.contains(first), k > 0, entries[k - 1] == values, case .skip(_, let missing)? = result[k - 1], missing.count == 1 {
                // *4, 5, 7, 7*: the first 7 skipped 6 and was reported; the second is the same slip.
                result.append(nil)
                highest = max(top, last)
            } else if seen.contains(first) {
                result.append(.repeatOf(previous: first))
                highest = max(top + 1, last)
            } else if first < top {
                result.append(.backwards(after: top))
                highest = max(top + 1, last)
            } else if first > top + 1 {
                let missing = Array(top + 1..<first)
                let later = Set(entries[(k + 1)...].joined())
                result.append(missing.allSatisfy(later.contains) ? nil : .skip(after: top, missing: missing))
                highest = last
            } else {
                result.append(nil)
                highest = max(top, last)
            }
        }
        return result
    }
}
