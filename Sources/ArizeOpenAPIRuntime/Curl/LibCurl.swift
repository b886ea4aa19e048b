#if os(Linux) && (arch(x86_64) || arch(arm64))
internal import CArizeCurl
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// The few libcurl entry points `CurlTransport` uses, looked up at run time in the libcurl that
/// FoundationNetworking already loads: no headers and no link-time dependency, and a clean
/// fallback to `URLSession` where it is missing or too old.
///
/// `curl_easy_setopt` and `curl_easy_getinfo` are C variadic functions, which Swift cannot call:
/// they are called through the `CArizeCurl` shims, which give them their real variadic prototype.
struct LibCurl: @unchecked Sendable {
    typealias Handle = OpaquePointer
    typealias DataCallback = @convention(c) (UnsafeMutablePointer<CChar>?, Int, Int, UnsafeMutableRawPointer?) -> Int

    private let setopt: UnsafeMutableRawPointer
    private let getinfo: UnsafeMutableRawPointer
    let easyInit: @convention(c) () -> Handle?
    let easyCleanup: @convention(c) (Handle?) -> Void
    let listAppend: @convention(c) (OpaquePointer?, UnsafePointer<CChar>) -> OpaquePointer?
    let listFree: @convention(c) (OpaquePointer?) -> Void
    let multiInit: @convention(c) () -> Handle?
    let multiAdd: @convention(c) (Handle?, Handle?) -> Int32
    let multiRemove: @convention(c) (Handle?, Handle?) -> Int32
    let multiPerform: @convention(c) (Handle?, UnsafeMutablePointer<Int32>) -> Int32
    let multiPoll: @convention(c) (Handle?, UnsafeMutableRawPointer?, UInt32, Int32, UnsafeMutablePointer<Int32>?) -> Int32
    let multiWakeup: @convention(c) (Handle?) -> Int32
    let multiInfoRead: @convention(c) (Handle?, UnsafeMutablePointer<Int32>) -> UnsafeMutableRawPointer?
    /// libcurl's version as `0xXXYYZZ` (7.81.0 is `0x075100`).
    let version: UInt32

    /// Whether `CURLOPT_PROTOCOLS_STR` exists (7.85 and later); before it, the bitmask `CURLOPT_PROTOCOLS`.
    var hasProtocolsString: Bool { version >= 0x07_55_00 }

    /// The loaded library, or `nil` when libcurl is absent or older than 7.68 (the first with
    /// `curl_multi_wakeup`, which hands a request to the engine thread without polling).
    static let shared: LibCurl? = load()

    func set(_ easy: Handle, _ option: CurlOption, _ value: Int) -> Int32 {
        arize_curl_setopt_long(setopt, UnsafeMutableRawPointer(easy), option.number, value)
    }

    func set(_ easy: Handle, _ option: CurlOption, _ value: UnsafeRawPointer?) -> Int32 {
        arize_curl_setopt_pointer(setopt, UnsafeMutableRawPointer(easy), option.number, value)
    }

    func set(_ easy: Handle, _ option: CurlOption, _ callback: DataCallback) -> Int32 {
        arize_curl_setopt_callback(setopt, UnsafeMutableRawPointer(easy), option.number, callback)
    }

    /// A `long` the transfer reports (`CURLINFO_*`), or `nil` when libcurl does not know it.
    func info(_ easy: Handle, _ info: Int32) -> Int? {
        var value = 0
        return arize_curl_getinfo_long(getinfo, UnsafeMutableRawPointer(easy), info, &value) == 0 ? value : nil
    }

    private static func load() -> LibCurl? {
        guard let library = dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL) else { return nil }
        func symbol<T>(_ name: String, as type: T.Type) -> T? {
            dlsym(library, name).map { unsafeBitCast($0, to: type) }
        }
        typealias VersionInfo = @convention(c) (Int32) -> UnsafeRawPointer?
        typealias GlobalInit = @convention(c) (Int) -> Int32
        // curl_version_info_data: an int `age`, then `version` (a pointer), then `version_num`.
        guard let versionInfo = symbol("curl_version_info", as: VersionInfo.self),
              let info = versionInfo(10 /* CURLVERSION_NOW */) else { return nil }
        let version = info.load(fromByteOffset: 16, as: UInt32.self)
        guard version >= 0x07_44_00,
              let globalInit = symbol("curl_global_init", as: GlobalInit.self),
              globalInit(3 /* CURL_GLOBAL_ALL */) == 0 else { return nil }
        guard let setopt = dlsym(library, "curl_easy_setopt"),
              let getinfo = dlsym(library, "curl_easy_getinfo"),
              let easyInit = symbol("curl_easy_init", as: (@convention(c) () -> Handle?).self),
              let easyCleanup = symbol("curl_easy_cleanup", as: (@convention(c) (Handle?) -> Void).self),
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
        return LibCurl(setopt: setopt, getinfo: getinfo, easyInit: easyInit, easyCleanup: easyCleanup, listAppend: listAppend,
                       listFree: listFree, multiInit: multiInit, multiAdd: multiAdd, multiRemove: multiRemove,
                       multiPerform: multiPerform, multiPoll: multiPoll, multiWakeup: multiWakeup, multiInfoRead: multiInfoRead,
                       version: version)
    }
}

