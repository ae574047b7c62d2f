/// Finds a place by any of its names, ignoring case and accents.
public struct Gazetteer: Sendable {
    private let byName: [String: Place]

    public init(_ places: [Place]) {
        var byName: [String: Place] = [:]
        for place in places {
            for name in [place.name] + place.aliases where byName[name.folded()] == nil {
                byName[name.folded()] = place
            }
        }
        self.byName = byName
    }

    public func place(named name: String?) -> Place? {
        guard let name else { return nil }
        return byName[name.folded()]
    }
}
