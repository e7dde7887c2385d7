using System.Globalization;

namespace Axcelerate.HubSpot.Testing.DemoData;

/// <summary>
/// Generates realistic Australian demo data for both systems from a seed: the same options always give the same data.
/// Overlapping contacts share an email (sometimes in a different case), overlapping organisations share a name
/// (sometimes spaced or cased differently) and overlapping opportunities share a deal's name.
/// </summary>
public static class DemoDataGenerator
{
    private static readonly string[] GivenNames =
    [
        "Olivia", "Jack", "Charlotte", "Noah", "Amelia", "William", "Isla", "Oliver", "Mia", "Thomas", "Ava", "James",
        "Grace", "Lucas", "Chloe", "Henry", "Zoe", "Liam", "Ruby", "Ethan", "Sophie", "Cooper", "Matilda", "Lachlan",
        "Harper", "Riley", "Evie", "Archie", "Sienna", "Mason", "Aaliyah", "Hamish", "Priya", "Minh", "Mei", "Arjun",
    ];

    private static readonly string[] FamilyNames =
    [
        "Smith", "Jones", "Williams", "Brown", "Wilson", "Taylor", "Johnson", "White", "Martin", "Anderson", "Thompson",
        "Nguyen", "Thomas", "Walker", "Harris", "Lee", "Ryan", "Robinson", "Kelly", "King", "Davis", "Wright", "Evans",
        "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Patel", "O'Brien", "Murphy", "Tran", "Chen", "Singh",
    ];

    private static readonly (string Suburb, string State, string Postcode)[] Places =
    [
        ("Parramatta", "NSW", "2150"), ("Newcastle", "NSW", "2300"), ("Wollongong", "NSW", "2500"),
        ("Fitzroy", "VIC", "3065"), ("Geelong", "VIC", "3220"), ("Ballarat", "VIC", "3350"),
        ("Fortitude Valley", "QLD", "4006"), ("Townsville", "QLD", "4810"), ("Toowoomba", "QLD", "4350"),
        ("Glenelg", "SA", "5045"), ("Fremantle", "WA", "6160"), ("Joondalup", "WA", "6027"),
        ("Hobart", "TAS", "7000"), ("Launceston", "TAS", "7250"), ("Darwin", "NT", "0800"), ("Braddon", "ACT", "2612"),
    ];

    private static readonly string[] Streets =
    [
        "George Street", "King Street", "Victoria Road", "Church Street", "High Street", "Station Street",
        "Beach Road", "Bridge Road", "Main Street", "Queen Street", "Park Avenue", "Railway Parade",
    ];

    private static readonly string[] OrganisationStems =
    [
        "Harbour", "Southern Cross", "Eucalypt", "Coastal", "Red Centre", "Blue Mountains", "Wattle", "Outback",
        "Riverina", "Sunshine", "Kookaburra", "Banksia", "Tasman", "Great Southern", "Murray", "Coral Sea",
    ];

    private static readonly string[] OrganisationKinds =
    [
        "Training", "Construction", "Health Services", "Logistics", "Hospitality Group", "Aged Care", "Electrical",
        "Civil Works", "Early Learning", "Mining Services",
    ];

    private static readonly string[] Positions =
    [
        "Apprentice", "Site Supervisor", "Registered Nurse", "Team Leader", "HR Manager", "Learning Coordinator",
        "Operations Manager", "Electrician", "Chef", "Administration Officer", "Director",
    ];

    private static readonly string[] Courses =
    [
        "Certificate III in Individual Support", "Certificate IV in Training and Assessment", "First Aid Refresher",
        "Certificate III in Electrotechnology", "Diploma of Leadership and Management", "White Card",
        "Certificate III in Commercial Cookery", "Working Safely at Heights", "Certificate IV in WHS",
    ];

    private static readonly string[] Campuses = ["Sydney CBD", "Melbourne", "Brisbane", "Online"];

