namespace StudyKit.Pdf.Documents;

/// <summary>The fixed words printed on the documents, one table per language.</summary>
internal sealed record Headings
{
    public required string Worksheet { get; init; }
    public required string Name { get; init; }
    public required string Class { get; init; }
    public required string Date { get; init; }
    public required string Variant { get; init; }
    public required string Seed { get; init; }
    public required string Instructions { get; init; }
    public required string MultipleChoice { get; init; }
    public required string SourceAttribution { get; init; }
    public required string Matching { get; init; }
    public required string TrueFalse { get; init; }
    public required string Discussion { get; init; }
    public required string Cards { get; init; }
    public required string ChooseOne { get; init; }
    public required string MatchHint { get; init; }
    public required string TrueFalseHint { get; init; }
    public required string DiscussionHint { get; init; }
    public required string Appendix { get; init; }
    public required string AppendixHint { get; init; }
    public required string Article { get; init; }
    public required string Paragraph { get; init; }
    public required string AnswerKey { get; init; }
    public required string TeachersOnly { get; init; }
    public required string Source { get; init; }
    public required string Guidance { get; init; }
    public required string StudyCards { get; init; }
    public required string Front { get; init; }
    public required string Back { get; init; }
    public required string ClassSheet { get; init; }
    public required string ClassSheetHint { get; init; }
    public required string Questions { get; init; }
    public required string QuoteCard { get; init; }
    public required string PersonCard { get; init; }
    public required string TermCard { get; init; }
    public required string FactCard { get; init; }
    public required IReadOnlyList<string> Months { get; init; }

    public static Headings Id { get; } = new()
    {
        Worksheet = "Lembar Kerja Literasi Media", Name = "Nama", Class = "Kelas", Date = "Tanggal", Variant = "Varian", Seed = "seed",
        Instructions = "Bacalah setiap soal dengan teliti. Untuk pilihan ganda, hitamkan satu lingkaran saja. Carilah buktinya di artikel sumber pada lampiran: setiap paragraf diberi nomor, jadi sebutkan artikel dan paragrafnya.",
        MultipleChoice = "Pilihan ganda", SourceAttribution = "Atribusi sumber", Matching = "Menjodohkan", TrueFalse = "Benar atau salah",
        Discussion = "Diskusi", Cards = "Kartu", ChooseOne = "Pilih satu jawaban yang paling tepat.",
        MatchHint = "Tulis huruf pasangan yang tepat pada garis.", TrueFalseHint = "Centang satu kotak untuk setiap pernyataan.",
        DiscussionHint = "Jawab dengan kalimatmu sendiri dan sebutkan buktinya (artikel dan paragraf).",
        Appendix = "Lampiran: artikel sumber", AppendixHint = "Nomor di kiri adalah nomor paragraf.", Article = "Artikel", Paragraph = "paragraf",
        AnswerKey = "Kunci jawaban", TeachersOnly = "Untuk guru — jangan dibagikan kepada siswa.", Source = "Sumber", Guidance = "Panduan guru",
        StudyCards = "Kartu belajar", Front = "depan", Back = "belakang", ClassSheet = "Lembar koreksi cepat",
        ClassSheetHint = "Huruf jawaban per varian dan nomor soal; — berarti jawaban terbuka.", Questions = "soal",
        QuoteCard = "Kutipan", PersonCard = "Tokoh", TermCard = "Istilah", FactCard = "Fakta",
        Months = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"],
    };

    public static Headings En { get; } = new()
    {
        Worksheet = "Media Literacy Worksheet", Name = "Name", Class = "Class", Date = "Date", Variant = "Variant", Seed = "seed",
        Instructions = "Read each question carefully. For multiple choice, fill in one circle only. Find the evidence in the source articles in the appendix: every paragraph is numbered, so name the article and the paragraph.",
        MultipleChoice = "Multiple choice", SourceAttribution = "Source attribution", Matching = "Matching", TrueFalse = "True or false",
        Discussion = "Discussion", Cards = "Cards", ChooseOne = "Choose the one best answer.",
        MatchHint = "Write the letter of the matching answer on the line.", TrueFalseHint = "Tick one box for each statement.",
        DiscussionHint = "Answer in your own words and cite your evidence (article and paragraph).",
        Appendix = "Appendix: source articles", AppendixHint = "The number on the left is the paragraph number.", Article = "Article", Paragraph = "paragraph",
        AnswerKey = "Answer key", TeachersOnly = "For teachers — do not hand out to students.", Source = "Source", Guidance = "Teacher's guidance",
        StudyCards = "Study cards", Front = "front", Back = "back", ClassSheet = "Quick marking sheet",
        ClassSheetHint = "Answer letters per variant and question number; — marks an open answer.", Questions = "questions",
        QuoteCard = "Quote", PersonCard = "Person", TermCard = "Term", FactCard = "Fact",
        Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    };

    public static Headings For(Reading.ArticleLanguage language) => language switch
    {
        Reading.ArticleLanguage.Id => Id,
        Reading.ArticleLanguage.En => En,
    };

    /// <summary>"20 Juni 2024" / "20 June 2024", from the table rather than the platform's culture data.</summary>
    public string FormatDate(DateOnly date) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{date.Day} {Months[date.Month - 1]} {date.Year}");
}
