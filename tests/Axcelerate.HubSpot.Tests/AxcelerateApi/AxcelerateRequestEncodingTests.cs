using Axcelerate.HubSpot.Matching;
using System.Net;
using Axcelerate.HubSpot.AxcelerateApi;

namespace Axcelerate.HubSpot.Tests.AxcelerateApi;

/// <summary>Every call sends aXcelerate's documented parameter names, casing and encoding.</summary>
public sealed class AxcelerateRequestEncodingTests
{
    private const string FormType = "application/x-www-form-urlencoded";

    [Theory]
    [InlineData("https://college.app.axcelerate.com/api")]
    [InlineData("https://college.app.axcelerate.com/api/")]
    [InlineData("http://127.0.0.1:5099/api")]
    public async Task Keeps_the_api_segment_of_the_base_url_with_or_without_trailing_slash(string baseUrl)
    {
        using var host = AxcelerateTestHost.Create(baseUrl: baseUrl);
        host.Http.ThenJson(AxcelerateFixtures.ContactFull);

        await host.Axcelerate.Contacts.GetAsync(810042);

        var expected = new Uri(baseUrl.TrimEnd('/') + "/contact/810042");
        host.Http.Single.Uri.Should().Be(expected);
    }

    [Fact]
    public async Task Sends_apitoken_and_wstoken_headers_on_every_request()
    {
        using var host = AxcelerateTestHost.Create();
        host.Http.ThenJson(AxcelerateFixtures.ContactFull).ThenJson(AxcelerateFixtures.ContactCreated).ThenJson("[]");

        await host.Axcelerate.Contacts.GetAsync(1);
        await host.Axcelerate.Contacts.CreateAsync(new AxcelerateContactWrite { GivenName = "Sam", Surname = "Lee" });
        await host.Axcelerate.Users.FindAsync(new AxcelerateUserSearch { Email = "x@y.z" });

        host.Http.Requests.Should().HaveCount(3).And.AllSatisfy(r =>
        {
            r.Headers["apitoken"].Should().Be(AxcelerateTestHost.ApiToken);
            r.Headers["wstoken"].Should().Be(AxcelerateTestHost.WsToken);
            r.Headers.Should().NotContainKey("Authorization");
        });
    }

    [Fact]
    public async Task Creates_a_contact_with_a_form_body_using_the_documented_names()
    {
        using var host = AxcelerateTestHost.Create();
        host.Http.ThenJson(AxcelerateFixtures.ContactCreated);

        var created = await host.Axcelerate.Contacts.CreateAsync(
            new AxcelerateContactWrite
            {
                GivenName = "Sam",
                Surname = "Lee",
                EmailAddress = "sam+enrol@example.com",
                MobilePhone = "0400 111 222",
                WorkPhone = "03 9000 0000",
                DateOfBirth = new DateOnly(1990, 2, 3),
                ContactActive = true,
                OrganisationId = 4411,
                OrganisationIds = [4411, 4412],
                Address1 = "1 Main St & Co",
                StreetState = "VIC",
                Usi = "TEST123456",
                OptionalId = "HS-1",
                SourceCodeId = 140,
                CategoryIds = [11, 22],
                CustomFields = new Dictionary<string, string?> { ["favouriteColour"] = "Teal", ["interests"] = "Welding,First Aid" },
                AdditionalParameters = new Dictionary<string, string?> { ["CountryofBirthID"] = "1101", ["EmergencyContact"] = "Lan Tran" },
            },
            checkEmailAddressUnique: true);

        var request = host.Http.Single;
        request.Method.Should().Be(HttpMethod.Post);
        request.Path.Should().Be("/api/contact/");
        request.ContentType.Should().Be(FormType);
        request.Uri.Query.Should().BeEmpty("writes carry their fields in the body, not the query");
        request.FormMap.Should().BeEquivalentTo(new Dictionary<string, string>
        {
            ["givenName"] = "Sam",
            ["surname"] = "Lee",
            ["emailAddress"] = "sam+enrol@example.com",
            ["mobilephone"] = "0400 111 222",
            ["workphone"] = "03 9000 0000",
            ["dob"] = "1990-02-03",
            ["ContactActive"] = "true",
            ["orgId"] = "4411",
            ["orgIds"] = "4411,4412",
            ["address1"] = "1 Main St & Co",
            ["sstate"] = "VIC",
            ["USI"] = "TEST123456",
            ["optionalID"] = "HS-1",
            ["SourceCodeID"] = "140",
            ["categoryIDs"] = "11,22",
            ["customField_favouriteColour"] = "Teal",
            ["customField_interests"] = "Welding,First Aid",
            ["CountryofBirthID"] = "1101",
            ["EmergencyContact"] = "Lan Tran",
            ["checkEmailAddressUnique"] = "true",
        });
        request.Body.Should().Contain("emailAddress=sam%2Benrol%40example.com", "a '+' must be percent-encoded or aXcelerate reads a space");
        request.Body.Should().Contain("address1=1+Main+St+%26+Co");
        created.ContactId.Should().Be(902211);
        created.EmailAddress.Should().Be("sam@example.com");
    }

