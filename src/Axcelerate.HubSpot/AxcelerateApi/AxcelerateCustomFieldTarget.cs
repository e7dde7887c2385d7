namespace Axcelerate.HubSpot.AxcelerateApi;

/// <summary>What a custom field is attached to (<c>linkTo</c>).</summary>
public enum AxcelerateCustomFieldTarget
{
    /// <summary><c>contact</c>.</summary>
    Contact,

    /// <summary><c>organisation</c>.</summary>
    Organisation,

    /// <summary><c>classEnrolment</c>.</summary>
    ClassEnrolment,

    /// <summary><c>class</c>.</summary>
    Class,

    /// <summary><c>workshop</c>.</summary>
    Workshop,

    /// <summary><c>workshopBooking</c>.</summary>
    WorkshopBooking,

    /// <summary><c>marketingAgent</c>.</summary>
    MarketingAgent,

    /// <summary><c>portfolio</c>.</summary>
    Portfolio,

    /// <summary><c>studentActivity</c>.</summary>
    StudentActivity,

    /// <summary><c>enrolmentGroup</c>.</summary>
    EnrolmentGroup,

    /// <summary><c>unitEnrolment</c>.</summary>
    UnitEnrolment,
}
