namespace Axcelerate.HubSpot.HubSpotApi;

/// <summary>Why one input of a batch failed.</summary>
public sealed class HubSpotBatchError
{
    /// <summary>The position of the failed input in the sequence passed to the batch method, when known.</summary>
    public int? InputIndex { get; init; }

    /// <summary>The id (or unique value) of the failed input, when known.</summary>
    public string? Id { get; init; }

    /// <summary>The trace id of the failed input, when HubSpot echoed it.</summary>
    public string? ObjectWriteTraceId { get; init; }

    /// <summary>HubSpot's error category, e.g. <c>VALIDATION_ERROR</c> or <c>OBJECT_NOT_FOUND</c>.</summary>
    public string? Category { get; init; }

    /// <summary>HubSpot's sub-category, when sent.</summary>
    public string? SubCategory { get; init; }

    /// <summary>HubSpot's explanation.</summary>
    public string Message { get; init; } = "";

    /// <summary>
    /// The id of the record this input collides with (a <c>CONFLICT</c>, e.g. an existing contact with that email), from
    /// HubSpot's <c>context.existingId</c> or, failing that, its message "Existing ID: N"; null otherwise.
    /// </summary>
    public string? ExistingObjectId { get; init; }

    /// <summary>HubSpot's structured context (e.g. <c>ids</c>, <c>propertyName</c>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Context { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <inheritdoc />
    public override string ToString() => $"HubSpotBatchError {{ InputIndex = {InputIndex}, Id = {Id}, Category = {Category}, Message = {Message} }}";
}