    [Fact]
    public async Task Does_not_send_checkEmailAddressUnique_unless_asked()
    {
        using var host = AxcelerateTestHost.Create();
        host.Http.ThenJson(AxcelerateFixtures.ContactCreated);

        await host.Axcelerate.Contacts.CreateAsync(new AxcelerateContactWrite { GivenName = "Sam", Surname = "Lee" });

        host.Http.Single.FormMap.Should().BeEquivalentTo(new Dictionary<string, string> { ["givenName"] = "Sam", ["surname"] = "Lee" });
    }

    [Fact]
    public async Task Updates_a_contact_with_put_sending_only_the_changed_fields_and_empty_to_clear()
    {
        using var host = AxcelerateTestHost.Create();
        host.Http.ThenJson("""{"CONTACTID": 810042, "GIVENNAME": "Mia", "SURNAME": "Tran-Nguyen"}""");

        var updated = await host.Axcelerate.Contacts.UpdateAsync(810042, new AxcelerateContactWrite
        {
            Surname = "Tran-Nguyen",
            Phone = string.Empty,
            CustomFields = new Dictionary<string, string?> { ["customField_favouriteColour"] = null },
        });

        var request = host.Http.Single;
        request.Method.Should().Be(HttpMethod.Put);
        request.Path.Should().Be("/api/contact/810042");
        request.ContentType.Should().Be(FormType);
        request.Form.Should().Equal(
            new KeyValuePair<string, string>("surname", "Tran-Nguyen"),
            new KeyValuePair<string, string>("phone", string.Empty),
            new KeyValuePair<string, string>("customField_favouriteColour", string.Empty));
        updated.ContactId.Should().Be(810042);
    }

    [Fact]
    public async Task Searches_contacts_with_a_query_string_and_pages_with_offset_and_displayLength()
    {
        using var host = AxcelerateTestHost.Create();
        host.Http.ThenStatus(HttpStatusCode.NoContent);

        await host.Axcelerate.Contacts.SearchAsync(new AxcelerateContactSearch
        {
            Query = "Mia Tran",
            GivenName = "Mia",
            Surname = "Tran",
            EmailAddress = "mia+x@example.com",
            ContactId = 1,
            ContactIds = [1, 2, 3],
            OptionalId = "HS-1",
            ContactRoleId = 9,
            DateOfBirth = new DateOnly(1991, 11, 23),
            ContactEntryDate = new DateOnly(2025, 1, 2),
            LastUpdated = new DateOnly(2025, 3, 4),
            PageSize = 50,
        }).ToListAsync();

        var request = host.Http.Single;
        request.Method.Should().Be(HttpMethod.Get);
        request.Path.Should().Be("/api/contacts/search");
        request.HasContent.Should().BeFalse();
        request.QueryMap.Should().BeEquivalentTo(new Dictionary<string, string>
        {
            ["q"] = "Mia Tran",
            ["givenName"] = "Mia",
            ["surname"] = "Tran",
            ["emailAddress"] = "mia+x@example.com",
            ["contactID"] = "1",
            ["contactIDs"] = "1,2,3",
            ["optionalID"] = "HS-1",
            ["contactRoleID"] = "9",
            ["DOB"] = "1991-11-23",
            ["contactEntryDate"] = "2025-01-02",
            ["lastUpdated"] = "2025-03-04",
            ["offset"] = "0",
            ["displayLength"] = "50",
        });
        request.Uri.AbsoluteUri.Should().Contain("emailAddress=mia%2Bx%40example.com");
    }

