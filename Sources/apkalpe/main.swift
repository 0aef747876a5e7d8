import Wiring

await Entrypoint.main()
