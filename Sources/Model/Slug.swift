/// Lower-case ASCII words joined by hyphens: "Recep Tayyip Erdoğan" → `recep-tayyip-erdogan`.
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
        var out = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            if let plain = Folding.table[scalar] {
                out.append(contentsOf: plain.unicodeScalars)
            } else if Folding.isCombiningMark(scalar) {
                continue
            } else if scalar.isASCII {
                out.append(scalar >= "A" && scalar <= "Z" ? Unicode.Scalar(scalar.value + 32)! : scalar)
            } else {
                out.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(out)
    }
}

/// The table behind `String.folded()`.
enum Folding {
    static func isCombiningMark(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0300...0x036F, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F: return true
        default: return false
        }
    }

    static let table: [Unicode.Scalar: String] = {
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
