import NIOCore
import NIOPosix
import Wiring

// Swift concurrency's jobs run on NIO's event loops rather than on a pool of their own, so a
// request no longer hops between the two for every database call (issue 17, item 4: the booking
// rush spent a large share of its CPU in those thread switches). Installed before any async work,
// as SwiftNIO requires; the app makes no blocking `.wait()` calls that this would deadlock.
_ = NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()

await Entrypoint.main()
