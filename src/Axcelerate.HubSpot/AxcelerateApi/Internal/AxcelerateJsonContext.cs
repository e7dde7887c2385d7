using System.Text.Json.Serialization;

namespace Axcelerate.HubSpot.AxcelerateApi.Internal;

/// <summary>Source-generated JSON metadata for every aXcelerate response shape; keys match case-insensitively.</summary>
[JsonSourceGenerationOptions(
    PropertyNameCaseInsensitive = true,
    Converters =
    [
        typeof(LenientInt64Converter),
        typeof(LenientNullableInt64Converter),
        typeof(LenientNullableInt32Converter),
        typeof(LenientNullableDecimalConverter),
        typeof(LenientBooleanConverter),
        typeof(LenientNullableBooleanConverter),
        typeof(LenientStringConverter),
        typeof(LenientInt64ListConverter),
        typeof(LenientStringListConverter),
        typeof(LenientDateOnlyConverter),
    ])]
[JsonSerializable(typeof(AxcelerateContact))]
[JsonSerializable(typeof(AxcelerateContactReference))]
[JsonSerializable(typeof(AxcelerateContactNote))]
[JsonSerializable(typeof(AxcelerateContactMerge))]
[JsonSerializable(typeof(AxcelerateNoteType))]
[JsonSerializable(typeof(AxcelerateContactSource))]
[JsonSerializable(typeof(AxcelerateOrganisation))]
[JsonSerializable(typeof(AxcelerateOrganisationDetail))]
[JsonSerializable(typeof(AxcelerateUser))]
[JsonSerializable(typeof(AxcelerateTask))]
[JsonSerializable(typeof(AxcelerateTaskSummary))]
[JsonSerializable(typeof(AxcelerateCustomFieldDefinition))]
[JsonSerializable(typeof(AxcelerateFollowUp))]
[JsonSerializable(typeof(AxcelerateErrorBody))]
[JsonSerializable(typeof(AxcelerateWriteResult))]
internal sealed partial class AxcelerateJsonContext : JsonSerializerContext;
