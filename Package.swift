// swift-tools-version:6.1
import PackageDescription

/// The target graph is the architecture: each target has one role, and a file that needs an
/// import its target lacks is in the wrong place.
///
/// Every target also lists each target of this package it reaches through another (DutchText
/// through SearchIndex and Indexing). SwiftPM reruns a target's compile only for the modules it
/// lists: adding a stored property to Glossary (held in ReferenceData) once left WebTests, Server
/// and Benchmark compiled against the old size in an incremental build, and the tests crashed
/// with a corrupted heap. After such a change, if a test crashes oddly, rebuild from clean.

let package = Package(
    name: "SocialeKaart",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "kaart", targets: ["kaart"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        // HMAC-SHA256 for providers' confirmation links.
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        // Bounded property-based tests of the query analyser and the form parser (tests only).
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        // The shared stores when more than one server runs (docs/more-servers.md).
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        /// Value types of the domain: records, taxonomy, places, queries. Foundation only, no I/O.
        .target(name: "KaartModel"),
        /// Snowball's C stemmers, from Debian's libstemmer-dev.
        .systemLibrary(
            name: "CStemmer",
            pkgConfig: nil,
            providers: [.apt(["libstemmer-dev"])]
        ),
        /// QR codes, from Debian's libqrencode-dev: the list handout's code that opens the live list.
        .systemLibrary(
            name: "CQRencode",
            pkgConfig: "libqrencode",
            providers: [.apt(["libqrencode-dev"])]
        ),
        /// zlib, from Debian's zlib1g-dev: the records the index stores are deflated (RecordCodec).
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        /// Dutch text analysis shared by indexing and querying: normalise, fold, stem, decompound,
        /// synonyms; the B1 checker and the B1 summary writer (docs/b1-checker.md).
        .target(name: "DutchText", dependencies: ["CStemmer", "KaartModel"]),
        /// The index file: schema, writing and querying. The only code that knows the index's SQL.
        .target(
            name: "SearchIndex",
            dependencies: [
                "KaartModel", "DutchText", "CZlib",
                .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C interface, for the index build's bulk inserts (BulkInsert).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        /// The wegwijzer's assistant: from a situation to a plan per levensdomein, by explainable
        /// rules over the concept lexicon and the taxonomy, with the searches of `SearchIndex`.
        .target(name: "Advice", dependencies: ["KaartModel", "DutchText", "SearchIndex"]),
        /// The indexing pipeline: read the sources in Indexer/sources.yaml (Corpus/, HSDS and
        /// spreadsheet imports), decode, validate, merge duplicates, analyse, write.
        .target(
            name: "Indexing",
            dependencies: [
                "KaartModel", "DutchText", "SearchIndex",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Logging", package: "swift-log"),
                // The content keys of the build cache (SHA-256).
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        /// How results, records and handouts read: plain text, JSON and HSDS 3, in Dutch and
        /// English. Shared by the terminal and the web server so both say the same thing.
        .target(name: "Presentation", dependencies: ["KaartModel", "DutchText", "SearchIndex", "Advice", "CQRencode"]),
        /// Reports about stale entries, in their own SQLite file so re-indexing never touches
        /// them. The only code that knows the feedback file's SQL.
        .target(
            name: "Feedback",
            dependencies: [
                "KaartModel",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        /// "Klopt dit nog?": signed links for providers to confirm their own entry, and the mail
        /// merge that carries them. The only code that knows the link's signature.
        .target(
            name: "Confirmation",
            dependencies: ["KaartModel", .product(name: "Crypto", package: "swift-crypto")]
        ),
        /// Other maps kept in step over HTTP: fetch (streaming, bounded), snapshots, diffs, the
        /// run log, retiring what vanished, the schedule, and the link check. It owns the
        /// network; `Indexing` stays offline and is what it calls to read and build.
        .target(
            name: "Sync",
            dependencies: [
                "KaartModel", "DutchText", "SearchIndex", "Indexing", "Feedback",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        /// The web page, its plain-text twin and the JSON API (Hummingbird 2). Routes are thin:
        /// parse with `SearchQuery.parse`, search, render with `Presentation`.
        .target(
            name: "Server",
            dependencies: [
                "KaartModel", "DutchText", "SearchIndex", "Indexing", "Presentation", "Feedback", "Confirmation", "CQRencode",
                "Advice",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                // HTTPParserError: a body the parser cannot read is the client's error (400).
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                // The index file's checksum in /healthz.
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [.embedInCode("openapi.json")]
        ),
        /// `kaart bench`: the synthetic corpus, the query mix, the reference points (plain FTS5,
        /// Tantivy, Datasette with wrk) and the report. Benchmark-only SQL lives here. And
        /// `kaart beoordeel`: the judged search set and its scorer (recall@5, nDCG@5, violations).
        .target(
            name: "Benchmark",
            dependencies: [
                "KaartModel", "DutchText", "SearchIndex", "Indexing",
                // The usage store's size over a year (`kaart bench --gebruik`).
                "Feedback", "Advice",
                .product(name: "GRDB", package: "GRDB.swift"),
                // The judged search set (`kaart beoordeel`) is a YAML file.
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        /// The thin command-line layer: parse, call one library function, render.
        .executableTarget(
            name: "kaart",
            dependencies: [
                "KaartModel", "DutchText", "SearchIndex", "Indexing", "Presentation", "Feedback", "Server", "Benchmark", "Sync",
                "Confirmation", "CQRencode",
                "Advice",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        /// What every test target shares: a scratch folder per test process, removed at exit.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(
            name: "KaartTests",
            dependencies: [
                "TestSupport", "KaartModel", "DutchText", "SearchIndex", "Indexing", "Presentation", "Feedback", "Benchmark", "CQRencode",
                "Advice",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            resources: [.copy("Fixtures")]
        ),
        /// The feedback store and the web server, through their front doors: a fixture index
        /// built from a few records, HummingbirdTesting, and the built `kaart` as a child process.
        .testTarget(
            name: "WebTests",
            dependencies: [
                "TestSupport", "KaartModel", "DutchText", "SearchIndex", "Indexing", "Presentation", "Feedback", "Server", "Confirmation", "CQRencode",
                "Advice",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "PropertyBased", package: "swift-property-based"),
                // The store suite's throwaway databases (scripts/with-postgres).
                .product(name: "PostgresNIO", package: "postgres-nio"),
                // The client of the two-server test: Foundation's URLSession on Linux crashed
                // under a few hundred concurrent requests.
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ],
            exclude: ["Fixtures"]
        ),
        /// Keeping other maps in step, through the front door: loopback Hummingbird servers that
        /// serve HSDS API pages, an ndjson stream, a CSV file and every failure, the built `kaart`
        /// (`kaart sync`, `kaart links`) and two `kaart serve` processes following each other.
        .testTarget(
            name: "SyncTests",
            dependencies: [
                "TestSupport", "KaartModel", "DutchText", "SearchIndex", "Indexing", "Feedback", "Sync", "Presentation", "CQRencode",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
    ]
)
