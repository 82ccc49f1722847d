package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/nec-analyse/nec-analyse/internal/corpus"
	"github.com/nec-analyse/nec-analyse/internal/ner"
	"github.com/nec-analyse/nec-analyse/internal/pipeline"
	"github.com/nec-analyse/nec-analyse/internal/stance"
)

// ecbClaim is one line of the claims file: a claim about a cluster of
// ../shared/data/ecbplus-dev and whether it is true of that cluster's
// event.
type ecbClaim struct {
	Cluster string `json:"cluster"`
	Claim   string `json:"claim"`
	True    bool   `json:"true"`
}

// runECB classifies every article of each cluster against the cluster's
// claims, as `report --claim` does, and prints how often a true claim
// gets disagree and a false one agree (articles labelled unrelated are
// counted apart).
func runECB(data, claimsPath string, verbose bool) error {
	f, err := os.Open(claimsPath)
	if err != nil {
		return err
	}
	defer f.Close()
	byCluster := map[string][]ecbClaim{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var c ecbClaim
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			return fmt.Errorf("%s: %w", claimsPath, err)
		}
		byCluster[c.Cluster] = append(byCluster[c.Cluster], c)
	}
	if err := sc.Err(); err != nil {
		return err
	}
	model, err := ner.NewModel()
	if err != nil {
		return err
	}
	sm, err := stance.Load()
	if err != nil {
		return err
	}
	clusters := make([]string, 0, len(byCluster))
	for c := range byCluster {
		clusters = append(clusters, c)
	}
	sort.Strings(clusters)
	// counts[truth][label]
	counts := map[bool]map[string]int{true: {}, false: {}}
	nClaims := map[bool]int{}
	for _, cl := range clusters {
		dir := filepath.Join(data, "ecbplus-dev", "clusters", cl)
		batch, err := corpus.Load([]string{dir}, corpus.LoadOptions{})
		if err != nil {
			return err
		}
		truth := map[string]bool{}
		var texts []string
		for _, c := range byCluster[cl] {
			truth[c.Claim] = c.True
			texts = append(texts, c.Claim)
			nClaims[c.True]++
		}
		rep, err := pipeline.Run(context.Background(), batch, model, pipeline.Options{Workers: 2, ToolVersion: "trainstance", Stance: sm, Claims: texts})
		if err != nil {
			return err
		}
		for _, s := range rep.Stance {
			t := truth[s.Claim]
			counts[t][s.Label]++
			wrong := t && s.Label == stance.Disagree || !t && s.Label == stance.Agree
			if verbose && wrong {
				ev := ""
				if len(s.Evidence) > 0 {
					ev = s.Evidence[0].Kind + " " + s.Evidence[0].Cue + ": " + s.Evidence[0].Text
				}
				fmt.Fprintf(os.Stderr, "%s %s [%v] -> %s (%.2f) %s\n", cl, s.Article, t, s.Label, s.Score, ev)
			}
		}
	}
	fmt.Printf("ecbplus-dev claims: %d true, %d false, over %d clusters (%s)\n\n", nClaims[true], nClaims[false], len(clusters), claimsPath)
	fmt.Println("| claims | pairs | agree | disagree | discuss | unrelated | wrong-way rate (of related) |")
	fmt.Println("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
	for _, t := range []bool{true, false} {
		c := counts[t]
		n := c[stance.Agree] + c[stance.Disagree] + c[stance.Discuss] + c[stance.Unrelated]
		rel := n - c[stance.Unrelated]
		name, wrong, goal := "true", c[stance.Disagree], "disagree, goal <= 3%"
		if !t {
			name, wrong, goal = "false", c[stance.Agree], "agree, goal <= 10%"
		}
		rate, rateRel := 0.0, 0.0
		if n > 0 {
			rate = 100 * float64(wrong) / float64(n)
		}
		if rel > 0 {
			rateRel = 100 * float64(wrong) / float64(rel)
		}
		fmt.Printf("| %s | %d | %d | %d | %d | %d | %.1f%% of all, %.1f%% of related (%s) |\n", name, n,
			c[stance.Agree], c[stance.Disagree], c[stance.Discuss], c[stance.Unrelated], rate, rateRel, goal)
	}
	return nil
}
