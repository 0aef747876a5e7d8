// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "apkalpe",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "apkalpe", targets: ["apkalpe"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.115.0"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.12.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.8.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.10.0"),
        .package(url: "https://github.com/JohnSundell/Plot.git", from: "0.14.0"),
        .package(url: "https://github.com/apple/swift-openapi-generator.git", from: "1.10.0"),
        .package(url: "https://github.com/apple/swift-openapi-runtime.git", from: "1.8.0"),
        .package(url: "https://github.com/vapor/swift-openapi-vapor.git", from: "1.0.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.0.0"..<"5.0.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.1.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.65.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.27.0"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.21.0"),
    ],
    targets: [
        .target(name: "Domain", dependencies: [.product(name: "Crypto", package: "swift-crypto")]),
        // One type per use case (book, reschedule, …), for the API and the pages alike; depends on
        // Domain only and reaches storage, links and the clock through Domain's ports (issue 12).
        .target(name: "UseCases", dependencies: ["Domain"]),
        // RFC 5322/MIME parsing for submissions by e-mail (issue 14): plain Swift, no I/O.
        .target(name: "Mail"),
        // Messages leave through an SMTP relay (issue 15): a small client on SwiftNIO and
        // swift-nio-ssl, since the package mirror has no maintained Swift SMTP client.
        .target(
            name: "SMTP",
            dependencies: [
                "Domain", "Mail",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ]
        ),
        // Text messages leave through an SMS provider's HTTP API (issue 15, item 4).
        .target(
            name: "TextMessaging",
            dependencies: ["Domain", .product(name: "AsyncHTTPClient", package: "async-http-client")]
        ),
        .target(
            name: "Storage",
            dependencies: [
                "Domain",
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
            ]
        ),
        .target(
            name: "Web",
            dependencies: [
                "Domain",
                "UseCases",
                "Mail",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Plot", package: "Plot"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "OpenAPIVapor", package: "swift-openapi-vapor"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            resources: [.copy("openapi.yaml")],
            plugins: [.plugin(name: "OpenAPIGenerator", package: "swift-openapi-generator")]
        ),
        // The one place where Storage meets Web: the database, the stores Web is given, and the
        // commands that work on the database itself (migrate, seed, user, token, kiosk, retention).
        .target(
            name: "Wiring",
            dependencies: [
                "TextMessaging",
                "Domain", "UseCases", "Storage", "Web", "Mail", "SMTP",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
            ]
        ),
        .executableTarget(name: "apkalpe", dependencies: [
            "Wiring", .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
        ]),
        .testTarget(name: "DomainTests", dependencies: ["Domain"]),
        .testTarget(name: "MailTests", dependencies: ["Mail", "SMTP", "Domain", "TestSupport"]),
        .testTarget(name: "UseCasesTests", dependencies: ["UseCases", "Domain", "TestSupport"]),
        // What the suites share: one database helper (SQLite, and PostgreSQL with DATABASE_URL) and
        // in-memory fakes of Domain's ports (Fakes/).
        .target(
            name: "TestSupport",
            dependencies: ["Storage", "Domain", .product(name: "Fluent", package: "fluent")],
            path: "Tests/TestSupport"
        ),
        .testTarget(name: "StorageTests", dependencies: ["Storage", "Domain", "UseCases", "TestSupport", "SMTP", "Mail"]),
        .testTarget(
            name: "WebTests",
            dependencies: [
                "Web", "Wiring", "Storage", "Domain", "TestSupport", "TextMessaging",
                .product(name: "VaporTesting", package: "vapor"),
            ]
        ),
    ]
)

// A leak between layers is a compile error (issue 12): a file sees only the modules it imports,
// and every existential is spelled `any`.
for target in package.targets where target.type != .plugin {
    target.swiftSettings = (target.swiftSettings ?? []) + [
        .enableUpcomingFeature("MemberImportVisibility"),
        .enableUpcomingFeature("ExistentialAny"),
    ]
}
