package quotes

import (
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/rules"
)

func TestRules(t *testing.T) {
	infos := Rules()
	if err := rules.Validate(infos); err != nil {
		t.Fatal(err)
	}
	for _, i := range infos {
		if i.Stage != stage {
			t.Errorf("%s: stage %q, want %q", i.Name, i.Stage, stage)
		}
	}
}
