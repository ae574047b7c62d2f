import Foundation

/// The browser's side of live reload: a script added to every HTML page the preview serves
/// (never to the files in `Site/`), and the server-sent events it listens to.
enum LiveReload {
    /// Where the script and the event stream are served; a name no site page can take, since
    /// the site's own paths never start with `__`.
    static let scriptPath = "/__briefings/live.js"
    static let eventsPath = "/__briefings/events"

    /// The page's HTML with the script tag before its closing `</body>` (or at its end).
    static func inject(into html: [UInt8], generation: Int) -> [UInt8] {
        let tag = Array("<script src=\"\(scriptPath)\" data-events=\"\(eventsPath)\" data-generation=\"\(generation)\" defer></script>\n".utf8)
        var page = html
        let closing = Array("</body>".utf8)
        if let at = lastIndex(of: closing, in: page) {
            page.insert(contentsOf: tag, at: at)
        } else {
            page += tag
        }
        return page
    }

    /// The last place `needle` starts in `bytes`, ignoring ASCII case.
    private static func lastIndex(of needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= needle.count else { return nil }
        var start = bytes.count - needle.count
        while start >= 0 {
            var matches = true
            for (offset, byte) in needle.enumerated() where bytes[start + offset] | 0x20 != byte | 0x20 {
                matches = false
                break
            }
            if matches { return start }
            start -= 1
        }
        return nil
    }

    /// One server-sent event: `built` with the new generation, or `failed` with the error as
    /// JSON (so that its line breaks cannot end the event early).
    static func event(_ state: BuildState) -> String {
        guard let failure = state.failure else { return "event: built\ndata: \(state.generation)\n\n" }
        let payload = (try? JSONEncoder().encode(["message": failure])).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        return "event: failed\ndata: \(payload)\n\n"
    }

    /// A page for when no build has ever succeeded: there is no site yet, only the error.
    static func placeholderPage(generation: Int) -> [UInt8] {
        inject(into: Array("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>No site yet</title></head>
        <body><main><h1>No site yet</h1><p>The site has not been built yet: see the error in the terminal.</p></main></body></html>
        """.utf8), generation: generation)
    }

    /// Reloads the page when a newer site is announced; shows a failed build's error over the
    /// page (as text, never markup) until the next build succeeds.
    static let script = """
    // Added by `briefings serve` only: reloads this page when the site is rebuilt.
    (() => {
      const me = document.currentScript;
      const shown = Number(me.dataset.generation);
      let overlay = null;
      const hide = () => { if (overlay) { overlay.remove(); overlay = null; } };
      const show = (message) => {
        hide();
        overlay = document.createElement("div");
        overlay.id = "briefings-build-error";
        overlay.setAttribute("role", "alert");
        Object.assign(overlay.style, {
          position: "fixed", inset: "0", zIndex: "2147483647", overflow: "auto", padding: "2rem",
          background: "rgba(24, 24, 24, 0.94)", color: "#fff", font: "15px/1.5 ui-monospace, Menlo, Consolas, monospace",
        });
        const title = document.createElement("h2");
        title.textContent = "The build failed";
        title.style.color = "#ff8a80";
        const text = document.createElement("pre");
        text.textContent = message;
        text.style.whiteSpace = "pre-wrap";
        const hint = document.createElement("p");
        hint.textContent = "The last good site is still served. This page reloads by itself once the build succeeds.";
        overlay.append(title, text, hint);
        document.body.append(overlay);
      };
      const events = new EventSource(me.dataset.events);
      events.addEventListener("built", (event) => {
        if (Number(event.data) !== shown) { events.close(); location.reload(); } else { hide(); }
      });
      events.addEventListener("failed", (event) => { show(JSON.parse(event.data).message); });
    })();

    """
}
