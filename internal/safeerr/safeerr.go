// Package safeerr renders errors for operators, in terminals, log files and
// the audit log: the safe parts of an error (what cockroachdb/errors and
// cockroachdb/redact know to be safe) plus the places it names, which are
// not PHI: file paths, URLs (without credentials or query) and network
// addresses of the standard library's *fs.PathError, *url.Error,
// *net.OpError and *net.DNSError. Everything else (record content that an
// error may carry) stays redacted as ×.
//
// A path that the standard library puts in an error is redacted by
// cockroachdb/errors ("open ×: no such file or directory"), which leaves the
// operator guessing which file; this package prints it ("open
// /data/in.jsonl: no such file or directory").
package safeerr

import (
	"io/fs"
	"net"
	"net/url"
	"strings"

	"github.com/cockroachdb/errors"
	"github.com/cockroachdb/redact"
)

// Message renders err for an operator: safe parts and places, everything
// else as ×. It is one line per wrapped message joined by ": ".
func Message(err error) string {
	if err == nil {
		return ""
	}
	return string(Redactable(err).Redact().StripMarkers())
}

// Redactable renders err with the places it names marked safe and the
// rest still marked unsafe.
func Redactable(err error) redact.RedactableString {
	full := redact.Sprint(err)
	n := firstPlace(err)
	if n == nil {
		return full
	}
	unsafe, safe := redact.Sprint(n), place(n)
	if !strings.Contains(string(full), string(unsafe)) {
		return full
	}
	return redact.RedactableString(strings.Replace(string(full), string(unsafe), string(safe), 1))
}

// firstPlace returns the outermost error of the chain that names a place.
func firstPlace(err error) error {
	for e := err; e != nil; e = errors.UnwrapOnce(e) {
		switch e.(type) {
		case *fs.PathError, *url.Error, *net.OpError, *net.DNSError:
			return e
		}
	}
	return nil
}

// place renders an error that names a place, its cause through Redactable.
func place(err error) redact.RedactableString {
	cause := func(e error) redact.RedactableString {
		if e == nil {
			return ""
		}
		return Redactable(e)
	}
	switch e := err.(type) {
	case *fs.PathError:
		return redact.Sprintf("%s %s: %s", redact.SafeString(e.Op), redact.SafeString(e.Path), cause(e.Err))
	case *url.Error:
		return redact.Sprintf("%s %s: %s", redact.SafeString(e.Op), redact.SafeString(SafeURL(e.URL)), cause(e.Err))
	case *net.OpError:
		var b strings.Builder
		b.WriteString(e.Op)
		if e.Net != "" {
			b.WriteString(" " + e.Net)
		}
		if e.Source != nil {
			b.WriteString(" " + e.Source.String())
		}
		if e.Addr != nil {
			if e.Source != nil {
				b.WriteString("->")
			} else {
				b.WriteString(" ")
			}
			b.WriteString(e.Addr.String())
		}
		return redact.Sprintf("%s: %s", redact.SafeString(b.String()), cause(e.Err))
	case *net.DNSError:
		return redact.Sprintf("lookup %s: %s", redact.SafeString(e.Name), redact.SafeString(e.Err))
	}
	return redact.Sprint(err)
}

// SafeURL strips user info (credentials), query (signatures, tokens) and
// fragment from a URL; a string that is no URL is returned as it is.
func SafeURL(s string) string {
	u, err := url.Parse(s)
	if err != nil || u.Scheme == "" {
		return s
	}
	u.User, u.RawQuery, u.Fragment, u.RawFragment, u.ForceQuery = nil, "", "", "", false
	return u.String()
}
