namespace Axcelerate.HubSpot.PostgreSql;

/// <summary>One step of the schema: applied once, in version order, and recorded in <c>schema_version</c>.</summary>
/// <param name="Version">The schema version the step produces; versions start at 1 and never change once released.</param>
/// <param name="Name">What the step does.</param>
/// <param name="Sql">The hand-written DDL, run inside the migration transaction; <c>axhs.</c> stands for the store's schema.</param>
internal sealed record PostgreSqlMigration(int Version, string Name, string Sql);
