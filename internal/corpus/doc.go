// Package corpus is the first pipeline stage: it finds article files, reads
// and decodes them, separates front matter from the body, strips web
// boilerplate and derives per-article metadata (title, publication date,
// language).
//
// Offsets. Every offset in this package is a 0-based, half-open byte offset
// [Start, End) into Article.Source: the file's text decoded to UTF-8 with any
// byte-order mark removed. For a UTF-8 file without a byte-order mark this is
// exactly the byte offset in the file on disk.
//
// The package never writes to the folders it reads.
package corpus
