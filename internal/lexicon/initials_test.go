package lexicon

import (
	"strings"
	"testing"
	"testing/fstest"
)

func TestInitials(t *testing.T) {
	l, err := parseFS(fstest.MapFS{
		"data/organisations/org_name_connectors.txt": {Data: []byte("# Connectors.\nof\nand\nde\n")},
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, strict, lenient string
	}{
		{"Northmoor Ferry Union", "NFU", "NFU"},
		{"Quill & Lind", "Q&L", "QL"},
		{"Banco de Ferrol", "BF", "BF"},
		{"Valmora's National Petroleum Corporation", "VNPC", "VNPC"},
		{"Of Tarn", "T", "OT"},          // a capital connector: skipped by the strict form only
		{"Tarn for Quillane", "", "TQ"}, // a lower-case word that is no connector refuses the strict form
		{"Éla Örn 4x", "", "ÉÖ"},        // a digit-led word likewise; the letters are runes
	} {
		w := strings.Fields(tc.name)
		if got := l.Initials(w); got != tc.strict {
			t.Errorf("Initials(%q) = %q, want %q", tc.name, got, tc.strict)
		}
		if got := CapitalInitials(w); got != tc.lenient {
			t.Errorf("CapitalInitials(%q) = %q, want %q", tc.name, got, tc.lenient)
		}
	}
}
