namespace Axcelerate.HubSpot.Mapping;

/// <summary>The type a mapped field holds, which decides how its value converts between the systems.</summary>
public enum FieldType
{
    /// <summary>Free text.</summary>
    Text,

    /// <summary>A number, written with the invariant culture.</summary>
    Number,

    /// <summary>A calendar date: midnight UTC in HubSpot, local to the account in aXcelerate.</summary>
    Date,

    /// <summary>A point in time.</summary>
    DateTime,

    /// <summary>True or false.</summary>
    Boolean,

    /// <summary>One value from a list of options.</summary>
    SingleSelect,

    /// <summary>Several values from a list of options, <c>;</c>-separated in HubSpot.</summary>
    MultiSelect,

    /// <summary>A phone number.</summary>
    Phone,

    /// <summary>An email address, compared and written lower-cased and trimmed.</summary>
    Email,

    /// <summary>
    /// An Australian state or territory: free text in HubSpot ("New South Wales", "nsw"), one of aXcelerate's codes
    /// (NSW, VIC, QLD, SA, WA, TAS, NT, ACT, OTH) in aXcelerate.
    /// </summary>
    AustralianState,
}
