import Model

/// The search index cut into small files that the search page loads only as a query needs
/// them, the way Pagefind does, so that a query costs a few dozen kilobytes whatever the
/// size of the site.
///
/// - `search/search-index.js`: what the other files are — the document count, how documents
///   are numbered by kind, the word shards that exist.
/// - `search/words/w_<key>.js`: every word beginning with `key` (its first three letters, or
///   the whole word if shorter), each with the documents containing it and, apart, those
///   whose title contains it. Document numbers are ascending, written as differences in base 36.
/// - `search/docs/<n>.js`: what a result shows (kind, title, address, meta, snippet) for
///   documents `n × chunk` to `(n + 1) × chunk - 1`.
///
/// Every file is a script calling a function the page defines, so it loads with
/// `<script src>` from `file://` as well as from any web folder.
struct SearchShards {
    /// Letters of a word that name its shard.
    static let keyLength = 3
    /// Documents per display file: a page of results loads at most one file per result.
    static let chunk = 20
    /// A word in more documents than this ("de", "the") finds nothing in particular: it is
    /// left out of the shards and named in the index's `common` list, which the page skips in
    /// a query, so that no query loads a list that grows with the site.
    static let commonLimit = 4_000

    let index: SearchIndex
    var commonLimit = SearchShards.commonLimit

    var files: [SiteFile] {
        let (all, inTitles) = postings()
        var shards: [String: [String]] = [:]
        var common: [String] = []
        for (word, documents) in all {
            if documents.count > commonLimit { common.append(word) } else { shards[Self.key(word), default: []].append(word) }
        }
        let keys = shards.keys.sorted()
        let words = shards
        // (Each shard, and each display file, is written on any core: they are independent.)
        let wordFiles = keys.parallelMap { key -> SiteFile in
            let entries = words[key]!.sorted().map { word -> String in
                var postings = Self.deltas(all[word]!)
                if let titled = inTitles[word] { postings += ";" + Self.deltas(titled) }
                return Self.literal(word) + ":" + Self.literal(postings)
            }
            return SiteFile(path: "search/words/\(Self.fileName(key)).js",
                            text: "BRIEFINGS_SEARCH_WORDS(\(Self.literal(key)),{\n" + entries.joined(separator: ",\n") + "\n});\n")
        }
        let documents = index.documents
        let starts = Array(stride(from: 0, to: documents.count, by: Self.chunk))
        let documentFiles = starts.parallelMap { start -> SiteFile in
            let rows = documents[start..<min(start + Self.chunk, documents.count)].map { d in
                "[" + [d.kind, d.title, d.url, d.meta, d.snippet].map(Self.literal).joined(separator: ",") + "]"
            }
            return SiteFile(path: "search/docs/\(start / Self.chunk).js",
                            text: "BRIEFINGS_SEARCH_DOCS(\(start / Self.chunk),[\n" + rows.joined(separator: ",\n") + "\n]);\n")
        }
        return [meta(keys: keys, common: common.sorted())] + wordFiles + documentFiles
    }

