using IncidentExtract.Cli;

var console = CliConsole.ForProcess();
int exit = CommandLine.Invoke(args, console, terminationTimeout: TimeSpan.FromSeconds(2));
try { console.Out.Flush(); }
catch (IOException) { } // the reader (head, jq) closed the pipe: nothing more to say
return exit;
