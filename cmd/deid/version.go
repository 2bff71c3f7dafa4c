package main

import "github.com/deid-project/deid/deid"

func versionString() string { return "deid " + deid.Version }
