namespace Axcelerate.HubSpot.Mapping;

/// <summary>The way a value travels between the systems.</summary>
public enum ConversionDirection
{
    /// <summary>From an aXcelerate field into a HubSpot property.</summary>
    ToHubSpot,

    /// <summary>From a HubSpot property into an aXcelerate field.</summary>
    ToAxcelerate,
}
