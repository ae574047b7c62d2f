import Testing
@testable import Extraction

/// `Endings` compares simple words as bytes and others as characters: both must agree with
/// `String.hasSuffix` and `String.count`.
@Suite struct EndingsTests {
    static let words = ["réunie", "reunie", "re\u{301}unie", "signées", "signe\u{301}es", "été", "ée", "saying", "sing",
                        "jugeait", "straße", "ǅemal", "Москва", "تقول", "", "e\u{301}"]
    static let lists = [["é", "ée", "ées", "ie"], ["ing", "ant"], ["ait"], ["e\u{301}es", "ées"], ["ва"], [""]]

    @Test func bytesAndCharactersAgree() {
        var checked = 0
        for list in Self.lists {
            let endings = Endings(list)
            for word in Self.words {
                #expect(endings.end(word) == list.contains { word.hasSuffix($0) }, "\(word) \(list)")
                for letters in [0, 2] {
                    #expect(endings.end(word, afterMoreThan: letters) == list.contains { word.count > $0.count + letters && word.hasSuffix($0) },
                            "\(word) \(list) \(letters)")
                }
                checked += 1
            }
        }
        #expect(checked == Self.words.count * Self.lists.count)
        #expect(Endings(["ée"]).end("signe\u{301}e"))
        #expect(!Endings(["ing"]).end("sing", afterMoreThan: 2))
    }
}
