#!/usr/bin/env python3
"""Writes Sources/ReportImport/Formats/HTMLEntities.swift from the WHATWG named character references, as
Python's html.entities.html5 holds them: python3 make_entities.py (from anywhere)."""
import os
from html.entities import html5

here = os.path.dirname(os.path.abspath(__file__))
target = os.path.join(here, '../../../../Sources/ReportImport/Formats/HTMLEntities.swift')
semi = sorted(k[:-1] for k in html5 if k.endswith(';'))
legacy = sorted(k for k in html5 if not k.endswith(';'))
body = '\n'.join(k + '=' + ','.join('%X' % ord(c) for c in html5[k + ';']) for k in semi)
out = '''// Generated from the WHATWG HTML named character references (Python's html.entities.html5) by
// Tests/ReportImportTests/Fixtures/formats/make_entities.py; do not edit by hand.

/// The HTML named character references: `name=code points` (hex, comma-separated), one a line.
enum HTMLEntities {
    /// Every name (without its `;`) and its characters.
    static let table: [String: String] = {
        var table: [String: String] = [:]
        table.reserveCapacity(2300)
        for line in raw.split(separator: "\\n") {
            guard let eq = line.firstIndex(of: "=") else { continue }
            var value = ""
            for hex in line[line.index(after: eq)...].split(separator: ",") {
                if let v = UInt32(hex, radix: 16), let s = Unicode.Scalar(v) { value.unicodeScalars.append(s) }
            }
            table[String(line[..<eq])] = value
        }
        return table
    }()

    /// The names also recognised without a `;` (legacy references such as `&nbsp` and `&copy`).
    static let legacy: Set<String> = [%s]

    /// The longest name length.
    static let longest = %d

    private static let raw = """
%s
"""
}
''' % (', '.join('"%s"' % k for k in legacy), max(len(k) for k in semi), body)
open(target, 'w').write(out)
print('wrote', os.path.normpath(target), len(semi), 'names')
