package s3

import (
	"context"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strings"

	"github.com/cockroachdb/errors"
	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/signer"

	"github.com/deid-project/deid/internal/safeerr"
	"github.com/deid-project/deid/storage"
)

func init() {
	storage.RegisterPosture(Scheme, Posture)
}

// Posture checks an s3:// destination: no bucket policy statement that
// allows everyone, no ACL grant to AllUsers or AuthenticatedUsers, Block
// Public Access on (all four settings), the bucket's region within the
// policy's regions, default encryption (SSE-KMS when the policy requires
// the hospital's key), and versioning and Object Lock retention where the
// policy asks. It reads the bucket's configuration with signed GETs
// through the same transport rules as Open; it writes nothing.
func Posture(ctx context.Context, u *url.URL, opts *storage.Options, req storage.PostureRequirements) (storage.Posture, error) {
	name := u.Host
	if name == "" {
		return nil, storage.InvalidArgumentf("s3: URL has no bucket: want s3://bucket/prefix")
	}
	ep, err := endpoint(opts)
	if err != nil {
		return nil, err
	}
	if err := storage.CheckTransport(Scheme, ep, opts); err != nil {
		return nil, err
	}
	ak, sk, tok, err := staticCreds(opts)
	if err != nil {
		return nil, err
	}
	base, err := minio.DefaultTransport(ep.Secure)
	if err != nil {
		return nil, errors.Wrap(err, "s3: transport")
	}
	tr, err := storage.HTTPTransport(base, opts)
	if err != nil {
		return nil, err
	}
	defer tr.CloseIdleConnections()
	g := &getter{c: &http.Client{Transport: tr}, ep: ep, bucket: name, vhost: opts.VirtualHostStyle,
		ak: ak, sk: sk, tok: tok, region: region(opts)}
	bucketURL := "s3://" + name

	var p storage.Posture
	add := func(c storage.PostureCheck) { p = append(p, c) }
	unknown := func(check string, err error, perm string) {
		add(storage.PostureCheck{Name: check, Status: storage.Unknown, Detail: "cannot read it: " + errText(err),
			Fix: "grant the run's identity " + perm + " on " + bucketURL + " (or check it by hand)"})
	}

	// Bucket policy: a statement that allows everyone (Principal "*"),
	// without a condition that narrows it (a VPC endpoint, an
	// organisation), makes the bucket public.
	body, err := g.get(ctx, "policy")
	var se *s3Error
	if err != nil && !errors.As(err, &se) {
		return nil, storage.Unreachable(err, "s3: read the configuration of "+bucketURL)
	}
	switch {
	case isCode(err, "NoSuchBucket"):
		return nil, errors.Mark(errors.Newf("s3: bucket %s does not exist", errors.Safe(bucketURL)), storage.ErrNotFound)
	case isCode(err, "NoSuchBucketPolicy"):
		add(storage.PostureCheck{Name: "bucket policy", Status: storage.Pass, Detail: "none"})
	case err != nil:
		unknown("bucket policy", err, "s3:GetBucketPolicy")
	default:
		if pub := publicStatements(body); len(pub) > 0 {
			add(storage.PostureCheck{Name: "bucket policy", Status: storage.Fail, Detail: "allows everyone (Principal \"*\", no condition): " + strings.Join(pub, ", "),
				Fix: "remove those statements from the bucket policy of " + bucketURL + " (or narrow them with a condition such as aws:SourceVpce)"})
		} else {
			add(storage.PostureCheck{Name: "bucket policy", Status: storage.Pass, Detail: "no statement allows everyone"})
		}
	}

	body, err = g.get(ctx, "acl")
	if err != nil {
		unknown("bucket acl", err, "s3:GetBucketAcl")
	} else if pub, perr := publicGrants(body); perr != nil {
		unknown("bucket acl", perr, "s3:GetBucketAcl")
	} else if len(pub) > 0 {
		add(storage.PostureCheck{Name: "bucket acl", Status: storage.Fail, Detail: "grants to " + strings.Join(pub, ", "),
			Fix: "aws s3api put-bucket-acl --bucket " + name + " --acl private (and set Object Ownership to BucketOwnerEnforced)"})
	} else {
		add(storage.PostureCheck{Name: "bucket acl", Status: storage.Pass, Detail: "no grant to AllUsers or AuthenticatedUsers"})
	}

	const pabFix = "aws s3api put-public-access-block --bucket %s --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true"
	body, err = g.get(ctx, "publicAccessBlock")
	switch {
	case isCode(err, "NoSuchPublicAccessBlockConfiguration"):
		add(storage.PostureCheck{Name: "block public access", Status: storage.Fail, Detail: "not configured on the bucket", Fix: fmt.Sprintf(pabFix, name)})
	case err != nil:
		unknown("block public access", err, "s3:GetBucketPublicAccessBlock")
	default:
		var c struct {
			BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy, RestrictPublicBuckets bool
		}
		if err := xml.Unmarshal(body, &c); err != nil {
			unknown("block public access", err, "s3:GetBucketPublicAccessBlock")
			break
		}
		var off []string
		for n, v := range map[string]bool{"BlockPublicAcls": c.BlockPublicAcls, "IgnorePublicAcls": c.IgnorePublicAcls,
			"BlockPublicPolicy": c.BlockPublicPolicy, "RestrictPublicBuckets": c.RestrictPublicBuckets} {
			if !v {
				off = append(off, n)
			}
		}
		slices.Sort(off)
		if len(off) == 0 {
			add(storage.PostureCheck{Name: "block public access", Status: storage.Pass, Detail: "all four settings on"})
		} else {
			add(storage.PostureCheck{Name: "block public access", Status: storage.Fail, Detail: "off: " + strings.Join(off, ", "), Fix: fmt.Sprintf(pabFix, name)})
		}
	}

	body, err = g.get(ctx, "location")
	if err != nil {
		unknown("region", err, "s3:GetBucketLocation")
	} else {
		var loc struct {
			Value string `xml:",chardata"`
		}
		_ = xml.Unmarshal(body, &loc)
		r := strings.ToLower(strings.TrimSpace(loc.Value))
		if r == "" {
			r = "us-east-1" // S3 reports the first region as empty
		}
		switch {
		case len(req.Regions) == 0:
			add(storage.PostureCheck{Name: "region", Status: storage.NotAsked, Detail: r + " (export.destination.regions is empty)"})
		case req.RegionAllowed(r):
			add(storage.PostureCheck{Name: "region", Status: storage.Pass, Detail: r + " is in export.destination.regions"})
		default:
			add(storage.PostureCheck{Name: "region", Status: storage.Fail,
				Detail: fmt.Sprintf("the bucket is in %q, not in export.destination.regions [%s]", r, strings.Join(req.Regions, ", ")),
				Fix:    "export to a bucket in an allowed region, or add the region to export.destination.regions if residency allows it"})
		}
	}

	body, err = g.get(ctx, "encryption")
	switch {
	case isCode(err, "ServerSideEncryptionConfigurationNotFoundError"):
		add(storage.PostureCheck{Name: "default encryption", Status: storage.Fail, Detail: "none configured",
			Fix: "aws s3api put-bucket-encryption --bucket " + name + " (SSE-KMS with the hospital's key)"})
	case err != nil:
		unknown("default encryption", err, "s3:GetEncryptionConfiguration")
	default:
		var c struct {
			Rules []struct {
				Algorithm string `xml:"ApplyServerSideEncryptionByDefault>SSEAlgorithm"`
				KMSKey    string `xml:"ApplyServerSideEncryptionByDefault>KMSMasterKeyID"`
			} `xml:"Rule"`
		}
		_ = xml.Unmarshal(body, &c)
		alg := ""
		if len(c.Rules) > 0 {
			alg = c.Rules[0].Algorithm
		}
		switch {
		case alg == "":
			add(storage.PostureCheck{Name: "default encryption", Status: storage.Fail, Detail: "no default encryption rule",
				Fix: "aws s3api put-bucket-encryption --bucket " + name + " (SSE-KMS with the hospital's key)"})
		case req.RequireCMEK && !strings.HasPrefix(alg, "aws:kms"):
			add(storage.PostureCheck{Name: "default encryption", Status: storage.Fail, Detail: alg + "; the policy requires the hospital's key (export.destination.require_cmek)",
				Fix: "aws s3api put-bucket-encryption --bucket " + name + " with SSEAlgorithm aws:kms and the hospital's key"})
		default:
			add(storage.PostureCheck{Name: "default encryption", Status: storage.Pass, Detail: alg})
		}
	}

	if !req.RequireVersioning {
		add(storage.NotAskedf("versioning", "export.destination.require_versioning"))
	} else if body, err = g.get(ctx, "versioning"); err != nil {
		unknown("versioning", err, "s3:GetBucketVersioning")
	} else {
		var v struct{ Status string }
		_ = xml.Unmarshal(body, &v)
		if v.Status == "Enabled" {
			add(storage.PostureCheck{Name: "versioning", Status: storage.Pass, Detail: "enabled"})
		} else {
			add(storage.PostureCheck{Name: "versioning", Status: storage.Fail, Detail: "not enabled; the policy requires it",
				Fix: "aws s3api put-bucket-versioning --bucket " + name + " --versioning-configuration Status=Enabled"})
		}
	}

	if req.MinRetentionDays <= 0 {
		add(storage.NotAskedf("retention", "export.destination.min_retention_days"))
	} else {
		body, err = g.get(ctx, "object-lock")
		days := 0
		switch {
		case isCode(err, "ObjectLockConfigurationNotFoundError"):
		case err != nil:
			unknown("retention", err, "s3:GetBucketObjectLockConfiguration")
		default:
			var c struct {
				Days  int `xml:"Rule>DefaultRetention>Days"`
				Years int `xml:"Rule>DefaultRetention>Years"`
			}
			_ = xml.Unmarshal(body, &c)
			days = c.Days + 365*c.Years
		}
		if err == nil || isCode(err, "ObjectLockConfigurationNotFoundError") {
			if days >= req.MinRetentionDays {
				add(storage.PostureCheck{Name: "retention", Status: storage.Pass, Detail: fmt.Sprintf("Object Lock default retention %d days", days)})
			} else {
				add(storage.PostureCheck{Name: "retention", Status: storage.Fail,
					Detail: fmt.Sprintf("Object Lock default retention %d days; the policy requires %d", days, req.MinRetentionDays),
					Fix:    "aws s3api put-object-lock-configuration --bucket " + name + " with a default retention"})
			}
		}
	}
	return p, nil
}

