import Model

/// Every event, grouped by the day it happened.
public struct Timeline: Sendable {
    public struct Day: Sendable {
        public var day: Model.Day
        public var events: [Event]
    }

    public var days: [Day]

    public init(events: [Event]) {
        var days: [Day] = []
        for event in events.sorted(by: EventOrder.chronological) {
            if days.last?.day == event.date {
                days[days.count - 1].events.append(event)
            } else {
                days.append(Day(day: event.date, events: [event]))
            }
        }
        self.days = days
    }
}
