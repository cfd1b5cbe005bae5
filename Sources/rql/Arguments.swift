import ReportModel
import ReportQL

/// What `rql`'s command line asks for, read by a small hand-written parser.
///
/// Options follow getopt's long-option habits: `-c QUERY` and `-cQUERY`, `--command QUERY` and
/// `--command=QUERY`; a value is always the next argument, even when it begins with `-`. Options and files may
/// come in any order; `--` ends the options (every argument after it is a file, even `-x`); a lone `-`, before
/// or after `--`, is standard input. `-c` may be repeated: the queries and the files run in the order they are given, in one
/// session. `--help` or `--version` ends the parsing: whatever follows it is ignored.
///
/// (swift-argument-parser did this before; reading its option set through runtime metadata cost ≈1.5 ms of
/// every start, which for `rql -c 'QUERY'` was a third of the whole run.)
struct Invocation: Equatable {
    /// One script to run: a `-c` query, a file, or standard input (`-`), in command-line order.
    enum Source: Equatable {
        case command(String)
        case file(String)
        case standardInput
    }

    /// What the command line asks for.
    enum Request: Equatable {
        case run(Invocation)
        case help
        case version
    }

    /// A command line `rql` cannot run: its message, without the `rql: error:` prefix.
    struct UsageError: Error, Equatable {
        var message: String
    }

    var sources: [Source] = []
    /// `--report` paths, in order: files or directories.
    var reports: [String] = []
    var format: OutputFormat = .table
    /// `--check`: parse and check every statement, run nothing.
    var checkOnly = false
    var keepGoing = false
    /// `--unplaced FILE` (`rql import`): where the unplaced sentences are written.
    var unplaced: String?
    /// `-o`/`--output`: where `rql import` writes (a file for one report, a directory for several).
    var output: String?
    /// `--param NAME=VALUE`, in order (a later one wins).
    var parameters: [(name: String, value: Value)] = []
    /// `--width N`: the columns a table may take, also when the output is not a terminal (0: no limit).
    var width: Int?

    static func == (a: Invocation, b: Invocation) -> Bool {
        a.sources == b.sources && a.reports == b.reports && a.format == b.format && a.checkOnly == b.checkOnly
            && a.keepGoing == b.keepGoing && a.width == b.width && a.output == b.output && a.unplaced == b.unplaced
            && a.parameters.map(\.name) == b.parameters.map(\.name) && a.parameters.map(\.value) == b.parameters.map(\.value)
    }

    /// The positional arguments (files, and `-` as `-`), in order: where `rql check` and `rql import` are seen.
    var positionals: [String] {
        sources.compactMap {
            switch $0 {
            case .command: nil
            case .file(let path): path
            case .standardInput: "-"
            }
        }
    }

    /// Reads `arguments` (without the program name).
    static func parse(_ arguments: [String]) throws(UsageError) -> Request {
        var invocation = Invocation()
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || argument == "-" || !argument.hasPrefix("-") {
                invocation.sources.append(argument == "-" ? .standardInput : .file(argument))
                continue
            }
            if argument == "--" {
                optionsEnded = true
                continue
            }

            // The option, and its value when it is attached (`--format=csv`, `-cQUERY`).
            let spec: OptionSpec
            var attached: String?
            if argument.hasPrefix("--") {
                let name = argument.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)[0]
                guard let found = OptionSpec.named(String(name)) else { throw unknownOption(String(name)) }
                spec = found
                if name.endIndex < argument.endIndex {
                    attached = String(argument[argument.index(after: name.endIndex)...])
                }
            } else {
                let name = String(argument.prefix(2))
                guard let found = OptionSpec.named(name), found.valueName != nil || argument.count == 2 else {
                    throw unknownOption(argument)
                }
                spec = found
                if argument.count > 2 { attached = String(argument.dropFirst(2)) }
            }

