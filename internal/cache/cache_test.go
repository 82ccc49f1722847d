package cache

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func TestStoreRoundTrip(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := s.Get("a"); ok {
		t.Error("empty store returned a value")
	}
	if err := s.PutAll(map[string][]byte{"a": []byte("1"), "b": []byte("2")}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if v, ok := s.Get("b"); !ok || string(v) != "2" {
		t.Errorf("Get(b) = %q, %v after reopening", v, ok)
	}
}

func TestCorruptStoreIsRebuilt(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, FileName), []byte("this is not a bbolt file, just garbage bytes"), 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := Open(dir)
	if !errors.Is(err, ErrRebuilt) || s == nil {
		t.Fatalf("Open on garbage = %v, %v; want a store and ErrRebuilt", s, err)
	}
	defer s.Close()
	if err := s.PutAll(map[string][]byte{"k": []byte("v")}); err != nil {
		t.Fatal(err)
	}
	if v, ok := s.Get("k"); !ok || string(v) != "v" {
		t.Errorf("rebuilt store does not work: %q %v", v, ok)
	}
}
