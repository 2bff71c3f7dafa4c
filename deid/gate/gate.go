package gate

import (
	"github.com/deid-project/deid/deid/classify"
	"github.com/deid-project/deid/deid/policy"
	"github.com/deid-project/deid/deid/reason"
	"github.com/deid-project/deid/deid/verify"
)

// Route is where a de-identified record goes.
type Route string

const (
	// Export sends the record to the cloud bucket.
	Export Route = "export"
	// Quarantine keeps it on-prem, in quarantine/, for review.
	Quarantine Route = "quarantine"
)

// Decision is the gate's verdict on one record. The zero Decision is not an
// export: only Route == Export is.
type Decision struct {
	Route Route
	// Reason is a short code (deid/reason), safe to log and to use as a
	// metric label: "ok" for an export, else one of [Reasons].
	Reason string
}

// Exports reports whether the record may leave.
func (d Decision) Exports() bool { return d.Route == Export }

// Outcome is the outcome the decision gives the record: exported, or
// quarantined for anything else.
func (d Decision) Outcome() Outcome {
	if d.Exports() {
		return Exported
	}
	return Quarantined
}

// Reason codes, of the deid/reason grammar. They never hold text from a
// record.
const (
	ReasonOK = "ok"
	// The gate has no policy to decide by.
	ReasonNoPolicy = "no_policy"
	// Verification did not run, or its result is not one the gate knows.
	ReasonVerifyError = "verify_error"
	// The labels are malformed (labels.Validate fails).
	ReasonLabelsInvalid = "labels_invalid"
	// The record is not labelled deidentified.
	ReasonTier = "tier_not_deidentified"
	// The record was made under another policy than the gate's.
	ReasonPolicyMismatch = "policy_mismatch"
	// The labels carry another residual risk than verification found.
	ReasonLabelsStale = "labels_stale"
	// Verification found a known identifier of the source in the output.
	ReasonKnownIdentifier = "known_identifier"
	// Verification found a confident residual identifier.
	ReasonResidual = "residual_identifier"
	// The residual risk is low and the policy exports only none.
	ReasonResidualLow = "residual_risk_low"
	// ReasonCategory, qualified by the category ([CategoryReason]): a
	// category the policy does not export
	// ("category_not_allowed.substance_use").
	ReasonCategory = "category_not_allowed"
	// ReasonCode files a quarantined or rejected record without a reason
	// under ReasonUnspecified, and one whose reason is not a code under
	// ReasonInvalid.
	ReasonUnspecified = "unspecified"
	ReasonInvalid     = "invalid_reason"
)

// CategoryReason is the reason for a record of category c, which the policy
// does not export: "category_not_allowed.<category>".
func CategoryReason(c classify.Category) string { return reason.Qualify(ReasonCategory, string(c)) }

// Reasons lists every reason a quarantined record can get from this
// package: Decide's codes (one per sensitive category for
// ReasonCategory) and the ones ReasonCode files a bad reason under. Writers
// must accept each (the transforms tests check they do).
func Reasons() []string {
	rs := []string{
		ReasonNoPolicy, ReasonVerifyError, ReasonLabelsInvalid, ReasonTier, ReasonPolicyMismatch,
		ReasonLabelsStale, ReasonKnownIdentifier, ReasonResidual, ReasonResidualLow,
		ReasonUnspecified, ReasonInvalid,
	}
	for _, c := range classify.Categories {
		rs = append(rs, CategoryReason(c))
	}
	return rs
}

// Decide routes one record by its labels, its verification result and the
// policy's export section. It fails closed: a missing policy, an unverified
// or malformed result, labels that are malformed or disagree with the
// policy or the result, an unknown category — all quarantine. The checks run
// in a fixed order and the first that fails gives the reason.
func Decide(labels classify.Labels, res verify.Result, pol *policy.Policy) Decision {
	q := func(reason string) Decision { return Decision{Route: Quarantine, Reason: reason} }
	if pol == nil {
		return q(ReasonNoPolicy)
	}
	switch res.Risk {
	case verify.RiskNone, verify.RiskLow, verify.RiskHigh:
	default:
		return q(ReasonVerifyError)
	}
	if res.Error != "" {
		return q(ReasonVerifyError)
	}
	if labels.Validate() != nil {
		return q(ReasonLabelsInvalid)
	}
	if labels.Tier != classify.TierDeidentified {
		return q(ReasonTier)
	}
	if labels.Policy != pol.Name || labels.PolicyHash != pol.Hash() {
		return q(ReasonPolicyMismatch)
	}
	if labels.ResidualRisk != res.Risk {
		return q(ReasonLabelsStale)
	}
	if res.KnownLeaks > 0 {
		return q(ReasonKnownIdentifier)
	}
	if res.Risk == verify.RiskHigh {
		return q(ReasonResidual)
	}
	if !pol.AllowsResidualRisk(res.Risk) {
		return q(ReasonResidualLow)
	}
	for _, c := range labels.Categories {
		if !pol.AllowsCategory(string(c)) {
			return q(CategoryReason(c))
		}
	}
	return Decision{Route: Export, Reason: ReasonOK}
}
