#if os(Linux) && (arch(x86_64) || arch(arm64))
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// The few libcurl entry points `CurlTransport` uses, looked up at run time in the libcurl that
/// FoundationNetworking already loads: no headers and no link-time dependency, and a clean
/// fallback to `URLSession` where it is missing or too old.
///
/// `curl_easy_setopt`, `curl_easy_getinfo` are C variadic functions, which Swift cannot call as
/// such. They are called through fixed-argument function types, one per argument kind: on the two
/// Linux ABIs allowed here (x86-64 System V and AArch64 AAPCS64) a variadic callee reads integer and
/// pointer arguments from the same registers a fixed-argument call fills.
struct LibCurl: @unchecked Sendable {
    typealias Handle = OpaquePointer
    typealias WriteCallback = @convention(c) (UnsafeMutablePointer<CChar>?, Int, Int, UnsafeMutableRawPointer?) -> Int

    let easyInit: @convention(c) () -> Handle?
    let easyCleanup: @convention(c) (Handle?) -> Void
    let setLong: @convention(c) (Handle?, Int32, Int) -> Int32
    let setPointer: @convention(c) (Handle?, Int32, UnsafeRawPointer?) -> Int32
    let setCallback: @convention(c) (Handle?, Int32, WriteCallback) -> Int32
    let getLong: @convention(c) (Handle?, Int32, UnsafeMutablePointer<Int>) -> Int32
    let listAppend: @convention(c) (OpaquePointer?, UnsafePointer<CChar>) -> OpaquePointer?
    let listFree: @convention(c) (OpaquePointer?) -> Void
    let multiInit: @convention(c) () -> Handle?
    let multiAdd: @convention(c) (Handle?, Handle?) -> Int32
    let multiRemove: @convention(c) (Handle?, Handle?) -> Int32
    let multiPerform: @convention(c) (Handle?, UnsafeMutablePointer<Int32>) -> Int32
    let multiPoll: @convention(c) (Handle?, UnsafeMutableRawPointer?, UInt32, Int32, UnsafeMutablePointer<Int32>?) -> Int32
    let multiWakeup: @convention(c) (Handle?) -> Int32
    let multiInfoRead: @convention(c) (Handle?, UnsafeMutablePointer<Int32>) -> UnsafeMutableRawPointer?

    /// The loaded library, or `nil` when libcurl is absent or older than 7.85 (the first with
    /// `CURLOPT_PROTOCOLS_STR`; 7.87 adds the CA-store cache that makes fresh connections cheap).
    static let shared: LibCurl? = load()

