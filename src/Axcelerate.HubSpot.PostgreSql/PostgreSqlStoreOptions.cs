using System.Text.RegularExpressions;

namespace Axcelerate.HubSpot.PostgreSql;

/// <summary>Where in the database the PostgreSQL store keeps its tables.</summary>
public sealed partial class PostgreSqlStoreOptions
{
    /// <summary>The schema used when none is chosen.</summary>
    public const string DefaultSchema = "axcelerate_hubspot";

    /// <summary>
    /// The schema that holds the store's tables, created when missing: lower-case letters, digits and underscores,
    /// starting with a letter or underscore, up to 63 characters. Several stores (e.g. test runs, or two integrations)
    /// may share one database in different schemas. Default <see cref="DefaultSchema"/>.
    /// </summary>
    public string Schema { get; set; } = DefaultSchema;

    internal string ValidatedSchema()
    {
        if (string.IsNullOrEmpty(Schema) || !SchemaName().IsMatch(Schema))
        {
            throw new ArgumentException(
                $"'{Schema}' is not a usable schema name for the PostgreSQL store: use lower-case letters, digits and underscores, starting with a letter or underscore, up to 63 characters.",
                nameof(Schema));
        }

        return Schema;
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex SchemaName();
}
