import ArizeOpenAPIRuntime
/// Every API key matching some filters, fetched a page at a time as it is iterated.
///
/// Made by ``APIKeysClient/listAll(keyType:status:space:userID:limit:)``. Each iteration
/// starts from the first page. Memory holds one page, whatever the number of keys.
public struct APIKeySequence: AsyncSequence, Sendable {
    /// A key.
    public typealias Element = APIKey
    /// Any error of a call: ``ArizeError`` or `CancellationError`.
    public typealias Failure = any Error

    let client: APIKeysClient
    let keyType: APIKeyType?
    let status: APIKeyStatus?
    let space: String?
    let userID: String?
    let pageSize: Int

    /// Starts an iteration.
    public func makeAsyncIterator() -> Iterator { Iterator(sequence: self) }

    /// Fetches the next page when the current one is used up.
    public struct Iterator: AsyncIteratorProtocol {
        let sequence: APIKeySequence
        private var page: [APIKey] = []
        private var position = 0
        private var cursor: String?
        private var spaceID: String?
        private var started = false
        private var finished = false

        init(sequence: APIKeySequence) { self.sequence = sequence }

        /// The next key; `nil` after the last page. Throws `CancellationError` when the task is cancelled.
        public mutating func next() async throws -> APIKey? {
            try await next(isolation: nil)
        }

        /// The next key, running on the caller's actor (what `for try await` calls): keys from the
        /// page at hand come back without leaving it, so a loop on the main actor pays a hop per
        /// page, not per key.
        public mutating func next(isolation actor: isolated (any Actor)?) async throws(any Error) -> APIKey? {
            while position == page.count {
                if finished { return nil }
                try Task.checkCancellation()
                if !started, let space = sequence.space { spaceID = try await sequence.client.spaceID(for: space) }
                let result = try await sequence.client.list(
                    keyType: sequence.keyType, status: sequence.status, space: spaceID, userID: sequence.userID,
                    limit: sequence.pageSize, cursor: cursor, warningKey: started ? nil : "api_keys.list")
                started = true
                page = result.apiKeys
                position = 0
                let next = result.pagination.hasMore ? result.pagination.nextCursor : nil
                // A server that repeats a cursor would loop forever; stop instead.
                finished = next == nil || next == cursor
                cursor = next
            }
            defer { position += 1 }
            return page[position]
        }
    }
}
