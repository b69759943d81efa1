using System.Text;

namespace StudyKit.Tests;

public sealed class Sha256Tests
{
    [Theory]
    [InlineData("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    [InlineData("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")]
    public void HashData_StandardVectors_GiveTheirDigests(string text, string digest)
    {
        Assert.Equal(digest, Convert.ToHexStringLower(Sha256.HashData(Encoding.ASCII.GetBytes(text))));
    }

    [Fact]
    public void HashData_EveryLengthAroundTheBlockEdges_IsThePlatformDigest()
    {
        // Lengths 0–300 cross the one- and two-block padding cases several times; then a font-sized input.
        var random = new Random(7);
        foreach (var length in Enumerable.Range(0, 301).Append(700_001))
        {
            var data = new byte[length];
            random.NextBytes(data);

            Assert.Equal(System.Security.Cryptography.SHA256.HashData(data), Sha256.HashData(data));
        }
    }
}
