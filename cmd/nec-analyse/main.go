// Command nec-analyse analyses a folder of news articles about one event:
// who is named, which figures the sources give, where they agree or
// conflict, who is quoted and how each article leans.
package main

import "os"

func main() {
	ctx, stop := signalContext()
	code := run(ctx, os.Args[1:], systemStreams())
	stop()
	os.Exit(int(code))
}
