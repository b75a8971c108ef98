//go:build !unix

package classify

import "time"

// processCPU returns 0 where the CPU time is not measured.
func processCPU() time.Duration { return 0 }
