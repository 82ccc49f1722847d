package main

import "github.com/nec-analyse/nec-analyse/internal/nerdata"

// The gold corpus types and readers live in nerdata, shared with the
// tagger's trainer.
type (
	// Span is a gold entity span of one sentence.
	Span = nerdata.TokenSpan
	// Sentence is one gold sentence.
	Sentence = nerdata.Sentence
	// Document is a group of sentences resolved together.
	Document = nerdata.Document
)

// Readers of the gold formats.
var (
	ReadCoNLL   = nerdata.ReadCoNLL
	ReadWikiANN = nerdata.ReadWikiANN
	ReadIO      = nerdata.ReadIO
	ReadUNER    = nerdata.ReadUNER
)
