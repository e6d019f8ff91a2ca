# Position markers after non-ASCII text: columns count characters, wide ones twice.
label = "é"; total = label + 1
