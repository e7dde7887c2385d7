namespace Axcelerate.HubSpot;

/// <summary>The kinds of record the integration maps between the two systems.</summary>
public enum MappedEntity
{
    /// <summary>An aXcelerate contact and a HubSpot contact.</summary>
    Contact,

    /// <summary>An aXcelerate organisation and a HubSpot company.</summary>
    Organisation,

    /// <summary>An aXcelerate marketing opportunity (user task) and a HubSpot deal.</summary>
    Opportunity,
}
