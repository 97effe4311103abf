// swift-tools-version:6.0
import PackageDescription

// VanBan: parse, normalise and lint Vietnamese Party and administrative documents.
// No dependencies beyond the Swift toolchain, by design.
let package = Package(
    name: "VanBan",
    products: [
        .library(name: "VanBan", targets: ["VanBan"]),
        .executable(name: "vanban", targets: ["vanban"]),
        .executable(name: "vanban-bench", targets: ["vanban-bench"]),
    ],
    targets: [
        .target(name: "VanBan"),
        .executableTarget(name: "vanban", dependencies: ["VanBan"]),
        .executableTarget(name: "vanban-bench", dependencies: ["VanBan"]),
        .testTarget(
            name: "VanBanTests",
            // The executable is a dependency so that `swift test` builds it for the CLI tests.
            dependencies: ["VanBan", "vanban"]
        ),
    ]
)
