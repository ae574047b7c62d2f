import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A bare HTTP/1.1 client on a socket, for the preview server's tests: the request goes out
/// exactly as written, so malformed and hostile paths reach the server unchanged.
struct LoopbackHTTP {
    let port: Int

    struct Reply {
        var status: Int
        var head: String
        var body: String

        func header(_ name: String) -> String? {
            head.split(separator: "\r\n").dropFirst().first { $0.lowercased().hasPrefix(name.lowercased() + ":") }
                .map { String($0.dropFirst(name.count + 1)).trimmingCharacters(in: .whitespaces) }
        }
    }

    /// `GET path`, or any request line and headers given in full.
    func get(_ path: String) throws -> Reply {
        try send("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
    }

    func send(_ request: String, timeout: Double = 15) throws -> Reply {
        let connection = try Connection(port: port, timeout: timeout)
        defer { connection.close() }
        try connection.write(request)
        let text = connection.readToEnd()
        guard let split = text.range(of: "\r\n\r\n") else { throw TestHTTPError(message: "no reply head in \(text.prefix(200))") }
        let head = String(text[..<split.lowerBound])
        let status = Int(head.split(separator: " ").dropFirst().first ?? "") ?? 0
        return Reply(status: status, head: head, body: String(text[split.upperBound...]))
    }

    /// A connection held open: the live-reload event stream.
    final class Connection {
        private let socket: Int32
        private(set) var received = ""

        init(port: Int, timeout: Double) throws {
            socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            var wait = timeval(tv_sec: Int(timeout), tv_usec: 0)
            setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &wait, socklen_t(MemoryLayout<timeval>.size))
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            guard connected == 0 else {
                Glibc.close(socket)
                throw TestHTTPError(message: "cannot connect to port \(port)")
            }
        }

        func write(_ text: String) throws {
            let bytes = Array(text.utf8)
            guard Glibc.send(socket, bytes, bytes.count, Int32(MSG_NOSIGNAL)) == bytes.count else {
                throw TestHTTPError(message: "cannot send")
            }
        }

        /// Reads until the server closes the connection (or the timeout passes).
        func readToEnd() -> String {
            while readSome() {}
            return received
        }

        /// Reads until `text` has arrived `count` times in all; false if the timeout passed first.
        func wait(for text: String, count: Int = 1) -> Bool {
            while received.components(separatedBy: text).count - 1 < count {
                guard readSome() else { return false }
            }
            return true
        }

        private func readSome() -> Bool {
            var buffer = [UInt8](repeating: 0, count: 65536)
            let n = recv(socket, &buffer, buffer.count, 0)
            guard n > 0 else { return false }
            received += String(decoding: buffer[..<n], as: UTF8.self)
            return true
        }

        func close() { Glibc.close(socket) }
    }
}

struct TestHTTPError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
