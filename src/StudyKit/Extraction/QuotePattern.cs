namespace StudyKit.Extraction;

/// <summary>How the text attributes a quote to its speaker.</summary>
public enum QuotePattern
{
    /// <summary><c>“…,” kata X</c> / <c>"…," X said</c>.</summary>
    QuoteVerbSpeaker,

    /// <summary><c>X mengatakan: “…”</c> / <c>X said: "…"</c>.</summary>
    SpeakerVerbQuote,

    /// <summary><c>“…,” katanya</c> / <c>he said</c>: resolved to the last speaker.</summary>
    Pronoun,

    /// <summary>A paragraph that continues the previous quote.</summary>
    Continuation,

    /// <summary>A partial quote embedded in reported speech.</summary>
    Embedded,

    /// <summary><c>menurut X, “…”</c> / <c>according to X</c>.</summary>
    According,

    /// <summary>No attribution in the text: the speaker is null.</summary>
    Unattributed,
}
