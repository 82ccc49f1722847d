package main

import (
	"reflect"
	"testing"
)

func TestGroupStories(t *testing.T) {
	recs := []record{
		{"Ferry sinks off Tarnby", "10", "agree"},
		{"Ferry sinks off Tarnby", "2", "discuss"},
		{"Ferry sinks off Tarnby", "7", "unrelated"},
		{"Tarnby ferry lost at sea", "2", "disagree"}, // shares body 2: one story
		{"Tarnby ferry lost at sea", "31", "agree"},
		{"Quill wins the vote", "5", "agree"},
		{"Quill wins the vote", "6", "discuss"}, // two bodies only
		{"Quill wins the vote", "9", "unrelated"},
	}
	got := groupStories(recs, 3)
	want := [][]string{{"2", "10", "31"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("groupStories = %v, want %v", got, want)
	}
	if got := groupStories(recs, 2); !reflect.DeepEqual(got, [][]string{{"2", "10", "31"}, {"5", "6"}}) {
		t.Errorf("groupStories(min 2) = %v", got)
	}
}
