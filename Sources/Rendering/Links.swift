import Model

/// Relative addresses between pages, so the site works from any folder and from `file://`.
/// Pages are `<section>/<slug>/index.html`; links name `index.html` explicitly because a
/// browser opening files does not add it.
struct Links {
    /// "" for the home page, "../../" for a page two folders deep.
    let root: String
    /// The page that holds each event's full card, by event id (see `SiteTables`).
    let eventPages: [String: String]

    init(depth: Int, eventPages: [String: String]) {
        root = String(repeating: "../", count: depth)
        self.eventPages = eventPages
    }

    /// Links from a page whose own address is unknown, such as `404.html`, which a host
    /// serves for any missing path: absolute when the site's address is known.
    init(absoluteFrom baseURL: String?, eventPages: [String: String]) {
        root = baseURL.map { $0 + "/" } ?? ""
        self.eventPages = eventPages
    }

    var home: String { root + "index.html" }
    var timeline: String { root + "timeline/index.html" }
    var stylesheet: String { root + "style.css" }
    func section(_ name: String) -> String { root + "\(name)/index.html" }
    func topic(_ slug: String) -> String { root + "topics/\(slug)/index.html" }
    func actor(_ slug: String) -> String { root + "actors/\(slug)/index.html" }
    func article(_ slug: String) -> String { root + "articles/\(slug)/index.html" }
    func note(_ slug: String) -> String { root + "notes/\(slug)/index.html" }
    func place(_ slug: String) -> String { root + "places/\(slug)/index.html" }
    /// An event's card on its month of the timeline.
    func event(_ id: String) -> String {
        // (One string, made at its length: every line of every list links to its event.)
        let page = eventPages[id] ?? "timeline/index.html"
        var address = ""
        address.reserveCapacity(root.utf8.count + page.utf8.count + 1 + id.utf8.count)
        address += root
        address += page
        address += "#"
        address += id
        return address
    }
    /// A page given by its path from the root.
    func page(_ path: String) -> String { root + path }
    func data(_ file: String) -> String { root + "data/\(file)" }

    /// An outside address, kept only if it is http(s), with characters that could break out
    /// of a Markdown link or an HTML attribute percent-encoded.
    static func external(_ url: String?) -> String? {
        guard let url, url.hasPrefix("https://") || url.hasPrefix("http://") else { return nil }
        var out = ""
        for scalar in url.unicodeScalars {
            if scalar.isASCII, scalar.value > 0x20, !"<>\"'()[]\\`{}| ".unicodeScalars.contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else {
                for byte in String(scalar).utf8 { out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(2) }
            }
        }
        return out
    }
}

extension String {
    func leftPadded(_ width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
