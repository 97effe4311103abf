extension LintDocument {
    // A rule's loop over the lines read each one into a local (`let t = document.textLines[n]`):
    // a copy of a `TokenizedLine` retains and releases its logical line's arrays and its tokens,
    // about 3 M instructions per rule on the bench's 2 MB (issue 17, ninth session). These walk
    // the lines in place: the line is lent to `body` (`borrowing`: the compiler refuses an
    // implicit copy of it), read through the array's storage.

    /// Calls `body` with the index and each of `textLines`, in order, lent (not copied).
    @inline(__always)
    public func forEachTextLine(_ body: (Int, borrowing TokenizedLine) throws -> Void) rethrows {
        try textLines.withUnsafeBufferPointer { lines in
            var n = 0
            while n < lines.count {
                try body(n, lines[n])
                n += 1
            }
        }
    }

    /// Calls `body` with the index and each of `lines`, in order, lent (not copied).
    @inline(__always)
    public func forEachLine(_ body: (Int, borrowing Line) throws -> Void) rethrows {
        try lines.withUnsafeBufferPointer { lines in
            var k = 0
            while k < lines.count {
                try body(k, lines[k])
                k += 1
            }
        }
    }

    /// `body` of `textLines[n]`, lent (not copied).
    @inline(__always)
    public func withTextLine<R>(_ n: Int, _ body: (borrowing TokenizedLine) throws -> R) rethrows -> R {
        try textLines.withUnsafeBufferPointer { try body($0[n]) }
    }

    /// `body` of `lines[k]`, lent (not copied).
    @inline(__always)
    public func withLine<R>(_ k: Int, _ body: (borrowing Line) throws -> R) rethrows -> R {
        try lines.withUnsafeBufferPointer { try body($0[k]) }
    }
}
