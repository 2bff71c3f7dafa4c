package s3

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSameKMSKey: S3 reports the key's ARN; a key id or the ARN written
// must match it, an alias cannot be compared.
func TestSameKMSKey(t *testing.T) {
	const arn = "arn:aws:kms:us-east-1:111122223333:key/1234abcd"
	assert.True(t, sameKMSKey(arn, arn))
	assert.True(t, sameKMSKey(arn, "1234abcd"))
	assert.True(t, sameKMSKey(arn, "alias/deid"))
	assert.False(t, sameKMSKey(arn, "5678efgh"))
	assert.False(t, sameKMSKey(arn, "arn:aws:kms:us-east-1:111122223333:key/5678efgh"))
	assert.False(t, sameKMSKey("", arn))
}
