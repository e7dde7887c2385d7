namespace Axcelerate.HubSpot.Logs;

/// <summary>
/// What the requests made in the current asynchronous flow are for, so the outgoing log can say which operation and
/// record each request to HubSpot or aXcelerate served. It flows with the calls (over <see cref="AsyncLocal{T}"/>):
/// <code>
/// using (OutgoingCallContext.Begin("import", MappedEntity.Contact, "123"))
/// {
///     await hubSpot.Objects.GetAsync(...);
/// }
/// </code>
/// Contexts nest: the innermost wins until it is disposed.
/// </summary>
public sealed class OutgoingCallContext
{
    private static readonly AsyncLocal<OutgoingCallContext?> Ambient = new();

    private OutgoingCallContext(string operation, MappedEntity? entity, string? recordId, OutgoingCallContext? outer)
    {
        Operation = operation;
        Entity = entity;
        RecordId = recordId;
        Outer = outer;
    }

    /// <summary>The context of the current flow, or null outside any.</summary>
    public static OutgoingCallContext? Current => Ambient.Value;

    /// <summary>What the requests are for, e.g. <c>import</c> or <c>contact.push</c>.</summary>
    public string Operation { get; }

    /// <summary>The kind of record the requests are about, when they are about one.</summary>
    public MappedEntity? Entity { get; }

    /// <summary>The record the requests are about (the aXcelerate id, or the HubSpot id when there is none), when there is one.</summary>
    public string? RecordId { get; }

    private OutgoingCallContext? Outer { get; }

    /// <summary>Starts a context for the requests made until the returned scope is disposed.</summary>
    /// <param name="operation">What the requests are for, e.g. <c>import</c>.</param>
    /// <param name="entity">The kind of record, when the requests are about one.</param>
    /// <param name="recordId">The record, when the requests are about one.</param>
    /// <returns>A scope that restores the previous context when disposed.</returns>
    public static IDisposable Begin(string operation, MappedEntity? entity = null, string? recordId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(operation);
        var context = new OutgoingCallContext(operation, entity, recordId, Ambient.Value);
        Ambient.Value = context;
        return new Scope(context);
    }

    private sealed class Scope(OutgoingCallContext context) : IDisposable
    {
        private bool _disposed;

        public void Dispose()
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            if (ReferenceEquals(Ambient.Value, context))
            {
                Ambient.Value = context.Outer;
            }
        }
    }
}
