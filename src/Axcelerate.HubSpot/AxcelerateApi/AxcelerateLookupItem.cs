namespace Axcelerate.HubSpot.AxcelerateApi;

/// <summary>An entry of a task lookup list (status, priority, category or opportunity status).</summary>
/// <param name="Id">
/// The numeric id sent on writes, or null when aXcelerate listed the label only (the lookups' shape is undocumented);
/// opportunity statuses without an id are then written by label (<c>PUT /followUp/{id}</c>, <c>OppertunityStatus</c>).
/// </param>
/// <param name="Name">The label aXcelerate shows and returns on reads.</param>
public sealed record AxcelerateLookupItem(int? Id, string Name);
