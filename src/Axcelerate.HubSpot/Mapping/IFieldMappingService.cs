namespace Axcelerate.HubSpot.Mapping;

/// <summary>
/// The administrator's field mappings per entity, persisted in the store and checked against the real HubSpot property
/// and aXcelerate custom-field definitions. Contacts are fully customisable; organisations and opportunities keep their
/// predefined set, which can be deactivated and retyped. Defaults are stored on first use. The compiled plan of each
/// entity is cached and rebuilt only when its mappings or the aXcelerate time zone change.
/// </summary>
public interface IFieldMappingService
{
    /// <summary>Lists the mappings of an entity, active and inactive.</summary>
    /// <param name="entity">The kind of record.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The mappings.</returns>
    Task<IReadOnlyList<FieldMapping>> ListAsync(MappedEntity entity, CancellationToken cancellationToken = default);

    /// <summary>Adds a contact mapping after validating it.</summary>
    /// <param name="mapping">The mapping.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The stored mapping.</returns>
    /// <exception cref="FieldMappingException">Not a contact mapping, already mapped, or the definitions do not fit.</exception>
    Task<FieldMapping> AddAsync(FieldMapping mapping, CancellationToken cancellationToken = default);

    /// <summary>Updates type, rule and active flag of an existing mapping after validating it.</summary>
    /// <param name="mapping">The mapping with its new settings.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The stored mapping.</returns>
    /// <exception cref="FieldMappingException">No such mapping, or the definitions do not fit.</exception>
    Task<FieldMapping> UpdateAsync(FieldMapping mapping, CancellationToken cancellationToken = default);

    /// <summary>Changes the field type of a mapping after validating it.</summary>
    /// <param name="entity">The kind of record.</param>
    /// <param name="axcelerateField">The aXcelerate field.</param>
    /// <param name="hubSpotProperty">The HubSpot property.</param>
    /// <param name="type">The new type.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The stored mapping.</returns>
    Task<FieldMapping> RetypeAsync(MappedEntity entity, string axcelerateField, string hubSpotProperty, FieldType type, CancellationToken cancellationToken = default);

    /// <summary>Activates or deactivates a mapping; deactivated mappings are never touched by imports, exports or webhooks.</summary>
    /// <param name="entity">The kind of record.</param>
    /// <param name="axcelerateField">The aXcelerate field.</param>
    /// <param name="hubSpotProperty">The HubSpot property.</param>
    /// <param name="isActive">The new state.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when stored.</returns>
    Task SetActiveAsync(MappedEntity entity, string axcelerateField, string hubSpotProperty, bool isActive, CancellationToken cancellationToken = default);

    /// <summary>Deletes a contact mapping.</summary>
    /// <param name="entity">The kind of record (contacts only).</param>
    /// <param name="axcelerateField">The aXcelerate field.</param>
    /// <param name="hubSpotProperty">The HubSpot property.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when stored.</returns>
    Task DeleteAsync(MappedEntity entity, string axcelerateField, string hubSpotProperty, CancellationToken cancellationToken = default);

    /// <summary>Compiles the active mappings of an entity for mapping records.</summary>
    /// <param name="entity">The kind of record.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The plan.</returns>
    Task<MappingPlan> GetPlanAsync(MappedEntity entity, CancellationToken cancellationToken = default);
}