    private static func load() -> LibCurl? {
        guard let library = dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL) else { return nil }
        func symbol<T>(_ name: String, as type: T.Type) -> T? {
            dlsym(library, name).map { unsafeBitCast($0, to: type) }
        }
        typealias VersionInfo = @convention(c) (Int32) -> UnsafeRawPointer?
        typealias GlobalInit = @convention(c) (Int) -> Int32
        // curl_version_info_data: an int `age`, then `version` (a pointer), then `version_num`.
        guard let versionInfo = symbol("curl_version_info", as: VersionInfo.self),
              let info = versionInfo(10 /* CURLVERSION_NOW */),
              info.load(fromByteOffset: 16, as: UInt32.self) >= 0x07_55_00,
              let globalInit = symbol("curl_global_init", as: GlobalInit.self),
              globalInit(3 /* CURL_GLOBAL_ALL */) == 0 else { return nil }
        guard let easyInit = symbol("curl_easy_init", as: (@convention(c) () -> Handle?).self),
              let easyCleanup = symbol("curl_easy_cleanup", as: (@convention(c) (Handle?) -> Void).self),
              let setLong = symbol("curl_easy_setopt", as: (@convention(c) (Handle?, Int32, Int) -> Int32).self),
              let setPointer = symbol("curl_easy_setopt", as: (@convention(c) (Handle?, Int32, UnsafeRawPointer?) -> Int32).self),
              let setCallback = symbol("curl_easy_setopt", as: (@convention(c) (Handle?, Int32, WriteCallback) -> Int32).self),
              let getLong = symbol("curl_easy_getinfo", as: (@convention(c) (Handle?, Int32, UnsafeMutablePointer<Int>) -> Int32).self),
              let listAppend = symbol("curl_slist_append",
                                      as: (@convention(c) (OpaquePointer?, UnsafePointer<CChar>) -> OpaquePointer?).self),
              let listFree = symbol("curl_slist_free_all", as: (@convention(c) (OpaquePointer?) -> Void).self),
              let multiInit = symbol("curl_multi_init", as: (@convention(c) () -> Handle?).self),
              let multiAdd = symbol("curl_multi_add_handle", as: (@convention(c) (Handle?, Handle?) -> Int32).self),
              let multiRemove = symbol("curl_multi_remove_handle", as: (@convention(c) (Handle?, Handle?) -> Int32).self),
              let multiPerform = symbol("curl_multi_perform",
                                        as: (@convention(c) (Handle?, UnsafeMutablePointer<Int32>) -> Int32).self),
              let multiPoll = symbol("curl_multi_poll", as: (@convention(c) (Handle?, UnsafeMutableRawPointer?, UInt32, Int32,
                                                                               UnsafeMutablePointer<Int32>?) -> Int32).self),
              let multiWakeup = symbol("curl_multi_wakeup", as: (@convention(c) (Handle?) -> Int32).self),
              let multiInfoRead = symbol("curl_multi_info_read",
                                         as: (@convention(c) (Handle?, UnsafeMutablePointer<Int32>) -> UnsafeMutableRawPointer?).self)
        else { return nil }
        return LibCurl(easyInit: easyInit, easyCleanup: easyCleanup, setLong: setLong, setPointer: setPointer,
                       setCallback: setCallback, getLong: getLong, listAppend: listAppend, listFree: listFree,
                       multiInit: multiInit, multiAdd: multiAdd, multiRemove: multiRemove, multiPerform: multiPerform,
                       multiPoll: multiPoll, multiWakeup: multiWakeup, multiInfoRead: multiInfoRead)
    }
}

/// The libcurl option, info and result numbers used here (from curl.h, stable across versions).
enum CurlOption {
    static let writeData: Int32 = 10_001, url: Int32 = 10_002, writeFunction: Int32 = 20_011
    static let postFields: Int32 = 10_015, httpHeader: Int32 = 10_023, headerData: Int32 = 10_029
    static let customRequest: Int32 = 10_036, noProgress: Int32 = 43, noBody: Int32 = 44, post: Int32 = 47
    static let followLocation: Int32 = 52, postFieldSize: Int32 = 60, freshConnect: Int32 = 74, forbidReuse: Int32 = 75
    static let headerFunction: Int32 = 20_079, httpGet: Int32 = 80, noSignal: Int32 = 99, privateData: Int32 = 10_103
    static let timeoutMilliseconds: Int32 = 155, protocols: Int32 = 10_318, redirectProtocols: Int32 = 10_319
    static let readData: Int32 = 10_009, readFunction: Int32 = 20_012
    static let responseCode: Int32 = 0x20_0002
}

/// `CURLcode` values the transport tells apart.
enum CurlResult {
    static let ok: Int32 = 0, unsupportedProtocol: Int32 = 1, malformedURL: Int32 = 3, couldNotResolveProxy: Int32 = 5
    static let couldNotResolveHost: Int32 = 6, couldNotConnect: Int32 = 7, writeError: Int32 = 23
    static let timedOut: Int32 = 28, sslConnect: Int32 = 35, gotNothing: Int32 = 52, sendError: Int32 = 55
    static let receiveError: Int32 = 56, sslCertificate: Int32 = 58, peerFailedVerification: Int32 = 60
    static let sslCACertificateFile: Int32 = 77, partialFile: Int32 = 18, sendFailRewind: Int32 = 65
    static let weirdServerReply: Int32 = 8, http2: Int32 = 16, http2Stream: Int32 = 92
}
#endif
