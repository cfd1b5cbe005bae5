import ReportModel

/// The corpus cache file (`CACHE.md`): a header, an index of the reports it was built from and of its
/// collections, then each collection's columns. Reading checks the magic, the version, the model's
/// fingerprint, the folder and the index's checksum at once, and each collection's checksum when it is read.
struct CorpusCache {
    static let magic: [UInt8] = Array("RQLCACHE".utf8)
    /// Bumped whenever the layout of the file changes.
    static let version: UInt32 = 1
    /// Bytes of the header: magic, version, flags, index offset, index length, index checksum.
    static let headerSize = 40

    /// One report as the cache saw it.
    struct FileEntry {
        var name: String
        var size: Int
        var modified: Int64
        var hash: UInt64
        var meta: [(key: String, value: String)]
        /// Rows per collection, in collection order.
        var rows: [Int]
    }

    /// One collection: where its bytes are, their checksum, its rows and its columns without rows.
    struct TableEntry {
        var offset: Int
        var length: Int
        var hash: UInt64
        var rowCount: Int
        var shape: Table
    }

    /// The folder the cache is of (its canonical path).
    var directory: String
    /// When the build that wrote it started (nanoseconds since 1970): a file modified less than two seconds
    /// before that may have changed again within its clock's tick, so its content is checked.
    var built: Int64
    var files: [FileEntry]
    var tables: [TableEntry]

    /// What ties a cache to the code that reads it: the format version, and the collections and fields the
    /// loader builds. A cache written by a build with another schema is rebuilt, not misread. `loader/3`: text
    /// dictionaries keyed by bytes (canonically equivalent texts are two values; `loader/2` merged them).
    static let fingerprint: UInt64 = {
        var text = "reportql-corpus-cache/\(version);loader/3"
        for c in Schema.collections + Schema.textCollections {
            text += "|\(c.name):" + c.fields.map { "\($0.name)=\($0.kind)" }.joined(separator: ",")
        }
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBytes { contentHash(UnsafeRawBufferPointer($0)) }
    }()

    /// The cache's file for `directory` (canonical) in `cacheDirectory`: named by a hash of the folder's path.
    static func path(for directory: String, in cacheDirectory: String) -> String {
        var bytes = Array(directory.utf8)
        let h = bytes.withUnsafeMutableBytes { contentHash(UnsafeRawBufferPointer($0)) }
        let hex = String(h, radix: 16)
        return cacheDirectory + "/" + String(repeating: "0", count: 16 - hex.count) + hex + ".rqlcache"
    }

    // MARK: Reading

    /// Why a cache was not used.
    struct Rejection: Error, CustomStringConvertible {
        var reason: String
        var description: String { reason }
    }

    /// Reads the header and index of the cache at `path`, which must be of `directory`; the file stays open
    /// for its collections.
    static func read(_ path: String, directory: String) throws(Rejection) -> (CorpusCache, OpenFile) {
        let file: OpenFile
        do { file = try OpenFile(path) } catch { throw Rejection(reason: "unreadable (\(error.reason))") }
        let size = file.size
        guard size >= headerSize else { throw Rejection(reason: "truncated") }
        let header: [UInt8]
        do { header = try file.read(at: 0, count: headerSize) } catch { throw Rejection(reason: "unreadable (\(error.reason))") }
        guard header.count == headerSize, Array(header[0..<8]) == magic else { throw Rejection(reason: "not a ReportQL cache") }
        var h = header.withUnsafeBytes { b in ByteReader(b) }
        let (version, flags, indexOffset, indexLength, indexHash): (UInt32, UInt32, Int, Int, UInt64)
        do {
            _ = try h.bytes(8)
            version = try h.u32()
            flags = try h.u32()
            indexOffset = try h.int()
            indexLength = try h.int()
            indexHash = try h.u64()
        } catch {
            throw Rejection(reason: "truncated")
        }
        guard version == Self.version else { throw Rejection(reason: "of format version \(version), not \(Self.version)") }
        guard flags == 0 else { throw Rejection(reason: "damaged (flags \(flags))") }
        guard indexOffset >= headerSize, indexLength >= 0, indexLength <= size - indexOffset else {
            throw Rejection(reason: "truncated")
        }
        let index: [UInt8]
        do { index = try file.read(at: indexOffset, count: indexLength) } catch { throw Rejection(reason: "unreadable (\(error.reason))") }
        guard index.count == indexLength else { throw Rejection(reason: "truncated") }
        guard index.withUnsafeBytes({ contentHash($0) }) == indexHash else { throw Rejection(reason: "damaged (checksum)") }
        let parsed: Result<CorpusCache, TableCodec.Damage> = index.withUnsafeBytes { b in
            var r = ByteReader(b)
            return Result { () throws(TableCodec.Damage) in try Self.readIndex(&r) }
        }
        let cache: CorpusCache
        switch parsed {
        case .success(let c): cache = c
        case .failure(let error): throw Rejection(reason: "damaged (\(error.message))")
        }
        if let fingerprint = cache.fingerprintRead, fingerprint != Self.fingerprint {
            throw Rejection(reason: "written by another version of ReportQL")
        }
        guard cache.directory == directory else { throw Rejection(reason: "of another folder (\(cache.directory))") }
        for t in cache.tables where t.offset < headerSize || t.length < 0 || t.offset > indexOffset - t.length {
            throw Rejection(reason: "truncated")
        }
        return (cache, file)
    }

    /// The fingerprint the index was read with (nil for one built in memory).
    var fingerprintRead: UInt64?

