@preconcurrency import CLibEdit
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// libedit, loaded at run time: `rql` builds without libedit's headers and runs without the library (with a
/// plain line reader instead). Only the functions the line editor calls, through pointers found with `dlsym`.
struct LibEdit: @unchecked Sendable {
    let elInit: rql_el_init_t
    let elEnd: rql_el_end_t
    let elWgets: rql_el_wgets_t
    let elSet: rql_el_set_t
    let elWset: rql_el_set_t
    let elWline: rql_el_wline_t
    let elWinsertstr: rql_el_winsertstr_t
    let elDeletestr: rql_el_deletestr_t
    let elCursor: rql_el_cursor_t
    let elWpush: rql_el_wpush_t
    let historyWinit: rql_history_winit_t
    let historyW: rql_history_w_t

    /// The library names tried, in order.
    static let libraryNames = ["libedit.so.2", "libedit.so", "libedit.3.dylib", "libedit.dylib"]

    /// libedit, or nil when it is not installed (or `RQL_NO_LIBEDIT` is set, for tests) or lacks a function.
    static func load() -> LibEdit? {
        if Terminal.environment("RQL_NO_LIBEDIT") != nil { return nil }
        guard let handle = libraryNames.lazy.compactMap({ dlopen($0, RTLD_NOW | RTLD_LOCAL) }).first else {
            return nil
        }
        func symbol<T>(_ name: String, _: T.Type) -> T? {
            dlsym(handle, name).map { unsafeBitCast($0, to: T.self) }
        }
        guard let elInit = symbol("el_init", rql_el_init_t.self),
              let elEnd = symbol("el_end", rql_el_end_t.self),
              let elWgets = symbol("el_wgets", rql_el_wgets_t.self),
              let elSet = symbol("el_set", rql_el_set_t.self),
              let elWset = symbol("el_wset", rql_el_set_t.self),
              let elWline = symbol("el_wline", rql_el_wline_t.self),
              let elWinsertstr = symbol("el_winsertstr", rql_el_winsertstr_t.self),
              let elDeletestr = symbol("el_deletestr", rql_el_deletestr_t.self),
              let elCursor = symbol("el_cursor", rql_el_cursor_t.self),
              let elWpush = symbol("el_wpush", rql_el_wpush_t.self),
              let historyWinit = symbol("history_winit", rql_history_winit_t.self),
              let historyW = symbol("history_w", rql_history_w_t.self) else { return nil }
        return LibEdit(elInit: elInit, elEnd: elEnd, elWgets: elWgets, elSet: elSet, elWset: elWset, elWline: elWline,
                       elWinsertstr: elWinsertstr, elDeletestr: elDeletestr, elCursor: elCursor, elWpush: elWpush,
                       historyWinit: historyWinit, historyW: historyW)
    }
}

/// Text as a NUL-terminated wide string (one `wchar_t` per code point), for libedit.
func wideString(_ s: String) -> [wchar_t] {
    s.unicodeScalars.map { wchar_t(bitPattern: $0.value) } + [0]
}

/// A wide string from libedit, from `start` up to `end`.
func string(wide start: UnsafePointer<wchar_t>, upTo end: UnsafePointer<wchar_t>) -> String {
    var s = String.UnicodeScalarView()
    var p = start
    while p < end {
        if let u = Unicode.Scalar(UInt32(bitPattern: p.pointee)) { s.append(u) }
        p += 1
    }
    return String(s)
}
