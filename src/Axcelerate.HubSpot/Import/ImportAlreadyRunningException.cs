namespace Axcelerate.HubSpot.Import;

/// <summary>
/// An import was refused before it started because an import of the same entity is running already, on this host
/// instance or another one sharing the store (it holds the entity's <c>import:</c> lease). Nothing was written. Wait for
/// that run to end (or for its lease to run out, if its instance died) and call again: the checkpoint resumes it.
/// </summary>
public sealed class ImportAlreadyRunningException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="entity">The kind of record.</param>
    /// <param name="holder">The instance (and run) holding the import, when known.</param>
    /// <param name="heldUntil">When its lease runs out unless renewed, when known.</param>
    public ImportAlreadyRunningException(MappedEntity entity, string? holder, DateTimeOffset? heldUntil)
        : base($"An import of {entity} is running already{(holder is null ? "" : $" ({holder}, lease until {heldUntil:u})")}; this one was not started. Call again when it has ended: the checkpoint resumes where it stopped.")
    {
        Entity = entity;
        Holder = holder;
        HeldUntil = heldUntil;
    }

    /// <summary>The kind of record.</summary>
    public MappedEntity Entity { get; }

    /// <summary>The instance id and run number holding the import (see <see cref="HubSpotIntegrationOptions.InstanceId"/>), when known.</summary>
    public string? Holder { get; }

    /// <summary>When the running import's lease runs out unless its instance renews it, when known.</summary>
    public DateTimeOffset? HeldUntil { get; }
}
