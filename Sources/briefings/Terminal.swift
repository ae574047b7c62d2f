import Foundation

/// Where the command line writes what is not its output.
enum Terminal {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data(("briefings: " + message + "\n").utf8))
    }
}
