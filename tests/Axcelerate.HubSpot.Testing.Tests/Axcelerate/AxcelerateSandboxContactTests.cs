using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Axcelerate.HubSpot.Testing;
using Axcelerate.HubSpot.Testing.DemoData;
using static Axcelerate.HubSpot.Testing.Tests.Axcelerate.AxcelerateHttp;

namespace Axcelerate.HubSpot.Testing.Tests.Axcelerate;

public sealed class AxcelerateSandboxContactTests
{
    [Fact]
    public async Task Creates_a_contact_from_form_fields_and_reads_it_back_in_upper_case()
    {
        await using var sandbox = await IntegrationSandbox.StartAsync();
        var organisation = sandbox.Axcelerate.AddOrganisation("Harbour Training Pty Ltd");
        using var http = Client(sandbox);

        using var created = await http.PostAsync(new Uri("contact/", UriKind.Relative), Form(
            ("givenName", "Olivia"), ("surname", "Nguyen"), ("emailAddress", "olivia.nguyen@example.com.au"), ("dob", "1990-04-02"),
            ("orgId", organisation.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("customField_usi", "ABCDE12345"), ("state", "QLD")));
        var result = await OkJsonAsync(created);
        result.EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo(["EMAILADDRESS", "GIVENNAME", "SURNAME", "CONTACTID"]);
        var id = result.GetProperty("CONTACTID").GetInt32();

        using var read = await http.GetAsync(new Uri($"contact/{id}", UriKind.Relative));
        var contact = await OkJsonAsync(read);
        contact.GetProperty("CONTACTID").ValueKind.Should().Be(JsonValueKind.Number);
        contact.GetProperty("GIVENNAME").GetString().Should().Be("Olivia");
        contact.GetProperty("DOB").GetString().Should().Be("1990-04-02");
        contact.GetProperty("ORGID").GetString().Should().Be(organisation.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "aXcelerate sends ORGID as a string");
        contact.GetProperty("ORGANISATION").GetString().Should().Be("Harbour Training Pty Ltd");
        contact.GetProperty("CUSTOMFIELD_USI").GetString().Should().Be("ABCDE12345");
        contact.GetProperty("MIDDLENAME").ValueKind.Should().Be(JsonValueKind.Null);
        contact.GetProperty("LASTUPDATED").GetString().Should().MatchRegex(@"^\d{4}-\d\d-\d\d \d\d:\d\d$");
        sandbox.Axcelerate.GetContact(id)!["EMAILADDRESS"].Should().Be("olivia.nguyen@example.com.au");
    }

    [Fact]
    public async Task Rejects_a_json_body_and_creates_nothing()
    {
        await using var sandbox = await IntegrationSandbox.StartAsync();
        using var http = Client(sandbox);
        var before = sandbox.Axcelerate.Contacts.Count;

        using var response = await http.PostAsJsonAsync(new Uri("contact/", UriKind.Relative), new { givenName = "Jack", surname = "Brown" });

        await ShouldBeErrorAsync(response, HttpStatusCode.PreconditionFailed, "Validation Error.");
        sandbox.Axcelerate.Contacts.Should().HaveCount(before);
    }

    [Fact]
    public async Task Missing_required_names_answer_412_naming_each_parameter()
    {
        await using var sandbox = await IntegrationSandbox.StartAsync();
        using var http = Client(sandbox);

        using var response = await http.PostAsync(new Uri("contact/", UriKind.Relative), Form(("emailAddress", "a@example.com")));

        await ShouldBeErrorAsync(response, HttpStatusCode.PreconditionFailed, "Validation Error.");
        var details = (await JsonAsync(response)).GetProperty("DETAILS").GetString();
        details.Should().Be("givenName is undefined in the request collection.,surname is undefined in the request collection.");
    }

    [Fact]
    public async Task A_duplicate_email_fails_only_when_uniqueness_is_checked()
    {
        await using var sandbox = await IntegrationSandbox.StartAsync();
        sandbox.Axcelerate.AddContact("Ruby", "King", "ruby.king@example.com.au");
        using var http = Client(sandbox);

        using var checkedCreate = await http.PostAsync(new Uri("contact/", UriKind.Relative), Form(
            ("givenName", "Ruby"), ("surname", "King"), ("emailAddress", "RUBY.KING@example.com.au"), ("checkEmailAddressUnique", "true")));
        await ShouldBeErrorAsync(checkedCreate, HttpStatusCode.PreconditionFailed, "Email address is not unique.");

        using var uncheckedCreate = await http.PostAsync(new Uri("contact/", UriKind.Relative), Form(
            ("givenName", "Ruby"), ("surname", "King"), ("emailAddress", "ruby.king@example.com.au")));
        await OkJsonAsync(uncheckedCreate);
        sandbox.Axcelerate.Contacts.Count(c => c["EMAILADDRESS"] == "ruby.king@example.com.au").Should().Be(2, "aXcelerate does not dedupe on create");
    }

    [Fact]
    public async Task Search_matches_fields_that_start_with_the_value_and_answers_204_when_nothing_matches()
    {
        await using var sandbox = await IntegrationSandbox.StartAsync();
        var exact = sandbox.Axcelerate.AddContact("Mia", "Chen", "mia@example.com");
        var longer = sandbox.Axcelerate.AddContact("Mia", "Chen", "mia@example.com.au");
        sandbox.Axcelerate.AddContact("Amia", "Lee", "amia@example.com");
        using var http = Client(sandbox);

        using var byEmail = await http.GetAsync(new Uri("contacts/search?emailAddress=MIA@example.com&displayLength=100", UriKind.Relative));
        var ids = (await OkJsonAsync(byEmail)).EnumerateArray().Select(c => c.GetProperty("CONTACTID").GetInt32());
        ids.Should().BeEquivalentTo([exact.Id, longer.Id], "a right-wildcard match also finds the .com.au address");

        using var byQ = await http.GetAsync(new Uri("contacts/search?q=che", UriKind.Relative));
        (await OkJsonAsync(byQ)).EnumerateArray().Should().HaveCount(2);

        using var none = await http.GetAsync(new Uri("contacts/search?surname=Zzz", UriKind.Relative));
        none.StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await none.Content.ReadAsStringAsync()).Should().BeEmpty();

        using var byIds = await http.GetAsync(new Uri($"contacts?contactIDs={exact.Id},{longer.Id}", UriKind.Relative));
        (await OkJsonAsync(byIds)).EnumerateArray().Should().HaveCount(2);
    }

