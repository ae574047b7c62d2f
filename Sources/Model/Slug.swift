/// Lower-case ASCII words joined by hyphens: "Recep Tayyip Erdoğan" → `recep-tayyip-erdogan`.
/// A content file's page address and the name other files use for it: its name without the
/// extension, slugified ("2020-02-21-Frappes à Idlib.md" → "2020-02-21-frappes-a-idlib").
public func slug(forFile name: String) -> String {
    slugify(fileStem(name))
}

/// A file's name without its extension.
public func fileStem(_ name: String) -> String {
    String(name.split(separator: ".", omittingEmptySubsequences: false).dropLast().joined(separator: "."))
}

public func slugify(_ text: String) -> String {
    var out = ""
    var pendingHyphen = false
    for scalar in text.folded().unicodeScalars {
        let isAlnum = (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9")
        if isAlnum {
            if pendingHyphen && !out.isEmpty { out.append("-") }
            out.unicodeScalars.append(scalar)
            pendingHyphen = false
        } else if scalar != "'" {
            pendingHyphen = true
        }
    }
    return out
}

extension String {
    /// Lower case, accents removed, typographic apostrophes, hyphens and spaces made plain:
    /// the form in which names are compared ("Erdoğan" and "erdogan" fold alike).
    public func folded() -> String {
        // Most words of wire copy are plain ASCII: lower-case their bytes, no table lookups.
        var changes = false
        var isASCII = true
        for byte in utf8 {
            if byte >= 0x80 { isASCII = false; break }
            if (byte >= 65 && byte <= 90) || byte == 0x60 { changes = true }
        }
        if isASCII {
            guard changes else { return self }
            return String(unsafeUninitializedCapacity: utf8.count) { buffer in
                var i = 0
                for byte in utf8 {
                    buffer[i] = Folding.ascii(byte)
                    i += 1
                }
                return i
            }
        }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        for scalar in unicodeScalars { Folding.append(scalar, to: &out) }
        return String(decoding: out, as: UTF8.self)
    }
}

/// The table behind `String.folded()`.
public enum Folding {
    /// An ASCII byte folded: capitals lowered, the backquote made an apostrophe (as in `table`).
    @inline(__always) public static func ascii(_ byte: UInt8) -> UInt8 {
        if byte >= 65 && byte <= 90 { return byte + 32 }
        return byte == 0x60 ? 0x27 : byte
    }

    public static func isCombiningMark(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0300...0x036F, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F: return true
        default: return false
        }
    }

    /// One scalar folded, as UTF-8, appended to `out`: what `String.folded()` does to each.
    @inline(__always) public static func append(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        let v = scalar.value
        if v < 0x80 {
            out.append(ascii(UInt8(v)))
        } else if v < 0x800 {
            out.append(contentsOf: folded(belowU0800: Int(v)))
        } else {
            out.append(contentsOf: fold(scalar).utf8)
        }
    }

    /// One scalar folded: plain ASCII, a letter of `table`, nothing for a combining mark, else
    /// its lower case.
    public static func fold(_ scalar: Unicode.Scalar) -> String {
        if scalar.isASCII { return String(Unicode.Scalar(ascii(UInt8(scalar.value)))) }
        if let plain = table[scalar] { return plain }
        if isCombiningMark(scalar) { return "" }
        return scalar.properties.lowercaseMapping
    }

    /// The UTF-8 bytes of `fold` of a scalar below U+0800.
    @inline(__always) public static func folded(belowU0800 v: Int) -> ArraySlice<UInt8> {
        let table = belowU0800
        return table.bytes[Int(table.offsets[v])..<Int(table.offsets[v + 1])]
    }

    /// `fold` of every scalar below U+0800 (Latin letters and their accents, the combining
    /// marks), worked out once: scalar `v` folds to `bytes[offsets[v]..<offsets[v + 1]]`.
    static let belowU0800: (bytes: [UInt8], offsets: [UInt32]) = {
        var bytes: [UInt8] = []
        var offsets: [UInt32] = [0]
        for v in UInt32(0)..<0x800 {
            // U+0000–U+07FF holds no surrogates: every value is a scalar.
            bytes.append(contentsOf: fold(Unicode.Scalar(v)!).utf8)
            offsets.append(UInt32(bytes.count))
        }
        return (bytes, offsets)
    }()

    public static let table: [Unicode.Scalar: String] = {
        let groups: [(String, String)] = [
            ("àáâãäåāăąÀÁÂÃÄÅĀĂĄ", "a"), ("çćĉċčÇĆĈĊČ", "c"), ("ďđĎĐ", "d"),
            ("èéêëēĕėęěÈÉÊËĒĔĖĘĚ", "e"), ("ĝğġģĜĞĠĢ", "g"), ("ĥħĤĦ", "h"),
            ("ìíîïĩīĭįıÌÍÎÏĨĪĬĮİ", "i"), ("ĵĴ", "j"), ("ķĶ", "k"), ("ĺļľŀłĹĻĽĿŁ", "l"),
            ("ñńņňÑŃŅŇ", "n"), ("òóôõöøōŏőÒÓÔÕÖØŌŎŐ", "o"), ("ŕŗřŔŖŘ", "r"),
            ("śŝşšșŚŜŞŠȘ", "s"), ("ţťŧțŢŤŦȚ", "t"), ("ùúûüũūŭůűųÙÚÛÜŨŪŬŮŰŲ", "u"),
            ("ŵŴ", "w"), ("ýÿŷÝŸŶ", "y"), ("źżžŹŻŽ", "z"),
            ("œŒ", "oe"), ("æÆ", "ae"), ("ß", "ss"),
            ("\u{2019}\u{2018}\u{02BC}`´", "'"), ("\u{2010}\u{2011}\u{2012}\u{2013}", "-"),
            ("\u{00A0}\u{202F}\u{2009}", " "),
        ]
        var map: [Unicode.Scalar: String] = [:]
        for (letters, plain) in groups {
            for s in letters.unicodeScalars { map[s] = plain }
        }
        return map
    }()
}
