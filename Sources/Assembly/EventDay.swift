import Model

/// The events of one day, in a list grouped by day.
public struct EventDay: Sendable {
    public var day: Day
    public var events: [Event]

    /// Events grouped by day in the order given: each run of events of one day is one group
    /// (the timeline's days oldest first, a topic's latest days newest first).
    public static func grouped<Events: Sequence>(_ events: Events) -> [EventDay] where Events.Element == Event {
        var days: [EventDay] = []
        for event in events {
            if days.last?.day == event.date {
                days[days.count - 1].events.append(event)
            } else {
                days.append(EventDay(day: event.date, events: [event]))
            }
        }
        return days
    }
}
