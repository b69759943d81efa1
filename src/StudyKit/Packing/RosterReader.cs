using System.Collections.Immutable;

namespace StudyKit.Packing;

/// <summary>
/// Reads a class roster CSV: a header row with a <c>name</c> (or <c>nama</c>) column and optional
/// <c>class</c>/<c>kelas</c> and <c>id</c>/<c>nis</c> columns; comma or semicolon separated; quoted fields.
/// </summary>
public static class RosterReader
{
    /// <summary>The students of <paramref name="text"/>, in file order.</summary>
    /// <exception cref="StudyKitInputException">No name column, an empty, duplicated, over-long (over 200 characters) or
    /// multi-line name, or no students.</exception>
    public static ImmutableArray<Student> Parse(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        var rows = CsvRows.Parse(text).Where(r => r.Fields.Any(f => f.Trim().Length > 0)).ToList();
        if (rows.Count == 0)
        {
            throw new StudyKitInputException(path, "the roster is empty");
        }
        var header = rows[0].Fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
        var name = IndexOf(header, "name", "nama", "student", "siswa");
        if (name < 0)
        {
            throw new StudyKitInputException(path, "the roster has no 'name' column in its first row", rows[0].Line);
        }
        var klass = IndexOf(header, "class", "kelas");
        var number = IndexOf(header, "id", "nis", "number", "nomor");
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var students = ImmutableArray.CreateBuilder<Student>();
        foreach (var row in rows.Skip(1))
        {
            var studentName = Field(row.Fields, name);
            if (studentName is null)
            {
                throw new StudyKitInputException(path, "a student has an empty name", row.Line);
            }
            if (studentName.Any(char.IsControl))
            {
                // A quoted field left open swallows the lines after it: "Ani,X\n\"Budi,X\nCitra,X" gives one name.
                throw new StudyKitInputException(path, "a student name holds a line break or control character (is a quote left open?)", row.Line);
            }
            if (studentName.Length > 200)
            {
                throw new StudyKitInputException(path, "a student name is longer than 200 characters", row.Line);
            }
            if (seen.TryGetValue(studentName, out var first))
            {
                throw new StudyKitInputException(path, $"the name '{studentName}' appears twice (also on line {first})", row.Line);
            }
            seen[studentName] = row.Line;
            students.Add(new Student(studentName, Field(row.Fields, klass), Field(row.Fields, number)));
        }
        if (students.Count == 0)
        {
            throw new StudyKitInputException(path, "the roster has a header but no students");
        }
        return students.ToImmutable();
    }

    private static int IndexOf(List<string> header, params string[] names) =>
        header.FindIndex(h => names.Contains(h, StringComparer.Ordinal));

    private static string? Field(IReadOnlyList<string> fields, int index) =>
        index >= 0 && index < fields.Count && fields[index].Trim().Length > 0 ? fields[index].Trim() : null;
}
