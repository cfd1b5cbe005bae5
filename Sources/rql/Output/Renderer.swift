import ReportQL

/// Turns a statement's result into text in the chosen format.
enum Renderer {
    /// Everything that decides how a result is printed.
    struct Options: Sendable {
        var format: OutputFormat = .table
        /// Rows a table shows before summarising the rest (nil: all).
        var maxRows: Int?
        /// Draw grouped results as bar charts even without `chart` in the statement.
        var chart = false
        /// ANSI colour (a terminal, and `NO_COLOR` unset).
        var color = false
        /// The output is a terminal: a quote's sentence is cut to the width around the quote. (Quotes are
        /// highlighted with attributes when ``color`` is on, else with `【…】`.)
        var terminal = false
        /// Terminal columns, for charts.
        var width = 80
        /// Columns a table may take (the terminal's, `.maxwidth`, `--width`); nil for no limit.
        var maxWidth: Int?
        /// Wrap long cells inside their column instead of cutting them with `…` (`.wrap on`).
        var wrap = false
        /// The statement's text, the title of an SVG chart.
        var title = ""
    }

    static func render(_ result: QueryResult, presentation: Presentation = Presentation(),
                       options: Options) -> String {
        RenderOutput.collect { render(result, presentation: presentation, options: options, into: $0) }
    }

    /// Writes the result to `out` as it is formatted, a row at a time; stops within a row once `out` is
    /// stopped (Ctrl-C).
    static func render(_ result: QueryResult, presentation: Presentation = Presentation(), options: Options,
                       into out: RenderOutput) {
        switch options.format {
        case .table:
            let tableOptions = TableFormatter.Options(
                maxRows: options.maxRows, color: options.color, terminal: options.color,
                width: options.maxWidth ?? (options.terminal ? options.width : nil), maxWidth: options.maxWidth, wrap: options.wrap)
            if case .table(let table) = result, presentation.chart || options.chart,
               Chart.draw(table, presentation: presentation, width: options.width, tableOptions: tableOptions, into: out) {
                return
            }
            TableFormatter.format(result, options: tableOptions, into: out)
        case .csv:
            CSVFormatter.format(result, into: out)
        case .json:
            JSONFormatter.format(result, into: out)
        case .markdown:
            MarkdownFormatter.format(result, into: out)
        case .svg:
            SVGChart.render(result, presentation: presentation, title: options.title, into: out)
        }
    }
}
