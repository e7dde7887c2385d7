using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using System.Text;
using System.Text.RegularExpressions;
using Axcelerate.HubSpot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Axcelerate.HubSpot.TestKit.Hardening;

/// <summary>The run's evidence, shared by every host the TestKit builds, and the hooks that feed it.</summary>
public static class SuiteEvidence
{
    private static int _started;

    /// <summary>The evidence of this test run.</summary>
    public static SecretEvidence Run { get; } = new();

    /// <summary>Starts watching the SDK's exceptions (idempotent); call as early as possible in a test run.</summary>
    public static void Start()
    {
        if (Interlocked.Exchange(ref _started, 1) == 0)
        {
            AppDomain.CurrentDomain.FirstChanceException += (_, e) => Run.OnException(e);
        }
    }

    /// <summary>Adds the run's evidence logger to a host's logging, at Trace, and starts watching exceptions.</summary>
    public static void AddTo(ILoggingBuilder logging)
    {
        Start();
        Run.AddTo(logging);
    }

    /// <summary>Reads every outgoing-log entry of a host's store into the run's evidence (before the host is disposed).</summary>
    public static Task CollectOutgoingLogAsync(IServiceProvider services) => Run.CollectOutgoingLogAsync(services);
}

/// <summary>
/// The secrets scan's evidence: every log record of the hosts the TestKit builds (message, structured state,
/// scopes and exception, at every level), every exception the SDK throws (message and ToString, caught or not), and
/// every outgoing-log entry those hosts wrote. Each piece is checked as it arrives against the suite's secret values
/// and the sandbox's OAuth token shapes; what matched is kept (masked) for the final test to report.
/// </summary>
public sealed partial class SecretEvidence
{
    /// <summary>The static secrets the suite's hosts use (distinctive, so a match is a leak, not a coincidence).</summary>
    public static readonly IReadOnlyList<string> Secrets =
    [
        SuiteSecrets.HubSpotAccessToken,
        SuiteSecrets.AxcelerateApiToken,
        SuiteSecrets.AxcelerateWsToken,
        "sandbox-client-secret",             // the sandbox's OAuth app secret (SandboxHost.StartConnectedOAuthAppAsync, JournalHost)
        "sandbox-app-client-secret",         // WebhookTestBed's signing secret
        "pat-na1-SECRET-static-token-0001",  // HubSpotTestServices.AccessToken
        "client-SECRET-0002",                // HubSpotTestServices.ClientSecret
        "api-TOKEN-9f8e7d6c",                // AxcelerateTestHost.ApiToken
        "ws-TOKEN-1a2b3c4d",                 // AxcelerateTestHost.WsToken
    ];

    private readonly ConcurrentQueue<string> _leaks = new();
    private readonly ConcurrentDictionary<string, int> _counts = new();

    /// <summary>A fresh evidence set (the run's is <see cref="SuiteEvidence.Run"/>).</summary>
    public SecretEvidence()
    {
        LoggerProvider = new EvidenceLoggerProvider(this);
    }

    /// <summary>Where evidence came from, and how many pieces: proof the scan looked.</summary>
    public IReadOnlyDictionary<string, int> Sources => _counts;

    /// <summary>Every piece of evidence that held a secret (the secret masked), with its source.</summary>
    public IReadOnlyCollection<string> Found => _leaks;

    /// <summary>The logger provider that feeds this evidence.</summary>
    public ILoggerProvider LoggerProvider { get; }

    /// <summary>Adds this evidence's logger to a host's logging, at Trace (so nothing is filtered out before the scan).</summary>
    public void AddTo(ILoggingBuilder logging)
    {
        ArgumentNullException.ThrowIfNull(logging);
        logging.AddProvider(LoggerProvider);
        logging.AddFilter<EvidenceLoggerProvider>(null, LogLevel.Trace);
    }

