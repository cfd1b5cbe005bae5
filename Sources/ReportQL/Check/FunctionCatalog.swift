/// One function a query can call, documented: the one source of the DocC function reference
/// (`Functions.md`, checked against it by a test) and of the REPL's `.help FUNCTION`.
public struct FunctionDoc: Sendable, Hashable {
    /// The English name: `growth`.
    public var name: String
    /// The Chinese names it also answers to: `增长率`, `增速`.
    public var aliases: [String]
    /// The call with its arguments in order: `growth(new, old)`.
    public var signature: String
    /// What it gives, one sentence.
    public var summary: String
    /// A call and what it gives: `growth(110, 100)` → `10%`.
    public var example: String
    /// What ``example`` gives, as a table cell prints it.
    public var exampleResult: String

    /// A documented function.
    public init(name: String, aliases: [String], signature: String, summary: String, example: String,
                exampleResult: String) {
        self.name = name
        self.aliases = aliases
        self.signature = signature
        self.summary = summary
        self.example = example
        self.exampleResult = exampleResult
    }

    /// The entry as `.help FUNCTION` prints it: the signature, the Chinese names, the summary, the example.
    public var help: String {
        var out = signature
        if !aliases.isEmpty { out += "    (" + aliases.joined(separator: ", ") + ")" }
        out += "\n  " + summary + "\n  example: " + example + "  →  " + exampleResult + "\n"
        return out
    }
}

/// Every standard function, documented in one place: name, Chinese aliases, signature with the arguments in
/// order, summary and an example (each example is run by a test and gives its stated result).
public enum FunctionCatalog {
    /// The standard functions, in alphabetical order.
    public static let standard: [FunctionDoc] = entries.map { name, signature, summary, example, result in
        let aliases = FunctionDefinition.chineseAliases.filter { $0.value.rawValue == name }.map(\.key).sorted()
        return FunctionDoc(name: name, aliases: aliases, signature: signature, summary: summary, example: example,
                           exampleResult: result)
    }.sorted { $0.name < $1.name }

    /// The entry for `name`: an English name in any case, or a Chinese alias.
    public static func entry(named name: String) -> FunctionDoc? {
        guard let s = FunctionDefinition.standard(named: name) else { return nil }
        return standard.first { $0.name == s.rawValue }
    }

    /// The reference as a Markdown table (signature, Chinese names, what it gives, example): the text of the
    /// DocC article `Functions.md` between its markers.
    public static var markdown: String {
        var out = "| function | 中文 | gives | example |\n|---|---|---|---|\n"
        for f in standard {
            out += "| `\(f.signature)` | \(f.aliases.joined(separator: ", ")) | \(f.summary) | `\(f.example)` → `\(f.exampleResult)` |\n"
        }
        return out
    }

    static let entries: [(String, String, String, String, String)] = [
        ("abs", "abs(x)", "The magnitude of x, in x's unit.", "abs(-5亿元)", "5亿元"),
        ("ceil", "ceil(x [, places])", "x rounded up (toward +∞) to places decimal places (0 by default), in x's unit.", "ceil(2.1)", "3"),
        ("coalesce", "coalesce(a, b, …)", "The first argument that is not missing; missing when all are.",
         "coalesce(missing, 5)", "5"),
        ("concat", "concat(a, b, …)", "The arguments as text, joined; a number prints with its unit.",
         "concat(\"泉港\", \"区\")", "泉港区"),
        ("endswith", "endswith(text, suffix)", "Whether text ends with suffix.", "endswith(\"泉港区\", \"区\")", "true"),
        ("floor", "floor(x [, places])", "x rounded down (toward −∞) to places decimal places (0 by default), in x's unit.",
         "floor(2.7)", "2"),
        ("growth", "growth(new, old)", "The growth from old to new in per cent: (new ÷ old − 1) × 100%. The newer figure comes first.",
         "growth(110亿元, 100亿元)", "10%"),
        ("if", "if(condition, then, else)", "then when condition is true, else otherwise (false or missing).",
         "if(2 > 1, \"yes\", \"no\")", "yes"),
        ("length", "length(text)", "The number of characters of text.", "length(\"泉港区\")", "3"),
        ("lower", "lower(text)", "text in lower case.", "lower(\"GDP\")", "gdp"),
        ("number", "number(x)", "x's value without its unit (a plain number).", "number(5亿元)", "5"),
        ("round", "round(x [, places])", "x rounded half away from zero to places decimal places (0 by default), in x's unit.",
         "round(3.14159, 2)", "3.14"),
        ("share", "share(part, whole)", "part as a share of whole in per cent: part ÷ whole × 100%. The part comes first.",
         "share(25亿元, 200亿元)", "12.5%"),
        ("startswith", "startswith(text, prefix)", "Whether text starts with prefix.", "startswith(\"泉港区\", \"泉\")", "true"),
        ("substr", "substr(text, start [, count])", "count characters of text from position start (1-based); to the end without count.",
         "substr(\"泉港区\", 2, 1)", "港"),
        ("unit", "unit(x)", "The symbol of x's unit, as text.", "unit(5亿元)", "亿元"),
        ("upper", "upper(text)", "text in upper case.", "upper(\"gdp\")", "GDP"),
    ]
}

extension Environment {
    /// Every function a query of this environment can call, documented: the standard ones
    /// (``FunctionCatalog/standard``) and the host's (their signature from their parameter types).
    public var functionDocs: [FunctionDoc] {
        let hosts = functions.values.sorted { $0.name < $1.name }.map { f in
            FunctionDoc(name: f.name, aliases: [],
                        signature: "\(f.name)(" + f.parameters.map(\.description).joined(separator: ", ") + ") → \(f.result)",
                        summary: f.summary.isEmpty ? "registered by the host" : f.summary, example: "", exampleResult: "")
        }
        return hosts + FunctionCatalog.standard.filter { s in !hosts.contains { $0.name == s.name } }
    }
}
