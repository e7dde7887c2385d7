using Axcelerate.HubSpot.AxcelerateApi;

namespace Axcelerate.HubSpot.Tests.AxcelerateApi;

public sealed class AxcelerateResponseParsingTests
{
    private static readonly TimeSpan Aest = TimeSpan.FromHours(10);
    private static readonly TimeSpan Aedt = TimeSpan.FromHours(11);

    [Fact]
    public async Task Reads_a_full_contact_with_string_ids_arrays_booleans_and_custom_fields()
    {
        using var host = AxcelerateTestHost.Create();
        host.Http.ThenJson(AxcelerateFixtures.ContactFull);

        var contact = await host.Axcelerate.Contacts.GetAsync(810042);

        contact.Should().NotBeNull();
        contact!.ContactId.Should().Be(810042);
        contact.GivenName.Should().Be("Mia");
        contact.Surname.Should().Be("Tran");
        contact.EmailAddress.Should().Be("mia.tran@example.edu.au");
        contact.DateOfBirth.Should().Be(new DateOnly(1991, 11, 23));
        contact.UsiVerified.Should().BeTrue();
        contact.UsiExemption.Should().BeFalse();
        contact.TfnRecorded.Should().BeTrue();
        contact.Title.Should().BeNull();
        contact.OrganisationId.Should().Be(4411, "ORGID arrives as the string \"4411\"");
        contact.OrganisationIds.Should().Equal(4411, 4412);
        contact.StreetAddress1.Should().Be("PO Box 77");
        contact.StreetPostcode.Should().Be("7001");
        contact.HighestSchoolLevelYear.Should().Be(2008, "the year arrives as a string");
        contact.PriorEducationIds.Should().Equal(420);
        contact.DisabilityTypeNames.Should().Equal("Hearing");
        contact.ParentContactId.Should().Be(700001);
        contact.CategoryIds.Should().Equal(11, 22, 33);
        contact.DomainIds.Should().Equal(7, 8);
        contact.CustomFields["favouriteColour"].Should().Be("Teal", "custom fields are read case-insensitively");
        contact.CustomFields["FAVOURITECOLOUR"].Should().Be("Teal");
        contact.CustomFields["interests"].Should().Be("Welding,First Aid");
        contact.CustomFields.GetValues("Interests").Should().Equal("Welding", "First Aid");
        contact.GetFieldText("sacestudentid").Should().Be("654321B");
        contact.GetFieldText("CITIZENSTATUSID").Should().Be("1");
        contact.FieldNames.Should().Contain("CUSTOMFIELD_FAVOURITECOLOUR");
    }

    [Fact]
    public async Task Reads_the_avetmiss_discrete_address_fields_and_empty_custom_fields()
    {
        using var host = AxcelerateTestHost.Create();
        host.Http.ThenJson(AxcelerateFixtures.ContactWithAvetmissAddress);

        var contact = (await host.Axcelerate.Contacts.GetAsync(810043))!;

        contact.UnitNo.Should().Be("2");
        contact.StreetNo.Should().Be("15");
        contact.StreetName.Should().Be("Sample Street");
        contact.CountryId.Should().Be(1101);
        contact.OrganisationIds.Should().BeEmpty();
        contact.CustomFields["favouriteColour"].Should().BeNull();
        contact.CustomFields.GetValues("interests").Should().BeEmpty();
        contact.CustomFields.ContainsKey("unknownField").Should().BeFalse();
    }

    [Fact]
    public async Task Reads_search_rows_with_numeric_optional_ids_and_null_flags()
    {
        using var host = AxcelerateTestHost.Create();
        host.Http.ThenJson(AxcelerateFixtures.ContactSearchPage);

        var contacts = await host.Axcelerate.Contacts.SearchAsync(new AxcelerateContactSearch { GivenName = "Ava" }).ToListAsync();

        contacts.Select(c => c.ContactId).Should().Equal(6101, 6102);
        contacts[0].OptionalId.Should().Be("318", "OPTIONALID arrives as a number");
        contacts[0].EnglishAssistanceFlag.Should().BeNull();
        contacts[0].DateOfBirth.Should().BeNull();
        contacts[1].CustomFields.GetValues("interests").Should().Equal("Cooking", "Hospitality");
    }

