import Foundation
import SitegenAnnotate
import SitegenCore
import SitegenLoad

/// A site's own entities: `content/entities/**/*.md`, front matter naming the
/// entity, the body introducing it. They add to or override the built-in gazetteer.
public enum EntityFiles {
    static let fields = ["id", "kind", "name", "aliases", "adjectives", "keywords", "members", "description", "family_name", "gender", "code", "type"]

    public static func load(root: URL, displayRoot: String) throws -> [Entity] {
        let folder = root.appending(path: "content/entities")
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDir), isDir.boolValue else { return [] }
        var paths: [String] = []
        if let walker = FileManager.default.enumerator(atPath: folder.path) {
            for case let relative as String in walker where relative.hasSuffix(".md") && !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                paths.append(relative)
            }
        }
        var entities: [Entity] = []
        var errors: [SitegenError] = []
        var seen: [String: String] = [:]
        for relative in paths.sorted() {
            let shown = (displayRoot.isEmpty || displayRoot == "." ? "" : displayRoot + "/") + "content/entities/" + relative
            do {
                let data = try Data(contentsOf: folder.appending(path: relative))
                let entity = try parse(bytes: Array(data), path: shown)
                if let other = seen[entity.id] {
                    throw SitegenError("entity \(entity.id) is also defined in \(other)", at: SourceLocation(path: shown), stage: .load)
                }
                seen[entity.id] = shown
                entities.append(entity)
            } catch let error as SitegenError {
                errors.append(error)
            }
        }
        if !errors.isEmpty { throw SitegenErrors(errors) }
        return entities
    }

    public static func parse(bytes: [UInt8], path: String) throws(SitegenError) -> Entity {
        let source = SourceText(bytes: bytes, path: path)
        let split = try FrontMatterSplit.split(source.text, path: path)
        guard let yaml = split.yaml else {
            throw SitegenError("an entity file needs front matter with \"id\" and \"kind\"", at: SourceLocation(path: path), stage: .load)
        }
        let what = "entity"
        var f = try YAMLFields(yaml: yaml, path: path, firstLine: split.yamlFirstLine, what: what)
        f.warnUnknown(fields, what: what)
        guard let rawID = try f.string("id", what: what), !rawID.isEmpty else {
            throw SitegenError("entity field \"id\" is missing (for example: id: country/ke)", at: SourceLocation(path: path, line: 1, column: 1), stage: .load)
        }
        var kind: EntityKind?
        if let k = try f.string("kind", what: what) {
            guard let parsed = EntityKind(rawValue: k) else {
                throw SitegenError("entity field \"kind\" must be one of \(EntityKind.allCases.map(\.rawValue).joined(separator: ", "))", at: f.location(of: f.value("kind")), stage: .load)
            }
            kind = parsed
        }
        var slug = rawID
        if let slash = rawID.firstIndex(of: "/") {
            guard let prefixKind = EntityKind(rawValue: String(rawID[..<slash])), kind == nil || kind == prefixKind else {
                throw SitegenError("entity field \"id\" must look like kind/slug with a kind of \(EntityKind.allCases.map(\.rawValue).joined(separator: ", "))", at: f.location(of: f.value("id")), stage: .load)
            }
            kind = prefixKind
            slug = String(rawID[rawID.index(after: slash)...])
        }
        guard let kind else {
            throw SitegenError("entity field \"kind\" is missing", at: f.location(of: f.value("id")), stage: .load)
        }
        guard Slug.isValid(slug) else {
            throw SitegenError("entity id \"\(rawID)\" must end in lower-case letters, digits and hyphens", at: f.location(of: f.value("id")), stage: .load)
        }
        let name = try f.string("name", what: what) ?? ""
        var entity = Entity(id: "\(kind.rawValue)/\(slug)", kind: kind, name: name)
        entity.aliases = try f.strings("aliases", what: what) + f.strings("keywords", what: what)
        entity.adjectives = try f.strings("adjectives", what: what)
        entity.members = try f.strings("members", what: what).map { $0.contains("/") ? $0 : "country/" + $0.lowercased() }
        entity.description = try f.string("description", what: what)
        entity.familyName = try f.string("family_name", what: what)
        entity.type = try f.string("type", what: what)
        if let code = try f.string("code", what: what) { entity.code = code.uppercased() }
        if let gender = try f.string("gender", what: what) {
            guard let g = Entity.Gender(rawValue: gender) else {
                throw SitegenError("entity field \"gender\" must be male or female", at: f.location(of: f.value("gender")), stage: .load)
            }
            entity.gender = g
        }
        let intro = split.body.trimmingCharacters(in: .whitespacesAndNewlines)
        if !intro.isEmpty { entity.introduction = intro }
        return entity
    }
}
