import Foundation
import ReportModel
import ReportQL
import Testing
@testable import rql

/// `.once chart.svg`, `.output x.svg`, `--format svg`: real SVG of bar and line charts.
@Suite("SVG charts")
struct SVGChartTests {
    static let charts = packageRoot + "Tests/RQLTests/Charts/"

    static let bySector = ResultTable(
        columns: [ResultColumn(name: "sector", type: .text), ResultColumn(name: "plan", type: .number(.money))],
        rows: [[.text("工业"), q("181.56亿元")], [.text("交通港航"), q("36.09亿元")], [.text("社会事业"), .missing],
               [.text("亏损"), q("-12.5亿元")]])

    /// A golden file: the SVG as saved, byte for byte. After a deliberate change, rewrite it with
    /// `RQL_WRITE_GOLDEN_SVG=1 swift test --filter SVGChartTests` and look at it in a browser before committing.
    func golden(_ name: String, _ svg: String) throws {
        let path = Self.charts + name
        if ProcessInfo.processInfo.environment["RQL_WRITE_GOLDEN_SVG"] != nil {
            try svg.write(toFile: path, atomically: true, encoding: .utf8)
        }
        let saved = try String(contentsOfFile: path, encoding: .utf8)
        #expect(svg == saved, "\(name) differs from its golden file")
    }

    @Test func goldenBarChart() throws {
        let data = try ChartData.read(Self.bySector).get()
        try golden("bars.svg", SVGChart.svg(data, lines: false, title: "projects by sector sum invest2024 as plan chart"))
    }

    @Test func goldenLineChart() throws {
        let data = try ChartData.read(SeriesChartTests.growth).get()
        try golden("lines.svg", SVGChart.svg(data, lines: true,
                                             title: "indicators where name = 地区生产总值 by region pivot year sum growth chart"))
    }

    /// Both golden files parse as XML, with the labels, ticks with units, and a path broken at the missing value.
    @Test func goldenFilesAreWellFormedSVG() throws {
        let check = """
        import sys, xml.etree.ElementTree as ET
        ns = {'s': 'http://www.w3.org/2000/svg'}
        for name in ['bars.svg', 'lines.svg']:
            root = ET.parse(sys.argv[1] + name).getroot()
            assert root.tag == '{http://www.w3.org/2000/svg}svg', root.tag
            assert 'Noto Sans CJK SC' in root.get('font-family') and 'sans-serif' in root.get('font-family')
            texts = [t.text for t in root.iter('{http://www.w3.org/2000/svg}text')]
            print(name, '|'.join(texts))
            if name == 'lines.svg':
                paths = [p.get('d') for p in root.iter('{http://www.w3.org/2000/svg}path')]
                print('paths', len(paths), ' '.join(str(d.count('M')) for d in paths))
                print('points', len(list(root.iter('{http://www.w3.org/2000/svg}circle'))))
        """
        let r = try run("/usr/bin/env", ["python3", "-c", check, Self.charts])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("bars.svg projects by sector sum invest2024 as plan chart|plan（亿元）|") == true)
        #expect(lines.first?.contains("|工业|181.56亿元|") == true)
        #expect(lines.first?.contains("|社会事业|（缺失 missing）|") == true)
        #expect(lines.first?.contains("|-12.5亿元") == true)
        #expect(lines.first?.contains("|0亿元|") == true)
        #expect(lines.count == 4)
        #expect(lines[1].hasPrefix("lines.svg indicators where name = 地区生产总值 by region pivot year sum growth chart|"))
        for label in ["2%", "10%", "2022", "2025", "安城县", "宝城县", "Anxi"] { #expect(lines[1].contains("|\(label)")) }
        // 宝城县's line is two pieces (9% then, after the missing 2023, 5% → 3%); 11 points of 12 drawn.
        #expect(lines[2] == "paths 3 1 2 1")
        #expect(lines[3] == "points 11")
    }

