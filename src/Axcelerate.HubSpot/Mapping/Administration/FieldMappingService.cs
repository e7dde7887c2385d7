using Axcelerate.HubSpot.AxcelerateApi;
using Axcelerate.HubSpot.HubSpotApi;
using Axcelerate.HubSpot.Storage;
using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.Mapping.Administration;

internal sealed class FieldMappingService(
    IFieldMappingStore store,
    IHubSpotClient hubSpot,
    IAxcelerateClient axcelerate,
    MappingPlanCache cache,
    IOptionsMonitor<HubSpotIntegrationOptions> options) : IFieldMappingService
{
    public async Task<IReadOnlyList<FieldMapping>> ListAsync(MappedEntity entity, CancellationToken cancellationToken = default)
    {
        await cache.EnsureDefaultsAsync(store, entity, cancellationToken).ConfigureAwait(false);
        return await store.ListFieldMappingsAsync(entity, cancellationToken).ConfigureAwait(false);
    }

    public async Task<FieldMapping> AddAsync(FieldMapping mapping, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        if (!DefaultFieldMappings.IsFullyCustomisable(mapping.Entity))
        {
            throw new FieldMappingException($"{mapping.Entity} mappings are a predefined set: they can be deactivated and retyped, but not added or deleted.");
        }

        var existing = await ListAsync(mapping.Entity, cancellationToken).ConfigureAwait(false);
        if (existing.Any(m => m.HasSameKey(mapping)))
        {
            throw new FieldMappingException($"'{mapping.AxcelerateField}' ↔ '{mapping.HubSpotProperty}' is already mapped; update it instead.");
        }

        await ValidateAsync(mapping, existing, cancellationToken).ConfigureAwait(false);
        await store.UpsertFieldMappingAsync(mapping, cancellationToken).ConfigureAwait(false);
        cache.Invalidate(mapping.Entity);
        return mapping;
    }

    public async Task<FieldMapping> UpdateAsync(FieldMapping mapping, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        var existing = await ListAsync(mapping.Entity, cancellationToken).ConfigureAwait(false);
        var current = existing.FirstOrDefault(m => m.HasSameKey(mapping))
            ?? throw new FieldMappingException($"There is no {mapping.Entity} mapping '{mapping.AxcelerateField}' ↔ '{mapping.HubSpotProperty}'.");
        var updated = current with { Type = mapping.Type, Rule = mapping.Rule, IsActive = mapping.IsActive, IsCustomField = current.IsCustomField };
        if (updated.IsActive)
        {
            await ValidateAsync(updated, existing, cancellationToken).ConfigureAwait(false);
        }

        await store.UpsertFieldMappingAsync(updated, cancellationToken).ConfigureAwait(false);
        cache.Invalidate(updated.Entity);
        return updated;
    }

    public async Task<FieldMapping> RetypeAsync(MappedEntity entity, string axcelerateField, string hubSpotProperty, FieldType type, CancellationToken cancellationToken = default)
    {
        var existing = await ListAsync(entity, cancellationToken).ConfigureAwait(false);
        var key = new FieldMapping(entity, axcelerateField, hubSpotProperty, type);
        var current = existing.FirstOrDefault(m => m.HasSameKey(key))
            ?? throw new FieldMappingException($"There is no {entity} mapping '{axcelerateField}' ↔ '{hubSpotProperty}'.");
        return await UpdateAsync(current with { Type = type }, cancellationToken).ConfigureAwait(false);
    }

    public async Task SetActiveAsync(MappedEntity entity, string axcelerateField, string hubSpotProperty, bool isActive, CancellationToken cancellationToken = default)
    {
        var existing = await ListAsync(entity, cancellationToken).ConfigureAwait(false);
        var key = new FieldMapping(entity, axcelerateField, hubSpotProperty, FieldType.Text);
        var current = existing.FirstOrDefault(m => m.HasSameKey(key))
            ?? throw new FieldMappingException($"There is no {entity} mapping '{axcelerateField}' ↔ '{hubSpotProperty}'.");
        if (isActive)
        {
            await ValidateAsync(current with { IsActive = true }, existing, cancellationToken).ConfigureAwait(false);
        }

        await store.SetFieldMappingActiveAsync(entity, current.AxcelerateField, current.HubSpotProperty, isActive, cancellationToken).ConfigureAwait(false);
        cache.Invalidate(entity);
    }

    public async Task DeleteAsync(MappedEntity entity, string axcelerateField, string hubSpotProperty, CancellationToken cancellationToken = default)
    {
        if (!DefaultFieldMappings.IsFullyCustomisable(entity))
        {
            throw new FieldMappingException($"{entity} mappings are a predefined set: they can be deactivated and retyped, but not added or deleted.");
        }

        await ListAsync(entity, cancellationToken).ConfigureAwait(false);
        if (!await store.DeleteFieldMappingAsync(entity, axcelerateField, hubSpotProperty, cancellationToken).ConfigureAwait(false))
        {
            throw new FieldMappingException($"There is no {entity} mapping '{axcelerateField}' ↔ '{hubSpotProperty}'.");
        }

        cache.Invalidate(entity);
    }

    public async Task<MappingPlan> GetPlanAsync(MappedEntity entity, CancellationToken cancellationToken = default)
    {
        var mappings = await ListAsync(entity, cancellationToken).ConfigureAwait(false);
        TimeZoneInfo zone;
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new FieldMappingException($"The aXcelerate time zone '{TimeZoneId}' is not a known IANA time zone id (e.g. Australia/Sydney).", ex);
        }

        return cache.GetOrCompile(entity, mappings, zone);
    }

    private string TimeZoneId => options.CurrentValue.Axcelerate.TimeZone;

    private async Task ValidateAsync(FieldMapping mapping, IReadOnlyList<FieldMapping> existing, CancellationToken cancellationToken)
    {
        var clash = existing.FirstOrDefault(m => m.IsActive && !m.HasSameKey(mapping) &&
            (string.Equals(m.HubSpotProperty, mapping.HubSpotProperty, StringComparison.OrdinalIgnoreCase) ||
             string.Equals(m.AxcelerateReadKey, mapping.AxcelerateReadKey, StringComparison.OrdinalIgnoreCase)));
        if (clash is not null)
        {
            throw new FieldMappingException($"'{mapping.AxcelerateField}' ↔ '{mapping.HubSpotProperty}' clashes with the active mapping '{clash.AxcelerateField}' ↔ '{clash.HubSpotProperty}'; deactivate or delete it first.");
        }

        var property = await hubSpot.Properties.GetAsync(HubSpotObjectType(mapping.Entity), mapping.HubSpotProperty, cancellationToken).ConfigureAwait(false);
        var descriptor = property is null || property.Archived
            ? null
            : new HubSpotPropertyDescriptor(property.Name, property.Type, property.FieldType)
            {
                IsCalculated = property.Calculated,
                IsReadOnlyValue = property.ModificationMetadata?.ReadOnlyValue == true,
                IsHubSpotDefined = property.HubspotDefined,
                Options = property.Options.Select(o => o.Value).ToList(),
            };
        AxcelerateCustomFieldDescriptor? customField = null;
        if (mapping.IsCustomField)
        {
            if (mapping.Entity == MappedEntity.Opportunity)
            {
                throw new FieldMappingException("aXcelerate user tasks have no custom fields.");
            }

            var target = mapping.Entity == MappedEntity.Contact ? AxcelerateCustomFieldTarget.Contact : AxcelerateCustomFieldTarget.Organisation;
            var definitions = await axcelerate.CustomFields.ListAsync(target, includeInactive: false, cancellationToken).ToListAsync(cancellationToken).ConfigureAwait(false);
            var definition = definitions.FirstOrDefault(d => string.Equals(d.VariableName, mapping.AxcelerateField, StringComparison.OrdinalIgnoreCase));
            customField = definition is null ? null : new AxcelerateCustomFieldDescriptor(definition.VariableName!, definition.Type ?? string.Empty);
        }

        var problems = FieldMappingValidator.Validate(mapping, descriptor, customField);
        if (problems.Count > 0)
        {
            throw new FieldMappingException(string.Join(" ", problems));
        }
    }

    private static string HubSpotObjectType(MappedEntity entity) => entity switch
    {
        MappedEntity.Contact => "contacts",
        MappedEntity.Organisation => "companies",
        _ => "deals",
    };
}
