// The fuzz targets (FuzzTargets) as one program, two ways:
// - built with `-sanitize=fuzzer,address -DFUZZING` (scripts/fuzz), libFuzzer drives it; the
//   target is chosen by BRIEFINGS_FUZZ_TARGET;
// - built as usual, `briefings-fuzz TARGET FILE...` runs each file through the target once:
//   the corpus replayed, or a crash reproduced.
import Foundation
import FuzzTargets

#if FUZZING
/// libFuzzer's entry for a program with its own `main`.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzer(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
               _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

nonisolated(unsafe) private var target = FuzzTarget.frontMatter

@main
struct Fuzz {
    static func main() {
        let name = ProcessInfo.processInfo.environment["BRIEFINGS_FUZZ_TARGET"] ?? ""
        guard let chosen = FuzzTarget(rawValue: name) else {
            FileHandle.standardError.write(Data("set BRIEFINGS_FUZZ_TARGET to one of: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))\n".utf8))
            exit(2)
        }
        target = chosen
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runFuzzer(&argc, &argv) { data, size in
            target.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
            return 0
        })
    }
}
#else
@main
struct Replay {
    static func main() {
        let arguments = CommandLine.arguments.dropFirst()
        guard let name = arguments.first, let chosen = FuzzTarget(rawValue: name) else {
            FileHandle.standardError.write(Data("usage: briefings-fuzz \(FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")) FILE...\n".utf8))
            exit(2)
        }
        for path in arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("briefings-fuzz: cannot read \(path)\n".utf8))
                exit(1)
            }
            chosen.run([UInt8](data))
        }
        print("\(arguments.count - 1) inputs through \(chosen.rawValue): no crash")
    }
}
#endif
