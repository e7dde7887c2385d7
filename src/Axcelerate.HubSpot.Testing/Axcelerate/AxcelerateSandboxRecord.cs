namespace Axcelerate.HubSpot.Testing.Axcelerate;

/// <summary>
/// A snapshot of one record in the emulated aXcelerate account (a contact, organisation, task or user), with its fields
/// under the upper-case names the API answers with, such as <c>GIVENNAME</c> or <c>CUSTOMFIELD_USI</c>.
/// </summary>
/// <param name="Id">The record's id (<c>CONTACTID</c>, <c>ORGID</c>, <c>TASKID</c> or <c>USERID</c>).</param>
/// <param name="Fields">The field values as text; null where the record has no value.</param>
public sealed record AxcelerateSandboxRecord(int Id, IReadOnlyDictionary<string, string?> Fields)
{
    /// <summary>The value of a field by its upper-case API name, or null when it is empty or absent.</summary>
    /// <param name="field">The field name, such as <c>EMAILADDRESS</c>; case is ignored.</param>
    public string? this[string field] => Fields.TryGetValue(field, out var value) ? value : null;
}
