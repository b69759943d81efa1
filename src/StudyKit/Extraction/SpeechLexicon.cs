using System.Collections.Frozen;

namespace StudyKit.Extraction;

/// <summary>
/// The words speech extraction keys on, one table per language (<see cref="Id"/>, <see cref="En"/>).
/// Extraction reads <see cref="Both"/>: translated wire copy mixes the two, and the reader's language guess
/// is not needed to recognise a cue. All lookups are case-insensitive.
/// </summary>
internal sealed record SpeechLexicon
{
    /// <summary>Cues written after the quote and before the speaker: <c>“…,” kata X</c>, <c>"…," said X</c>.</summary>
    public required IReadOnlyList<string> PostposedCues { get; init; }

    /// <summary>Clitic cues that point back to the last speaker: <c>katanya</c>, <c>ujarnya</c>.</summary>
    public required IReadOnlyList<string> CliticCues { get; init; }

    /// <summary>Verbs of saying written after the subject: <c>X mengatakan: “…”</c>, <c>X said: "…"</c>.</summary>
    public required IReadOnlyList<string> SpeechVerbs { get; init; }

    /// <summary>Verbs that govern a quoted fragment but do not introduce direct speech
    /// (<c>menyebut … sebagai “…”</c>, <c>described it as "…"</c>).</summary>
    public required IReadOnlyList<string> FramingVerbs { get; init; }

    /// <summary>Personal pronouns that stand for the last speaker (<c>dia</c>, <c>he</c>).</summary>
    public required IReadOnlyList<string> Pronouns { get; init; }

    /// <summary>Words that close a description pointing back (<c>pelatih itu</c>).</summary>
    public required IReadOnlyList<string> Demonstratives { get; init; }

    /// <summary>Markers that introduce a source: <c>menurut X</c>, <c>according to X</c>.</summary>
    public required IReadOnlyList<string> AccordingMarkers { get; init; }

    /// <summary>Markers that introduce the outlet credited for a quote: <c>dilansir X</c>, <c>told X</c>.</summary>
    public required IReadOnlyList<string> ViaMarkers { get; init; }

    /// <summary>Words that end a speaker phrase after a cue: <c>kepada</c>, <c>dalam</c>, <c>in</c>.</summary>
    public required IReadOnlyList<string> PhraseEnders { get; init; }

    /// <summary>Words that start a role (<c>Presiden</c>, <c>juru bicara</c>, <c>spokesman</c>).</summary>
    public required IReadOnlyList<string> RoleHeads { get; init; }

    /// <summary>Words that make a name an organisation (<c>Kementerian</c>, <c>Ministry</c>).</summary>
    public required IReadOnlyList<string> OrganisationHeads { get; init; }

    /// <summary>Words that make a name a document (<c>Pasal</c>, <c>Perjanjian</c>, <c>book</c>).</summary>
    public required IReadOnlyList<string> DocumentHeads { get; init; }

    /// <summary>Capitalised words that are not names (sentence openers, days, months).</summary>
    public required IReadOnlyList<string> NotNames { get; init; }

    /// <summary>Honorifics dropped from a canonical name (<c>Mr</c>, <c>Pak</c>).</summary>
    public required IReadOnlyList<string> Honorifics { get; init; }

    /// <summary>Countries, regions, cities and compass words that end a name run ("Rusia" in "Presiden Rusia Vladimir Putin").</summary>
    public required IReadOnlyList<string> Places { get; init; }

    /// <summary>Prepositions that make the next name a complement, not a speaker ("MP for Witney", "dari Seoul").</summary>
    public required IReadOnlyList<string> Prepositions { get; init; }

    /// <summary>Family names written first (Korean, Chinese): a lone "Kim" matches the first token of "Kim Jong Un".</summary>
    public required IReadOnlyList<string> FamilyFirstSurnames { get; init; }

    /// <summary>Lower-case words skipped between a via marker and the outlet ("kantor berita negara", "acara").</summary>
    public required IReadOnlyList<string> OutletFillers { get; init; }

    /// <summary>Cues that continue the previous statement to the same audience (<c>lanjutnya</c>, <c>he added</c>):
    /// such a quote keeps the previous quote's via.</summary>
    public required IReadOnlyList<string> ContinuingCues { get; init; }

