import BittensorCLI

await BTCLI.runFromCommandLine()
