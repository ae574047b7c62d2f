import Foundation
import Testing

/// The code's own shape, read from its files: what a newcomer relies on when carrying it on.
@Suite struct CodebaseTests {
    static let sources = repositoryRoot.appendingPathComponent("Sources")

    /// Every Swift file under `Sources/`, by path relative to it, with its text.
    static func swiftFiles() throws -> [(path: String, text: String)] {
        try FileManager.default.subpathsOfDirectory(atPath: sources.path).filter { $0.hasSuffix(".swift") }.sorted().map {
            ($0, try String(contentsOf: sources.appendingPathComponent($0), encoding: .utf8))
        }
    }

    /// Each target of `Package.swift` (but the tests) with the project's targets it depends on.
    static func packageGraph() throws -> [String: Set<String>] {
        let text = try String(contentsOf: repositoryRoot.appendingPathComponent("Package.swift"), encoding: .utf8)
        let kinds = [".target(", ".executableTarget(", ".systemLibrary(", ".plugin(", ".testTarget("]
        var starts = kinds.flatMap { kind in text.ranges(of: kind).map { ($0.lowerBound, kind) } }.sorted { $0.0 < $1.0 }
        starts.append((text.endIndex, ""))
        var graph: [String: Set<String>] = [:]
        for (index, (start, kind)) in starts.dropLast().enumerated() where kind != ".testTarget(" {
            let chunk = text[start..<starts[index + 1].0]
            guard let name = chunk.firstMatch(of: #/name:\s*"([^"]+)"/#)?.output.1 else { continue }
            var dependencies = Set<String>()
            if let list = chunk.firstRange(of: #/dependencies:\s*\[/#) {
                var depth = 1
                let inside = chunk[list.upperBound...].prefix { character in
                    if character == "[" { depth += 1 } else if character == "]" { depth -= 1 }
                    return depth > 0
                }
                // (A package's product is `.product(name: …)`: only bare names are the project's.)
                let bare = inside.replacing(#/\.product\([^)]*\)/#, with: "")
                for quoted in bare.matches(of: #/"([^"]+)"/#) { dependencies.insert(String(quoted.output.1)) }
            }
            graph[String(name)] = dependencies
        }
        return graph
    }

    @Test func noFunctionIsLongerThanSixtyLines() throws {
        let declaration = try Regex(#"^\s*(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|private|fileprivate|internal|static|mutating|override|final|nonisolated)\s+)*(?:func|init\??|subscript)\b"#)
        var long: [String] = []
        var measured = 0
        for (path, text) in try Self.swiftFiles() {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            for (start, line) in lines.enumerated() where line.firstMatch(of: declaration) != nil {
                measured += 1
                var depth = 0, opened = false, end = start
                scan: for index in start..<lines.count {
                    for character in lines[index] {
                        if character == "{" { depth += 1; opened = true } else if character == "}" { depth -= 1 }
                    }
                    end = index
                    if opened && depth <= 0 { break scan }
                    if !opened && index > start + 6 { break scan }
                }
                if opened, end - start + 1 > 60 { long.append("\(path):\(start + 1): \(end - start + 1) lines") }
            }
        }
        #expect(measured > 500, "only \(measured) functions found: the scan no longer reads the sources")
        #expect(long == [])
    }

    @Test func noTwoTypesShareANameAndNoneIsNamedAfterItsModule() throws {
        let declaration = try Regex(#"^\s*(?:(?:public|private|fileprivate|internal|final|indirect)\s+)*(?:struct|enum|class|actor|protocol)\s+([A-Za-z_]\w*)"#)
        var places: [String: Set<String>] = [:]
        var namedAfterModule: [String] = []
        for (path, text) in try Self.swiftFiles() {
            let module = String(path.prefix { $0 != "/" })
            for line in text.split(separator: "\n") {
                guard let match = line.firstMatch(of: declaration), let name = match.output[1].substring.map(String.init) else { continue }
                if name == module { namedAfterModule.append("\(path): \(name)") }
                // (A type written twice for two platforms, under #if, is one type: one file.)
                places[name, default: []].insert(path)
            }
        }
        #expect(places.count > 100, "only \(places.count) types found: the scan no longer reads the sources")
        let shared = places.filter { $0.key != "CodingKeys" && $0.value.count > 1 }.map { "\($0.key): \($0.value.sorted())" }
        #expect(shared.sorted() == [])
        #expect(namedAfterModule == [])
    }

    /// A module may import only what `Package.swift` says it depends on (or the system's).
    @Test func everyModuleImportsOnlyWhatItDeclares() throws {
        let graph = try Self.packageGraph()
        let modules = Set(graph.keys)
        var undeclared: [String] = []
        for (path, text) in try Self.swiftFiles() {
            let module = String(path.prefix { $0 != "/" })
            for match in text.matches(of: #/(?m)^(?:@testable )?import (\w+)$/#) {
                let imported = String(match.output.1)
                if modules.contains(imported), imported != module, graph[module]?.contains(imported) != true {
                    undeclared.append("\(path): import \(imported)")
                }
            }
        }
        #expect(!graph.isEmpty)
        #expect(Set(undeclared).sorted() == [])
    }

    /// `docs/ARCHITECTURE.md` draws the graph `Package.swift` declares, line for line.
    @Test func theArchitecturePageDrawsThePackagesGraph() throws {
        let page = try String(contentsOf: repositoryRoot.appendingPathComponent("docs/ARCHITECTURE.md"), encoding: .utf8)
        let start = try #require(page.range(of: "<!-- graph -->"))
        let end = try #require(page.range(of: "<!-- /graph -->"))
        var drawn: [String: Set<String>] = [:]
        for line in page[start.upperBound..<end.lowerBound].split(separator: "\n") where line.contains(":") && !line.hasPrefix("```") {
            let parts = line.split(separator: ":", maxSplits: 1)
            let dependencies = parts.count > 1 ? parts[1].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } : []
            drawn[parts[0].trimmingCharacters(in: .whitespaces)] = Set(dependencies.filter { !$0.isEmpty })
        }
        #expect(drawn.count > 10 && drawn.keys.contains("Rendering"), "the page's graph was not read")
        #expect(drawn == (try Self.packageGraph()))
    }
}
