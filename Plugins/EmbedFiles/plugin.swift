import Foundation
import PackagePlugin

/// Embeds a target's data folder (the default theme, the lexicons, the starter site) into its code at build
/// time, as `Embedded<Folder>.files`, so that a copied `briefings` binary carries them.
@main
struct EmbedFiles: BuildToolPlugin {
    /// The folder each target embeds, and the name of the type that holds it.
    static let folders = ["Rendering": ("DefaultTheme", "EmbeddedTheme"), "Lexicons": ("Data", "EmbeddedLexicons"),
                          "Pipeline": ("Starter", "EmbeddedStarter"), "Geography": ("Data", "EmbeddedGeography")]

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let (folder, typeName) = Self.folders[target.name], let source = target as? SourceModuleTarget else { return [] }
        let input = source.directoryURL.appendingPathComponent(folder)
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("\(typeName).swift")
        let files = (FileManager.default.enumerator(at: input, includingPropertiesForKeys: nil)?.allObjects as? [URL] ?? [])
            .filter { !$0.hasDirectoryPath }
        return [.buildCommand(displayName: "Embedding \(target.name)/\(folder)",
                              executable: try context.tool(named: "embed-files").url,
                              arguments: [output.path, typeName, input.path],
                              inputFiles: files + [input], outputFiles: [output])]
    }
}