    [Fact]
    public async Task Reads_notes_with_account_local_dates_and_comma_separated_attachments()
    {
        using var host = AxcelerateTestHost.Create();
        host.Http.ThenJson(AxcelerateFixtures.ContactNotes);

        var notes = await host.Axcelerate.Contacts.ListNotesAsync(810042).ToListAsync();

        notes.Should().HaveCount(2);
        notes[0].Id.Should().Be(4400001);
        notes[0].Text.Should().Contain("Invoice emailed by Kim");
        notes[0].DateInserted.Should().Be(new DateTimeOffset(2015, 1, 20, 14, 5, 0, Aedt), "January is daylight time in Sydney");
        notes[0].AddedByContactId.Should().Be(4800);
        notes[0].Attachments.Should().BeEmpty();
        notes[1].DateInserted.Should().Be(new DateTimeOffset(2014, 5, 1, 9, 30, 0, Aest));
        notes[1].AddedByContactId.Should().BeNull();
        notes[1].Attachments.Should().Equal("brochure.pdf,form.docx");
    }

    [Fact]
    public async Task Reads_note_types_and_sources()
    {
        using var host = AxcelerateTestHost.Create();
        host.Http.ThenJson(AxcelerateFixtures.NoteTypes).ThenJson(AxcelerateFixtures.ContactSources);

        var types = await host.Axcelerate.Contacts.GetNoteTypesAsync();
        var sources = await host.Axcelerate.Contacts.GetSourcesAsync();

        types.Select(t => (t.NoteTypeId, t.Descriptor, t.Active)).Should().Equal((170L, "Phone Call - Inbound", (bool?)true), (171L, "Complaint", false));
        types[0].EntryDate.Should().Be(new DateTimeOffset(2012, 3, 4, 9, 15, 0, Aedt));
        sources.Select(s => (s.SourceCodeId, s.Source, s.IsPublic)).Should().Equal((140L, "Referral", (bool?)true), (9L, "Radio", false));
    }

    [Fact]
    public async Task Reads_merge_history_in_utc_and_treats_merged_false_as_empty()
    {
        using var host = AxcelerateTestHost.Create();
        host.Http.ThenJson(AxcelerateFixtures.MergeHistory).ThenJson(AxcelerateFixtures.MergeHistoryEmpty);

        var merges = await host.Axcelerate.Contacts.GetMergeHistoryAsync(new DateOnly(2025, 2, 21), new DateOnly(2025, 2, 23));
        var none = await host.Axcelerate.Contacts.GetMergeHistoryAsync(new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 1));

