package corpus

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// Decode turns raw file bytes into UTF-8 text. It strips a UTF-8 byte-order
// mark, decodes UTF-16 with a byte-order mark, keeps valid UTF-8 as is and
// otherwise tries Windows-1252, then Latin-1. It returns the name of the
// encoding used, or ErrEmpty, ErrBinary or ErrEncoding.
func Decode(raw []byte) (text, encoding string, err error) {
	switch {
	case bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}):
		raw, encoding = raw[3:], "utf-8-bom"
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}), bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		dec := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()
		encoding = "utf-16le"
		if raw[0] == 0xFE {
			dec = unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder()
			encoding = "utf-16be"
		}
		out, derr := dec.Bytes(raw)
		if derr != nil || !utf8.Valid(out) {
			return "", "", ErrEncoding
		}
		return finish(string(out), encoding)
	}
	if len(bytes.TrimSpace(raw)) == 0 {
		return "", "", ErrEmpty
	}
	if bytes.IndexByte(raw, 0) >= 0 {
		return "", "", ErrBinary
	}
	if utf8.Valid(raw) {
		if encoding == "" {
			encoding = "utf-8"
		}
		return finish(string(raw), encoding)
	}
	// Windows-1252 leaves five bytes undefined; Latin-1 maps 0x80-0x9F to
	// C1 controls, which finish rejects as binary.
	if !hasUndefined1252(raw) {
		out, derr := charmap.Windows1252.NewDecoder().Bytes(raw)
		if derr == nil {
			return finish(string(out), "windows-1252")
		}
	}
	out, derr := charmap.ISO8859_1.NewDecoder().Bytes(raw)
	if derr != nil {
		return "", "", ErrEncoding
	}
	text, encoding, err = finish(string(out), "latin-1")
	if err == ErrBinary {
		err = ErrEncoding
	}
	return text, encoding, err
}

// finish rejects decoded text that is empty or looks like binary data:
// NUL bytes, or more than 1% control characters other than tab, CR, LF
// and form feed.
func finish(text, encoding string) (string, string, error) {
	if len(bytes.TrimSpace([]byte(text))) == 0 {
		return "", "", ErrEmpty
	}
	controls, runes := 0, 0
	for _, r := range text {
		runes++
		if r == 0 {
			return "", "", ErrBinary
		}
		if (r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f') || (r >= 0x7F && r < 0xA0) {
			controls++
		}
	}
	if controls*100 > runes {
		return "", "", ErrBinary
	}
	return text, encoding, nil
}

// hasUndefined1252 reports whether raw holds a byte Windows-1252 leaves
// undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D).
func hasUndefined1252(raw []byte) bool {
	for _, c := range raw {
		switch c {
		case 0x81, 0x8D, 0x8F, 0x90, 0x9D:
			return true
		}
	}
	return false
}
