#!/usr/bin/env bash
# Fuzz ReportQL with libFuzzer (Swift on Linux: -sanitize=fuzzer,address).
#   Tests/Fuzz/run.sh query SECONDS    lex → parse → check → evaluate, seeded with Samples/ and the golden scripts;
#                                      an input that takes over 2 s is a failure (-timeout=2)
#   Tests/Fuzz/run.sh report SECONDS   the report loader, seeded with the built-in report and small JSON files
#   Tests/Fuzz/run.sh import SECONDS   the importer, then the loader on its model; seeded with the bundled report's
#                                      text, the import fixtures and excerpts of the corpus; 2 s per input at most
#   Tests/Fuzz/run.sh html SECONDS     HTML text extraction (tokenizer, tree, entities, charsets), seeded with pages
#   Tests/Fuzz/run.sh docx SECONDS     .docx extraction (ZIP, DEFLATE, WordprocessingML), seeded with documents
# Crashes land in Tests/Fuzz/artifacts/; copy each one (after fixing it) into Tests/ReportQLTests/FuzzRegressions/
# (query) or Tests/ReportModelTests/FuzzRegressions/ (report) or Tests/ReportImportTests/FuzzRegressions/ (import),
# which `swift test` replays.
# Leak detection is off: the built-in report and the environment are process-lifetime globals, which
# LeakSanitizer reports at exit as leaks of the run, not of any input.
set -euo pipefail
target=${1:?query, report or import}
timeout=10
max_len=4096
seconds=${2:-60}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=${FUZZ_WORK:-/tmp/rql-fuzz}
mkdir -p "$work/corpus-$target" "$here/artifacts"
defines=""
# The libraries' sources as one module: copied into $work/src-$target, each named for its folder too, with the
# lines that import ReportModel dropped (its code is in the same module here). A copy keeps its time stamp
# while its text is unchanged, so an unchanged tree does not rebuild.
flatten() {
  mkdir -p "$work/src-$target"
  rm -f "$work/src-$target"/*.swift
  for f in $(find "$@" -name '*.swift'); do
    out="$work/src-$target/$(basename "$(dirname "$f")")-$(basename "$f")"
    sed -E '/^(public |package |internal )?import ReportModel$/d' "$f" > "$out.new"
    if ! cmp -s "$out.new" "$out.keep" 2>/dev/null; then cp "$out.new" "$out.keep"; fi
    cp -p "$out.keep" "$out"; rm -f "$out.new"
  done
  ls "$work/src-$target"/*.swift
}
case "$target" in
  query)
    entry="$here/FuzzQuery.swift"
    sources=$(flatten "$root/Sources/ReportModel" "$root/Sources/ReportQL")
    for f in "$root"/Samples/*.rql "$root"/Tests/ReportQLTests/Golden/*.rql; do cp "$f" "$work/corpus-query/"; done
    # One seed per statement line, too.
    i=0; grep -hv '^#' "$root"/Tests/ReportQLTests/Golden/*.rql | grep -v '^\s*$' | while IFS= read -r line; do
      i=$((i+1)); printf '%s' "$line" > "$work/corpus-query/line-$i.rql"; done
    # Patterns that make a backtracking engine take exponential time, and a few of every construct.
    for p in '(.+)+X' '(a+)+$' '(a|aa)*b' '(.*){20}X' '[一-龥]{2,4}项目' '\\d+(\\.\\d+)?亿元' '^(?:第[一二三]|二)、' '\\bx\\B'; do
      i=$((i+1)); printf "sentences where text matches '%s' count" "$p" > "$work/corpus-query/pattern-$i.rql"; done
    dict="$here/rql.dict"
    # A slow input is a failure too: no statement may take seconds.
    timeout=2 ;;
  report)
    entry="$here/FuzzReport.swift"
    sources=$(flatten "$root/Sources/ReportModel" "$root/Sources/ReportQL")
    cp "$root/Sources/ReportModel/Builtin/quangang-2023.json" "$work/corpus-report/builtin.json"
    printf '{"format":"reportql/1","text":"地区生产总值623.68亿元","indicators":[{"name":"地区生产总值","value":"623.68亿元","quote":"地区生产总值623.68亿元","section":"一"}],"sections":[{"id":"一","title":"地区"}]}' > "$work/corpus-report/small.json"
    dict="$here/json.dict"
    timeout=10 ;;
  import)
    entry="$here/FuzzImport.swift"
    # ReportImport's top folder (its formats are the html and docx fuzzers') and ReportModel, as one module.
    sources=$(flatten "$root/Sources/ReportModel" $(ls "$root"/Sources/ReportImport/*.swift))
    cp "$root/../shared/reports/quangang-2023.txt" "$work/corpus-import/seed.txt" 2>/dev/null || true
    for f in "$root"/Tests/ReportImportTests/Fixtures/*.txt; do cp "$f" "$work/corpus-import/"; done
    for f in "$root"/../shared/corpus/gov-work-2026/*.txt; do
      [ -f "$f" ] && head -c 4000 "$f" > "$work/corpus-import/$(basename "$f")"; done
    timeout=2
    max_len=8192
    dict="$here/import.dict" ;;
  html|docx)
    entry="$here/FuzzFormats.swift"
    sources=$(flatten "$root/Sources/ReportModel" "$root/Sources/ReportImport")
    fixtures="$root/Tests/ReportImportTests/Fixtures/formats"
    timeout=2
    if [ "$target" = html ]; then
      cp "$fixtures/seed.html" "$work/corpus-html/"
      printf '<html><body><p>a&amp;b&nbsp;c&#x4e00;&notin;&notit;<table><tr><td>1<td>2</table><script>x</script></body>' > "$work/corpus-html/small.html"
      printf '<!DOCTYPE html><meta charset=gbk><title>\xb9\xd8</title><p>\xb5\xd8\xc7\xf8' > "$work/corpus-html/gbk.html"
      dict="$here/html.dict"
    else
      cp "$fixtures/seed.docx" "$work/corpus-docx/"
      python3 - "$work/corpus-docx" <<'PY'
import io, sys, zipfile
for name, method in [("stored.docx", zipfile.ZIP_STORED), ("deflated.docx", zipfile.ZIP_DEFLATED)]:
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", method) as z:
        z.writestr("word/document.xml", '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>地区生产总值623.68亿元</w:t></w:r><w:tab/><w:br/></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>')
    open(sys.argv[1] + "/" + name, "wb").write(b.getvalue())
PY
      defines="-D FUZZ_DOCX"
      max_len=65536
      dict="$here/docx.dict"
    fi ;;
  *) echo "usage: $0 query|report|import|html|docx SECONDS" >&2; exit 2 ;;
esac
bin="$work/fuzz-$target"
if [ ! -x "$bin" ] || [ -n "$(find $sources "$entry" -newer "$bin" 2>/dev/null | head -1)" ]; then
  swiftc -parse-as-library -sanitize=fuzzer,address -O -module-name ReportQLFuzz -package-name ReportQL $defines $sources "$entry" -o "$bin"
fi
cd "$here/artifacts"
# -detect_leaks=0 stops libFuzzer's per-input leak checks; ASAN_OPTIONS stops the one at exit too, which
# otherwise reports the built-in report's columns as leaked (a global holds them for the life of the process)
# and saves the last input as a "crash".
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
exec "$bin" "$work/corpus-$target" -dict="$dict" -max_total_time="$seconds" -timeout="$timeout" -rss_limit_mb=4096 \
  -max_len="$max_len" -print_final_stats=1 -detect_leaks=0 -artifact_prefix="$here/artifacts/$target-"