    /// <summary>Capitalised words that complete a role, not a name ("Menteri Keuangan", "Direktur Operasional").</summary>
    public required IReadOnlyList<string> RoleComplements { get; init; }

    /// <summary>News agencies and outlets, for "kepada X" / "told X" where X could also be a person.</summary>
    public required IReadOnlyList<string> Outlets { get; init; }

    /// <summary>Plain verbs of saying whose object is the claim itself ("mengatakan …", "said …"), with or without "bahwa"/"that".</summary>
    public required IReadOnlyList<string> SayingVerbs { get; init; }

    /// <summary>Words opening a time clause, which end an appositive role ("saat", "ketika", "when").</summary>
    public required IReadOnlyList<string> TimeEnders { get; init; }

    /// <summary>Lower-case words that name an office before its head ("council member", "city manager"); case-sensitive.</summary>
    public required IReadOnlyList<string> OfficeModifiers { get; init; }

    /// <summary>Well-known short names and their full names ("Jokowi" → "Joko Widodo"): the alias rule for merging.</summary>
    public required IReadOnlyDictionary<string, string> KnownAliases { get; init; }

    /// <summary>The Indonesian table.</summary>
    public static SpeechLexicon Id { get; } = SpeechLexiconTables.Indonesian();

    /// <summary>The English table.</summary>
    public static SpeechLexicon En { get; } = SpeechLexiconTables.English();

    /// <summary>Both tables merged into case-insensitive sets.</summary>
    public static Merged Both { get; } = new(Id, En);

    /// <summary>Both tables as frozen case-insensitive sets, for lookups (by the characters of a word, no string needed).</summary>
    internal sealed class Merged
    {
        public Merged(SpeechLexicon id, SpeechLexicon en)
        {
            PostposedCues = Set(id.PostposedCues, en.PostposedCues);
            CliticCues = Set(id.CliticCues, en.CliticCues);
            SpeechVerbs = Set(id.SpeechVerbs, en.SpeechVerbs);
            FramingVerbs = Set(id.FramingVerbs, en.FramingVerbs);
            Pronouns = Set(id.Pronouns, en.Pronouns);
            Demonstratives = Set(id.Demonstratives, en.Demonstratives);
            PhraseEnders = Set(id.PhraseEnders, en.PhraseEnders);
            RoleHeads = Set(id.RoleHeads, en.RoleHeads);
            OrganisationHeads = Set(id.OrganisationHeads, en.OrganisationHeads);
            DocumentHeads = Set(id.DocumentHeads, en.DocumentHeads);
            NotNames = Set(id.NotNames, en.NotNames);
            Honorifics = Set(id.Honorifics, en.Honorifics);
            Places = Set(id.Places, en.Places);
            Prepositions = Set(id.Prepositions, en.Prepositions);
            FamilyFirstSurnames = Set(id.FamilyFirstSurnames, en.FamilyFirstSurnames);
            OutletFillers = Set(id.OutletFillers, en.OutletFillers);
            ContinuingCues = Set(id.ContinuingCues, en.ContinuingCues);
            RoleComplements = Set(id.RoleComplements, en.RoleComplements);
            Outlets = Set(id.Outlets, en.Outlets);
            SayingVerbs = Set(id.SayingVerbs, en.SayingVerbs);
            TimeEnders = Set(id.TimeEnders, en.TimeEnders);
            OfficeModifiers = new WordSet(id.OfficeModifiers.Concat(en.OfficeModifiers), StringComparer.Ordinal);
            IndonesianFramingVerbs = new WordSet(id.FramingVerbs, StringComparer.Ordinal);
            KnownAliases = id.KnownAliases.Concat(en.KnownAliases).ToFrozenDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
            AccordingMarkers = [.. id.AccordingMarkers, .. en.AccordingMarkers];
            ViaMarkers = [.. id.ViaMarkers.Concat(en.ViaMarkers).OrderByDescending(m => m.Length).ThenBy(m => m, StringComparer.Ordinal)];
            WholeViaMarkers = new WordSet(ViaMarkers, StringComparer.Ordinal);
            ViaMarkerHeads = new WordSet(ViaMarkers.Select(m => m.Split(' ')[0]), StringComparer.OrdinalIgnoreCase);
            Cues = new WordMap<CueKinds>(
                new[] { (PostposedCues, CueKinds.Postposed), (CliticCues, CueKinds.Clitic), (SpeechVerbs, CueKinds.Speech), (FramingVerbs, CueKinds.Framing) }
                    .SelectMany(list => list.Item1.Words.Select(word => (Word: word, Kind: list.Item2)))
                    .GroupBy(cue => cue.Word, StringComparer.OrdinalIgnoreCase)
                    .Select(cue => KeyValuePair.Create(cue.Key, cue.Aggregate(CueKinds.None, (kinds, c) => kinds | c.Kind))),
                StringComparer.OrdinalIgnoreCase);
            NotNameWords = new WordSet(
                new[] { RoleHeads, OrganisationHeads, DocumentHeads, NotNames, Honorifics, Places, RoleComplements, PostposedCues, CliticCues, SpeechVerbs, FramingVerbs }
                    .SelectMany(set => set.Words),
                StringComparer.OrdinalIgnoreCase);
        }

