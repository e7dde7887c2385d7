using System.Globalization;

namespace Axcelerate.HubSpot.Benchmarks;

/// <summary>The <c>--name value</c> pairs after a scenario's name; a bare <c>--flag</c> has the value "true".</summary>
public sealed class ScenarioArguments
{
    private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Parses the arguments; anything not starting with <c>--</c> is kept in <see cref="Rest"/>.</summary>
    public ScenarioArguments(IReadOnlyList<string> args)
    {
        var rest = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                rest.Add(args[i]);
                continue;
            }

            var name = args[i][2..];
            if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                _values[name] = args[++i];
            }
            else
            {
                _values[name] = "true";
            }
        }

        Rest = rest;
    }

    /// <summary>Arguments that were not options (passed on, e.g. to BenchmarkDotNet).</summary>
    public IReadOnlyList<string> Rest { get; }

    /// <summary>An integer option, or the default when absent.</summary>
    public int Int(string name, int defaultValue) =>
        _values.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : defaultValue;

    /// <summary>A string option, or the default when absent.</summary>
    public string String(string name, string defaultValue) => _values.GetValueOrDefault(name, defaultValue);

    /// <summary>True when the flag was given.</summary>
    public bool Flag(string name) => _values.TryGetValue(name, out var value) && value != "false";
}