    /// <summary>Reads every outgoing-log entry of a host's store into the evidence (before the host is disposed).</summary>
    public async Task CollectOutgoingLogAsync(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        try
        {
            if (services.GetService<IOutgoingLogStore>() is not { } store)
            {
                return;
            }

            string? token = null;
            do
            {
                var page = await store.QueryOutgoingAsync(new OutgoingLogQuery { PageSize = 1000, ContinuationToken = token });
                foreach (var e in page.Items)
                {
                    Check("outgoing log", string.Join('\n', e.Operation, e.RequestSummary, e.Path, e.RequestBody, e.Response, e.Error, e.CorrelationId, e.RecordId));
                }

                token = page.ContinuationToken;
            }
            while (token is not null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A host the test already disposed, or a store it made unusable on purpose (a locked or missing file).
            _counts.AddOrUpdate("outgoing log (unreadable store)", 1, (_, n) => n + 1);
        }
    }

    /// <summary>Checks one piece of evidence; a secret in it is recorded (masked) under its source.</summary>
    public void Check(string source, string? text)
    {
        _counts.AddOrUpdate(source, 1, (_, n) => n + 1);
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        foreach (var secret in Secrets)
        {
            if (text.Contains(secret, StringComparison.Ordinal))
            {
                _leaks.Enqueue($"{source}: {Excerpt(text, text.IndexOf(secret, StringComparison.Ordinal), secret.Length)}");
                return;
            }
        }

        if (OAuthToken().Match(text) is { Success: true } match)
        {
            _leaks.Enqueue($"{source}: {Excerpt(text, match.Index, match.Length)}");
        }
    }

    /// <summary>The sandbox's OAuth access tokens (<c>CJ-</c>), refresh tokens (<c>na1-</c>) and codes (<c>code-</c>): 48 hex digits.</summary>
    [GeneratedRegex("(?<![0-9A-Za-z])(?:CJ|na1|code)-[0-9a-f]{48}(?![0-9a-f])")]
    private static partial Regex OAuthToken();

    private static string Excerpt(string text, int at, int length)
    {
        var start = Math.Max(0, at - 80);
        var end = Math.Min(text.Length, at + length + 80);
        return text[start..at] + "«" + text.Substring(at, Math.Min(6, length)) + "…»" + text[(at + length)..end];
    }

    /// <summary>Checks an exception the SDK threw (message and ToString); other exceptions are not the SDK's to answer for.</summary>
    public void OnException(FirstChanceExceptionEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var exception = e.Exception;
        if (!FromTheSdk(exception))
        {
            return;
        }

        try
        {
            Check("exception", exception.Message + "\n" + exception);
        }
        catch (Exception)
        {
            // Never let the scan throw into the code under test.
        }
    }

    // Thrown by the SDK's own code, or an SDK exception type (wherever thrown): what a caller or a log sees.
    private static bool FromTheSdk(Exception exception)
    {
        static bool Sdk(System.Reflection.Assembly? assembly) =>
            assembly?.GetName().Name is { } name
            && (name == "Axcelerate.HubSpot" || name == "Axcelerate.HubSpot.Sqlite" || name == "Axcelerate.HubSpot.AspNetCore");

        return Sdk(exception.GetType().Assembly) || Sdk(exception.TargetSite?.DeclaringType?.Assembly);
    }

    private sealed class EvidenceLoggerProvider(SecretEvidence evidence) : ILoggerProvider, ISupportExternalScope
    {
        private IExternalScopeProvider? _scopes;

        public SecretEvidence Evidence => evidence;

        public ILogger CreateLogger(string categoryName) => new EvidenceLogger(this, categoryName);

        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

        public void Dispose()
        {
            // Shared by every host of the run: nothing to release.
        }

        private sealed class EvidenceLogger(EvidenceLoggerProvider provider, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => provider._scopes?.Push(state);

            public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var text = new StringBuilder(category).Append('\n').Append(formatter(state, exception)).Append('\n');
                Append(text, state);
                provider._scopes?.ForEachScope((scope, b) => Append(b, scope), text);
                if (exception is not null)
                {
                    text.Append(exception.Message).Append('\n').Append(exception);
                }

                provider.Evidence.Check("log", text.ToString());
            }

            private static void Append(StringBuilder text, object? state)
            {
                if (state is IEnumerable<KeyValuePair<string, object?>> pairs)
                {
                    foreach (var (key, value) in pairs)
                    {
                        text.Append(key).Append('=').Append(value switch
                        {
                            string s => s,
                            System.Collections.IEnumerable many => string.Join(',', many.Cast<object?>()),
                            _ => value?.ToString(),
                        }).Append('\n');
                    }
                }
                else if (state is not null)
                {
                    text.Append(state).Append('\n');
                }
            }
        }
    }
}

/// <summary>The distinctive secret values the TestKit's hosts give the sandbox and the SDK (so the suite-wide scan can find them).</summary>
public static class SuiteSecrets
{
    /// <summary>The sandbox's private-app token (SandboxHost).</summary>
    public const string HubSpotAccessToken = "pat-na1-0f9e3b71-hardening-hubspot-token";

    /// <summary>The sandbox's aXcelerate API token (SandboxHost).</summary>
    public const string AxcelerateApiToken = "apitoken-5c2d8e04-hardening";

    /// <summary>The sandbox's aXcelerate web-service token (SandboxHost).</summary>
    public const string AxcelerateWsToken = "wstoken-91b6a3f7-hardening";
}