    static func readIndex(_ r: inout ByteReader) throws(TableCodec.Damage) -> CorpusCache {
        let fingerprint = try r.u64()
        let directory = try r.string()
        let built = Int64(try r.int())
        let tableCount = try r.count(max: 1024)
        let fileCount = try r.count()
        var files: [FileEntry] = []
        files.reserveCapacity(fileCount)
        for _ in 0..<fileCount {
            let name = try r.string()
            let size = try r.int()
            let modified = Int64(try r.int())
            let hash = try r.u64()
            let metaCount = try r.count(max: 256)
            var meta: [(key: String, value: String)] = []
            for _ in 0..<metaCount { meta.append((try r.string(), try r.string())) }
            var rows: [Int] = []
            for _ in 0..<tableCount { rows.append(try r.count(max: Int.max)) }
            files.append(FileEntry(name: name, size: size, modified: modified, hash: hash, meta: meta, rows: rows))
        }
        var tables: [TableEntry] = []
        for t in 0..<tableCount {
            let offset = try r.int()
            let length = try r.int()
            let hash = try r.u64()
            let rowCount = try r.int()
            let shape = try TableCodec.read(&r)
            guard shape.rowCount == 0, rowCount == files.reduce(0, { $0 + $1.rows[t] }) else {
                throw TableCodec.Damage("collection \(shape.name) does not add up")
            }
            tables.append(TableEntry(offset: offset, length: length, hash: hash, rowCount: rowCount, shape: shape))
        }
        guard r.remaining == 0 else { throw TableCodec.Damage("bytes after the index") }
        var cache = CorpusCache(directory: directory, built: built, files: files, tables: tables)
        cache.fingerprintRead = fingerprint
        return cache
    }

    /// Collection `t`, read from `file` and checked against its checksum, its row count and its shape.
    func table(_ t: Int, from file: OpenFile) throws(Rejection) -> Table {
        let entry = tables[t]
        let bytes: [UInt8]
        do { bytes = try file.read(at: entry.offset, count: entry.length) } catch { throw Rejection(reason: "unreadable (\(error.reason))") }
        guard bytes.count == entry.length else { throw Rejection(reason: "truncated") }
        guard bytes.withUnsafeBytes({ contentHash($0) }) == entry.hash else { throw Rejection(reason: "damaged (checksum of \(entry.shape.name))") }
        let parsed: Result<Table, TableCodec.Damage> = bytes.withUnsafeBytes { b in
            var r = ByteReader(b)
            return Result { () throws(TableCodec.Damage) in
                let t = try TableCodec.read(&r)
                guard r.remaining == 0 else { throw TableCodec.Damage("bytes after \(t.name)") }
                return t
            }
        }
        let table: Table
        switch parsed {
        case .success(let t): table = t
        case .failure(let error): throw Rejection(reason: "damaged (\(error.message))")
        }
        guard table.rowCount == entry.rowCount, table.name == entry.shape.name,
              table.columns.map(\.name) == entry.shape.columns.map(\.name),
              zip(table.columns, entry.shape.columns).allSatisfy({ $0.type == $1.type }) else {
            throw Rejection(reason: "damaged (\(entry.shape.name) is not what the index says)")
        }
        return table
    }

    /// The bytes of collection `t`, unread, checked against their checksum (to copy into a new cache).
    func rawTable(_ t: Int, from file: OpenFile) throws(Rejection) -> [UInt8] {
        let entry = tables[t]
        let bytes: [UInt8]
        do { bytes = try file.read(at: entry.offset, count: entry.length) } catch { throw Rejection(reason: "unreadable (\(error.reason))") }
        guard bytes.count == entry.length, bytes.withUnsafeBytes({ contentHash($0) }) == entry.hash else {
            throw Rejection(reason: "damaged (checksum of \(entry.shape.name))")
        }
        return bytes
    }

    // MARK: Writing

    /// Writes the cache: `section(t)` gives the bytes of collection `t` of ``tables`` (encoded, or copied
    /// from an older cache by ``rawTable(_:from:)``), asked for and written one at a time so that no more
    /// than one is in memory; then the index (their places, checksums, row counts and shapes) and, last, the
    /// header that points to it. Atomic: written aside, then renamed.
    func write(to path: String, section: (Int) throws(Rejection) -> [UInt8]) throws(FileSystem.Failure) {
        let writer = try FileSystem.AtomicWriter(path)
        try writer.append([UInt8](repeating: 0, count: Self.headerSize))
        var placed: [(offset: Int, length: Int, hash: UInt64)] = []
        for t in tables.indices {
            let bytes: [UInt8]
            do { bytes = try section(t) } catch {
                writer.abandon()
                throw FileSystem.Failure(path, reason: error.reason)
            }
            placed.append((writer.offset, bytes.count, bytes.withUnsafeBytes { contentHash($0) }))
            try writer.append(bytes)
        }
        var w = ByteWriter()
        w.u64(Self.fingerprint)
        w.string(directory)
        w.int(Int(built))
        w.int(tables.count)
        w.int(files.count)
        for f in files {
            w.string(f.name)
            w.int(f.size)
            w.int(Int(f.modified))
            w.u64(f.hash)
            w.int(f.meta.count)
            for (k, v) in f.meta { w.string(k); w.string(v) }
            for r in f.rows { w.int(r) }
        }
        for (t, p) in placed.enumerated() {
            w.int(p.offset)
            w.int(p.length)
            w.u64(p.hash)
            w.int(tables[t].rowCount)
            TableCodec.write(tables[t].shape, to: &w)
        }
        let indexOffset = writer.offset
        try writer.append(w.bytes)
        var header = ByteWriter()
        header.append(Self.magic)
        header.u32(Self.version)
        header.u32(0)
        header.int(indexOffset)
        header.int(w.bytes.count)
        header.u64(w.bytes.withUnsafeBytes { contentHash($0) })
        try writer.write(header.bytes, at: 0)
        try writer.commit()
    }
}
