using Axcelerate.HubSpot.Mapping;

namespace Axcelerate.HubSpot.Storage;

/// <summary>
/// Keeps the field mappings per entity. A mapping is keyed by entity + aXcelerate field + HubSpot property, compared
/// case-insensitively (ordinal). This store only persists; validation belongs to <c>IFieldMappingService</c>.
/// </summary>
public interface IFieldMappingStore
{
    /// <summary>Reads the mappings of one entity, active and inactive, in the order they were first added.</summary>
    /// <param name="entity">The kind of record.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The stored mappings; empty when none.</returns>
    ValueTask<IReadOnlyList<FieldMapping>> ListFieldMappingsAsync(MappedEntity entity, CancellationToken cancellationToken = default);

    /// <summary>Adds a mapping or replaces the one with the same key (type, active flag, rule and custom flag are overwritten).</summary>
    /// <param name="mapping">The mapping to keep.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the mapping is durable.</returns>
    ValueTask UpsertFieldMappingAsync(FieldMapping mapping, CancellationToken cancellationToken = default);

    /// <summary>Activates or deactivates one mapping.</summary>
    /// <param name="entity">The kind of record.</param>
    /// <param name="axcelerateField">The aXcelerate field of the mapping.</param>
    /// <param name="hubSpotProperty">The HubSpot property of the mapping.</param>
    /// <param name="isActive">The new state.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>True when the mapping exists (and now has that state).</returns>
    ValueTask<bool> SetFieldMappingActiveAsync(MappedEntity entity, string axcelerateField, string hubSpotProperty, bool isActive, CancellationToken cancellationToken = default);

    /// <summary>Deletes one mapping.</summary>
    /// <param name="entity">The kind of record.</param>
    /// <param name="axcelerateField">The aXcelerate field of the mapping.</param>
    /// <param name="hubSpotProperty">The HubSpot property of the mapping.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>True when a mapping was deleted.</returns>
    ValueTask<bool> DeleteFieldMappingAsync(MappedEntity entity, string axcelerateField, string hubSpotProperty, CancellationToken cancellationToken = default);

    /// <summary>Replaces all mappings of one entity in one transaction (an administrator saving the whole form) and marks the entity as configured.</summary>
    /// <param name="entity">The kind of record.</param>
    /// <param name="mappings">The complete new set; every item must belong to <paramref name="entity"/>.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the new set is durable.</returns>
    ValueTask ReplaceFieldMappingsAsync(MappedEntity entity, IReadOnlyList<FieldMapping> mappings, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores the default mappings of an entity once: only when the entity has never been configured (defaults stored, replaced
    /// or upserted) before, so defaults never come back after an administrator deleted them. Atomic across instances.
    /// </summary>
    /// <param name="entity">The kind of record.</param>
    /// <param name="defaults">The default set; every item must belong to <paramref name="entity"/>.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>True when the defaults were stored; false when the entity was already configured.</returns>
    ValueTask<bool> SeedDefaultFieldMappingsAsync(MappedEntity entity, IReadOnlyList<FieldMapping> defaults, CancellationToken cancellationToken = default);
}
