/// The formats `--format` and `.format` accept.
enum OutputFormat: String, CaseIterable, Sendable {
    case table, csv, json, markdown, svg
}
