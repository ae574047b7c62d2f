import Foundation
import Hummingbird

/// Answers the preview's requests: the site's files (HTML pages with the live-reload script
/// added), the script itself and the stream of build states. Only GET and HEAD are served.
struct PreviewResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let folder: SiteFolder
    let hub: ReloadHub

    func respond(to request: Request, context: Context) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            return Self.message(.methodNotAllowed, "Only GET and HEAD are served.", extra: [.allow: "GET, HEAD"])
        }
        let response: Response
        switch request.uri.path {
        case LiveReload.scriptPath: response = Self.bytes(.ok, Array(LiveReload.script.utf8), type: "text/javascript; charset=utf-8")
        case LiveReload.eventsPath: response = events()
        case let path: response = file(path)
        }
        return request.method == .head ? response.createHeadResponse() : response
    }

    /// A site file; a page gets the script that reloads it.
    private func file(_ path: String) -> Response {
        switch folder.lookup(path) {
        case .refused:
            return Self.message(.badRequest, "This path is not served.")
        case .redirect(let location):
            return Response(status: .movedPermanently, headers: [.location: location])
        case .notFound:
            return notFound()
        case .file(let found):
            // Read whole, from the file opened now: a rebuild that swaps the site in meanwhile
            // does not change what this response holds.
            guard let data = FileManager.default.contents(atPath: found) else { return notFound() }
            let type = SiteFolder.mediaType(of: found)
            guard type.hasPrefix("text/html") else { return Self.bytes(.ok, Array(data), type: type) }
            return Self.bytes(.ok, LiveReload.inject(into: Array(data), generation: hub.current.generation), type: type)
        }
    }

    /// The site's own 404 page when it has one; the placeholder page when there is no site.
    private func notFound() -> Response {
        guard FileManager.default.fileExists(atPath: folder.root.path) else {
            return Self.bytes(.notFound, LiveReload.placeholderPage(generation: hub.current.generation), type: "text/html; charset=utf-8")
        }
        if case .file(let page) = folder.lookup("/404.html"), let data = FileManager.default.contents(atPath: page) {
            return Self.bytes(.notFound, LiveReload.inject(into: Array(data), generation: hub.current.generation), type: "text/html; charset=utf-8")
        }
        return Self.message(.notFound, "Not found.")
    }

    /// Server-sent events: the current build state at once, then each new one, until the page
    /// goes away or the server stops.
    private func events() -> Response {
        let states = hub.subscribe()
        let body = ResponseBody { writer in
            for await state in states {
                try await writer.write(ByteBuffer(string: LiveReload.event(state)))
            }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-store"], body: body)
    }

    private static func bytes(_ status: HTTPResponse.Status, _ bytes: [UInt8], type: String) -> Response {
        Response(status: status, headers: [.contentType: type, .cacheControl: "no-store"],
                 body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    private static func message(_ status: HTTPResponse.Status, _ text: String, extra: HTTPFields = [:]) -> Response {
        var response = bytes(status, Array((text + "\n").utf8), type: "text/plain; charset=utf-8")
        response.headers.append(contentsOf: extra)
        return response
    }
}
