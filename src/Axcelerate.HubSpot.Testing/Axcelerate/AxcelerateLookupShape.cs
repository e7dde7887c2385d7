namespace Axcelerate.HubSpot.Testing.Axcelerate;

/// <summary>How the sandbox answers a task lookup such as <c>/task/opportunityStatuses</c>, whose shape aXcelerate does not document.</summary>
public enum AxcelerateLookupShape
{
    /// <summary><c>[{"ID": 1, "NAME": "Pending"}, ...]</c>.</summary>
    IdAndName,

    /// <summary><c>["Pending", "Won", ...]</c>: labels only, no ids.</summary>
    LabelsOnly,

    /// <summary>Rows the client cannot read as statuses (<c>[{"X": true}]</c>), to test the error path.</summary>
    Unreadable,
}
