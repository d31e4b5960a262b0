using IncidentExtract.Cli;

return CommandLine.Build().Parse(args).Invoke();
