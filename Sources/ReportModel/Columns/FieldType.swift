/// The type of a field, as the checker sees it.
public enum FieldType: Sendable, Hashable, CustomStringConvertible {
    /// A number; `dimension` is nil when rows carry units of different dimensions (checked per row).
    case number(Dimension?)
    /// Text.
    case text
    /// A boolean.
    case bool

    /// How the type is named in messages: `number(金额(元))`, `text`, `boolean`.
    public var description: String {
        switch self {
        case .number(let d?): return "number(\(d))"
        case .number(nil): return "number"
        case .text: return "text"
        case .bool: return "boolean"
        }
    }
}
