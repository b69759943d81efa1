namespace StudyKit.Reading;

/// <summary>What the reader has learnt about one article so far; first finding wins, nothing is guessed.</summary>
internal sealed class ArticleMetadata
{
    private readonly List<string> _authors = [];
    private readonly SortedSet<string> _wire = new(StringComparer.Ordinal);

    public string? Title { get; set; }

    public string? Outlet { get; private set; }

    public string? Editor { get; private set; }

    public string? Dateline { get; private set; }

    public PublicationDate? Published { get; private set; }

    public IReadOnlyList<string> Authors => _authors;

    public IReadOnlyCollection<string> Wire => _wire;

    public void SetOutlet(string written) => Outlet ??= Gazetteer.CanonicalOutlet(written);

    public void SetEditor(string name) => Editor ??= name;

    public void SetDateline(string city) => Dateline ??= city.Trim();

    public void SetPublished(PublicationDate date) => Published ??= date;

    public void AddAuthor(string name)
    {
        if (!_authors.Contains(name, StringComparer.Ordinal))
        {
            _authors.Add(name);
        }
    }

    public void AddWire(string written)
    {
        var name = written.Trim().TrimEnd('.', ',');
        if (name.Length > 0)
        {
            _wire.Add(Gazetteer.Agency(name) ?? name);
        }
    }
}