    @Test func textIsEscaped() throws {
        let nasty = ResultTable(
            columns: [ResultColumn(name: "a<b>&\"c\"", type: .text), ResultColumn(name: "x</text>", type: .number(nil))],
            rows: [[.text("<script>&amp;\"'"), q("1")], [.text("tab\tnul\u{0}bell\u{7}del\u{7F}c1\u{85}"), q("2")]])
        let data = try ChartData.read(nasty).get()
        for lines in [false, true] {
            let svg = SVGChart.svg(data, lines: lines, title: "t <&> \"q\" \u{1B}[31m")
            #expect(!svg.contains("<script>") && !svg.contains("</text>\"") && !svg.contains("\u{0}") && !svg.contains("\u{1B}"))
            #expect(svg.contains("&lt;script&gt;&amp;amp;&quot;'"))
            #expect(svg.contains("tab nul␀bell␇del␡c1�"))
            #expect(svg.contains("t &lt;&amp;&gt; &quot;q&quot; ␛[31m"))
            let r = try run("/usr/bin/env", ["python3", "-c", """
                import sys, xml.etree.ElementTree as ET
                root = ET.fromstring(sys.stdin.buffer.read())
                print([t.text for t in root.iter('{http://www.w3.org/2000/svg}text')][:1][0])
                """], input: svg)
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stdout == "t <&> \"q\" ␛[31m\n")
        }
    }

    /// `--format svg`: the result on standard output as an SVG document, bars with the exact values beside them.
    @Test func formatSVGWritesTheChart() throws {
        let r = try rql("--format", "svg", "-c", "projects by status sum invest2024 as plan")
        #expect(r.status == 0, "\(r.stderr)")
        let parse = try run("/usr/bin/env", ["python3", "-c", """
            import sys, xml.etree.ElementTree as ET
            root = ET.fromstring(sys.stdin.buffer.read())
            print('|'.join(t.text for t in root.iter('{http://www.w3.org/2000/svg}text')))
            """], input: r.stdout)
        #expect(parse.status == 0, "\(parse.stderr)")
        #expect(parse.stdout.hasPrefix("projects by status sum invest2024 as plan|plan（亿元）|"))
        #expect(parse.stdout.contains("|在建|300.96亿元|预备|22.10亿元") || parse.stdout.contains("|在建|300.96亿元|预备|22.1亿元"))
    }

    /// Through rql: `.once FILE.svg` writes the next result as an SVG and the one after goes to the screen again;
    /// a result that is no chart writes an error, not an empty picture.
    @Test func onceWritesAnSVG() throws {
        let dir = try temporaryDirectory("svg-once")
        let script = """
            .once \(dir)/growth.svg
            indicators where name = 地区生产总值 by region pivot year sum growth chart
            indicators by year count
            .once \(dir)/bars.svg
            indicators where name = 地区生产总值 and year = '2025' by region sum growth
            .once \(dir)/none.svg
            indicators count

            """
        let run2 = try rql("--report", packageRoot + "Samples/Analyst/reports", "--keep-going", "-",
                           input: script, environment: ["XDG_CACHE_HOME": dir + "/cache"])
        #expect(run2.stdout.contains("│ 2025 │"), "the result after the .once is on the screen:\n\(run2.stdout)")
        #expect(run2.stderr.contains("none.svg: an SVG is a chart, and this result is not a table"))
        #expect(run2.status == 1)
        let parse = try run("/usr/bin/env", ["python3", "-c", """
            import sys, xml.etree.ElementTree as ET
            for f in sys.argv[1:]:
                root = ET.parse(f).getroot()
                texts = [t.text for t in root.iter('{http://www.w3.org/2000/svg}text')]
                print(len(list(root.iter('{http://www.w3.org/2000/svg}circle'))), len(list(root.iter('{http://www.w3.org/2000/svg}rect'))), texts[0])
            """, dir + "/growth.svg", dir + "/bars.svg"])
        #expect(parse.status == 0, "\(parse.stderr)")
        #expect(parse.stdout == """
            24 1 indicators where name = 地区生产总值 by region pivot year sum growth chart
            0 7 indicators where name = 地区生产总值 and year = '2025' by region sum growth

            """)
    }
}
