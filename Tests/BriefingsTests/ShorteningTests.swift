import Testing
@testable import Rendering

/// A page's description and a search snippet read only as much of their text as the cut needs;
/// they must be what flattening the whole text and cutting it gives.
@Suite struct ShorteningTests {
    /// The whole text flattened, then cut: the definition the reading as far as needed must keep.
    static func slow(_ text: String, _ limit: Int, _ isSeparator: (Character) -> Bool) -> String {
        let flat = text.split(whereSeparator: isSeparator).joined(separator: " ")
        guard flat.count > limit else { return flat }
        let cut = flat.prefix(limit)
        return String(cut[..<(cut.lastIndex(of: " ") ?? cut.endIndex)]) + " …"
    }

    static let texts = [
        "", "   ", "Trêve à Idlib", "  deux  espaces \n\n et lignes  ",
        String(repeating: "Les forces turques ont bombardé des positions syriennes. ", count: 20),
        String(repeating: "mot ", count: 50) + "fin",
        "a\n\u{301}" + String(repeating: "b", count: 10),
        String(repeating: "x", count: 12) + " \n" + String(repeating: "y", count: 12),
        "« Nous resterons », a-t-il dit.\r\nUne deuxième ligne\r\n\r\nEt une troisième",
    ]

    @Test(arguments: [5, 10, 11, 12, 13, 24, 200])
    func cutsWhereTheWholeTextCutWouldCut(limit: Int) {
        for text in Self.texts {
            #expect(text.shortened(to: limit, joiningRunsOf: \.isWhitespace) == Self.slow(text, limit, \.isWhitespace), "\(text)")
            #expect(text.shortened(to: limit, joiningRunsOf: \.isNewline) == Self.slow(text, limit, \.isNewline), "\(text)")
        }
    }
}
