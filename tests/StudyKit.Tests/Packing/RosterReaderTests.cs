using StudyKit.Packing;

namespace StudyKit.Tests.Packing;

public sealed class RosterReaderTests
{
    [Fact]
    public void Parse_QuotedFieldsAndSemicolons_ReadsStudents()
    {
        var students = RosterReader.Parse("r.csv", "Nama;Kelas;NIS\r\n\"Putu, Ayu\";XI IPA 2;0012\r\nAndi;XI IPA 2;\r\n");

        Assert.Equal(2, students.Length);
        Assert.Equal(new Student("Putu, Ayu", "XI IPA 2", "0012"), students[0]);
        Assert.Null(students[1].StudentNumber);
    }

    [Theory]
    [InlineData("name,kelas\nAndi,X\n,X\n", "a student has an empty name", 3)]
    [InlineData("name\nAndi\nandi\n", "the name 'andi' appears twice (also on line 2)", 3)]
    [InlineData("kelas\nX\n", "the roster has no 'name' column in its first row", 1)]
    [InlineData("name\n", "the roster has a header but no students", null)]
    [InlineData("", "the roster is empty", null)]
    public void Parse_BadRoster_ThrowsOneLineErrorWithLine(string text, string message, int? line)
    {
        var error = Assert.Throws<StudyKitInputException>(() => RosterReader.Parse("roster.csv", text));

        Assert.Equal(message, error.Message);
        Assert.Equal(line, error.Line);
        Assert.Equal("roster.csv", error.SourcePath);
    }
}
