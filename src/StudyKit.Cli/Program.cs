using StudyKit.Cli.Commands;

return RootCommandFactory.Create().Parse(args).Invoke();