    [Fact]
    public async Task Refuses_a_page_size_above_aXcelerates_maximum()
    {
        using var host = AxcelerateTestHost.Create();

        var act = () => host.Axcelerate.Contacts.SearchAsync(new AxcelerateContactSearch { PageSize = 101 }).ToListAsync().AsTask();

        await act.Should().ThrowAsync<ArgumentOutOfRangeException>().WithMessage("*between 1 and 100*");
        host.Http.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Reads_many_contacts_by_id_in_chunks_of_100_with_contactIDs()
    {
        using var host = AxcelerateTestHost.Create();
        host.Http.Fallback = r =>
        {
            var ids = r.QueryMap["contactIDs"].Split(',').Select(long.Parse);
            return StubHandler.Json("[" + string.Join(",", ids.Select(id => $$"""{"CONTACTID": {{id}}}""")) + "]");
        };
        var wanted = Enumerable.Range(1, 150).Select(i => (long)i).Append(7).ToList();

        var contacts = await host.Axcelerate.Contacts.GetManyAsync(wanted);

        contacts.Select(c => c.ContactId).Should().BeEquivalentTo(Enumerable.Range(1, 150).Select(i => (long)i));
        host.Http.Requests.Should().HaveCount(2);
        host.Http.Requests[0].QueryMap["contactIDs"].Split(',').Should().HaveCount(100);
        host.Http.Requests[1].QueryMap["contactIDs"].Split(',').Should().HaveCount(50);
        host.Http.Requests.Should().AllSatisfy(r => r.QueryMap["displayLength"].Should().Be("100"));
    }

    [Fact]
    public async Task Adds_a_contact_note_with_the_documented_form_fields()
    {
        using var host = AxcelerateTestHost.Create();
        host.Http.ThenJson(AxcelerateFixtures.NoteAdded);

        var noteId = await host.Axcelerate.Contacts.AddNoteAsync(810042, "Deal won in HubSpot: 100% & done", noteTypeId: 170, emailNoteTo: [5, 6]);

        var request = host.Http.Single;
        request.Method.Should().Be(HttpMethod.Post);
        request.Path.Should().Be("/api/contact/note/");
        request.ContentType.Should().Be(FormType);
        request.FormMap.Should().BeEquivalentTo(new Dictionary<string, string>
        {
            ["contactID"] = "810042",
            ["contactNote"] = "Deal won in HubSpot: 100% & done",
            ["noteTypeID"] = "170",
            ["emailNote"] = "5,6",
        });
        noteId.Should().Be(55501);
    }

    [Fact]
    public async Task Lists_notes_with_the_documented_query_names()
    {
        using var host = AxcelerateTestHost.Create();
        host.Http.ThenStatus(HttpStatusCode.NoContent);

        await host.Axcelerate.Contacts.ListNotesAsync(810042, new AxcelerateContactNoteQuery { Search = "invoice", HideSystemNotes = true, PurgeCache = true, PageSize = 20 }).ToListAsync();

        var request = host.Http.Single;
        request.Path.Should().Be("/api/contact/notes/810042");
        request.QueryMap.Should().BeEquivalentTo(new Dictionary<string, string>
        {
            ["search"] = "invoice",
            ["hideSystemNotes"] = "true",
            ["purgeCache"] = "true",
            ["offset"] = "0",
            ["displayLength"] = "20",
        });
    }

    [Fact]
    public async Task Reads_note_types_and_sources_from_their_paths()
    {
        using var host = AxcelerateTestHost.Create();
        host.Http.ThenJson(AxcelerateFixtures.NoteTypes).ThenJson(AxcelerateFixtures.ContactSources);

        await host.Axcelerate.Contacts.GetNoteTypesAsync();
        await host.Axcelerate.Contacts.GetSourcesAsync(onlyActive: true, onlyPublic: false);

        host.Http.Requests[0].Path.Should().Be("/api/contact/noteTypes/");
        host.Http.Requests[1].Path.Should().Be("/api/contact/sources");
        host.Http.Requests[1].QueryMap.Should().BeEquivalentTo(new Dictionary<string, string> { ["onlyPublic"] = "false", ["onlyActive"] = "true" });
    }

    [Fact]
    public async Task Reads_merge_history_with_a_post_form_of_whole_days()
    {
        using var host = AxcelerateTestHost.Create();
        host.Http.ThenJson(AxcelerateFixtures.MergeHistory);

        await host.Axcelerate.Contacts.GetMergeHistoryAsync(new DateOnly(2025, 2, 21), new DateOnly(2025, 2, 23), oldContactId: 10000001, currentContactId: 10000003);

        var request = host.Http.Single;
        request.Method.Should().Be(HttpMethod.Post);
        request.Path.Should().Be("/api/log/contactMergeHistory");
        request.ContentType.Should().Be(FormType);
        request.FormMap.Should().BeEquivalentTo(new Dictionary<string, string>
        {
            ["dateStart"] = "2025-02-21 00:00:00",
            ["dateEnd"] = "2025-02-23 23:59:59",
            ["oldContactID"] = "10000001",
            ["currentContactID"] = "10000003",
        });
    }

    [Theory]
    [InlineData(AxcelerateCustomFieldTarget.Contact, "contact")]
    [InlineData(AxcelerateCustomFieldTarget.Organisation, "organisation")]
    public async Task Lists_custom_fields_by_linkTo_with_offset_and_limit(AxcelerateCustomFieldTarget target, string linkTo)
    {
        using var host = AxcelerateTestHost.Create();
        host.Http.ThenJson(AxcelerateFixtures.CustomFieldsList);

        await host.Axcelerate.CustomFields.ListAsync(target, includeInactive: true).ToListAsync();

        var request = host.Http.Single;
        request.Path.Should().Be("/api/customFields");
        request.QueryMap.Should().BeEquivalentTo(new Dictionary<string, string>
        {
            ["linkTo"] = linkTo,
            ["includeAnyStatus"] = "true",
            ["offset"] = "0",
            ["limit"] = "100",
        });
    }

    [Fact]
    public async Task Creates_and_updates_an_organisation_with_form_bodies()
    {
        using var host = AxcelerateTestHost.Create();
        host.Http.ThenJson(AxcelerateFixtures.OrganisationCreated).ThenJson("""{"MESSAGE":"Organisation Updated Successfully","STATUS":"success","ORGID":300199}""");

        var id = await host.Axcelerate.Organisations.CreateAsync(new AxcelerateOrganisationWrite
        {
            Name = "Wharf & Co",
            LegalName = "Wharf and Co Pty Ltd",
            OptionalId = "HS-77",
            ParentOrganisationId = 300100,
            Abn = "12 345 678 901",
            OrganisationNotes = "From HubSpot",
            PurchaseOrderRequired = false,
            SchoolTypeId = 91,
            CategoryIds = [2001],
            KeyContactIds = [810042],
            Active = true,
            CustomFields = new Dictionary<string, string?> { ["sector"] = "Maritime" },
        });
        await host.Axcelerate.Organisations.UpdateAsync(300199, new AxcelerateOrganisationWrite { Name = "Wharf Co", EmployerContactId = 5100, PayerContactId = 5200 });

        var create = host.Http.Requests[0];
        create.Method.Should().Be(HttpMethod.Post);
        create.Path.Should().Be("/api/organisation/");
        create.ContentType.Should().Be(FormType);
        create.FormMap.Should().BeEquivalentTo(new Dictionary<string, string>
        {
            ["name"] = "Wharf & Co",
            ["legalName"] = "Wharf and Co Pty Ltd",
            ["orgOptionalID"] = "HS-77",
            ["parentOrgID"] = "300100",
            ["ABN"] = "12 345 678 901",
            ["organisationNotes"] = "From HubSpot",
            ["purchaseOrderRequired"] = "false",
            ["schoolTypeID"] = "91",
            ["categoryIDs"] = "2001",
            ["keyContactIDs"] = "810042",
            ["active"] = "true",
            ["customField_sector"] = "Maritime",
        });
        id.Should().Be(300199);
        var update = host.Http.Requests[1];
        update.Method.Should().Be(HttpMethod.Put);
        update.Path.Should().Be("/api/organisation/300199");
        update.FormMap.Should().BeEquivalentTo(new Dictionary<string, string> { ["name"] = "Wharf Co", ["employerContactID"] = "5100", ["payerContactID"] = "5200" });
    }

    [Fact]
    public async Task Searches_organisations_with_search_name_active_and_paging()
    {
        using var host = AxcelerateTestHost.Create();
        host.Http.ThenStatus(HttpStatusCode.NoContent);

        await host.Axcelerate.Organisations.SearchAsync(new AxcelerateOrganisationSearch { Search = "harb", Name = "Harbour", Active = true, PageSize = 25 }).ToListAsync();

        var request = host.Http.Single;
        request.Path.Should().Be("/api/organisations/");
        request.QueryMap.Should().BeEquivalentTo(new Dictionary<string, string>
        {
            ["search"] = "harb",
            ["name"] = "Harbour",
            ["active"] = "true",
            ["offset"] = "0",
            ["displayLength"] = "25",
        });
    }

    [Fact]
    public async Task Finds_organisations_by_exact_name_only()
    {
        using var host = AxcelerateTestHost.Create();
        host.Http.ThenJson(AxcelerateFixtures.OrganisationSearchPage);

        var matches = await host.Axcelerate.Organisations.FindByNameAsync(" harbour training ");

        matches.Candidates.Should().ContainSingle().Which.OrganisationId.Should().Be(300100, "\"Harbour Training - North\" only starts with the name");
        host.Http.Single.QueryMap["name"].Should().Be("harbour", "the search uses a prefix every spelling of the name shares; the match rule's key decides");
    }

    [Fact]
    public async Task Reads_children_and_writes_detail_records_on_their_paths()
    {
        using var host = AxcelerateTestHost.Create();
        host.Http.ThenJson(AxcelerateFixtures.OrganisationChildren)
            .ThenJson(AxcelerateFixtures.OrganisationDetail)
            .ThenJson(AxcelerateFixtures.OrganisationDetailCreated)
            .ThenJson(AxcelerateFixtures.OrganisationDetailUpdated);

        await host.Axcelerate.Organisations.GetChildrenAsync(300100);
        await host.Axcelerate.Organisations.GetDetailAsync(300101, 77001);
        var detailId = await host.Axcelerate.Organisations.CreateDetailAsync(300101, new AxcelerateOrganisationDetailWrite
        {
            Type = AxcelerateOrganisationDetailWrite.StreetAddress,
            Address1 = "1 Wharf Lane",
            Address2 = "Level 2",
            City = "Launceston",
            State = "TAS",
            Postcode = "7250",
            Country = "Australia",
            Phone = "03 6200 2222",
            Fax = "03 6200 2223",
            EmailAddress = "north@example.edu.au",
        });
        await host.Axcelerate.Organisations.UpdateDetailAsync(300101, 77001, new AxcelerateOrganisationDetailWrite { Phone = "03 6200 9999" });

        host.Http.Requests.Select(r => $"{r.Method} {r.Path}").Should().Equal(
            "GET /api/organisation/300100/children/",
            "GET /api/organisation/300101/detail/77001",
            "POST /api/organisation/300101/detail/",
            "PUT /api/organisation/300101/detail/77001");
        host.Http.Requests[2].ContentType.Should().Be(FormType);
        host.Http.Requests[2].FormMap.Should().BeEquivalentTo(new Dictionary<string, string>
        {
            ["type"] = "Street Address",
            ["address1"] = "1 Wharf Lane",
            ["address2"] = "Level 2",
            ["city"] = "Launceston",
            ["state"] = "TAS",
            ["postCode"] = "7250",
            ["country"] = "Australia",
            ["phone"] = "03 6200 2222",
            ["fax"] = "03 6200 2223",
            ["emailAddress"] = "north@example.edu.au",
        });
        host.Http.Requests[3].FormMap.Should().BeEquivalentTo(new Dictionary<string, string> { ["phone"] = "03 6200 9999" });
        detailId.Should().Be(77002);
    }

    [Fact]
    public async Task Searches_users_with_a_post_form_and_reads_a_user_by_id()
    {
        using var host = AxcelerateTestHost.Create();
        host.Http.ThenJson(AxcelerateFixtures.Users).ThenJson(AxcelerateFixtures.Users).ThenJson(AxcelerateFixtures.User);

        await host.Axcelerate.Users.FindAsync(new AxcelerateUserSearch
        {
            Email = "pat@example.com",
            ContactId = 3600001,
            Username = "pat.owner",
            GivenName = "Pat",
            Surname = "Owner",
            Status = AxcelerateUserStatus.Inactive,
        });
        await host.Axcelerate.Users.FindByEmailAsync(" Pat@Example.com ");
        await host.Axcelerate.Users.GetAsync(1660);

        var search = host.Http.Requests[0];
        search.Method.Should().Be(HttpMethod.Post);
        search.Path.Should().Be("/api/users");
        search.ContentType.Should().Be(FormType);
        search.FormMap.Should().BeEquivalentTo(new Dictionary<string, string>
        {
            ["email"] = "pat@example.com",
            ["contactID"] = "3600001",
            ["username"] = "pat.owner",
            ["givenName"] = "Pat",
            ["surname"] = "Owner",
            ["isActive"] = "0",
        });
        host.Http.Requests[1].FormMap.Should().BeEquivalentTo(new Dictionary<string, string> { ["email"] = "Pat@Example.com", ["isActive"] = "2" });
        host.Http.Requests[2].Method.Should().Be(HttpMethod.Get);
        host.Http.Requests[2].Path.Should().Be("/api/user/1660");
    }

    [Fact]
    public async Task Creates_a_marketing_task_resolving_the_opportunity_status_label_to_its_number()
    {
        using var host = AxcelerateTestHost.Create();
        host.Http.ThenJson(AxcelerateFixtures.OpportunityStatuses).ThenJson("""{"TASKID": 2900, "STATUS": "success"}""");

        var id = await host.Axcelerate.Tasks.CreateAsync(new AxcelerateTaskWrite
        {
            Name = "Diploma enquiry - Mia Tran",
            Details = "From HubSpot deal 123",
            DueDate = new DateOnly(2025, 7, 15),
            OwnerId = 3600001,
            Status = 1,
            Priority = 3,
            CategoryId = 540,
            ReminderDate = new DateTimeOffset(2025, 7, 13, 23, 30, 0, TimeSpan.Zero),
            DiplomaId = 3300,
            ClassId = 27600,
            MarketingContactId = 810042,
            OpportunityStatus = "won",
            ForecastValue = 1999.95m,
            ForecastProbability = 80,
            ForecastDistribution = [new() { Month = new DateOnly(2025, 7, 1), Value = 999.95m }, new() { Month = new DateOnly(2025, 8, 20), Value = 1000m }],
        });

        host.Http.Requests[0].Path.Should().Be("/api/task/opportunityStatuses");
        var create = host.Http.Requests[1];
        create.Method.Should().Be(HttpMethod.Post);
        create.Path.Should().Be("/api/task/");
        create.ContentType.Should().Be(FormType);
        create.Form.Should().Equal(
            Pair("name", "Diploma enquiry - Mia Tran"),
            Pair("details", "From HubSpot deal 123"),
            Pair("dueDate", "2025-07-15"),
            Pair("ownerID", "3600001"),
            Pair("status", "1"),
            Pair("priority", "3"),
            Pair("categoryID", "540"),
            Pair("reminderDate", "2025-07-14 09:30"),
            Pair("classID", "27600"),
            Pair("diplomaID", "3300"),
            Pair("marketingContactID", "810042"),
            Pair("OpportunityStatus", "5"),
            Pair("ForecastValue", "1999.95"),
            Pair("ForecastProbability", "80"),
            Pair("ForecastDistribution_Month", "2025-07"),
            Pair("ForecastDistribution_Value", "999.95"),
            Pair("ForecastDistribution_Month", "2025-08"),
            Pair("ForecastDistribution_Value", "1000"));
        id.Should().Be(2900);
    }

    [Fact]
    public async Task Refuses_an_opportunity_status_label_the_account_does_not_have()
    {
        using var host = AxcelerateTestHost.Create();
        host.Http.ThenJson(AxcelerateFixtures.OpportunityStatuses).ThenJson(AxcelerateFixtures.OpportunityStatuses);

        var act = () => host.Axcelerate.Tasks.CreateAsync(new AxcelerateTaskWrite { Name = "x", MarketingContactId = 1, OpportunityStatus = "Closed Won" });

        await act.Should().ThrowAsync<ArgumentException>().WithMessage("*'Closed Won' is not an opportunity status*");
        host.Http.Requests.Should().OnlyContain(r => r.Path == "/api/task/opportunityStatuses", "nothing is written with an unknown status");
    }

    [Fact]
    public async Task Updates_reads_deletes_and_searches_tasks_on_their_paths()
    {
        using var host = AxcelerateTestHost.Create();
        host.Http.ThenJson(AxcelerateFixtures.TaskStandard)
            .ThenJson(AxcelerateFixtures.TaskStandard)
            .ThenStatus(HttpStatusCode.NoContent)
            .ThenJson(AxcelerateFixtures.TaskSearch);

        await host.Axcelerate.Tasks.UpdateAsync(91, new AxcelerateTaskWrite { Status = 4, CompletedDate = new DateOnly(2025, 9, 20), MarketingContactId = 810042, OpportunityStatusId = 5 });
        await host.Axcelerate.Tasks.GetAsync(91);
        await host.Axcelerate.Tasks.DeleteAsync(91);
        await host.Axcelerate.Tasks.SearchAsync(new AxcelerateTaskSearch { SearchTerm = "Diploma", OwnerId = 3600001, MarketingContactId = 810042, PDataId = 7, Incomplete = true }).ToListAsync();

        host.Http.Requests.Select(r => $"{r.Method} {r.Path}").Should().Equal("PUT /api/task/91", "GET /api/task/91", "DELETE /api/task/91", "GET /api/tasks");
        host.Http.Requests[0].ContentType.Should().Be(FormType);
        host.Http.Requests[0].Form.Should().Equal(Pair("status", "4"), Pair("completedDate", "2025-09-20"), Pair("marketingContactID", "810042"), Pair("OpportunityStatus", "5"));
        host.Http.Requests[3].QueryMap.Should().BeEquivalentTo(new Dictionary<string, string>
        {
            ["searchTerm"] = "Diploma",
            ["ownerID"] = "3600001",
            ["marketingContactID"] = "810042",
            ["PDataID"] = "7",
            ["incomplete"] = "true",
        });
    }

    [Fact]
    public async Task Finds_opportunities_by_the_exact_name_filter_and_keeps_only_marketing_tasks()
    {
        using var host = AxcelerateTestHost.Create();
        host.Http.ThenJson(AxcelerateFixtures.TaskSearch)
            .ThenJson("""{"TASKID": 2801, "NAME": "Diploma enquiry - Mia Tran", "MARKETINGCONTACTID": 810042, "OPPORTUNITYSTATUS": null}""");

        var result = await host.Axcelerate.Tasks.FindOpportunitiesByNameAsync(" Diploma enquiry - Mia Tran ", ownerId: 3600001);

        result.Outcome.Should().Be(MatchOutcome.Unique, "2802 only starts with the name and 2803 differs in case, which the task-name rule does not ignore");
        result.Match!.TaskId.Should().Be(2801);
        host.Http.Requests[0].QueryMap.Should().BeEquivalentTo(new Dictionary<string, string> { ["name"] = "Diploma enquiry - Mia Tran", ["ownerID"] = "3600001" });
        host.Http.Requests.Select(r => r.Path).Should().Equal("/api/tasks", "/api/task/2801");
    }

    [Fact]
    public async Task Finding_by_name_drops_workflow_tasks_that_are_not_opportunities()
    {
        using var host = AxcelerateTestHost.Create();
        host.Http.ThenJson(AxcelerateFixtures.TaskSearch)
            .ThenJson("""{"TASKID": 2801, "NAME": "Diploma enquiry - Mia Tran", "MARKETINGCONTACTID": null}""");

        var result = await host.Axcelerate.Tasks.FindOpportunitiesByNameAsync("Diploma enquiry - Mia Tran");

        result.Outcome.Should().Be(MatchOutcome.None);
    }

    [Fact]
    public async Task Reads_the_four_task_lookups_from_their_paths()
    {
        using var host = AxcelerateTestHost.Create();
        host.Http.Fallback = _ => StubHandler.Json("""[{"ID": 1, "NAME": "One"}]""");

        await host.Axcelerate.Tasks.GetStatusesAsync();
        await host.Axcelerate.Tasks.GetPrioritiesAsync();
        await host.Axcelerate.Tasks.GetCategoriesAsync();
        await host.Axcelerate.Tasks.GetOpportunityStatusesAsync();

        host.Http.Requests.Select(r => $"{r.Method} {r.Path}").Should().Equal(
            "GET /api/task/statuses", "GET /api/task/priorities", "GET /api/task/categories", "GET /api/task/opportunityStatuses");
    }

    private static KeyValuePair<string, string> Pair(string name, string value) => new(name, value);
}
