using System.CommandLine;
using IncidentExtract.Cli;

var console = CliConsole.ForProcess();
int exit = CommandLine.Build(console).Parse(args).Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error });
try { console.Out.Flush(); }
catch (IOException) { } // the reader (head, jq) closed the pipe: nothing more to say
return exit;