    [Fact]
    public async Task Search_pages_with_offset_and_caps_displayLength_at_100()
    {
        await using var sandbox = await IntegrationSandbox.StartAsync(new IntegrationSandboxOptions { DemoData = new DemoDataOptions { AxcelerateContacts = 230 } });
        var total = sandbox.Axcelerate.Contacts.Count;
        using var http = Client(sandbox);
        var seen = new List<int>();
        for (var offset = 0; ; offset += 100)
        {
            using var page = await http.GetAsync(new Uri($"contacts/search?displayLength=500&offset={offset}", UriKind.Relative));
            if (page.StatusCode == HttpStatusCode.NoContent)
            {
                break;
            }

            var rows = (await OkJsonAsync(page)).EnumerateArray().Select(c => c.GetProperty("CONTACTID").GetInt32()).ToList();
            rows.Count.Should().BeLessThanOrEqualTo(100);
            seen.AddRange(rows);
        }

        seen.Should().OnlyHaveUniqueItems().And.HaveCount(total);
    }

    [Fact]
    public async Task Notes_are_added_and_listed_and_a_bad_note_type_is_refused()
    {
        await using var sandbox = await IntegrationSandbox.StartAsync();
        var contact = sandbox.Axcelerate.AddContact("Jack", "Wilson", "jack@example.com");
        using var http = Client(sandbox);

        using var added = await http.PostAsync(new Uri("contact/note/", UriKind.Relative), Form(("contactID", contact.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("contactNote", "Called about the White Card"), ("noteTypeID", "102")));
        var result = await OkJsonAsync(added);
        result.GetProperty("STATUS").GetString().Should().Be("success");
        result.GetProperty("MESSAGE").GetString().Should().Be($"Note was added to Contact: {contact.Id}.");

        using var list = await http.GetAsync(new Uri($"contact/notes/{contact.Id}", UriKind.Relative));
        var note = (await OkJsonAsync(list)).EnumerateArray().Should().ContainSingle().Subject;
        note.GetProperty("TEXT").GetString().Should().Be("Called about the White Card");
        note.GetProperty("ROWID").GetInt32().Should().Be(1);
        note.GetProperty("COUNT").GetInt32().Should().Be(1);

        using var bad = await http.PostAsync(new Uri("contact/note/", UriKind.Relative), Form(("contactID", contact.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("contactNote", "x"), ("noteTypeID", "27938")));
        await ShouldBeErrorAsync(bad, HttpStatusCode.PreconditionFailed, "Invalid NoteTypeID!");
    }

    [Fact]
    public async Task Merge_history_reports_merges_in_the_range_and_merged_false_when_none()
    {
        await using var sandbox = await IntegrationSandbox.StartAsync();
        var old = sandbox.Axcelerate.AddContact("Zoe", "Hall", "zoe@example.com");
        var current = sandbox.Axcelerate.AddContact("Zoe", "Hall", "zoe.hall@example.com");
        using var http = Client(sandbox);

        using var none = await http.PostAsync(new Uri("log/contactMergeHistory", UriKind.Relative), Form(("dateStart", "2000-01-01 00:00:00"), ("dateEnd", "2100-01-01 00:00:00")));
        (await OkJsonAsync(none)).EnumerateArray().Single().GetProperty("merged").GetBoolean().Should().BeFalse();

        sandbox.Axcelerate.MergeContacts(old.Id, current.Id);

        using var merged = await http.PostAsync(new Uri("log/contactMergeHistory", UriKind.Relative), Form(("dateStart", "2000-01-01 00:00:00"), ("dateEnd", "2100-01-01 00:00:00")));
        var row = (await OkJsonAsync(merged)).EnumerateArray().Should().ContainSingle().Subject;
        row.GetProperty("OLDCONTACTID").GetInt32().Should().Be(old.Id);
        row.GetProperty("CURRENTCONTACTID").GetInt32().Should().Be(current.Id);
        sandbox.Axcelerate.GetContact(old.Id).Should().BeNull();
    }

    [Fact]
    public async Task Custom_fields_lists_the_seeded_contact_fields()
    {
        await using var sandbox = await IntegrationSandbox.StartAsync();
        using var http = Client(sandbox);

        using var response = await http.GetAsync(new Uri("customFields?linkTo=contact", UriKind.Relative));

        var names = (await OkJsonAsync(response)).EnumerateArray().Select(f => f.GetProperty("VARIABLENAME").GetString());
        names.Should().BeEquivalentTo(["usi", "preferredCampus", "courseInterest", "studyModes"]);
    }
}
