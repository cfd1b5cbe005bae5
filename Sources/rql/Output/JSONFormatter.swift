import ReportQL

/// One JSON document per statement, on one line, in the form the library documents and `Codable` shares
/// (``QueryResult/json()``):
/// `{"kind":"table","columns":[{"name":"plan","type":"number","dimension":"money","unit":"亿元"}],"rows":[[{"value":"300.96","unit":"亿元"}]]}`.
///
/// A number is its exact decimal digits as a string beside its unit, never passed through `Double`, so
/// `0.1 + 0.2` is `"0.3"` and a 38-digit value keeps every digit; trailing fractional zeros are dropped, as
/// tables print them (`84.260` → `"84.26"`). Missing values are `null`. A `let` prints nothing.
enum JSONFormatter {
    static func format(_ result: QueryResult) -> String {
        RenderOutput.collect { format(result, into: $0) }
    }

    /// The document written a row at a time (``QueryResult/writeJSON(_:)``), stopped within a row by Ctrl-C.
    static func format(_ result: QueryResult, into out: RenderOutput) {
        if case .bound = result { return }
        let complete = result.writeJSON { piece in
            out.write(piece)
            return !out.stopped
        }
        if complete { out.write("\n") }
    }

    static func format(_ table: ResultTable) -> String {
        format(.table(table))
    }
}
