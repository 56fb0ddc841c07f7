print("btcli")