        public WordSet PostposedCues { get; }
        public WordSet CliticCues { get; }
        public WordSet SpeechVerbs { get; }
        public WordSet FramingVerbs { get; }
        public WordSet Pronouns { get; }
        public WordSet Demonstratives { get; }
        public WordSet PhraseEnders { get; }
        public WordSet RoleHeads { get; }
        public WordSet OrganisationHeads { get; }
        public WordSet DocumentHeads { get; }
        public WordSet NotNames { get; }
        public WordSet Honorifics { get; }
        public WordSet Places { get; }
        public WordSet Prepositions { get; }
        public WordSet FamilyFirstSurnames { get; }
        public WordSet OutletFillers { get; }
        public WordSet ContinuingCues { get; }
        public WordSet RoleComplements { get; }
        public WordSet Outlets { get; }
        public WordSet SayingVerbs { get; }
        public WordSet TimeEnders { get; }

        /// <summary>The Indonesian framing verbs alone, case-sensitive: their passives ("digambarkan") take the agent after.</summary>
        public WordSet IndonesianFramingVerbs { get; }

        /// <summary>Office modifiers of both languages, case-sensitive.</summary>
        public WordSet OfficeModifiers { get; }
        public FrozenDictionary<string, string> KnownAliases { get; }

        /// <summary>The first word of each via marker ("seperti" of "seperti dikutip").</summary>
        public WordSet ViaMarkerHeads { get; }
        public IReadOnlyList<string> AccordingMarkers { get; }

        /// <summary>Via markers, longest first so "seperti dikutip dari" wins over "dikutip".</summary>
        public IReadOnlyList<string> ViaMarkers { get; }

        /// <summary>The via markers as a case-sensitive set, to ask whether one word is a whole marker ("dilansir").</summary>
        public WordSet WholeViaMarkers { get; }

        /// <summary>Every word that can never be part of a person's name: roles, organisation and document heads, non-names,
        /// honorifics, places, role complements and cues, in one set so a name word costs one lookup.</summary>
        public WordSet NotNameWords { get; }

        /// <summary>Every cue word with the lists it is on: one look-up answers for the four lists.</summary>
        private WordMap<CueKinds> Cues { get; }

        /// <summary>The cue lists <paramref name="word"/> is on (case-insensitive), <see cref="CueKinds.None"/> for most words.
        /// Where a word is checked against several lists, as every word of a narrative sentence is, one look-up does.</summary>
        public CueKinds CueKindsOf(ReadOnlySpan<char> word) => Cues.TryGetValue(word, out var kinds) ? kinds : CueKinds.None;

        /// <summary>True for any word that may attribute speech: a postposed, clitic, speech or framing cue.</summary>
        public bool IsAnyCue(ReadOnlySpan<char> word) => CueKindsOf(word) != CueKinds.None;

        private static WordSet Set(IEnumerable<string> a, IEnumerable<string> b) => new(a.Concat(b), StringComparer.OrdinalIgnoreCase);
    }
}
