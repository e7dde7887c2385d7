using Axcelerate.HubSpot.Mapping;
using Axcelerate.HubSpot.Storage;
using Npgsql;

namespace Axcelerate.HubSpot.PostgreSql;

public sealed partial class PostgreSqlIntegrationStore
{
    private const string UpsertMappingSql = """
        INSERT INTO axhs.field_mappings (entity, axcelerate_field, hubspot_property, type, is_active, rule, is_custom, position)
        VALUES (@entity, @ax, @hs, @type, @active, @rule, @custom, (SELECT COALESCE(MAX(position), 0) + 1 FROM axhs.field_mappings WHERE entity = @entity))
        ON CONFLICT (entity, lower(axcelerate_field), lower(hubspot_property)) DO UPDATE SET
            axcelerate_field = excluded.axcelerate_field, hubspot_property = excluded.hubspot_property, type = excluded.type,
            is_active = excluded.is_active, rule = excluded.rule, is_custom = excluded.is_custom;
        """;

    private const string MarkConfiguredSql =
        "INSERT INTO axhs.field_mapping_entities (entity, configured_at) VALUES (@entity, @at) ON CONFLICT (entity) DO NOTHING;";

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<FieldMapping>> ListFieldMappingsAsync(MappedEntity entity, CancellationToken cancellationToken = default)
    {
        var rows = new List<FieldMapping>();
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var select = Command(
                connection,
                "SELECT axcelerate_field, hubspot_property, type, is_active, rule, is_custom FROM axhs.field_mappings WHERE entity = @entity ORDER BY position;");
            await using (select.ConfigureAwait(false))
            {
                select.With("@entity", PostgreSqlCommands.Name(entity));
                var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        rows.Add(new FieldMapping(entity, reader.GetString(0), reader.GetString(1), reader.Enum<FieldType>(2))
                        {
                            IsActive = reader.GetBoolean(3),
                            Rule = reader.Enum<SyncRule>(4),
                            IsCustomField = reader.GetBoolean(5),
                        });
                    }
                }
            }
        }

        return rows;
    }

    /// <inheritdoc />
    public async ValueTask UpsertFieldMappingAsync(FieldMapping mapping, CancellationToken cancellationToken = default)
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

    /// <inheritdoc />
    public async ValueTask<bool> SetFieldMappingActiveAsync(MappedEntity entity, string axcelerateField, string hubSpotProperty, bool isActive, CancellationToken cancellationToken = default) =>
        await ExecuteAsync(
            "UPDATE axhs.field_mappings SET is_active = @active WHERE entity = @entity AND lower(axcelerate_field) = lower(@ax) AND lower(hubspot_property) = lower(@hs);",
            cancellationToken,
            ("@entity", PostgreSqlCommands.Name(entity)),
            ("@ax", axcelerateField),
            ("@hs", hubSpotProperty),
            ("@active", isActive)).ConfigureAwait(false) > 0;

    /// <inheritdoc />
    public async ValueTask<bool> DeleteFieldMappingAsync(MappedEntity entity, string axcelerateField, string hubSpotProperty, CancellationToken cancellationToken = default) =>
        await ExecuteAsync(
            "DELETE FROM axhs.field_mappings WHERE entity = @entity AND lower(axcelerate_field) = lower(@ax) AND lower(hubspot_property) = lower(@hs);",
            cancellationToken,
            ("@entity", PostgreSqlCommands.Name(entity)),
            ("@ax", axcelerateField),
            ("@hs", hubSpotProperty)).ConfigureAwait(false) > 0;

    /// <inheritdoc />
    public async ValueTask ReplaceFieldMappingsAsync(MappedEntity entity, IReadOnlyList<FieldMapping> mappings, CancellationToken cancellationToken = default)
    {
        StoreArguments.MappingsBelongTo(entity, mappings, nameof(mappings));
        await InTransactionAsync(
            async (connection, transaction) =>
            {
                await ExecuteAsync(connection, transaction, "DELETE FROM axhs.field_mappings WHERE entity = @entity;", cancellationToken, ("@entity", PostgreSqlCommands.Name(entity))).ConfigureAwait(false);
                foreach (var mapping in mappings)
                {
                    await UpsertMappingAsync(connection, transaction, mapping, cancellationToken).ConfigureAwait(false);
                }

                await MarkConfiguredAsync(connection, transaction, entity, cancellationToken).ConfigureAwait(false);
                return true;
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<bool> SeedDefaultFieldMappingsAsync(MappedEntity entity, IReadOnlyList<FieldMapping> defaults, CancellationToken cancellationToken = default)
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

    private ValueTask<int> UpsertMappingAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, FieldMapping mapping, CancellationToken cancellationToken) =>
        ExecuteAsync(
            connection,
            transaction,
            UpsertMappingSql,
            cancellationToken,
            ("@entity", PostgreSqlCommands.Name(mapping.Entity)),
            ("@ax", mapping.AxcelerateField),
            ("@hs", mapping.HubSpotProperty),
            ("@type", PostgreSqlCommands.Name(mapping.Type)),
            ("@active", mapping.IsActive),
            ("@rule", PostgreSqlCommands.Name(mapping.Rule)),
            ("@custom", mapping.IsCustomField));

    private async ValueTask<bool> MarkConfiguredAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, MappedEntity entity, CancellationToken cancellationToken) =>
        await ExecuteAsync(connection, transaction, MarkConfiguredSql, cancellationToken, ("@entity", PostgreSqlCommands.Name(entity)), ("@at", PostgreSqlCommands.Ticks(Now))).ConfigureAwait(false) > 0;
}
