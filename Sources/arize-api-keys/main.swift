import ArizeAPIKeysCLI
import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// `arize-api-keys`: the command-line tool. Everything but the process plumbing is in ArizeAPIKeysCLI.
let terminal = ArizeAPIKeysCommand.Terminal(
    out: { FileHandle.standardOutput.write(Data($0.utf8)) },
    err: { FileHandle.standardError.write(Data($0.utf8)) },
    readLine: { Swift.readLine() },
    inputIsTerminal: isatty(STDIN_FILENO) == 1,
    errorIsTerminal: isatty(STDERR_FILENO) == 1)

let interrupts = Interrupts(say: terminal.err)
let work = Task {
    await ArizeAPIKeysCommand.run(Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment,
                                  terminal: terminal, interrupts: interrupts)
}
// Ctrl-C cancels the call in flight and the command exits with 130, unless a request that creates a
// key is under way: then the first Ctrl-C waits for its answer and a second one abandons it.
signal(SIGINT, SIG_IGN)
let interrupt = DispatchSource.makeSignalSource(signal: SIGINT, queue: .main)
interrupt.setEventHandler { if interrupts.interrupt() { work.cancel() } }
interrupt.resume()
exit(await work.value)