/// A libcurl option: its number (from curl.h, stable across versions) and its name, for errors.
struct CurlOption: Sendable {
    let number: Int32
    let name: String

    private init(_ number: Int32, _ name: String) {
        self.number = number
        self.name = name
    }

    static let writeData = CurlOption(10_001, "CURLOPT_WRITEDATA"), url = CurlOption(10_002, "CURLOPT_URL")
    static let proxy = CurlOption(10_004, "CURLOPT_PROXY"), readData = CurlOption(10_009, "CURLOPT_READDATA")
    static let writeFunction = CurlOption(20_011, "CURLOPT_WRITEFUNCTION"), readFunction = CurlOption(20_012, "CURLOPT_READFUNCTION")
    static let postFields = CurlOption(10_015, "CURLOPT_POSTFIELDS"), httpHeader = CurlOption(10_023, "CURLOPT_HTTPHEADER")
    static let headerData = CurlOption(10_029, "CURLOPT_HEADERDATA"), customRequest = CurlOption(10_036, "CURLOPT_CUSTOMREQUEST")
    static let noBody = CurlOption(44, "CURLOPT_NOBODY"), post = CurlOption(47, "CURLOPT_POST")
    static let followLocation = CurlOption(52, "CURLOPT_FOLLOWLOCATION"), postFieldSize = CurlOption(60, "CURLOPT_POSTFIELDSIZE")
    static let caInfo = CurlOption(10_065, "CURLOPT_CAINFO")
    static let freshConnect = CurlOption(74, "CURLOPT_FRESH_CONNECT"), forbidReuse = CurlOption(75, "CURLOPT_FORBID_REUSE")
    static let headerFunction = CurlOption(20_079, "CURLOPT_HEADERFUNCTION"), httpGet = CurlOption(80, "CURLOPT_HTTPGET")
    static let noSignal = CurlOption(99, "CURLOPT_NOSIGNAL"), timeoutMilliseconds = CurlOption(155, "CURLOPT_TIMEOUT_MS")
    static let noProxy = CurlOption(10_177, "CURLOPT_NOPROXY")
    static let protocols = CurlOption(181, "CURLOPT_PROTOCOLS"), redirectProtocols = CurlOption(182, "CURLOPT_REDIR_PROTOCOLS")
    static let protocolsString = CurlOption(10_318, "CURLOPT_PROTOCOLS_STR")
    static let redirectProtocolsString = CurlOption(10_319, "CURLOPT_REDIR_PROTOCOLS_STR")
}

/// `CURLINFO_*` numbers read after a transfer.
enum CurlInfo {
    static let responseCode: Int32 = 0x20_0002, proxyConnectCode: Int32 = 0x20_0016
}

/// `CURLPROTO_*` bits for the pre-7.85 `CURLOPT_PROTOCOLS`.
enum CurlProtocolBits {
    static let http = 1, https = 2
}

/// `CURLcode` values the transport tells apart.
enum CurlResult {
    static let ok: Int32 = 0, unsupportedProtocol: Int32 = 1, malformedURL: Int32 = 3, couldNotResolveProxy: Int32 = 5
    static let couldNotResolveHost: Int32 = 6, couldNotConnect: Int32 = 7, writeError: Int32 = 23
    static let timedOut: Int32 = 28, sslConnect: Int32 = 35, gotNothing: Int32 = 52, sendError: Int32 = 55
    static let receiveError: Int32 = 56, sslCertificate: Int32 = 58, peerFailedVerification: Int32 = 60
    static let sslCACertificateFile: Int32 = 77, partialFile: Int32 = 18, sendFailRewind: Int32 = 65
    static let weirdServerReply: Int32 = 8, http2: Int32 = 16, http2Stream: Int32 = 92, proxy: Int32 = 97
}
#endif
