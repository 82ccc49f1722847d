package lexicon

// The concepts of the claims stage: its cue words and the measures (one
// concept per measure, named measure_<measure>).
const (
	// claims
	NounEndings Name = "noun_endings"

	// measures
	MeasureCandidates Name = "measure_candidates"
	MeasureCouncils   Name = "measure_councils"
	MeasureDelegates  Name = "measure_delegates"
	MeasureEmployees  Name = "measure_employees"
	MeasureMembers    Name = "measure_members"
	MeasureMPs        Name = "measure_mps"
	MeasurePeople     Name = "measure_people"
	MeasureSeats      Name = "measure_seats"
	MeasureVotes      Name = "measure_votes"
)
