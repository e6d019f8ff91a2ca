print("importing extra")
VALUE = "extra value"
