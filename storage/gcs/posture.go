package gcs

import (
	"context"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"

	gcs "cloud.google.com/go/storage"
	"github.com/cockroachdb/errors"
	"google.golang.org/api/googleapi"

	"github.com/deid-project/deid/internal/safeerr"
	"github.com/deid-project/deid/storage"
)

func init() {
	storage.RegisterPosture(Scheme, Posture)
}

// Posture checks a gs:// destination: location within the policy's
// regions, public access prevention enforced, uniform bucket-level access,
// no allUsers or allAuthenticatedUsers in the bucket's IAM policy, and
// versioning and retention where the policy asks. It only reads.
func Posture(ctx context.Context, u *url.URL, opts *storage.Options, req storage.PostureRequirements) (storage.Posture, error) {
	name := u.Host
	if name == "" {
		return nil, storage.InvalidArgumentf("gcs: URL has no bucket: want gs://bucket/prefix")
	}
	o := *opts
	o.RequireCMEK = false // checked by the run itself; here we only read
	c, err := NewClient(ctx, &o)
	if err != nil {
		return nil, err
	}
	defer c.Close()
	bucketURL := "gs://" + name
	a, err := c.Bucket(name).Attrs(ctx)
	if err != nil {
		if errors.Is(err, gcs.ErrBucketNotExist) {
			return nil, errors.Mark(errors.Newf("gcs: bucket %s does not exist", errors.Safe(bucketURL)), storage.ErrNotFound)
		}
		var ge *googleapi.Error
		if !errors.As(err, &ge) {
			return nil, storage.Unreachable(err, "gcs: read the configuration of "+bucketURL)
		}
		return storage.Posture{{Name: "bucket", Status: storage.Unknown,
			Detail: "cannot read the bucket's configuration: " + safeerr.Message(err),
			Fix:    "grant the run's identity storage.buckets.get on " + bucketURL}}, nil
	}
	var p storage.Posture
	add := func(c storage.PostureCheck) { p = append(p, c) }

	loc := strings.ToLower(a.Location)
	switch {
	case len(req.Regions) == 0:
		add(storage.PostureCheck{Name: "location", Status: storage.NotAsked, Detail: fmt.Sprintf("%s (export.destination.regions is empty)", loc)})
	case req.RegionAllowed(loc):
		add(storage.PostureCheck{Name: "location", Status: storage.Pass, Detail: loc + " is in export.destination.regions"})
	default:
		add(storage.PostureCheck{Name: "location", Status: storage.Fail,
			Detail: fmt.Sprintf("the bucket is in %q, not in export.destination.regions [%s]", loc, strings.Join(req.Regions, ", ")),
			Fix:    "export to a bucket in an allowed region, or add the location to export.destination.regions if residency allows it"})
	}

	// The service reports public access prevention as "enforced" or
	// "inherited"; a server that reports neither (an emulator) has no
	// iamConfiguration, so uniform access cannot be read either.
	iamConfigKnown := a.PublicAccessPrevention != gcs.PublicAccessPreventionUnknown
	switch a.PublicAccessPrevention {
	case gcs.PublicAccessPreventionEnforced:
		add(storage.PostureCheck{Name: "public access prevention", Status: storage.Pass, Detail: "enforced"})
	case gcs.PublicAccessPreventionUnknown:
		add(storage.PostureCheck{Name: "public access prevention", Status: storage.Unknown, Detail: "the service did not report it",
			Fix: "gcloud storage buckets update " + bucketURL + " --public-access-prevention"})
	default:
		add(storage.PostureCheck{Name: "public access prevention", Status: storage.Fail, Detail: a.PublicAccessPrevention.String() + ", not enforced",
			Fix: "gcloud storage buckets update " + bucketURL + " --public-access-prevention"})
	}
	switch {
	case a.UniformBucketLevelAccess.Enabled:
		add(storage.PostureCheck{Name: "uniform bucket-level access", Status: storage.Pass, Detail: "enabled: no object ACLs"})
	case !iamConfigKnown:
		add(storage.PostureCheck{Name: "uniform bucket-level access", Status: storage.Unknown, Detail: "the service did not report it",
			Fix: "gcloud storage buckets update " + bucketURL + " --uniform-bucket-level-access"})
	default:
		add(storage.PostureCheck{Name: "uniform bucket-level access", Status: storage.Fail, Detail: "disabled: object ACLs can make single objects public",
			Fix: "gcloud storage buckets update " + bucketURL + " --uniform-bucket-level-access"})
	}

	pol, err := c.Bucket(name).IAM().V3().Policy(ctx)
	if err != nil {
		add(storage.PostureCheck{Name: "iam policy", Status: storage.Unknown, Detail: "cannot read the bucket's IAM policy: " + errText(err),
			Fix: "grant the run's identity storage.buckets.getIamPolicy on " + bucketURL})
	} else {
		var public []string
		for _, b := range pol.Bindings {
			for _, m := range b.Members {
				if m == "allUsers" || m == "allAuthenticatedUsers" {
					public = append(public, m+" in "+b.Role)
				}
			}
		}
		slices.Sort(public)
		if len(public) == 0 {
			add(storage.PostureCheck{Name: "iam policy", Status: storage.Pass, Detail: "no allUsers or allAuthenticatedUsers"})
		} else {
			add(storage.PostureCheck{Name: "iam policy", Status: storage.Fail, Detail: "public members: " + strings.Join(public, ", "),
				Fix: "gcloud storage buckets remove-iam-policy-binding " + bucketURL + " --member=allUsers (and allAuthenticatedUsers) --role=ROLE"})
		}
	}

	switch {
	case !req.RequireVersioning:
		add(storage.NotAskedf("versioning", "export.destination.require_versioning"))
	case a.VersioningEnabled:
		add(storage.PostureCheck{Name: "versioning", Status: storage.Pass, Detail: "enabled"})
	default:
		add(storage.PostureCheck{Name: "versioning", Status: storage.Fail, Detail: "disabled; the policy requires it",
			Fix: "gcloud storage buckets update " + bucketURL + " --versioning"})
	}
	if req.MinRetentionDays <= 0 {
		add(storage.NotAskedf("retention", "export.destination.min_retention_days"))
	} else {
		want := time.Duration(req.MinRetentionDays) * 24 * time.Hour
		var have time.Duration
		if a.RetentionPolicy != nil {
			have = a.RetentionPolicy.RetentionPeriod
		}
		if have >= want {
			add(storage.PostureCheck{Name: "retention", Status: storage.Pass, Detail: fmt.Sprintf("%d days", int(have.Hours()/24))})
		} else {
			add(storage.PostureCheck{Name: "retention", Status: storage.Fail,
				Detail: fmt.Sprintf("%d days; the policy requires %d", int(have.Hours()/24), req.MinRetentionDays),
				Fix:    fmt.Sprintf("gcloud storage buckets update %s --retention-period=%dd", bucketURL, req.MinRetentionDays)})
		}
	}
	return p, nil
}

func errText(err error) string {
	var ge *googleapi.Error
	if errors.As(err, &ge) {
		return fmt.Sprintf("HTTP %d", ge.Code)
	}
	return safeerr.Message(err)
}
