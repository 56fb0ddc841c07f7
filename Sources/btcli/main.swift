import BittensorCLI

BTCLI.main()
