print("summitry")
