package main

// The linkage store drivers the command links in: linkage.Open hands
// postgres:// and postgresql:// URLs (--linkage, linkage: in job YAML) to
// the PostgreSQL store. Library packages never import a driver.
import _ "github.com/deid-project/deid/deid/linkage/pgstore"
