using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Axcelerate.HubSpot.Benchmarks.EndToEnd;

/// <summary>
/// Counts the responses the sandbox servers sent, by port and status, from ASP.NET Core's own "Request finished" log
/// (category <c>Microsoft.AspNetCore.Hosting.Diagnostics</c>, event 2) of each sandbox host: what the servers answered,
/// not what the SDK says it saw.
/// </summary>
internal sealed class StatusCounter : ILoggerProvider
{
    private const string HostingCategory = "Microsoft.AspNetCore.Hosting.Diagnostics";
    private readonly ConcurrentDictionary<(int Port, int Status), int> _counts = new();

    /// <summary>Responses with this status sent by the server listening on this port.</summary>
    public int Count(Uri server, int status) => _counts.GetValueOrDefault((server.Port, status));

    /// <summary>Forgets every count.</summary>
    public void Clear() => _counts.Clear();

    public ILogger CreateLogger(string categoryName) =>
        categoryName == HostingCategory ? new Counting(this) : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    public void Dispose()
    {
    }

    private sealed class Counting(StatusCounter owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (eventId.Id != 2 || state is not IReadOnlyList<KeyValuePair<string, object?>> values)
            {
                return;
            }

            int? status = null, port = null;
            foreach (var (key, value) in values)
            {
                if (key == "StatusCode" && value is int code)
                {
                    status = code;
                }
                else if (key == "Host" && value is not null)
                {
                    var host = value.ToString()!;
                    var colon = host.LastIndexOf(':');
                    if (colon > 0 && int.TryParse(host.AsSpan(colon + 1), out var p))
                    {
                        port = p;
                    }
                }
            }

            if (status is { } s && port is { } q)
            {
                owner._counts.AddOrUpdate((q, s), 1, (_, n) => n + 1);
            }
        }
    }
}
