namespace Axcelerate.HubSpot.Storage;

/// <summary>Keeps one import checkpoint per entity, written with optimistic concurrency.</summary>
public interface IImportCheckpointStore
{
    /// <summary>Reads the checkpoint of one entity.</summary>
    /// <param name="entity">The kind of record.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The checkpoint, or null when no import was started.</returns>
    ValueTask<ImportCheckpoint?> GetCheckpointAsync(MappedEntity entity, CancellationToken cancellationToken = default);

    /// <summary>Saves a checkpoint if nobody saved a newer one since it was read.</summary>
    /// <param name="checkpoint">The checkpoint, carrying the <see cref="ImportCheckpoint.Version"/> it was read at (0 when new).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The stored checkpoint with its new version and <see cref="ImportCheckpoint.UpdatedAt"/>.</returns>
    /// <exception cref="StoreConflictException">The stored version differs: another runner saved first.</exception>
    ValueTask<ImportCheckpoint> SaveCheckpointAsync(ImportCheckpoint checkpoint, CancellationToken cancellationToken = default);

    /// <summary>Forgets the checkpoint so the next import starts from the beginning.</summary>
    /// <param name="entity">The kind of record.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>True when a checkpoint was removed.</returns>
    ValueTask<bool> DeleteCheckpointAsync(MappedEntity entity, CancellationToken cancellationToken = default);
}
