namespace StudyKit.Extraction;

/// <summary>How a speaker is written at one place.</summary>
internal enum MentionForm
{
    /// <summary>A name, full or short ("Vladimir Putin", "Putin", "Kementerian Luar Negeri").</summary>
    Name,

    /// <summary>A pronoun or clitic ("dia", "katanya", "he"): the last speaker.</summary>
    Pronoun,

    /// <summary>A description pointing back ("pelatih Timnas Indonesia itu", "the prime minister").</summary>
    Description,

    /// <summary>An unnamed group or thing ("para pengunjuk rasa", "fans"): the speaker stays unknown.</summary>
    Group,
}

/// <summary>A speaker as written in one place, before resolution to a canonical entity.</summary>
/// <param name="AsWritten">The exact form in the text ("Presiden Rusia Vladimir Putin", "katanya").</param>
/// <param name="Name">The name part without role or honorific ("Vladimir Putin", "Blair"), or null.</param>
/// <param name="Role">The role written beside the name ("Presiden Rusia"), or null.</param>
/// <param name="Kind">What the name refers to.</param>
/// <param name="Form">How it must be resolved.</param>
/// <param name="Head">For descriptions: the head noun ("pelatih", "kementerian", "minister"), or null.</param>
internal sealed record Mention(string AsWritten, string? Name, string? Role, EntityKind Kind, MentionForm Form, string? Head = null);
