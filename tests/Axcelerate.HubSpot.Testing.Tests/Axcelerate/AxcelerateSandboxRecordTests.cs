using System.Globalization;
using System.Net;
using System.Text.Json;
using Axcelerate.HubSpot.Testing;
using static Axcelerate.HubSpot.Testing.Tests.Axcelerate.AxcelerateHttp;

namespace Axcelerate.HubSpot.Testing.Tests.Axcelerate;

public sealed class AxcelerateSandboxRecordTests
{
    [Fact]
    public async Task Organisations_are_created_with_details_and_searched_in_pages_with_rowid_and_count()
    {
        await using var sandbox = await IntegrationSandbox.StartAsync();
        using var http = Client(sandbox);
        for (var i = 1; i <= 3; i++)
        {
            using var created = await http.PostAsync(new Uri("organisation/", UriKind.Relative), Form(("name", $"Wattle Training {i}"), ("ABN", "12 345 678 901")));
            (await OkJsonAsync(created)).GetProperty("STATUS").GetString().Should().Be("success");
        }

        var orgId = sandbox.Axcelerate.Organisations[0].Id;
        using var detail = await http.PostAsync(new Uri($"organisation/{orgId}/detail/", UriKind.Relative), Form(("type", "Street Address"), ("address1", "1 George Street"), ("phone", "07 9191 9191")));
        (await OkJsonAsync(detail)).GetProperty("DETAILID").ValueKind.Should().Be(JsonValueKind.Number);

        using var page = await http.GetAsync(new Uri("organisations/?search=wattle&displayLength=2&offset=0", UriKind.Relative));
        var rows = (await OkJsonAsync(page)).EnumerateArray().ToList();
        rows.Should().HaveCount(2);
        rows.Select(r => r.GetProperty("ROWID").GetInt32()).Should().Equal(1, 2);
        rows.Should().OnlyContain(r => r.GetProperty("COUNT").GetInt32() == 3);
        rows[0].GetProperty("DETAILS")[0].GetProperty("PHONE").GetString().Should().Be("07 9191 9191");

        using var rest = await http.GetAsync(new Uri("organisations/?search=wattle&displayLength=2&offset=2", UriKind.Relative));
        (await OkJsonAsync(rest)).EnumerateArray().Single().GetProperty("ROWID").GetInt32().Should().Be(3);

        using var missing = await http.PostAsync(new Uri("organisation/", UriKind.Relative), Form(("ABN", "1")));
        await ShouldBeErrorAsync(missing, HttpStatusCode.PreconditionFailed, "Validation Error.");
    }

