using System.Collections.Immutable;
using StudyKit.Extraction;

namespace StudyKit.Items;

/// <summary>
/// A name with what comparing it to other names needs, worked out once per bank rather than once per item:
/// a speaker's, whose rivals <see cref="GenerationContext.SpeakerDistractors"/> picks, or an entity's, whose
/// rivals fill a fact's blank (<see cref="FactChoices"/>, through <see cref="EntityProfile"/>).
/// </summary>
/// <param name="NormalName">The name, normalised.</param>
/// <param name="Plausible">True when the name reads as a name of its kind (<see cref="NameShape.Plausible"/>).</param>
/// <param name="NameLessRole">The name less a leading role head (<see cref="NameShape.WithoutRoleHead"/>).</param>
/// <param name="Forms">The forms looked for in a sentence or in evidence (the name among them).</param>
/// <param name="Sides">The states the name or any other form stands for (<see cref="Polities.Sides"/>).</param>
/// <param name="Roles">The roles, prepared to look for names in.</param>
internal sealed record NameProfile(
    string NormalName,
    bool Plausible,
    TextNormal.Phrase NameLessRole,
    ImmutableArray<TextNormal.Phrase> Forms,
    ulong Sides,
    ImmutableArray<TextNormal.PhraseText> Roles)
{
    /// <summary>A speaker's: its forms (name, name as quoted, aliases) looked for in evidence.</summary>
    public static NameProfile Of(SpeakerInfo speaker) =>
        Of(speaker.Name, speaker.Kind, speaker.Forms, speaker.Forms.Append(speaker.Name), speaker.Roles);

    /// <summary>An entity's: its name and the aliases longer than two characters looked for; the states of every alias.</summary>
    public static NameProfile Of(Entity entity) =>
        Of(entity.Name, entity.Kind, entity.Aliases.Where(a => a.Length > 2).Prepend(entity.Name), entity.Aliases.Prepend(entity.Name), entity.Roles);

    /// <param name="name">The name.</param>
    /// <param name="kind">What it names.</param>
    /// <param name="forms">The forms looked for in a text.</param>
    /// <param name="stateForms">The forms whose states count as the name's.</param>
    /// <param name="roles">The roles as written.</param>
    private static NameProfile Of(string name, EntityKind kind, IEnumerable<string> forms, IEnumerable<string> stateForms, ImmutableArray<string> roles) => new(
        TextNormal.Normalize(name),
        NameShape.Plausible(name, kind),
        TextNormal.Phrase.Of(NameShape.WithoutRoleHead(name)),
        [.. forms.Select(TextNormal.Phrase.Of)],
        stateForms.Aggregate(0UL, (sides, form) => sides | Polities.Sides(form)),
        [.. roles.Select(r => new TextNormal.PhraseText(r))]);
}
