using System.Text;
using StudyKit.Export;
using StudyKit.Reading;

namespace StudyKit.Tests.Hardening;

/// <summary>Inputs that crashed <c>scripts/fuzz.sh</c>, cut down to what still crashed, each now a clear input error.</summary>
public sealed class FuzzRegressionTests
{
    /// <summary>An edited bank with a flow list left open before a deeper key: YamlDotNet threw
    /// InvalidOperationException from its scanner (fuzz seed 77, input 48).</summary>
    [Theory]
    [InlineData("items:\n- s: [b, c\n  c:")]
    [InlineData("schema: studykit.bank/1\nitems:\n- id: x\n  stimulus: [imon McMenemy mengatakan, “Dalam catatan.”\n  choices:\n")]
    public void BankRead_OpenFlowListBeforeAKey_FailsAsInput(string yaml)
    {
        var error = Assert.Throws<StudyKitInputException>(() => BankFile.Read(Encoding.UTF8.GetBytes(yaml), "bank.yaml"));

        Assert.Equal("not valid YAML: the parser gave up (is a [ or { left open?)", error.Message);
        Assert.Equal("bank.yaml", error.SourcePath);
    }

    [Fact]
    public void SourcesParse_OpenFlowListBeforeAKey_FailsAsInput()
    {
        var error = Assert.Throws<StudyKitInputException>(() => SourcesFile.Parse("sources.yaml", "a.txt:\n- s: [b, c\n  c:"));

        Assert.Equal("sources.yaml is not valid YAML: the parser gave up (is a [ or { left open?)", error.Message);
    }
}
