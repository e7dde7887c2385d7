namespace Axcelerate.HubSpot.Engagements;

/// <summary>Which way a call or email went.</summary>
public enum EngagementDirection
{
    /// <summary>Received: an inbound call (<c>INBOUND</c>) or an incoming email (<c>INCOMING_EMAIL</c>).</summary>
    Inbound,

    /// <summary>Made or sent: an outbound call (<c>OUTBOUND</c>) or an email sent from the CRM (<c>EMAIL</c>).</summary>
    Outbound,

    /// <summary>A forwarded email (<c>FORWARDED_EMAIL</c>).</summary>
    Forwarded,
}