// getter sends signed GETs of a bucket's sub-resources.
type getter struct {
	c                   *http.Client
	ep                  storage.Endpoint
	bucket              string
	vhost               bool
	ak, sk, tok, region string
}

// s3Error is an S3 error answer.
type s3Error struct {
	Status int
	Code   string
}

func (e *s3Error) Error() string { return fmt.Sprintf("HTTP %d %s", e.Status, e.Code) }

func (g *getter) get(ctx context.Context, sub string) ([]byte, error) {
	u := g.ep.URL() + "/" + url.PathEscape(g.bucket) + "?" + sub
	if g.vhost {
		scheme := "https://"
		if !g.ep.Secure {
			scheme = "http://"
		}
		u = scheme + g.bucket + "." + g.ep.Host + "/?" + sub
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-Amz-Content-Sha256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
	if g.ak != "" {
		req = signer.SignV4(*req, g.ak, g.sk, g.tok, g.region)
	}
	resp, err := g.c.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return nil, err
	}
	if resp.StatusCode/100 != 2 {
		var e struct{ Code string }
		_ = xml.Unmarshal(body, &e)
		return nil, &s3Error{Status: resp.StatusCode, Code: e.Code}
	}
	return body, nil
}

func isCode(err error, code string) bool {
	var e *s3Error
	return errors.As(err, &e) && e.Code == code
}

