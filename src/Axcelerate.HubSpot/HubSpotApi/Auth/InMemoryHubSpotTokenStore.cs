namespace Axcelerate.HubSpot.HubSpotApi.Auth;

/// <summary>The default token store: keeps the grant in memory only (lost on restart). Durable stores replace it.</summary>
internal sealed class InMemoryHubSpotTokenStore : IHubSpotTokenStore
{
    private volatile HubSpotTokenSet? _tokens;

    public ValueTask<HubSpotTokenSet?> GetAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(_tokens);

    public ValueTask SaveAsync(HubSpotTokenSet tokens, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        _tokens = tokens;
        return ValueTask.CompletedTask;
    }

    public ValueTask ClearAsync(CancellationToken cancellationToken = default)
    {
        _tokens = null;
        return ValueTask.CompletedTask;
    }
}
