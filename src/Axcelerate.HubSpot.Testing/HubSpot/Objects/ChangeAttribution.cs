namespace Axcelerate.HubSpot.Testing.HubSpot.Objects;

/// <summary>
/// Who is writing, for the duration of one request or simulation: the source and <c>sourceId</c> every
/// <see cref="ObjectChange"/> created meanwhile carries (the calling app's id for API writes, <c>userId:N</c> for a
/// simulated user). Flows with the async context, so the store needs no extra parameter.
/// </summary>
internal static class ChangeAttribution
{
    private static readonly AsyncLocal<Writer?> Current = new();

    /// <summary>The source id of the writer in this context, or null when none was set.</summary>
    public static string? SourceId => Current.Value?.SourceId;

    /// <summary>The source of the writer in this context, or null when none was set.</summary>
    public static ChangeSource? Source => Current.Value?.Source;

    /// <summary>Attributes changes made until the scope is disposed to <paramref name="source"/> and <paramref name="sourceId"/>.</summary>
    public static Scope Use(ChangeSource source, string? sourceId)
    {
        var previous = Current.Value;
        Current.Value = new Writer(source, sourceId);
        return new Scope(previous);
    }

    /// <summary>Restores the previous attribution.</summary>
    internal readonly struct Scope : IDisposable
    {
        private readonly Writer? _previous;

        internal Scope(Writer? previous) => _previous = previous;

        public void Dispose() => Current.Value = _previous;
    }

    internal sealed record Writer(ChangeSource Source, string? SourceId);
}
