print("citegraph")