    /// Every word's documents, and apart those whose title holds it, ascending. Made over
    /// slices of the documents on every core, then joined in order: each slice's numbers all
    /// come after the previous slice's.
    private func postings() -> (all: [String: [Int32]], inTitles: [String: [Int32]]) {
        let documents = index.documents
        let size = Swift.max(1, (documents.count + Self.slices - 1) / Self.slices)
        let starts = Array(stride(from: 0, to: documents.count, by: size))
        // Document numbers as 32-bit integers: the lists are most of the index's memory.
        let parts = starts.parallelMap { start -> (all: [String: [Int32]], inTitles: [String: [Int32]]) in
            // Each slice's words by their bytes (`WordList`), with their documents by the word's
            // place; made into strings once per word, at the end.
            var (words, lists) = (WordList(), [[Int32]]())
            var (titleWords, titleLists) = (WordList(), [[Int32]]())
            for position in start..<Swift.min(start + size, documents.count) {
                let number = Int32(position)
                // (Folded words are separated by single spaces: cut at the bytes.)
                words.addWords(of: Array(documents[position].words.utf8)) { place in
                    if place == lists.count { lists.append([]) }
                    lists[place].append(number)
                }
                titleWords.addWords(of: Array(SearchIndex.fold(documents[position].title).utf8)) { place in
                    // (Once per document, however often its title has the word.)
                    if place == titleLists.count { titleLists.append([number]) } else if titleLists[place].last != number { titleLists[place].append(number) }
                }
            }
            return (Self.byWord(words, lists), Self.byWord(titleWords, titleLists))
        }
        guard var joined = parts.first else { return ([:], [:]) }
        for part in parts.dropFirst() {
            joined.all.merge(part.all) { $0 + $1 }
            joined.inTitles.merge(part.inTitles) { $0 + $1 }
        }
        return joined
    }

    private static func byWord(_ words: WordList, _ lists: [[Int32]]) -> [String: [Int32]] {
        var byWord: [String: [Int32]] = [:]
        byWord.reserveCapacity(lists.count)
        for (place, list) in lists.enumerated() { byWord[words.word(at: place)] = list }
        return byWord
    }

    /// A JavaScript string: a JSON literal that cannot end the script it is in.
    static func literal(_ text: String) -> String { PrettyJSON.literal(text, scriptSafe: true) }

    /// How many slices of the documents the word lists are made over.
    static let slices = 8

    /// `window.BRIEFINGS_SEARCH`: documents are numbered kind after kind, in `kinds` order.
    private func meta(keys: [String], common: [String]) -> SiteFile {
        var kinds: [(String, Int)] = []
        for document in index.documents {
            if kinds.last?.0 == document.kind { kinds[kinds.count - 1].1 += 1 } else { kinds.append((document.kind, 1)) }
        }
        let kindList = kinds.map { "[\(Self.literal($0.0)),\($0.1)]" }.joined(separator: ",")
        let text = "window.BRIEFINGS_SEARCH = {\"documents\":\(index.documents.count),\"chunk\":\(Self.chunk),"
            + "\"keyLength\":\(Self.keyLength),\"kinds\":[\(kindList)],\"common\":"
            + Self.literal(common.joined(separator: " ")) + ",\n\"shards\":"
            + Self.literal(keys.joined(separator: " ")) + "};\n"
        return SiteFile(path: "search/search-index.js", text: text)
    }

    /// The shard of a word: its first letters (Unicode scalars, as the page counts them).
    static func key(_ word: String) -> String {
        String(String.UnicodeScalarView(word.unicodeScalars.prefix(keyLength)))
    }

    /// A file name for a key: itself when plain ASCII letters and digits, else its UTF-8 in hex.
    static func fileName(_ key: String) -> String {
        if key.utf8.allSatisfy({ ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) }) { return "w_" + key }
        return "w_u" + key.utf8.map { String($0, radix: 16).leftPadded(2) }.joined()
    }

    /// Ascending numbers as differences in base 36: [3, 5, 40] → "3,2,z".
    static func deltas(_ numbers: [Int32]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(numbers.count * 3)
        var previous: Int32 = 0
        for n in numbers {
            if !out.isEmpty { out.append(UInt8(ascii: ",")) }
            appendBase36(Int64(n) - Int64(previous), to: &out)
            previous = n
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `String(value, radix: 36)`'s digits, appended as bytes: the index writes a number for
    /// every word of every document.
    private static func appendBase36(_ value: Int64, to out: inout [UInt8]) {
        if value < 0 { out.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        let start = out.count
        repeat {
            let digit = UInt8(magnitude % 36)
            out.append(digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10)
            magnitude /= 36
        } while magnitude > 0
        out[start...].reverse()
    }
}
