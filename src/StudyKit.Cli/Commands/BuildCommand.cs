using System.CommandLine;
using StudyKit.Export;

namespace StudyKit.Cli.Commands;

/// <summary><c>studykit build</c>: print a class pack from an item bank the teacher edited.</summary>
internal static class BuildCommand
{
    public static readonly Argument<string> Bank = new("bank") { Description = "The item bank (.yaml or .json) written by 'studykit items'" };

    public static Command Create()
    {
        var command = new Command("build", """
            Print a class pack from an edited item bank: delete or rewrite items in the YAML/JSON written by
            'studykit items', then build the papers from it. Takes the same options as 'generate'.

            Examples:
              studykit items --out bank.yaml     # then edit bank.yaml
              studykit build bank.yaml --variants 2 --out week12
            """)
        {
            Bank,
        };
        foreach (var option in PackCommandOptions.All)
        {
            command.Options.Add(option);
        }
        command.SetAction(r => Run(r.GetValue(Bank)!, PackCommandOptions.Read(r), r.InvocationConfiguration.Output, r.InvocationConfiguration.Error));
        return command;
    }

    public static int Run(string bankPath, PackRequest request, TextWriter output, TextWriter error) =>
        CommandRunner.Run(error, request.Verbose, () =>
        {
            if (!File.Exists(bankPath))
            {
                throw new StudyKitInputException(bankPath, "no such file");
            }
            var bank = BankFile.Read(File.ReadAllBytes(bankPath), bankPath);
            return PackPrinter.Print(bank, request, output);
        });
}
