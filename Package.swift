// swift-tools-version:6.1
import PackageDescription

/// The target graph is the architecture: each target has one role, and a file that needs an
/// import its target lacks is in the wrong place.
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
        /// Dutch text analysis shared by indexing and querying: normalise, fold, stem, decompound,
        /// synonyms; the B1 checker and the B1 summary writer (docs/b1-checker.md).
        .target(name: "DutchText", dependencies: ["CStemmer", "KaartModel"]),
        /// The index file: schema, writing and querying. The only code that knows the index's SQL.
        .target(
            name: "SearchIndex",
            dependencies: [
                "KaartModel", "DutchText",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        /// The indexing pipeline: read the sources in Indexer/sources.yaml (Corpus/, HSDS and
        /// spreadsheet imports), decode, validate, merge duplicates, analyse, write.
        .target(
            name: "Indexing",
            dependencies: [
                "KaartModel", "DutchText", "SearchIndex",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        /// How results, records and handouts read: plain text, JSON and HSDS 3, in Dutch and
        /// English. Shared by the terminal and the web server so both say the same thing.
        .target(name: "Presentation", dependencies: ["KaartModel", "DutchText", "SearchIndex"]),
        /// The thin command-line layer: parse, call one library function, render.
        .executableTarget(
            name: "kaart",
            dependencies: [
                "KaartModel", "DutchText", "SearchIndex", "Indexing", "Presentation",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "KaartTests",
            dependencies: ["KaartModel", "DutchText", "SearchIndex", "Indexing", "Presentation"],
            resources: [.copy("Fixtures")]
        ),
    ]
)
