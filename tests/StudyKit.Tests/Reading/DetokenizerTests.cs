using StudyKit.Reading;

namespace StudyKit.Tests.Reading;

public sealed class DetokenizerTests
{
    [Theory]
    [InlineData("\" Kami kalah , tetapi bermain bagus , \" kata nya .", "\"Kami kalah, tetapi bermain bagus,\" katanya.")]
    [InlineData("Pelatih Timnas Indonesia , Simon , menyebut hasil itu realistis .", "Pelatih Timnas Indonesia, Simon, menyebut hasil itu realistis.")]
    [InlineData("di Stadion ( SUGBK ) , Selasa ( 10 / 9 / 2019 ) .", "di Stadion (SUGBK), Selasa (10/9/2019).")]
    [InlineData("menerima kekalahan tersebut .Timnas kembali kalah", "menerima kekalahan tersebut. Timnas kembali kalah")]
    [InlineData("laga ini .\" Kami sebelumnya kalah , \" lanjut Simon .", "laga ini. \"Kami sebelumnya kalah,\" lanjut Simon.")]
    [InlineData("Menurut nya , suporter kecewa", "Menurutnya, suporter kecewa")]
    [InlineData("walau pun hujan", "walaupun hujan")]
    [InlineData("tim nya kalah", "tim nya kalah")]
    [InlineData("apa pun yang terjadi", "apa pun yang terjadi")]
    [InlineData("dikutip dariAFP, Senin (20/10)", "dikutip dari AFP, Senin (20/10)")]
    [InlineData("Kabar dariAFP menyebut angka itu", "Kabar dari AFP menyebut angka itu")] // no other cue on the line
    [InlineData("pencurian diMuseum Louvre", "pencurian di Museum Louvre")]
    [InlineData("Skor 0 - 3 di kandang", "Skor 0 - 3 di kandang")]
    [InlineData("Judul berakhir ...", "Judul berakhir ...")]
    [InlineData("Harga Rp 11.000 dan 2,5 persen.", "Harga Rp 11.000 dan 2,5 persen.")]
    [InlineData("He said: \"They once were. \"What the book says is true.\" He left.", "He said: \"They once were. \"What the book says is true.\" He left.")]
    public void Line_TokenisedText_IsRepairedConservatively(string input, string expected)
    {
        Assert.Equal(expected, Detokenizer.Line(input));
    }
}
