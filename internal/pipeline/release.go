package pipeline

// releaseResults lets merge drop each part of the per-article results
// once the last corpus-level stage that reads it is done (tests switch it
// off to compare the reports).
var releaseResults = true

// release applies drop to every extraction of lists (the batch's results
// and, when copies were set aside, the kept ones, which share their
// slices): what no later stage reads is garbage before the next stage
// runs, so a large batch's live heap shrinks stage by stage instead of
// holding every article's mentions, figures and sentences to the end.
func release(drop func(*extraction), lists ...[]extraction) {
	if !releaseResults {
		return
	}
	for _, l := range lists {
		for i := range l {
			drop(&l[i])
		}
	}
}

// compact returns x with each slice in an array of its length: the
// results of every article stay live until the corpus-level stages, and
// a slice grown by append holds up to as much again unused (an article's
// figures, grown by one for its event date, were a fifth of a large
// batch's live heap).
func (x extraction) compact() extraction {
	x.sentences = clipped(x.sentences)
	x.mentions = clipped(x.mentions)
	x.figures = clipped(x.figures)
	return x
}

// clipped is s in an array of its length (s itself when it is one; an
// empty slice stays non-nil).
func clipped[E any](s []E) []E {
	switch {
	case cap(s) == len(s):
		return s
	case len(s) == 0:
		return []E{}
	}
	return append(make([]E, 0, len(s)), s...)
}