    /// <summary>Generates the data the options describe.</summary>
    /// <param name="options">Counts, overlap and seed.</param>
    /// <returns>Both systems' records.</returns>
    public static DemoDataSet Generate(DemoDataOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.OverlapShare is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.OverlapShare, "DemoDataOptions.OverlapShare must be between 0 and 1.");
        }

        var random = new Random(options.Seed);
        var usedEmails = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        var hubSpotCompanies = Enumerable.Range(0, options.HubSpotCompanies).Select(i => NewOrganisation(random, i)).ToList();
        var hubSpotContacts = Enumerable.Range(0, options.HubSpotContacts)
            .Select(_ => NewPerson(random, usedEmails, Pick(random, hubSpotCompanies)?.Name))
            .ToList();
        var hubSpotOwners = Enumerable.Range(0, options.HubSpotOwners)
            .Select(_ => NewPerson(random, usedEmails, "Head Office", staff: true))
            .ToList();

        var axOrganisations = Overlap(random, hubSpotCompanies, options.AxcelerateOrganisations, options.OverlapShare, VaryName, r => NewOrganisation(r, r.Next(1000, 9999)));
        var axContacts = Overlap(random, hubSpotContacts, options.AxcelerateContacts, options.OverlapShare, VaryEmail, r => NewPerson(r, usedEmails, Pick(r, axOrganisations)?.Name));
        for (var i = 0; i < options.AxcelerateDuplicateEmails && axContacts.Count > 0; i++)
        {
            var original = axContacts[random.Next(axContacts.Count)];
            axContacts.Add(NewPerson(random, usedEmails, original.OrganisationName) with { Email = original.Email });
        }

        var axUsers = hubSpotOwners.Take(Math.Max(0, Math.Min(options.AxcelerateUsers, options.HubSpotOwners - 1))).ToList();
        // Staff beyond the sixth come from their own generator so that raising AxcelerateUsers leaves every other record as it was.
        var staffRandom = new Random(unchecked(options.Seed * 31 + 7));
        while (axUsers.Count < options.AxcelerateUsers)
        {
            axUsers.Add(NewPerson(axUsers.Count < 5 ? random : staffRandom, usedEmails, "Head Office", staff: true));
        }

        var hubSpotDeals = Enumerable.Range(0, options.HubSpotDeals)
            .Select(_ => NewDeal(random, hubSpotContacts.Count, hubSpotCompanies.Count, hubSpotOwners.Count))
            .ToList();
        var axOpportunities = Overlap(
            random,
            hubSpotDeals,
            options.AxcelerateOpportunities,
            options.OverlapShare,
            (_, deal) => deal with { ContactIndex = Math.Min(deal.ContactIndex, Math.Max(0, axContacts.Count - 1)), OrganisationIndex = null, OwnerIndex = Math.Min(deal.OwnerIndex, Math.Max(0, axUsers.Count - 1)) },
            r => NewDeal(r, axContacts.Count, axOrganisations.Count, axUsers.Count));

        return new DemoDataSet(hubSpotContacts, hubSpotCompanies, hubSpotDeals, hubSpotOwners, axContacts, axOrganisations, axUsers, axOpportunities);
    }

    private static List<T> Overlap<T>(Random random, IReadOnlyList<T> source, int count, double share, Func<Random, T, T> copy, Func<Random, T> create)
    {
        var shared = Math.Min(source.Count, (int)Math.Round(count * share, MidpointRounding.AwayFromZero));
        var result = source.OrderBy(_ => random.Next()).Take(shared).Select(item => copy(random, item)).ToList();
        while (result.Count < count)
        {
            result.Add(create(random));
        }

        return result;
    }

    private static DemoPerson VaryEmail(Random random, DemoPerson person) =>
        random.Next(4) == 0 ? person with { Email = char.ToUpperInvariant(person.Email[0]) + person.Email[1..] } : person;

    private static DemoOrganisation VaryName(Random random, DemoOrganisation organisation) =>
        random.Next(4) == 0 ? organisation with { Name = organisation.Name.ToUpperInvariant() } : organisation;

    private static DemoPerson NewPerson(Random random, HashSet<string> usedEmails, string? organisationName, bool staff = false)
    {
        var given = GivenNames[random.Next(GivenNames.Length)];
        var family = FamilyNames[random.Next(FamilyNames.Length)];
        var local = $"{given}.{family.Replace("'", string.Empty, StringComparison.Ordinal)}".ToLowerInvariant();
        var domain = staff ? "demo-rto.edu.au" : random.Next(3) switch { 0 => "example.com.au", 1 => "mail.example.com", _ => "example.net.au" };
        var email = $"{local}@{domain}";
        for (var n = 2; !usedEmails.Add(email); n++)
        {
            email = $"{local}{n}@{domain}";
        }

        var customFields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["usi"] = string.Concat(Enumerable.Range(0, 10).Select(_ => "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"[random.Next(32)])),
            ["preferredCampus"] = Campuses[random.Next(Campuses.Length)],
            ["courseInterest"] = Courses[random.Next(Courses.Length)],
        };
        return new DemoPerson(
            given,
            family,
            email,
            string.Create(CultureInfo.InvariantCulture, $"04{random.Next(10, 99)} {random.Next(100, 999)} {random.Next(100, 999)}"),
            string.Create(CultureInfo.InvariantCulture, $"(0{random.Next(2, 9)}) {random.Next(1000, 9999)} {random.Next(1000, 9999)}"),
            NewAddress(random),
            staff ? "Training Consultant" : Positions[random.Next(Positions.Length)],
            organisationName ?? string.Empty,
            new DateOnly(1960, 1, 1).AddDays(random.Next(0, 16000)),
            customFields);
    }

    private static DemoOrganisation NewOrganisation(Random random, int index)
    {
        var stem = OrganisationStems[random.Next(OrganisationStems.Length)];
        var kind = OrganisationKinds[random.Next(OrganisationKinds.Length)];
        var name = string.Create(CultureInfo.InvariantCulture, $"{stem} {kind} Pty Ltd {index + 1}");
        var domain = string.Create(CultureInfo.InvariantCulture, $"{stem}{kind}{index + 1}.com.au").Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        return new DemoOrganisation(name, domain, string.Create(CultureInfo.InvariantCulture, $"1300 {random.Next(100, 999)} {random.Next(100, 999)}"), NewAddress(random));
    }

    private static DemoAddress NewAddress(Random random)
    {
        var place = Places[random.Next(Places.Length)];
        return new DemoAddress(string.Create(CultureInfo.InvariantCulture, $"{random.Next(1, 400)} {Streets[random.Next(Streets.Length)]}"), place.Suburb, place.State, place.Postcode);
    }

    private static DemoDeal NewDeal(Random random, int contacts, int organisations, int owners) => new(
        string.Create(CultureInfo.InvariantCulture, $"{Courses[random.Next(Courses.Length)]} - group {random.Next(100, 999)}"),
        random.Next(5, 400) * 50m,
        new DateOnly(2026, 1, 1).AddDays(random.Next(0, 540)),
        random.Next(0, 7),
        contacts == 0 ? 0 : random.Next(contacts),
        organisations == 0 || random.Next(4) == 0 ? null : random.Next(organisations),
        owners == 0 ? 0 : random.Next(owners));

    private static T? Pick<T>(Random random, List<T> items) where T : class => items.Count == 0 ? null : items[random.Next(items.Count)];
}
