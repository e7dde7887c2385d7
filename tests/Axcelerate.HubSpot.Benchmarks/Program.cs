using Axcelerate.HubSpot.Benchmarks;

if (args.Length == 0 || args[0] is "-h" or "--help" or "help" || ScenarioCatalog.Find(args[0]) is not { } scenario)
{
    if (args.Length > 0 && args[0] is not ("-h" or "--help" or "help"))
    {
        Console.Error.WriteLine($"Unknown scenario '{args[0]}'.");
    }

    Console.WriteLine("Usage: dotnet run -c Release --project tests/Axcelerate.HubSpot.Benchmarks -- <scenario> [--n N] [...]");
    Console.WriteLine();
    foreach (var known in ScenarioCatalog.All)
    {
        Console.WriteLine($"  {known.Name,-18} {known.Description}");
    }

    return args.Length == 0 || args[0] is "-h" or "--help" or "help" ? 0 : 2;
}

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

return await scenario.RunAsync(new ScenarioArguments(args[1..]), cancellation.Token);
