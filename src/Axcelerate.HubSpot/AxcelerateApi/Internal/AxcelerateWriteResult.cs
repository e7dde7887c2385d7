namespace Axcelerate.HubSpot.AxcelerateApi.Internal;

/// <summary>The small object aXcelerate returns from writes, e.g. <c>{"MESSAGE":"…","STATUS":"success","NOTEID":1234}</c>.</summary>
internal sealed class AxcelerateWriteResult
{
    public string? Message { get; init; }

    public string? Status { get; init; }

    public long? NoteId { get; init; }

    public long? OrgId { get; init; }

    public long? DetailId { get; init; }

    public long? TaskId { get; init; }

    public long? ContactId { get; init; }
}
