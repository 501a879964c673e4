// swift-tools-version:6.0
import PackageDescription

// The pipeline, one module per stage, dependencies pointing one way:
// CLI -> Build -> Publish, Render -> Model -> Annotate -> Markdown -> Ccmark
//                                 \-> Load -> Core
let package = Package(
    name: "sitegen",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "sitegen", targets: ["sitegen"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "Ccmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(name: "SitegenCore"),
        .target(
            name: "SitegenLoad",
            dependencies: ["SitegenCore", .product(name: "Yams", package: "Yams")]
        ),
        .target(name: "SitegenMarkdown", dependencies: ["SitegenCore", "Ccmark"]),
        .target(
            name: "SitegenAnnotate",
            dependencies: ["SitegenCore", "SitegenMarkdown", .product(name: "Yams", package: "Yams")],
            exclude: ["Gazetteer"],
            plugins: ["EmbedTemplatesPlugin"]
        ),
        .target(
            name: "SitegenModel",
            dependencies: ["SitegenCore", "SitegenLoad", "SitegenMarkdown", "SitegenAnnotate"]
        ),
        .target(
            name: "SitegenRender",
            dependencies: [
                "SitegenCore", "SitegenModel", "SitegenAnnotate", "SitegenMarkdown",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            plugins: ["EmbedTemplatesPlugin"]
        ),
        .target(name: "CSystemShims"),
        .target(name: "SitegenPublish", dependencies: ["SitegenCore", "CSystemShims"]),
        .target(
            name: "SitegenBuild",
            dependencies: [
                "SitegenCore", "SitegenLoad", "SitegenMarkdown", "SitegenAnnotate",
                "SitegenModel", "SitegenRender", "SitegenPublish",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "SitegenServe",
            dependencies: [
                "SitegenCore", "SitegenAnnotate", "SitegenBuild",
                .product(name: "FlyingFox", package: "FlyingFox"), .product(name: "FlyingSocks", package: "FlyingFox"),
            ]
        ),
        .target(
            name: "SitegenCLI",
            dependencies: [
                "SitegenCore", "SitegenBuild", "SitegenServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(name: "sitegen", dependencies: ["SitegenCLI"]),
        .executableTarget(
            name: "annotator-benchmark",
            dependencies: ["SitegenAnnotate", "SitegenLoad", "SitegenMarkdown"],
            path: "Benchmarks/AnnotatorBenchmark"
        ),

        // The default theme is the top-level templates/ folder, compiled into the binary.
        .executableTarget(name: "EmbedTemplates", path: "Sources/EmbedTemplates"),
        .plugin(
            name: "EmbedTemplatesPlugin",
            capability: .buildTool(),
            dependencies: ["EmbedTemplates"]
        ),

        .testTarget(
            name: "SitegenTests",
            dependencies: [
                "SitegenCore", "SitegenLoad", "SitegenMarkdown", "SitegenAnnotate", "SitegenModel",
                "SitegenRender", "SitegenPublish", "SitegenBuild", "SitegenCLI", "SitegenServe",
                .product(name: "Yams", package: "Yams"),
            ],
            exclude: ["Fixtures", "Golden"]
        ),
    ]
)
