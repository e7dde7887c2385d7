using System.Net;
using Axcelerate.HubSpot.Testing.Faults;
using Axcelerate.HubSpot.Testing.Journal;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Axcelerate.HubSpot.Testing.Hosting;

/// <summary>
/// Serves one emulator with Kestrel on 127.0.0.1, recording every request in a journal and answering injected faults
/// before the emulator sees the request.
/// </summary>
internal sealed class SandboxHost : IAsyncDisposable
{
    /// <summary>The path prefix of the sandbox's own control endpoints, which are neither journaled nor faulted.</summary>
    public const string ControlPrefix = "/__sandbox";

    private readonly WebApplication _app;

    private SandboxHost(WebApplication app, Uri rootAddress, RequestJournal journal, FaultInjector faults)
    {
        _app = app;
        RootAddress = rootAddress;
        Journal = journal;
        Faults = faults;
    }

    /// <summary>The root the server listens on, such as <c>http://127.0.0.1:5071/</c>.</summary>
    public Uri RootAddress { get; }

    /// <summary>Every request the server received.</summary>
    public RequestJournal Journal { get; }

    /// <summary>Failures to answer instead of the emulator.</summary>
    public FaultInjector Faults { get; }

    /// <summary>Starts the server on 127.0.0.1 and the given port (0 picks a free one).</summary>
    public static async Task<SandboxHost> StartAsync(ISandboxEmulator emulator, int port, TimeProvider timeProvider, ILoggerFactory? loggerFactory, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        if (loggerFactory is not null)
        {
            builder.Services.AddSingleton(loggerFactory);
        }

        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, port);
            kestrel.Limits.MaxRequestBodySize = 64 * 1024 * 1024;
        });
        builder.Services.AddRouting();
        builder.Services.AddSingleton<IHostLifetime, EmbeddedHostLifetime>();

        var app = builder.Build();
        var journal = new RequestJournal(timeProvider);
        var faults = new FaultInjector();
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments(ControlPrefix, StringComparison.Ordinal))
            {
                await next(context).ConfigureAwait(false);
                return;
            }

            await journal.RecordAsync(context.Request).ConfigureAwait(false);
            if (!await faults.TryAnswerAsync(context, emulator).ConfigureAwait(false))
            {
                await next(context).ConfigureAwait(false);
            }
        });
        MapControlEndpoints(app, journal);
        emulator.MapEndpoints(app);

        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Urls.First();
        return new SandboxHost(app, new Uri(address.TrimEnd('/') + "/"), journal, faults);
    }

    private static void MapControlEndpoints(WebApplication app, RequestJournal journal)
    {
        app.MapGet(ControlPrefix + "/requests", () => Results.Json(journal.Entries.Select(JournalEntryDto.From), JournalJsonContext.Default.IEnumerableJournalEntryDto));
        app.MapDelete(ControlPrefix + "/requests", () =>
        {
            journal.Clear();
            return Results.NoContent();
        });
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