            guard spec.valueName != nil else {
                if attached != nil { throw UsageError(message: "option '\(spec.longName)' takes no value") }
                switch spec.key {
                case .help: return .help
                case .version: return .version
                case .check: invocation.checkOnly = true
                case .keepGoing: invocation.keepGoing = true
                case .command, .report, .format, .output, .param, .width, .unplaced: break
                }
                continue
            }
            let value: String
            if let attached {
                value = attached
            } else if index < arguments.count {
                value = arguments[index]
                index += 1
            } else {
                throw UsageError(message: "option '\(argument)' needs a value (\(spec.usage))")
            }
            switch spec.key {
            case .command:
                invocation.sources.append(.command(value))
            case .report:
                guard !value.isEmpty else { throw UsageError(message: "option '--report' needs a file name") }
                invocation.reports.append(value)
            case .format:
                guard let format = OutputFormat(rawValue: value.lowercased()) else {
                    let names = OutputFormat.allCases.map(\.rawValue)
                    let hint = didYouMeanHint(for: value, among: names)
                    throw UsageError(message: "unknown format '\(value)' for '--format'\(hint); the formats are "
                                        + names.joined(separator: ", "))
                }
                invocation.format = format
            case .output:
                guard !value.isEmpty else { throw UsageError(message: "option '--output' needs a file or directory name") }
                invocation.output = value
            case .param:
                guard let assignment = Parameters.assignment(value) else {
                    throw UsageError(message: "option '--param' needs NAME=VALUE, not '\(value)'")
                }
                invocation.parameters.append(assignment)
            case .width:
                guard let n = Int(value), n == 0 || n >= 20 else {
                    throw UsageError(message: "option '--width' needs a number of columns, at least 20 (0: no limit), not '\(value)'")
                }
                invocation.width = n
            case .unplaced:
                guard !value.isEmpty else { throw UsageError(message: "option '--unplaced' needs a file name") }
                invocation.unplaced = value
            case .check, .keepGoing, .help, .version:
                break
            }
        }
        return .run(invocation)
    }

    /// The error for an option no spec has, with the closest long option as a suggestion.
    private static func unknownOption(_ name: String) -> UsageError {
        let hint = didYouMean(for: name, among: OptionSpec.all.map(\.longName)).map { " (\($0))" }
        return UsageError(message: "unknown option '\(name)'\(hint ?? "")")
    }

    /// The one-line reminder printed under a usage error.
    static let usageHint = "Usage: rql [OPTION …] [FILE.rql …]; see 'rql --help'."

    /// `rql --help`: the usage lines, every option with its help, the files, and the notes.
    static var helpText: String {
        var lines = [
            "rql — query Chinese local-government development-plan reports with ReportQL.",
            "",
            "Usage:",
            "  rql                      the REPL (on a terminal)",
            "  rql FILE.rql …           run scripts in order",
            "  rql -c 'QUERY'           run one query",
            "  rql check                recompute every stated total from its parts",
            "  rql import REPORT        model a report as reportql/1 JSON (for --report); REPORT is",
            "                           text (UTF-8, UTF-16, GB18030), HTML, .docx or PDF",
            "  rql import FILE… -o DIR  import many reports (or directories of them) on every core",
            "  … | rql                  run the script read from standard input",
            "",
            "Options:",
        ]
        for spec in OptionSpec.all {
            lines += helpEntry(spec.usage, spec.help)
        }
        lines += ["", "Arguments:"]
        lines += helpEntry("FILE.rql …", ["Scripts to run, in order; '-' is standard input.",
                                          "After '--' every argument is a file, even '-x'."])
        lines += [
            "",
            "Without --report, queries run on the built-in 泉港区 2023 report.",
            "Scripts and -c may hold dot-commands, each on a line of its own (.format csv,",
            ".output FILE, .param set NAME VALUE …); 'rql -c .help' lists them.",
            "Exit status: 0 success, 1 a statement failed while running, 2 bad usage,",
            "3 a statement failed its check; .exit N leaves with N. A failed write is told in one line: exit 1",
            "(2 for 'rql import'); only a closed pipe (| head) ends quietly.",
            "Scripts and reports must be regular files of at most 256 MiB.",
            "Example: rql -c 'projects where sector = 工业 and status = 在建 sum invest2024'",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// One entry of the help: `name` in a column, then the lines of its help beside it.
    private static func helpEntry(_ name: String, _ help: [String]) -> [String] {
        let column = 24
        let first = "  " + name
        let pad = String(repeating: " ", count: max(1, column - first.count))
        return [first + pad + (help.first ?? "")]
            + help.dropFirst().map { String(repeating: " ", count: column) + $0 }
    }
}

/// One option `rql` knows: its spellings, its value's name (nil for a flag) and its help, line by line.
struct OptionSpec {
    enum Key { case command, report, format, param, width, check, keepGoing, output, unplaced, help, version }

    var key: Key
    /// Every spelling, the short one first: `-c`, `--command`.
    var names: [String]
    var valueName: String?
    var help: [String]

    /// The long spelling, for messages and suggestions.
    var longName: String { names.last ?? "" }

    /// The spellings and the value, as the help lists them: `-c, --command QUERY`.
    var usage: String {
        names.joined(separator: ", ") + (valueName.map { " " + $0 } ?? "")
    }

    static let all: [OptionSpec] = [
        OptionSpec(key: .command, names: ["-c", "--command"], valueName: "QUERY",
                   help: ["Run one query (or script text). Repeatable: the queries",
                          "and the files run in the order given."]),
        OptionSpec(key: .report, names: ["--report"], valueName: "FILE",
                   help: ["Query this report (JSON) instead of the built-in one;",
                          "a directory loads every *.json in it. Repeatable."]),
        OptionSpec(key: .format, names: ["--format"], valueName: "FORMAT",
                   help: ["How results are printed: table (the default), csv,", "json, markdown or svg (a chart)."]),
        OptionSpec(key: .param, names: ["--param"], valueName: "NAME=VALUE",
                   help: ["Give parameter $NAME a value, read as a literal:", "--param sector=工业, --param rate=5%. Repeatable."]),
        OptionSpec(key: .width, names: ["--width"], valueName: "N",
                   help: ["Tables at most N columns wide, also into a file or", "pipe (0: no limit; default: the terminal's)."]),
        OptionSpec(key: .check, names: ["--check"], valueName: nil,
                   help: ["Parse and check every statement; run nothing."]),
        OptionSpec(key: .keepGoing, names: ["--keep-going"], valueName: nil,
                   help: ["Go on after a failing statement (the exit status is", "the worst one seen)."]),
        OptionSpec(key: .output, names: ["-o", "--output"], valueName: "OUT",
                   help: ["rql import: write the model to OUT (atomically) instead", "of standard output; with several reports, OUT is a", "directory."]),
        OptionSpec(key: .unplaced, names: ["--unplaced"], valueName: "FILE",
                   help: ["With 'rql import': write every sentence whose number was not placed to FILE,",
                          "one a line ('line N: …'); the summary on standard error lists them too."]),
        OptionSpec(key: .help, names: ["-h", "--help"], valueName: nil, help: ["Show this help."]),
        OptionSpec(key: .version, names: ["--version"], valueName: nil, help: ["Show the version."]),
    ]

    /// The option spelled `name` exactly.
    static func named(_ name: String) -> OptionSpec? {
        all.first { $0.names.contains(name) }
    }
}