func errText(err error) string {
	var e *s3Error
	if errors.As(err, &e) {
		return e.Error()
	}
	return safeerr.Message(err)
}

// publicStatements names the statements of a bucket policy that allow
// everyone without a condition.
func publicStatements(doc []byte) []string {
	var pol struct {
		Statement []struct {
			Sid       string
			Effect    string
			Principal json.RawMessage
			Action    json.RawMessage
			Condition json.RawMessage
		}
	}
	if err := json.Unmarshal(doc, &pol); err != nil {
		return []string{"(unreadable policy)"}
	}
	var out []string
	for i, st := range pol.Statement {
		if !strings.EqualFold(st.Effect, "Allow") || len(st.Condition) > 0 && string(st.Condition) != "{}" && string(st.Condition) != "null" {
			continue
		}
		if !everyone(st.Principal) {
			continue
		}
		name := st.Sid
		if name == "" {
			name = fmt.Sprintf("statement %d", i+1)
		}
		out = append(out, name+" "+strings.Trim(string(st.Action), `"[]`))
	}
	return out
}

func everyone(p json.RawMessage) bool {
	var s string
	if json.Unmarshal(p, &s) == nil {
		return s == "*"
	}
	var m map[string]json.RawMessage
	if json.Unmarshal(p, &m) != nil {
		return false
	}
	for _, v := range m {
		if json.Unmarshal(v, &s) == nil && s == "*" {
			return true
		}
		var l []string
		if json.Unmarshal(v, &l) == nil && slices.Contains(l, "*") {
			return true
		}
	}
	return false
}

// publicGrants names the ACL grants to the AllUsers and
// AuthenticatedUsers groups.
func publicGrants(doc []byte) ([]string, error) {
	var acl struct {
		Grants []struct {
			URI        string `xml:"Grantee>URI"`
			Permission string
		} `xml:"AccessControlList>Grant"`
	}
	if err := xml.Unmarshal(doc, &acl); err != nil {
		return nil, err
	}
	var out []string
	for _, g := range acl.Grants {
		switch {
		case strings.HasSuffix(g.URI, "/global/AllUsers"):
			out = append(out, "AllUsers ("+g.Permission+")")
		case strings.HasSuffix(g.URI, "/global/AuthenticatedUsers"):
			out = append(out, "AuthenticatedUsers ("+g.Permission+")")
		}
	}
	return out, nil
}
