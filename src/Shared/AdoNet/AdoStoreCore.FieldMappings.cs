using System.Data.Common;
using Axcelerate.HubSpot.Mapping;
using Axcelerate.HubSpot.Storage;

namespace Axcelerate.HubSpot.AdoNet;

/// <summary>Field mappings per entity, and which entities were configured (seeded or edited) at all.</summary>
internal abstract partial class AdoStoreCore
{
    private const string MarkConfiguredSql =
        "INSERT INTO axhs.field_mapping_entities (entity, configured_at) VALUES (@entity, @at) ON CONFLICT (entity) DO NOTHING;";

    /// <summary>
    /// The mapping key as the unique index has it, case-insensitive on both sides (SQLite: <c>NOCASE</c> columns;
    /// PostgreSQL: an index on <c>lower(…)</c>): the upsert's conflict target.
    /// </summary>
    protected abstract string MappingConflictTarget { get; }

    /// <summary>The condition that finds a mapping by <c>@ax</c> and <c>@hs</c> the way the unique index compares them.</summary>
    protected abstract string MappingKeyMatches { get; }

    private string UpsertMappingSql => $"""
        INSERT INTO axhs.field_mappings (entity, axcelerate_field, hubspot_property, type, is_active, rule, is_custom, position)
        VALUES (@entity, @ax, @hs, @type, @active, @rule, @custom, (SELECT COALESCE(MAX(position), 0) + 1 FROM axhs.field_mappings WHERE entity = @entity))
        ON CONFLICT {MappingConflictTarget} DO UPDATE SET
            axcelerate_field = excluded.axcelerate_field, hubspot_property = excluded.hubspot_property, type = excluded.type,
            is_active = excluded.is_active, rule = excluded.rule, is_custom = excluded.is_custom;
        """;

    public async ValueTask<IReadOnlyList<FieldMapping>> ListFieldMappingsAsync(MappedEntity entity, CancellationToken cancellationToken) =>
        await QueryAsync(
            "SELECT axcelerate_field, hubspot_property, type, is_active, rule, is_custom FROM axhs.field_mappings WHERE entity = @entity ORDER BY position;",
            reader => new FieldMapping(entity, reader.GetString(0), reader.GetString(1), reader.Enum<FieldType>(2))
            {
                IsActive = reader.GetBoolean(3),
                Rule = reader.Enum<SyncRule>(4),
                IsCustomField = reader.GetBoolean(5),
            },
            cancellationToken,
            ("@entity", AdoValues.Name(entity))).ConfigureAwait(false);

    public async ValueTask UpsertFieldMappingAsync(FieldMapping mapping, CancellationToken cancellationToken)
    {
        StoreArguments.FieldMapping(mapping);
        await InTransactionAsync(
            async (connection, transaction) =>
            {
                await UpsertMappingAsync(connection, transaction, mapping, cancellationToken).ConfigureAwait(false);
                await MarkConfiguredAsync(connection, transaction, mapping.Entity, cancellationToken).ConfigureAwait(false);
                return true;
            },
            cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<bool> SetFieldMappingActiveAsync(MappedEntity entity, string axcelerateField, string hubSpotProperty, bool isActive, CancellationToken cancellationToken) =>
        await ExecuteAsync(
            $"UPDATE axhs.field_mappings SET is_active = @active WHERE entity = @entity AND {MappingKeyMatches};",
            cancellationToken,
            ("@entity", AdoValues.Name(entity)),
            ("@ax", axcelerateField),
            ("@hs", hubSpotProperty),
            ("@active", isActive)).ConfigureAwait(false) > 0;

    public async ValueTask<bool> DeleteFieldMappingAsync(MappedEntity entity, string axcelerateField, string hubSpotProperty, CancellationToken cancellationToken) =>
        await ExecuteAsync(
            $"DELETE FROM axhs.field_mappings WHERE entity = @entity AND {MappingKeyMatches};",
            cancellationToken,
            ("@entity", AdoValues.Name(entity)),
            ("@ax", axcelerateField),
            ("@hs", hubSpotProperty)).ConfigureAwait(false) > 0;

    public async ValueTask ReplaceFieldMappingsAsync(MappedEntity entity, IReadOnlyList<FieldMapping> mappings, CancellationToken cancellationToken)
    {
        StoreArguments.MappingsBelongTo(entity, mappings, nameof(mappings));
        await InTransactionAsync(
            async (connection, transaction) =>
            {
                await ExecuteAsync(connection, transaction, "DELETE FROM axhs.field_mappings WHERE entity = @entity;", cancellationToken, ("@entity", AdoValues.Name(entity))).ConfigureAwait(false);
                foreach (var mapping in mappings)
                {
                    await UpsertMappingAsync(connection, transaction, mapping, cancellationToken).ConfigureAwait(false);
                }

                await MarkConfiguredAsync(connection, transaction, entity, cancellationToken).ConfigureAwait(false);
                return true;
            },
            cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<bool> SeedDefaultFieldMappingsAsync(MappedEntity entity, IReadOnlyList<FieldMapping> defaults, CancellationToken cancellationToken)
    {
        StoreArguments.MappingsBelongTo(entity, defaults, nameof(defaults));
        return await InTransactionAsync(
            async (connection, transaction) =>
            {
                if (!await MarkConfiguredAsync(connection, transaction, entity, cancellationToken).ConfigureAwait(false))
                {
                    return false;
                }

                foreach (var mapping in defaults)
                {
                    await UpsertMappingAsync(connection, transaction, mapping, cancellationToken).ConfigureAwait(false);
                }

                return true;
            },
            cancellationToken).ConfigureAwait(false);
    }

    private ValueTask<int> UpsertMappingAsync(DbConnection connection, DbTransaction transaction, FieldMapping mapping, CancellationToken cancellationToken) =>
        ExecuteAsync(
            connection,
            transaction,
            UpsertMappingSql,
            cancellationToken,
            ("@entity", AdoValues.Name(mapping.Entity)),
            ("@ax", mapping.AxcelerateField),
            ("@hs", mapping.HubSpotProperty),
            ("@type", AdoValues.Name(mapping.Type)),
            ("@active", mapping.IsActive),
            ("@rule", AdoValues.Name(mapping.Rule)),
            ("@custom", mapping.IsCustomField));

    private async ValueTask<bool> MarkConfiguredAsync(DbConnection connection, DbTransaction transaction, MappedEntity entity, CancellationToken cancellationToken) =>
        await ExecuteAsync(connection, transaction, MarkConfiguredSql, cancellationToken, ("@entity", AdoValues.Name(entity)), ("@at", AdoValues.Ticks(Now))).ConfigureAwait(false) > 0;
}
