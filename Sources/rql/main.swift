print("rql")