        merges.Select(m => (m.OldContactId, m.CurrentContactId)).Should().Equal((10000001L, 10000003L), (10000002L, 10000004L));
        merges[0].MergedAt.Should().Be(new DateTimeOffset(2025, 2, 21, 5, 4, 0, TimeSpan.Zero), "MERGEDUTC is UTC, not account time");
        merges[0].MergedByContactId.Should().Be(10000004);
        none.Should().BeEmpty();
    }

    [Fact]
    public async Task Reads_custom_field_definitions_with_options_as_text_or_array()
    {
        using var host = AxcelerateTestHost.Create();
        host.Http.ThenJson(AxcelerateFixtures.CustomFieldsList).ThenJson($"[{AxcelerateFixtures.CustomFieldCreated}]");

        var fields = await host.Axcelerate.CustomFields.ListAsync(AxcelerateCustomFieldTarget.Contact).ToListAsync();
        var created = await host.Axcelerate.CustomFields.ListAsync(AxcelerateCustomFieldTarget.Organisation).ToListAsync();

        fields.Select(f => f.VariableName).Should().Equal("favouriteColour", "personalEmail");
        fields[0].Options.Should().Equal("green", "blue");
        fields[0].Type.Should().Be("select");
        fields[1].Options.Should().BeEmpty();
        fields[1].Mandatory.Should().BeFalse();
        created.Single().Options.Should().Equal("Sales", "Support");
    }

    [Fact]
    public async Task Reads_an_organisation_with_parent_categories_and_custom_fields()
    {
        using var host = AxcelerateTestHost.Create();
        host.Http.ThenJson(AxcelerateFixtures.Organisation);

        var organisation = (await host.Axcelerate.Organisations.GetAsync(300101))!;

        organisation.OrganisationId.Should().Be(300101);
        organisation.Name.Should().Be("Harbour Training - North");
        organisation.OptionalId.Should().Be("HT-N");
        organisation.PurchaseOrderRequired.Should().BeFalse("0 means false");
        organisation.SchoolTypeId.Should().Be(91, "SCHOOLTYPEID arrives as \"91\"");
        organisation.HierarchyPath.Should().Be("/300100/300101/");
        organisation.HierarchyDepth.Should().Be(2);
        organisation.ParentOrganisationId.Should().Be(300100);
        organisation.Parent!.Name.Should().Be("Harbour Training");
        organisation.Categories.Should().ContainSingle().Which.CategoryDescriptor.Should().Be("Employer");
        organisation.Categories[0].Active.Should().BeTrue("ACTIVE is 1");
        organisation.CustomFields["sector"].Should().Be("Maritime");
        organisation.CustomFields.GetValues("regions").Should().Equal("TAS", "VIC");
        organisation.Details.Should().BeEmpty();
    }

    [Fact]
    public async Task Reads_organisation_search_rows_with_details_and_an_empty_parent()
    {
        using var host = AxcelerateTestHost.Create();
        host.Http.ThenJson(AxcelerateFixtures.OrganisationSearchPage);

        var organisations = await host.Axcelerate.Organisations.SearchAsync(new AxcelerateOrganisationSearch { Name = "Harbour" }).ToListAsync();

        organisations.Select(o => o.OrganisationId).Should().Equal(300100, 300101);
        organisations[0].Abn.Should().Be("98 765 432 109");
        organisations[0].BookingNotes.Should().Be("Lift access");
        organisations[0].Details.Select(d => (d.Type, d.EmailAddress)).Should().Equal(
            ("Street Address", "info@example.edu.au"), ("Postal Address", "admissions@example.edu.au"));
        organisations[0].Details[0].Website.Should().Be("www.example.edu.au");
        organisations[0].Details[1].Fax.Should().BeNull();
        organisations[1].Parent!.OrganisationId.Should().Be(300100);
    }

    [Fact]
    public async Task Reads_children_and_detail_records()
    {
        using var host = AxcelerateTestHost.Create();
        host.Http.ThenJson(AxcelerateFixtures.OrganisationChildren).ThenJson(AxcelerateFixtures.OrganisationDetail);

        var children = await host.Axcelerate.Organisations.GetChildrenAsync(300100);
        var detail = await host.Axcelerate.Organisations.GetDetailAsync(300101, 77001);

        children.Select(c => (c.OrganisationId, c.HasChildren)).Should().Equal((300101L, (bool?)false), (300102L, false));
        children[0].PayerContactId.Should().Be(0);
        detail!.DetailId.Should().Be(77001);
        detail.OrganisationId.Should().Be(300101);
        detail.Phone.Should().Be("03 6200 2222");
        detail.Postcode.Should().Be("7250");
    }

    [Fact]
    public async Task Reads_a_standard_task_with_24_hour_account_times()
    {
        using var host = AxcelerateTestHost.Create();
        host.Http.ThenJson(AxcelerateFixtures.TaskStandard);

        var task = (await host.Axcelerate.Tasks.GetAsync(91))!;

        task.TaskId.Should().Be(91);
        task.Name.Should().Be("Confirm venue");
        task.Status.Should().Be(1);
        task.StatusDisplayName.Should().Be("Not Started");
        task.DueDate.Should().Be(new DateTimeOffset(2025, 9, 18, 8, 30, 0, Aest));
        task.OwnerId.Should().Be(3600001);
        task.PDataId.Should().Be(400400);
        task.CategoryId.Should().Be(540);
        task.CompletedDate.Should().BeNull();
        task.IsMarketingOpportunity.Should().BeFalse();
        task.OpportunityStatusId.Should().BeNull();
        host.Http.Requests.Should().ContainSingle("no opportunity status to resolve, so no lookup call");
    }

    [Fact]
    public async Task Reads_a_marketing_task_and_resolves_its_opportunity_status_label_to_the_id()
    {
        using var host = AxcelerateTestHost.Create();
        host.Http.ThenJson(AxcelerateFixtures.TaskMarketing).ThenJson(AxcelerateFixtures.OpportunityStatuses);

        var task = (await host.Axcelerate.Tasks.GetAsync(2801))!;

        task.IsMarketingOpportunity.Should().BeTrue();
        task.MarketingContactId.Should().Be(810042);
        task.ForecastValue.Should().Be(100);
        task.ForecastProbability.Should().Be(45);
        task.OpportunityStatus.Should().Be("Pending");
        task.OpportunityStatusId.Should().Be(2);
        task.ForecastDistribution.Select(f => (f.Month, f.Value)).Should().Equal(
            ((DateOnly?)new DateOnly(2025, 7, 1), (decimal?)50.5m), (new DateOnly(2025, 8, 1), 49.5m));
        task.LastContactNote!.NoteText.Should().Be("Sent the brochure");
        task.LastContactNote.EnteredById.Should().Be(3600001);
        task.LastContactNote.EnteredBy.Should().Be("Pat Owner");
        task.CreationDate.Should().Be(new DateTimeOffset(2025, 7, 6, 4, 45, 0, Aest));
        host.Http.Requests[1].Path.Should().Be("/api/task/opportunityStatuses");
    }

    [Fact]
    public async Task Reads_task_search_rows_with_status_labels_and_codes()
    {
        using var host = AxcelerateTestHost.Create();
        host.Http.ThenJson(AxcelerateFixtures.TaskSearch);

        var rows = await host.Axcelerate.Tasks.SearchAsync(new AxcelerateTaskSearch { OwnerId = 3600001, Incomplete = false }).ToListAsync();

        rows.Select(r => (r.TaskId, r.Status, r.StatusCode)).Should().Equal((2801L, "Completed", (int?)4), (2802L, "Not Started", 1), (2803L, "Pending", 3));
        rows[0].CompletedDate.Should().Be(new DateTimeOffset(2025, 7, 21, 0, 0, 0, Aest));
        rows[2].CompletedDate.Should().BeNull("\"\" means no date");
        rows[1].Category.Should().Be("Marketing");
        rows[0].Type.Should().Be("task");
    }

    [Fact]
    public async Task Reads_users_with_empty_strings_and_numeric_active_flags()
    {
        using var host = AxcelerateTestHost.Create();
        host.Http.ThenJson(AxcelerateFixtures.Users).ThenJson(AxcelerateFixtures.User);

        var users = await host.Axcelerate.Users.FindAsync(new AxcelerateUserSearch { Status = AxcelerateUserStatus.All });
        var user = await host.Axcelerate.Users.GetAsync(1660);

        users.Select(u => (u.UserId, u.ContactId, u.Active)).Should().Equal((2600001L, 12300001L, (bool?)true), (7100L, 1100700L, false));
        users[0].FirstLoginDate.Should().BeNull();
        users[0].PartnerOrganisationId.Should().BeNull();
        users[1].FirstLoginDate.Should().Be(new DateTimeOffset(2019, 4, 2, 10, 15, 0, Aedt), "daylight saving ended on 7 April 2019");
        user!.ContactName.Should().Be("Pat Owner");
        user.RoleName.Should().Be("Sales");
        user.PendingLoginInvite.Should().BeFalse();
    }

    [Theory]
    [InlineData("2025-07-06 16:45", 2025, 7, 6, 16, 45, 10)]
    [InlineData("2013-10-14 12:00 AM", 2013, 10, 14, 0, 0, 11)]
    [InlineData("2015-06-16 01:46 PM", 2015, 6, 16, 13, 46, 10)]
    [InlineData("2024-02-25T23:30:38Z", 2024, 2, 25, 23, 30, 0)]
    [InlineData("2025-01-31", 2025, 1, 31, 0, 0, 11)]
    [InlineData("2025-01-31T09:10:11", 2025, 1, 31, 9, 10, 11)]
    public async Task Reads_every_documented_date_format_in_the_account_time_zone(string text, int y, int mo, int d, int h, int mi, int offsetHours)
    {
        using var host = AxcelerateTestHost.Create();
        host.Http.ThenJson($$"""{"TASKID": 1, "NAME": "x", "DUEDATE": "{{text}}"}""");

        var task = (await host.Axcelerate.Tasks.GetAsync(1))!;

        task.DueDate.Should().Be(new DateTimeOffset(y, mo, d, h, mi, 0, TimeSpan.FromHours(offsetHours)).AddSeconds(text.EndsWith("38Z", StringComparison.Ordinal) ? 38 : text.EndsWith(":11", StringComparison.Ordinal) ? 11 : 0));
    }

    [Fact]
    public async Task Uses_the_configured_time_zone()
    {
        using var host = AxcelerateTestHost.Create(o => o.TimeZone = "Australia/Perth");
        host.Http.ThenJson("""{"TASKID": 1, "NAME": "x", "DUEDATE": "2025-01-15 09:00"}""");

        var task = (await host.Axcelerate.Tasks.GetAsync(1))!;

        task.DueDate.Should().Be(new DateTimeOffset(2025, 1, 15, 9, 0, 0, TimeSpan.FromHours(8)));
    }

    [Fact]
    public async Task Reads_booleans_and_ids_in_every_loose_form()
    {
        using var host = AxcelerateTestHost.Create();
        host.Http.ThenJson("""
            [{"CONTACTID": "11", "USI_VERIFIED": "true", "USI_EXEMPTION": 1, "TFN_RECORDED": "0", "ORGID": "", "PARENTCONTACTID": "abc", "GIVENNAME": ""},
             {"CONTACTID": 12, "USI_VERIFIED": 0, "USI_EXEMPTION": "", "TFN_RECORDED": false, "ORGID": 5, "ORGIDS": "5,6", "GIVENNAME": 42}]
            """);

        var contacts = await host.Axcelerate.Contacts.SearchAsync(new AxcelerateContactSearch()).ToListAsync();

        contacts[0].ContactId.Should().Be(11);
        contacts[0].UsiVerified.Should().BeTrue();
        contacts[0].UsiExemption.Should().BeTrue();
        contacts[0].TfnRecorded.Should().BeFalse();
        contacts[0].OrganisationId.Should().BeNull("\"\" means null");
        contacts[0].ParentContactId.Should().BeNull("an unreadable id becomes null; the raw value stays available");
        contacts[0].GetFieldText("PARENTCONTACTID").Should().Be("abc");
        contacts[0].GivenName.Should().BeNull();
        contacts[1].UsiVerified.Should().BeFalse();
        contacts[1].UsiExemption.Should().BeNull();
        contacts[1].OrganisationIds.Should().Equal(5, 6);
        contacts[1].GivenName.Should().Be("42");
    }
}
