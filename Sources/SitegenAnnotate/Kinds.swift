/// The kinds of entity the annotator tags.
public enum EntityKind: String, Sendable, Hashable, CaseIterable, Codable {
    case country, region, initiative, organization, person, topic
}
