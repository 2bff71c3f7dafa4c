package testserver

import (
	"net"
	"testing"
	"time"
)

// PrismServer is a standalone Beam Prism job server: the portable-runner
// path that Flink and Spark job servers take too.
type PrismServer struct {
	// Endpoint is the job service address, host:port, for
	// --runner=universal --endpoint=... --environment_type=LOOPBACK.
	Endpoint string
}

// StartPrism starts `.bin/prism` with its job service on a free loopback
// port (and its web UI on another), stopped when the test ends.
func StartPrism(t testing.TB) *PrismServer {
	t.Helper()
	bin := Binary(t, "prism")
	port := startProcess(t, "prism", bin, func(port int) ([]string, []string) {
		return []string{"--job_port=" + itoa(port), "--web_port=" + itoa(FreePort(t)), "--serve_http=false"}, nil
	}, func(port int) error {
		c, err := net.DialTimeout("tcp", "127.0.0.1:"+itoa(port), time.Second)
		if err == nil {
			c.Close()
		}
		return err
	})
	return &PrismServer{Endpoint: "localhost:" + itoa(port)}
}
