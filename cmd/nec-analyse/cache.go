package main

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/nec-analyse/nec-analyse/internal/cache"
)

// cacheCmdOptions are the cache command's inputs.
type cacheCmdOptions struct {
	Dir      string
	MaxBytes int64
}

// newCacheCmd builds `cache` and its subcommands info, prune and clear.
func newCacheCmd(d *deps) *cobra.Command {
	opts := &cacheCmdOptions{}
	cmd := &cobra.Command{
		Use:   "cache",
		Short: "Inspect, prune or clear the extraction cache",
		Long: `The extraction cache (` + cache.FileName + ` in the cache folder; check and
baseline use the user cache folder unless --cache-dir or --no-cache is
given, report only with --cache-dir) keeps parsed articles, per-article
extractions and merged reports between runs. Its stored results are
bounded by --cache-max-bytes (default 256 MiB): past it the least recently
used are evicted. The file itself does not shrink when entries go (freed
pages are reused); 'cache prune' compacts it.`,
		Args: cobra.NoArgs,
	}
	cmd.PersistentFlags().StringVar(&opts.Dir, "cache-dir", defaultCacheDir(), "folder of the extraction cache")
	info := &cobra.Command{
		Use:   "info",
		Short: "Print the cache file's path, size and number of entries",
		Args:  cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			d.started = true
			s, err := openCacheCmd(d, opts)
			if err != nil {
				return err
			}
			defer s.Close()
			st, err := s.Stats()
			if err != nil {
				return err
			}
			return writeOutput(d, "cache info", func(w io.Writer) error {
				_, err := fmt.Fprintf(w, "path: %s\nfile: %s\nentries: %d\nstored: %s\n", st.Path, mib(st.FileBytes), st.Entries, mib(st.ValueBytes))
				return err
			})
		},
	}
	prune := &cobra.Command{
		Use:   "prune",
		Short: "Evict least recently used entries down to --cache-max-bytes and compact the file",
		Args:  cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			if opts.MaxBytes < 1 {
				return flagErrorf("--cache-max-bytes must be positive, got %d", opts.MaxBytes)
			}
			d.started = true
			s, err := openCacheCmd(d, opts)
			if err != nil {
				return err
			}
			defer s.Close()
			res, err := s.Prune(opts.MaxBytes)
			if err != nil {
				return err
			}
			return writeOutput(d, "prune result", func(w io.Writer) error {
				_, err := fmt.Fprintf(w, "evicted %d entries (%s); file %s -> %s\n", res.Evicted, mib(res.EvictedBytes), mib(res.FileBefore), mib(res.FileAfter))
				return err
			})
		},
	}
	bindCacheMaxBytes(prune, &opts.MaxBytes)
	clear := &cobra.Command{
		Use:   "clear",
		Short: "Remove the cache files (waiting for a run that is using them)",
		Args:  cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			d.started = true
			co := d.CacheOptions
			co.OnWait = waitNotice(d)
			removed, err := cache.Clear(opts.Dir, co)
			if err != nil {
				return err
			}
			return writeOutput(d, "clear result", func(w io.Writer) error {
				if len(removed) == 0 {
					_, err := fmt.Fprintf(w, "no cache in %s\n", opts.Dir)
					return err
				}
				for _, p := range removed {
					if _, err := fmt.Fprintf(w, "removed %s\n", p); err != nil {
						return err
					}
				}
				return nil
			})
		},
	}
	cmd.AddCommand(info, prune, clear)
	return cmd
}

// openCacheCmd opens the cache for info and prune: a problem is an error
// (exit 2), except a damaged file moved aside, which is a warning.
func openCacheCmd(d *deps, opts *cacheCmdOptions) (*cache.Store, error) {
	if opts.Dir == "" {
		return nil, fmt.Errorf("no user cache folder: give --cache-dir")
	}
	co := d.CacheOptions
	if opts.MaxBytes > 0 {
		co.MaxBytes = opts.MaxBytes
	}
	co.OnWait = waitNotice(d)
	s, err := cache.OpenWith(opts.Dir, co)
	if s == nil {
		return nil, err
	}
	if err != nil {
		fmt.Fprintf(d.IO.ErrOut, "warning: %v\n", err)
	}
	return s, nil
}

// waitNotice tells stderr that a lock is being waited for.
func waitNotice(d *deps) func(string) {
	return func(path string) {
		fmt.Fprintf(d.IO.ErrOut, "info: waiting for the cache %s (in use by another nec-analyse run)\n", path)
	}
}

// mib formats a byte count.
func mib(n int64) string {
	if n < 1<<20 {
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
}
