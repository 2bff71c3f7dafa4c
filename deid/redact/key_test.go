package redact

import (
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cockroachdb/errors"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestWeakKeysRefused(t *testing.T) {
	weak := map[string]string{
		"zeros":      strings.Repeat("00", 32),
		"one byte":   strings.Repeat("ab", 40),
		"password":   hex.EncodeToString([]byte("passwordpasswordpasswordpassword")),
		"pattern":    strings.Repeat("0102030405060708", 8),
		"few bytes":  hex.EncodeToString([]byte("\x01\x02\x03\x01\x02\x03\x03\x01\x02\x02\x01\x03\x01\x02\x03\x03\x01\x01\x02\x03\x01\x02\x03\x02\x01\x03\x01\x02\x03\x03\x02\x01")),
		"passphrase": hex.EncodeToString([]byte("correct horse battery staple and more words")),
	}
	for name, s := range weak {
		_, err := ParseKey(s)
		require.Error(t, err, name)
		assert.True(t, errors.Is(err, ErrWeakKey), name)
		assert.NotContains(t, err.Error(), "password", name)
	}
	for _, s := range []string{testKeyHex, otherKeyHex, hex.EncodeToString(RandomKey().b)} {
		_, err := ParseKey(s)
		require.NoError(t, err)
	}
	// random printable keys (base64 text used raw) pass
	for i := 0; i < 200; i++ {
		require.NoError(t, checkStrength(RandomKey().b))
	}
}

func TestKeyFileMode(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "key")
	require.NoError(t, os.WriteFile(p, []byte(testKeyHex+"\n"), 0o644))
	require.NoError(t, os.Chmod(p, 0o644))
	_, err := LoadKeyFile(p)
	require.ErrorContains(t, err, "chmod 600")
	require.NoError(t, os.Chmod(p, 0o600))
	_, err = LoadKeyFile(p)
	require.NoError(t, err)
	// raw bytes: weak raw keys are refused too
	require.NoError(t, os.WriteFile(p, make([]byte, 32), 0o600))
	_, err = LoadKeyFile(p)
	require.True(t, errors.Is(err, ErrWeakKey))
	require.NoError(t, os.WriteFile(p, []byte("passwordpasswordpasswordpassword"), 0o600))
	_, err = LoadKeyFile(p)
	require.Error(t, err)
}
