//go:build !race

package classify

// raceEnabled reports that the test binary runs with the race detector,
// whose shadow memory makes RSS figures meaningless.
const raceEnabled = false
