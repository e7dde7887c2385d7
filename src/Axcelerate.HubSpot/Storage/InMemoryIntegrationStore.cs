namespace Axcelerate.HubSpot.Storage;

/// <summary>
/// A thread-safe store that keeps everything in process memory and loses it on exit: for tests and demos. Choose it
/// explicitly with <c>builder.UseInMemoryStore()</c>; production hosts use a durable provider such as SQLite.
/// </summary>
/// <remarks>Each operation runs under one lock, so every write is atomic, like a single database statement.</remarks>
public sealed partial class InMemoryIntegrationStore : IIntegrationStore
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates an empty store.</summary>
    /// <param name="timeProvider">The clock that stamps writes; the system clock when null.</param>
    public InMemoryIntegrationStore(TimeProvider? timeProvider = null)
    {
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    private DateTimeOffset Now => _timeProvider.GetUtcNow();
}
