import Wiring

try await Entrypoint.main()
