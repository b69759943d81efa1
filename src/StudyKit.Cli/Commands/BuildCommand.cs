using System.CommandLine;
using StudyKit.Export;

namespace StudyKit.Cli.Commands;

/// <summary><c>studykit build</c>: print a class pack from an item bank the teacher edited.</summary>
internal static class BuildCommand
{
    public static readonly Argument<string> Bank = new("bank") { Description = "The item bank (.yaml or .json) written by 'studykit items'" };

    public const string Examples = """
        studykit items --out bank.yaml             # then edit it in a text editor
        studykit build bank.yaml --variants 2 --out week12
        studykit build output/bank.json --roster class-xi-2.csv
        """;

    public static Command Create(bool errorIsTerminal)
    {
        var command = new Command("build",
            "Print a class pack from an item bank you edited: delete or rewrite items in the YAML or JSON " +
            "written by 'studykit items' (or bank.json from 'generate'), then build the papers from it. " +
            "Takes the same options as 'generate'.")
        {
            Bank,
        };
        PackCommandOptions.AddTo(command);
        command.Options.Add(CommonOptions.Quiet);
        command.Options.Add(CommonOptions.Verbose);
        command.SetAction(r => Run(r.GetValue(Bank)!, PackCommandOptions.Read(r), RunContext.From(r, errorIsTerminal)));
        return command;
    }

    public static int Run(string bankPath, PackRequest request, RunContext context) =>
        CommandRunner.Run(context, progress =>
        {
            PackPrinter.CheckFiles(request);
            progress.Expect(1 + PackPrinter.Stages(request.Formats.Count));
            progress.Stage("reading the item bank");
            if (!File.Exists(bankPath))
            {
                throw new StudyKitInputException(bankPath, "no such file");
            }
            var bank = BankFile.Read(File.ReadAllBytes(bankPath), bankPath);
            progress.Detail(CommonOptions.Invariant($"{bank.Items.Length} items in {bankPath}"));
            return PackPrinter.Print(bank, request, context, progress);
        });
}
