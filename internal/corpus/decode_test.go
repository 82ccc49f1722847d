package corpus_test

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/nec-analyse/nec-analyse/internal/corpus"
)

// utf16Bytes encodes s as UTF-16 with a byte-order mark.
func utf16Bytes(s string, bigEndian bool) []byte {
	units := append([]uint16{0xFEFF}, utf16.Encode([]rune(s))...)
	out := make([]byte, 0, 2*len(units))
	for _, u := range units {
		if bigEndian {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return out
}

func TestDecode(t *testing.T) {
	// About 150 runes of ASCII, so one control character is under 1%.
	long := strings.Repeat("The ferry left the harbour on time. ", 4)
	cases := []struct {
		name     string
		raw      []byte
		want     string
		encoding string
		err      error
	}{
		{"UTF-8", []byte("Café på torget\n"), "Café på torget\n", "utf-8", nil},
		{"UTF-8 ASCII with CRLF", []byte("Line one\r\nLine two\r\n"), "Line one\r\nLine two\r\n", "utf-8", nil},
		{"UTF-8 with BOM", append([]byte{0xEF, 0xBB, 0xBF}, "Café\n"...), "Café\n", "utf-8-bom", nil},
		{"UTF-16LE with BOM", utf16Bytes("Café “news” 😀\n", false), "Café “news” 😀\n", "utf-16le", nil},
		{"UTF-16BE with BOM", utf16Bytes("Bron öppnar 😀\n", true), "Bron öppnar 😀\n", "utf-16be", nil},
		{"Windows-1252 curly quotes and accent", []byte("\x93Caf\xe9\x94 \x96 \x80 5\n"), "“Café” – € 5\n", "windows-1252", nil},
		{"Windows-1252 apostrophe", []byte("The mayor\x92s plan\n"), "The mayor’s plan\n", "windows-1252", nil},
		{"Latin-1 with a byte Windows-1252 leaves undefined", []byte(long + "caf\xe9 \x81"), long + "café \u0081", "latin-1", nil},
		{"Latin-1 full of C1 controls", []byte("caf\xe9 \x81\x8d\x8f\x90\x9d"), "", "", corpus.ErrEncoding},
		{"empty", []byte{}, "", "", corpus.ErrEmpty},
		{"nil", nil, "", "", corpus.ErrEmpty},
		{"white space only", []byte(" \n\t\r\n  "), "", "", corpus.ErrEmpty},
		{"UTF-8 BOM only", []byte{0xEF, 0xBB, 0xBF}, "", "", corpus.ErrEmpty},
		{"UTF-8 BOM and white space", []byte{0xEF, 0xBB, 0xBF, ' ', '\n'}, "", "", corpus.ErrEmpty},
		{"UTF-16 BOM only", []byte{0xFF, 0xFE}, "", "", corpus.ErrEmpty},
		{"UTF-16 white space", utf16Bytes(" \n ", true), "", "", corpus.ErrEmpty},
		{"NUL bytes", []byte("text\x00more text"), "", "", corpus.ErrBinary},
		{"NUL bytes only", []byte{0, 0, 0}, "", "", corpus.ErrBinary},
		{"NUL in otherwise Windows-1252", []byte("caf\xe9\x00"), "", "", corpus.ErrBinary},
		{"NUL inside UTF-16", utf16Bytes("text\x00text", false), "", "", corpus.ErrBinary},
		{"mostly control characters", []byte("\x01\x02\x03\x04\x05\x06\x07\x08abc"), "", "", corpus.ErrBinary},
		{"UTF-8 C1 controls", []byte(strings.Repeat("\u0085", 5) + "abc"), "", "", corpus.ErrBinary},
		{"one control in a hundred runes is text", []byte("\x01" + strings.Repeat("a", 99)), "\x01" + strings.Repeat("a", 99), "utf-8", nil},
		{"two controls in a hundred runes is binary", []byte("\x01\x02" + strings.Repeat("a", 98)), "", "", corpus.ErrBinary},
		{"tab, form feed and CR are not controls", []byte("a\tb\fc\r\n"), "a\tb\fc\r\n", "utf-8", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, enc, err := corpus.Decode(c.raw)
			if c.err != nil {
				if !errors.Is(err, c.err) {
					t.Errorf("Decode(% x): err got %v, want %v", c.raw, err, c.err)
				}
				if got != "" || enc != "" {
					t.Errorf("Decode(% x): got text %q encoding %q with an error, want none", c.raw, got, enc)
				}
				return
			}
			if err != nil {
				t.Fatalf("Decode(% x): unexpected error %v", c.raw, err)
			}
			if got != c.want || enc != c.encoding {
				t.Errorf("Decode(% x):\ngot  %q, %q\nwant %q, %q", c.raw, got, enc, c.want, c.encoding)
			}
		})
	}
}

// TestParseEncodings checks that Parse works on the decoded text: offsets
// are into Source (BOM removed), not into the raw bytes.
func TestParseEncodings(t *testing.T) {
	text := "Bridge reopens\n\nShare | Tweet\n\nThe café reopened on Sunday.\n"
	cases := []struct {
		name string
		raw  []byte
	}{
		{"UTF-8 BOM", append([]byte{0xEF, 0xBB, 0xBF}, text...)},
		{"UTF-16LE", utf16Bytes(text, false)},
		{"UTF-16BE", utf16Bytes(text, true)},
		{"Windows-1252", []byte(strings.ReplaceAll(text, "é", "\xe9"))},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, err := corpus.Parse("a", "a", c.raw, false)
			if err != nil {
				t.Fatalf("Parse(% x): %v", c.raw, err)
			}
			checkSpans(t, a)
			if a.Source != text {
				t.Errorf("Parse(% x): Source got %q, want %q", c.raw, a.Source, text)
			}
			want := []string{"Bridge reopens", "The café reopened on Sunday."}
			if got := blockTexts(a); !equalList(got, want) {
				t.Errorf("Parse(% x): blocks got\n%s\nwant\n%s", c.raw, fmtList(got), fmtList(want))
			}
		})
	}
}
