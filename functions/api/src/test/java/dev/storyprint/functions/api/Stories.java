package dev.storyprint.functions.api;

/**
 * Made-up news texts for the tests (no real article): a source, a syndicated copy (new headline,
 * house-style edits, last paragraph trimmed) and an unrelated story.
 */
final class Stories {
    private Stories() {}

    static final String SOURCE = """
            Harbour council approves new ferry bridge after year of hearings

            The Northport harbour council voted seven to two on Monday night to approve a new ferry bridge linking the old fish market to the Lake Verin terminal, ending a year of public hearings.

            Council chair Maria Alvarez said the project would cost 48 million dollars and should open to foot traffic by the spring of 2028, with ferries using the new berths a few months later.

            "This bridge is the single largest thing this harbour has built since the sea wall," Alvarez told the packed chamber, where residents had queued since the afternoon to speak.

            Opponents, led by councillor Tomas Berg, argued that the budget left no room for the dredging the terminal needs and warned that tolls would rise to cover any overrun.

            Berg said he had asked the port authority for an independent cost review three times and had been refused each time, a claim the authority's spokesman later disputed.

            The plan keeps the market's Saturday stalls open during construction by moving them to a temporary pier on the western quay, which contractors will build first.

            Engineers from the firm Osei and Tanaka presented drawings showing a lifting span of 60 metres, wide enough for the two largest vessels that call at Northport each summer.

            Aiko Tanaka, the lead engineer, said the lifting span would be raised about 14 times a day in high season and that each lift would hold road traffic for under six minutes.

            Residents of the Eastfield district, who live closest to the terminal, asked for a noise barrier and a cap on night work; the council added both as conditions before the final vote.

            Construction is due to begin in March, once the regional transport board signs off on the 12 million dollar grant that covers a quarter of the cost.
            """;

    /** The source as another outlet republishes it: new headline, edits, last paragraph dropped. */
    static final String SYNDICATED = """
            Northport votes for 48 million dollar ferry bridge

            By Staff Reporter

            The Northport harbour council voted 7-2 on Monday night to approve a new ferry bridge linking the old fish market to the Lake Verin terminal, ending a year of public hearings.

            Council chair Maria Alvarez said the project would cost 48 million dollars and should open to foot traffic by the spring of 2028, with ferries using the new berths a few months later.

            "This bridge is the single largest thing this harbour has built since the sea wall," Alvarez told the packed chamber, where residents had queued since the afternoon to speak.

            Opponents, led by councillor Tomas Berg, argued that the budget left no room for the dredging the terminal needs and warned that tolls would rise to cover any overrun.

            Berg said he had asked the port authority for an independent cost review three times and had been refused each time, a claim the authority's spokesman later disputed.

            The plan keeps the market's Saturday stalls open during construction by moving them to a temporary pier on the western quay, which contractors will build first.

            Engineers from the firm Osei and Tanaka presented drawings showing a lifting span of 60 metres, wide enough for the two largest vessels that call at Northport each summer.

            Aiko Tanaka, the lead engineer, said the lifting span would be raised about 14 times a day in high season and that each lift would hold road traffic for under six minutes.

            Residents of the Eastfield district, who live closest to the terminal, asked for a noise barrier and a cap on night work; the council added both as conditions before the final vote.
            """;

    static final String UNRELATED = """
            Mountain railway reopens after winter storms

            The narrow-gauge railway that climbs from Eastfield to the summit observatory reopened on Saturday after three months of repairs to track washed away by the January storms.

            Operators said about 2,400 passengers rode the first weekend, close to the numbers seen before the closure, and that the summer timetable would start two weeks early to make up lost trips.

            Samuel Osei, who has driven the line's oldest locomotive for nineteen years, said crews had rebuilt two stone culverts by hand because machines could not reach the slope.

            The repairs cost about 3 million dollars, most of it paid by the regional tourism fund, with the rest coming from a public appeal that raised more than 400,000 dollars in six weeks.

            Geologists will survey the upper section again in the autumn, when engineers plan to add drainage channels along the stretch that failed, a job expected to close the line for ten days.

            Local hotels reported bookings up by a fifth on last year and said visitors had been calling since February to ask when the trains would run again.
            """;

    /** Fewer words than any article: the engine rejects it. */
    static final String TOO_SHORT = "Council meets on Monday to discuss the ferry bridge.";
}
