package testserver

import (
	"net/http"
	"strings"
	"sync"
)

// sseHeaders are the encryption headers S3 reports back for an object
// written with them (SSE-KMS, SSE-C).
var sseHeaders = []string{
	"X-Amz-Server-Side-Encryption",
	"X-Amz-Server-Side-Encryption-Aws-Kms-Key-Id",
	"X-Amz-Server-Side-Encryption-Customer-Algorithm",
	"X-Amz-Server-Side-Encryption-Customer-Key-Md5",
}

// SSEEcho makes a TLS proxy in front of versitygw (which accepts and
// ignores encryption headers) report encryption as S3 does: the
// encryption headers of an object's PUT (or multipart initiation) come
// back on its HEAD and GET. Pass the two functions as OnRequest (calling
// any recorder of your own as well) and OnResponse.
func SSEEcho() (onRequest func(*http.Request), onResponse func(*http.Response) error) {
	var mu sync.Mutex
	written := map[string]http.Header{} // path -> encryption headers
	onRequest = func(r *http.Request) {
		if r.Method != http.MethodPut && !(r.Method == http.MethodPost && r.URL.Query().Has("uploads")) {
			return
		}
		if r.URL.Query().Has("partNumber") {
			return
		}
		h := http.Header{}
		for _, k := range sseHeaders {
			if v := r.Header.Get(k); v != "" {
				h.Set(k, v)
			}
		}
		mu.Lock()
		written[r.URL.Path] = h
		mu.Unlock()
	}
	onResponse = func(resp *http.Response) error {
		r := resp.Request
		if (r.Method != http.MethodHead && r.Method != http.MethodGet) || resp.StatusCode/100 != 2 || strings.HasSuffix(r.URL.Path, "/") {
			return nil
		}
		mu.Lock()
		h := written[r.URL.Path]
		mu.Unlock()
		for k, v := range h {
			resp.Header[k] = v
		}
		return nil
	}
	return onRequest, onResponse
}
