import Foundation
import FuzzTargets
import Testing

/// Every input the fuzzer kept (`scripts/fuzz`, into `Tests/Fuzz/corpus/<target>/`), run again
/// through its target: what once reached new code must still go through without a crash.
@Suite struct FuzzCorpusTests {
    static let corpus = repositoryRoot.appendingPathComponent("Tests/Fuzz/corpus")

    @Test(arguments: FuzzTarget.allCases)
    func theCorpusGoesThroughWithoutACrash(_ target: FuzzTarget) throws {
        let folder = Self.corpus.appendingPathComponent(target.rawValue)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names.count >= 10, "the corpus of \(target.rawValue) has \(names.count) inputs: run scripts/fuzz")
        for name in names {
            let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent(name)))
            target.run(bytes)
        }
    }
}
