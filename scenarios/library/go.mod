module schedlab.dev/library

go 1.23