    [Fact]
    public async Task Users_are_found_by_email_and_each_user_is_a_contact()
    {
        await using var sandbox = await IntegrationSandbox.StartAsync();
        var user = sandbox.Axcelerate.AddUser("Grace", "Patel", "grace.patel@demo-rto.edu.au");
        using var http = Client(sandbox);

        using var found = await http.PostAsync(new Uri("users", UriKind.Relative), Form(("email", "Grace.Patel@demo-rto.edu.au")));
        var row = (await OkJsonAsync(found)).EnumerateArray().Should().ContainSingle().Subject;
        var contactId = row.GetProperty("CONTACTID").GetInt32();
        contactId.Should().Be(int.Parse(user["CONTACTID"]!, CultureInfo.InvariantCulture));
        row.GetProperty("FIRSTLOGINDATE").GetString().Should().BeEmpty();

        using var contact = await http.GetAsync(new Uri($"contact/{contactId}", UriKind.Relative));
        (await OkJsonAsync(contact)).GetProperty("EMAILADDRESS").GetString().Should().Be("grace.patel@demo-rto.edu.au");

        using var byId = await http.GetAsync(new Uri($"user/{user.Id}", UriKind.Relative));
        (await OkJsonAsync(byId)).GetProperty("USERID").GetInt32().Should().Be(user.Id);

        using var none = await http.PostAsync(new Uri("users", UriKind.Relative), Form(("email", "nobody@example.com")));
        none.StatusCode.Should().Be(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Opportunities_take_numeric_status_ids_and_read_back_status_names()
    {
        await using var sandbox = await IntegrationSandbox.StartAsync();
        var contact = sandbox.Axcelerate.AddContact("Henry", "Ryan", "henry@example.com");
        using var http = Client(sandbox);

        using var statuses = await http.GetAsync(new Uri("task/opportunityStatuses", UriKind.Relative));
        var won = (await OkJsonAsync(statuses)).EnumerateArray().Single(s => s.GetProperty("NAME").GetString() == "Won").GetProperty("ID").GetInt32();

        using var created = await http.PostAsync(new Uri("task/", UriKind.Relative), Form(
            ("name", "Diploma of Leadership - group 12"), ("marketingContactID", contact.Id.ToString(CultureInfo.InvariantCulture)),
            ("ownerID", sandbox.Axcelerate.WebServiceContactId.ToString(CultureInfo.InvariantCulture)), ("ForecastValue", "4500"),
            ("ForecastProbability", "150"), ("OpportunityStatus", won.ToString(CultureInfo.InvariantCulture)), ("dueDate", "2026-06-30")));
        var task = await OkJsonAsync(created);
        task.GetProperty("OPPORTUNITYSTATUS").GetString().Should().Be("Won");
        task.GetProperty("FORECASTPROBABILITY").GetInt32().Should().Be(100, "aXcelerate clamps probabilities above 100");
        task.GetProperty("DUEDATE").GetString().Should().Be("2026-06-30 00:00");
        task.GetProperty("OWNER").GetString().Should().Be("Web Service");
        var taskId = task.GetProperty("TASKID").GetInt32();

        var marketingContactId = contact.Id.ToString(CultureInfo.InvariantCulture);
        using var noStatus = await http.PostAsync(new Uri("task/", UriKind.Relative), Form(("name", "x"), ("marketingContactID", marketingContactId), ("ForecastValue", "10")));
        await ShouldBeErrorAsync(noStatus, HttpStatusCode.PreconditionFailed, "Validation Error.");

        // Production: "If [marketingContactID] is not set, all forecast and opportunity fields will be ignored."
        using var ignored = await http.PutAsync(new Uri($"task/{taskId}", UriKind.Relative), Form(("OpportunityStatus", "1"), ("ForecastValue", "10")));
        (await OkJsonAsync(ignored)).GetProperty("FORECASTVALUE").GetInt32().Should().Be(4500);
        sandbox.Axcelerate.GetTask(taskId)!["OPPORTUNITYSTATUS"].Should().Be("Won");

        using var search = await http.GetAsync(new Uri("tasks?searchTerm=diploma", UriKind.Relative));
        var row = (await OkJsonAsync(search)).EnumerateArray().Should().ContainSingle().Subject;
        row.GetProperty("ID").GetInt32().Should().Be(taskId);
        row.GetProperty("TYPE").GetString().Should().Be("task");

        using var notStartsWith = await http.GetAsync(new Uri("tasks?searchTerm=Leadership", UriKind.Relative));
        notStartsWith.StatusCode.Should().Be(HttpStatusCode.NoContent);

        using var updated = await http.PutAsync(new Uri($"task/{taskId}", UriKind.Relative), Form(("status", "4"), ("completedDate", "2026-07-01")));
        (await OkJsonAsync(updated)).GetProperty("STATUSDISPLAYNAME").GetString().Should().Be("Completed");

        using var deleted = await http.DeleteAsync(new Uri($"task/{taskId}", UriKind.Relative));
        deleted.StatusCode.Should().Be(HttpStatusCode.OK);
        using var gone = await http.GetAsync(new Uri($"task/{taskId}", UriKind.Relative));
        gone.StatusCode.Should().Be(HttpStatusCode.NoContent);
    }

    [Theory]
    [InlineData("task/statuses", "Completed")]
    [InlineData("task/priorities", "Urgent")]
    [InlineData("task/categories", "Sales")]
    public async Task Lookups_list_ids_and_names(string path, string expected)
    {
        await using var sandbox = await IntegrationSandbox.StartAsync();
        using var http = Client(sandbox);

        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));

        (await OkJsonAsync(response)).EnumerateArray().Select(i => i.GetProperty("NAME").GetString()).Should().Contain(expected);
    }
}
