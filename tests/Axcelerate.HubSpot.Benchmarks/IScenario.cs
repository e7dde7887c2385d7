namespace Axcelerate.HubSpot.Benchmarks;

/// <summary>
/// One command of the benchmark console (<c>dotnet run -c Release --project tests/Axcelerate.HubSpot.Benchmarks -- NAME</c>).
/// Every non-abstract implementation with a parameterless constructor is found by <see cref="ScenarioCatalog"/>, so a
/// new scenario is one new file.
/// </summary>
public interface IScenario
{
    /// <summary>The command name, e.g. <c>mapping</c>.</summary>
    string Name { get; }

    /// <summary>One line for the list printed by <c>--help</c>.</summary>
    string Description { get; }

    /// <summary>Runs the scenario; its last line of output is its result line.</summary>
    /// <param name="args">The arguments after the name, e.g. <c>--n 5000</c>.</param>
    /// <param name="cancellationToken">Cancelled on Ctrl+C.</param>
    /// <returns>The process exit code: 0 when the run completed.</returns>
    Task<int> RunAsync(ScenarioArguments args, CancellationToken cancellationToken = default);
}
