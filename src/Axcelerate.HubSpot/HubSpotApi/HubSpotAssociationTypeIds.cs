namespace Axcelerate.HubSpot.HubSpotApi;

/// <summary>
/// HubSpot-defined association type ids (category <see cref="HubSpotAssociationCategory.HubSpotDefined"/>). Ids are
/// direction-specific: contact → company is 279, company → contact is 280.
/// </summary>
public static class HubSpotAssociationTypeIds
{
    /// <summary>Contact → company, primary.</summary>
    public const int ContactToCompanyPrimary = 1;

    /// <summary>Company → contact, primary.</summary>
    public const int CompanyToContactPrimary = 2;

    /// <summary>Contact → company, unlabelled (default).</summary>
    public const int ContactToCompany = 279;

    /// <summary>Company → contact, unlabelled (default).</summary>
    public const int CompanyToContact = 280;

    /// <summary>Deal → contact.</summary>
    public const int DealToContact = 3;

    /// <summary>Contact → deal.</summary>
    public const int ContactToDeal = 4;

    /// <summary>Deal → company, primary.</summary>
    public const int DealToCompanyPrimary = 5;

    /// <summary>Company → deal, primary.</summary>
    public const int CompanyToDealPrimary = 6;

    /// <summary>Deal → company, unlabelled (default).</summary>
    public const int DealToCompany = 341;

    /// <summary>Company → deal, unlabelled (default).</summary>
    public const int CompanyToDeal = 342;

    /// <summary>Note → contact.</summary>
    public const int NoteToContact = 202;

    /// <summary>Note → company.</summary>
    public const int NoteToCompany = 190;

    /// <summary>Note → deal.</summary>
    public const int NoteToDeal = 214;

    /// <summary>Call → contact.</summary>
    public const int CallToContact = 194;

    /// <summary>Call → company.</summary>
    public const int CallToCompany = 182;

    /// <summary>Call → deal.</summary>
    public const int CallToDeal = 206;

    /// <summary>Email → contact.</summary>
    public const int EmailToContact = 198;

    /// <summary>Email → company.</summary>
    public const int EmailToCompany = 186;

    /// <summary>Email → deal.</summary>
    public const int EmailToDeal = 210;

    /// <summary>Meeting → contact.</summary>
    public const int MeetingToContact = 200;

    /// <summary>Meeting → company.</summary>
    public const int MeetingToCompany = 188;

    /// <summary>Meeting → deal.</summary>
    public const int MeetingToDeal = 212;

    /// <summary>Task → contact.</summary>
    public const int TaskToContact = 204;

    /// <summary>Task → company.</summary>
    public const int TaskToCompany = 192;

    /// <summary>Task → deal.</summary>
    public const int TaskToDeal = 216;
}
