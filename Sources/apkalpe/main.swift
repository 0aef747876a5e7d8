import Web

try await Entrypoint.main()
