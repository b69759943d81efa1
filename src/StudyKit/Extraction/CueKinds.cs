namespace StudyKit.Extraction;

/// <summary>The cue lists of <see cref="SpeechLexicon"/> a word is on.</summary>
[Flags]
internal enum CueKinds
{
    None = 0,

    /// <summary>On <see cref="SpeechLexicon.PostposedCues"/>.</summary>
    Postposed = 1,

    /// <summary>On <see cref="SpeechLexicon.CliticCues"/>.</summary>
    Clitic = 2,

    /// <summary>On <see cref="SpeechLexicon.SpeechVerbs"/>.</summary>
    Speech = 4,

    /// <summary>On <see cref="SpeechLexicon.FramingVerbs"/>.</summary>
    Framing = 8,
}
