package main

import (
	"io"

	"github.com/nec-analyse/nec-analyse/internal/nerdata"
)

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
	ReadWNUT    = nerdata.ReadWNUT
	ReadBTC     = nerdata.ReadBTC
)

// readWikigoldPart reads wikigold and keeps the articles of one fixed
// part (nerdata.WikigoldPart): the test tenth is never trained on.
func readWikigoldPart(p nerdata.Part) func(io.Reader) ([]Document, error) {
	return func(r io.Reader) ([]Document, error) {
		docs, err := nerdata.ReadWikigold(r)
		if err != nil {
			return nil, err
		}
		return nerdata.SelectPart(docs, nerdata.WikigoldPart, p), nil
	}
}

// ewtSplit is the -ewtsplit flag: which documents of UNER en_ewt dev are
// scored (nerdata.SelectEWT; odd unless a tagger and typing model
// trained with trainner's same -ewtsplit are given).
var ewtSplit = "odd"

// readEWTDev reads UNER en_ewt dev and keeps the documents the tagger
// does not train on (nerdata.SelectEWT of -ewtsplit).
func readEWTDev(r io.Reader) ([]Document, error) {
	docs, err := nerdata.ReadUNER(r)
	if err != nil {
		return nil, err
	}
	return nerdata.SelectEWT(docs, ewtSplit, nerdata.Dev)
}
