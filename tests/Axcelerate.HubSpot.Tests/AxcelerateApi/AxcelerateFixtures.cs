namespace Axcelerate.HubSpot.Tests.AxcelerateApi;

/// <summary>
/// Response bodies shaped like the official aXcelerate samples (same keys, types and quirks: ids as strings or
/// numbers, "" for null, 0/1 booleans, the various date formats), with our own values.
/// </summary>
internal static class AxcelerateFixtures
{
    public const string ContactFull = """
        {
          "CONTACTID": 810042, "GIVENNAME": "Mia", "SURNAME": "Tran", "EMAILADDRESS": "mia.tran@example.edu.au",
          "SEX": "F", "DOB": "1991-11-23", "USI": "TEST123456", "USI_VERIFIED": true, "USI_EXEMPTION": false,
          "TITLE": null, "MIDDLENAME": null, "PREFERREDNAME": "Mimi", "LUI": "9876543210", "TFN_RECORDED": true,
          "OPTIONALID": null, "POSITION": "Coordinator", "SECTION": null, "DIVISION": null, "ORGANISATION": "Harbour Training",
          "ORGID": "4411", "ORGIDS": ["4411", "4412"], "ADDRESS1": "9 Example Road", "ADDRESS2": null, "CITY": "HOBART",
          "STATE": "TAS", "POSTCODE": "7000", "COUNTRY": "Australia", "SADDRESS1": "PO Box 77", "SADDRESS2": null,
          "SCITY": "HOBART", "SSTATE": "TAS", "SPOSTCODE": "7001", "SCOUNTRY": "Australia", "PHONE": "(03) 6200 0000",
          "MOBILEPHONE": null, "WORKPHONE": "(03) 6200 1111", "FAX": null, "COMMENT": "Fixture contact", "WEBSITE": "www.example.edu.au",
          "CITIZENSTATUSID": 1, "CITIZENSTATUSNAME": "Australian Citizen", "COUNTRYOFBIRTHID": 1201, "COUNTRYOFBIRTHNAME": "New Zealand",
          "CITYOFBIRTH": "Wellington", "COUNTRYOFCITIZENID": 1101, "COUNTRYOFCITIZENNAME": "Australia", "INDIGENOUSSTATUSID": 4,
          "INDIGENOUSSTATUSNAME": "No, Neither Aboriginal Nor Torres Strait Islander", "MAINLANGUAGEID": 1201, "MAINLANGUAGENAME": "English",
          "ENGLISHPROFICIENCYID": 1, "ENGLISHASSISTANCEFLAG": false, "HIGHESTSCHOOLLEVELID": 12, "HIGHESTSCHOOLLEVELYEAR": "2008",
          "CURRENTSCHOOLLEVEL": null, "ATSCHOOLFLAG": false, "ATSCHOOLNAME": null, "PRIOREDUCATIONIDS": [420],
          "PRIOREDUCATIONNAMES": ["Diploma Level"], "DISABILITYFLAG": true, "DISABILITYTYPEIDS": [13], "DISABILITYTYPENAMES": ["Hearing"],
          "LABOURFORCEID": 2, "LABOURFORCENAME": "Part-time employee", "EMERGENCYCONTACT": "Lan Tran", "EMERGENCYCONTACTRELATION": "Sister",
          "EMERGENCYCONTACTPHONE": "0400 000 111", "PARENTCONTACTID": 700001, "ANZSCOCODE": null, "ANZSICCODE": null,
          "EMPLOYERCONTACTID": 5100, "PAYERCONTACTID": 5200, "SUPERVISORCONTACTID": null, "COACHCONTACTID": null, "AGENTCONTACTID": null,
          "SACESTUDENTID": "654321B", "CUSTOMFIELD_FAVOURITECOLOUR": "Teal", "CUSTOMFIELD_INTERESTS": ["Welding", "First Aid"],
          "CATEGORYIDS": [11, 22, 33], "DOMAINIDS": [7, 8]
        }
        """;

    public const string ContactWithAvetmissAddress = """
        {
          "CONTACTID": 810043, "GIVENNAME": "Noah", "SURNAME": "Ali", "EMAILADDRESS": "noah@example.org", "SEX": "M", "DOB": "1985-01-30",
          "USI": null, "USI_VERIFIED": false, "USI_EXEMPTION": false, "TFN_RECORDED": false, "ORGANISATION": null,
          "BUILDINGNAME": null, "UNITNO": "2", "STREETNO": "15", "STREETNAME": "Sample Street", "POBOX": null,
          "ADDRESS1": "2/15 Sample Street", "ADDRESS2": null, "CITY": "DARWIN", "STATE": "NT", "POSTCODE": "0800", "COUNTRYID": 1101,
          "COUNTRY": "Australia", "SBUILDINGNAME": null, "SUNITNO": null, "SSTREETNO": null, "SSTREETNAME": null, "SPOBOX": "PO Box 5",
          "SADDRESS1": "PO Box 5", "SCITY": "DARWIN", "SSTATE": "NT", "SPOSTCODE": "0801", "SCOUNTRYID": 1101, "SCOUNTRY": "Australia",
          "PRIOREDUCATIONIDS": [], "DISABILITYTYPEIDS": [], "CUSTOMFIELD_FAVOURITECOLOUR": null, "CUSTOMFIELD_INTERESTS": [],
          "CATEGORYIDS": [], "DOMAINIDS": []
        }
        """;

    public const string ContactCreated = """{"EMAILADDRESS":"sam@example.com","GIVENNAME":"Sam","SURNAME":"Lee","CONTACTID":902211}""";

    public const string ContactSearchPage = """
        [
          {"CONTACTID": 6101, "GIVENNAME": "Ava", "SURNAME": "Brown", "EMAILADDRESS": null, "SEX": null, "DOB": null, "USI": null,
           "USI_VERIFIED": false, "TITLE": "Ms", "OPTIONALID": 318, "ORGANISATION": "Riverside Enterprise Centre", "STATE": "NSW",
           "COUNTRYOFBIRTHID": 1101, "ENGLISHASSISTANCEFLAG": null, "PRIOREDUCATIONIDS": [], "PRIOREDUCATIONNAMES": [],
           "DISABILITYFLAG": null, "DISABILITYTYPEIDS": [], "DISABILITYTYPENAMES": [], "CUSTOMFIELD_FAVOURITECOLOUR": null,
           "CUSTOMFIELD_INTERESTS": [], "CATEGORYIDS": []},
          {"CONTACTID": 6102, "GIVENNAME": "Ava", "SURNAME": "Green", "EMAILADDRESS": null, "USI": "TEST654321", "OPTIONALID": 1402,
           "CUSTOMFIELD_FAVOURITECOLOUR": "Red", "CUSTOMFIELD_INTERESTS": ["Cooking", "Hospitality"], "CATEGORYIDS": []}
        ]
        """;

    public const string NoteAdded = """{"MESSAGE":"Note was added to Contact: 810042.","STATUS":"success","NOTEID":55501}""";

    public const string NoteTypes = """
        [{"COLOUR": null, "ENTRYDATE": "2012-03-04 09:15", "NOTETYPEID": 170, "ACTIVE": true, "DESCRIPTOR": "Phone Call - Inbound"},
         {"COLOUR": "#ff0000", "ENTRYDATE": "2012-03-04 09:16", "NOTETYPEID": 171, "ACTIVE": false, "DESCRIPTOR": "Complaint"}]
        """;

    public const string ContactNotes = """
        [
          {"ROWID": 1, "ID": 4400001, "TEXT": "\r\n\tInvoice emailed by Kim\r\n\tSubject: Enrolment\r\n", "TYPE": "System Generated Note",
           "DATEINSERTED": "2015-01-20 14:05", "DATEUPDATED": null, "ADDEDBY": "Kim Park", "UPDATEDBY": null, "ADDEDBYCONTACTID": 4800,
           "UPDATEDBYCONTACTID": null, "ATTACHMENTS": null, "COUNT": 3},
          {"ROWID": 2, "ID": 4400002, "TEXT": "Called about the course", "TYPE": "Appointment Made - Existing Contact",
           "DATEINSERTED": "2014-05-01 09:30", "DATEUPDATED": null, "ADDEDBY": "SYSTEM", "UPDATEDBY": null, "ADDEDBYCONTACTID": null,
           "UPDATEDBYCONTACTID": null, "ATTACHMENTS": "brochure.pdf,form.docx", "COUNT": 3}
        ]
        """;

    public const string ContactSources = """
        [{"SOURCECODEID": 140, "SOURCE": "Referral", "ISACTIVE": true, "ISPUBLIC": true},
         {"SOURCECODEID": 9, "SOURCE": "Radio", "ISACTIVE": true, "ISPUBLIC": false}]
        """;

    public const string MergeHistory = """
        [{"OLDCONTACTID": 10000001, "CURRENTCONTACTID": 10000003, "MERGEDUTC": "2025-02-21 05:04", "MERGEDBYCONTACTID": 10000004,
          "STARTDATE": "2025-02-21", "ENDDATE": "2025-02-22"},
         {"OLDCONTACTID": 10000002, "CURRENTCONTACTID": 10000004, "MERGEDUTC": "2025-02-22 23:30", "MERGEDBYCONTACTID": 10000005,
          "STARTDATE": "2025-02-22", "ENDDATE": "2025-02-23"}]
        """;

    public const string MergeHistoryEmpty = """[{"merged": false}]""";

    public const string CustomFieldsList = """
        [{"LINKTO": "contact", "OPTIONS": "green,blue", "VARIABLENAME": "favouriteColour", "ID": 610, "ACTIVE": true, "TYPE": "select",
          "LABEL": "Favourite colour", "MANDATORY": false, "AVAILABLETOEXTERNAL": true},
         {"LINKTO": "contact", "OPTIONS": null, "VARIABLENAME": "personalEmail", "ID": 611, "ACTIVE": true, "TYPE": "text",
          "LABEL": "Personal email", "MANDATORY": false, "AVAILABLETOEXTERNAL": true}]
        """;

    public const string CustomFieldCreated = """
        {"LINKTO": "contact", "OPTIONS": ["Sales", "Support"], "MANDATORY": false, "VARIABLENAME": "team", "ID": 620, "ACTIVE": true,
         "TYPE": "select", "LABEL": "Team", "AVAILABLETOEXTERNAL": true}
        """;

    public const string Organisation = """
        {"HIERACHYDEPTH": 2, "HIERACHYPATH": "/300100/300101/", "NWDF_ORGSIZEBRACKET": null, "BANNER": "<img src='/x.png'>",
         "ORGNAMEACCOUNTING": null, "PURCHASEORDERREQUIRED": 0, "SCHOOLTYPEID": "91", "BOOKING_NOTES": null, "LEGALNAME": null,
         "FINANCESYSTEMCARDID": null, "HIERACHYROOT": 300100, "PAYERCONTACTID": null, "NAME": "Harbour Training - North", "ORGID": 300101,
         "PARENT": {"HIERACHYDEPTH": 1, "HIERACHYPATH": "/300100/", "PURCHASEORDERREQUIRED": 0, "HIERACHYROOT": 300100,
                    "NAME": "Harbour Training", "ORGID": 300100, "PARENTORGID": null, "ORGANISATIONNOTES": "Head office"},
         "ORGOPTIONALID": "HT-N", "EMPLOYERCONTACTID": null, "ABN": null, "ANZSIC": null, "PARENTORGID": 300100,
         "ORGANISATIONNOTES": "North campus", "DETAILS": [],
         "CATEGORIES": [{"CATEGORYID": 2001, "CATEGORYCODE": "emp", "CATEGORYDESCRIPTOR": "Employer", "ACTIVE": 1}],
         "CUSTOMFIELD_SECTOR": "Maritime", "CUSTOMFIELD_REGIONS": ["TAS", "VIC"]}
        """;

    public const string OrganisationChildren = """
        {"HIERACHYDEPTH": 1, "HIERACHYPATH": "/300100/", "BOOKING_DISCOUNT": 0, "PURCHASEORDERREQUIRED": 0, "SCHOOLTYPEID": "91",
         "LEGALNAME": "Harbour Training Pty Ltd", "HIERACHYROOT": 300100, "NAME": "Harbour Training", "ORGID": 300100, "HTMLBADGE": null,
         "DETAILS": [],
         "CHILDREN": [
           {"ORGID": 300101, "NAME": "Harbour Training - North", "HIERACHYROOT": 300100, "HIERACHYPATH": "/300100/300101/",
            "HIERACHYDEPTH": 2, "BOOKING_DISCOUNT": 0, "PURCHASEORDERREQUIRED": 0, "HASCHILDREN": false, "PARENTORGID": 300100,
            "PAYERCONTACTID": 0, "EMPLOYERCONTACTID": null},
           {"ORGID": 300102, "NAME": "Harbour Training - South", "HIERACHYROOT": 300100, "HIERACHYPATH": "/300100/300102/",
            "HIERACHYDEPTH": 2, "PURCHASEORDERREQUIRED": 0, "HASCHILDREN": false, "PARENTORGID": 300100, "PAYERCONTACTID": 0}],
         "PARENTORGID": null, "PAYERCONTACTID": 0, "EMPLOYERCONTACTID": null}
        """;

    public const string OrganisationDetail = """
        {"DETAILID": 77001, "ORGID": 300101, "TYPE": "Street Address", "PHONE": "03 6200 2222", "FAX": null,
         "EMAILADDRESS": "north@example.edu.au", "WEBSITE": "www.example.edu.au", "ADDRESS1": "1 Wharf Lane", "ADDRESS2": null,
         "CITY": "Launceston", "STATE": "TAS", "POSTCODE": "7250", "COUNTRY": "Australia"}
        """;

    public const string OrganisationDetailCreated = """{"MESSAGE":"Organisation Details Created Successfully","DETAILID":77002,"STATUS":"success"}""";

    public const string OrganisationDetailUpdated = """{"MESSAGE":"Organisation Details Updated Successfully","DETAILID":77001,"STATUS":"success"}""";

    public const string OrganisationCreated = """{"MESSAGE":"Organisation Created Successfully","STATUS":"success","ORGID":300199}""";

    public const string OrganisationSearchPage = """
        [{"ROWID": 1, "ORGID": 300100, "ORGOPTIONALID": "HT0001", "NAME": "Harbour Training", "LEGALNAME": "Harbour Training Pty Ltd",
          "ANZSIC": null, "ORGANISATIONNOTES": "Head office", "HIERACHYROOT": 300100, "HIERACHYPATH": "/300100/", "HIERACHYDEPTH": 1,
          "SCHOOLTYPEID": "91", "BOOKING_NOTES": "Lift access", "ABN": "98 765 432 109", "PURCHASEORDERREQUIRED": 0, "COUNT": 2,
          "DETAILS": [
            {"DETAILID": 76001, "ORGID": 300100, "TYPE": "Street Address", "PHONE": "03 6200 3333", "FAX": "03 6200 3334",
             "EMAILADDRESS": "info@example.edu.au", "WEBSITE": "www.example.edu.au", "ADDRESS1": "3 Dock Street", "ADDRESS2": null,
             "CITY": "HOBART", "STATE": "TAS", "POSTCODE": "7000", "COUNTRY": "Australia", "ADDRESSLINE1": null, "ADDRESSLINE2": null},
            {"DETAILID": 76002, "ORGID": 300100, "TYPE": "Postal Address", "PHONE": "03 6200 3333", "FAX": null,
             "EMAILADDRESS": "admissions@example.edu.au", "WEBSITE": null, "ADDRESS1": "PO Box 9", "ADDRESS2": null,
             "CITY": "HOBART", "STATE": "TAS", "POSTCODE": "7001", "COUNTRY": "Australia", "ADDRESSLINE1": null, "ADDRESSLINE2": null}],
          "PARENT": {}, "PARENTORGID": null, "PAYERCONTACTID": null, "EMPLOYERCONTACTID": null},
         {"ROWID": 2, "ORGID": 300101, "NAME": "Harbour Training - North", "HIERACHYROOT": 300100, "HIERACHYPATH": "/300100/300101/",
          "HIERACHYDEPTH": 2, "SCHOOLTYPEID": "92", "ABN": "98 765 432 110", "PURCHASEORDERREQUIRED": 0, "COUNT": 2, "DETAILS": [],
          "PARENT": {"HIERACHYDEPTH": 1, "NAME": "Harbour Training", "ORGID": 300100, "PARENTORGID": null},
          "PARENTORGID": 300100, "PAYERCONTACTID": null, "EMPLOYERCONTACTID": null}]
        """;

    public const string TaskStandard = """
        {"REMINDERSCHEDULEID": 3001, "DUEDATE": "2025-09-18 08:30", "REMINDERAUTOTASKID": 2501, "STATUSDISPLAYNAME": "Not Started",
         "PDATAID": 400400, "REMINDERDATE": "2025-09-17 08:30", "TASKID": 91, "PROGRAMCODEID": null, "STATUS": 1, "CATEGORY": "Sales",
         "CATEGORYID": 540, "PRIORITY": 2, "COMPLETEDDATE": null, "OWNERID": 3600001, "REQUESTERID": 440001, "NAME": "Confirm venue",
         "CREATIONDATE": "2025-09-17 08:30", "OWNER": "Pat Owner", "REQUESTER": "Robin Requester", "DETAILS": "Fixture task."}
        """;

    public const string TaskMarketing = """
        {"MARKETINGCONTACTID": 810042, "REMINDERSCHEDULEID": 3600, "FORECASTDISTRIBUTION": [{"MONTH": "2025-07-01 00:00", "VALUE": 50.5},
         {"MONTH": "2025-08-01 00:00", "VALUE": 49.5}], "REMINDERAUTOTASKID": 3100, "STATUSDISPLAYNAME": "Not Started",
         "FORECASTVALUE": 100, "MARKETINGNOTESID": 4800001, "DIPLOMAID": 3300, "STATUS": 1, "OWNERID": 3600001, "REQUESTERID": 33000,
         "NAME": "Diploma enquiry - Mia Tran", "CREATIONDATE": "2025-07-06 04:45", "OPPORTUNITYSTATUS": "Pending", "DETAILS": null,
         "MARKETINGLEARNINGACTIVITYID": null, "DUEDATE": "2025-07-15 00:00", "REMINDERDATE": "2025-07-14 12:00", "TASKID": 2801,
         "CLASSID": 27600, "ISQUOTETASK": null, "MARKETINGLASTCONTACTNOTE": {"NOTETEXT": "Sent the brochure", "NOTEDATE": "2025-07-06 04:46",
         "NOTESID": 4800001, "NOTE_ENTEREDBYID": 3600001, "NOTE_ENTEREDBY": "Pat Owner"}, "ENROLID": null, "CATEGORY": null,
         "CATEGORYID": null, "PRIORITY": 2, "FORECASTPROBABILITY": 45, "COMPLETEDDATE": null, "OWNER": "Pat Owner", "REQUESTER": "Sky Requester"}
        """;

    public const string TaskSearch = """
        [{"DUEDATE": "2025-06-25 00:00", "CATEGORY": null, "CATEGORYID": null, "STATUS": "Completed", "SUCCESS": true, "PRIORITY": 2,
          "COMPLETEDDATE": "2025-07-21 00:00", "OWNERID": 3600001, "REQUESTERID": 775, "NAME": "Diploma enquiry - Mia Tran", "ID": 2801,
          "OWNER": "Pat Owner", "REQUESTER": "Robin Requester", "STATUS_CODE": 4, "TYPE": "task"},
         {"DUEDATE": "2025-07-03 00:00", "CATEGORY": "Marketing", "CATEGORYID": 4990, "STATUS": "Not Started", "SUCCESS": true,
          "PRIORITY": 4, "COMPLETEDDATE": null, "OWNERID": 3600001, "REQUESTERID": 775, "NAME": "Diploma enquiry - Mia Tran (2)",
          "ID": 2802, "OWNER": "Pat Owner", "REQUESTER": "Robin Requester", "STATUS_CODE": 1, "TYPE": "task"},
         {"DUEDATE": "2025-07-04 00:00", "CATEGORY": "Sales", "CATEGORYID": 540, "STATUS": "Pending", "SUCCESS": true, "PRIORITY": 2,
          "COMPLETEDDATE": "", "OWNERID": 3600001, "REQUESTERID": 775, "NAME": "DIPLOMA ENQUIRY - MIA TRAN", "ID": 2803,
          "OWNER": "Pat Owner", "REQUESTER": "Robin Requester", "STATUS_CODE": 3, "TYPE": "task"}]
        """;

    public const string User = """
        {"ROLETYPEID": 1, "USERID": 1660, "DOMAINID": null, "CONTACTID": 3600001, "CONTACT_NAME": "Pat Owner",
         "PARTNERORGANISATIONID": null, "PENDINGLOGININVITE": false, "ROLEID": 2500, "ROLENAME": "Sales", "ACTIVE": 1, "USERNAME": "pat.owner"}
        """;

    public const string Users = """
        [{"ROLETYPEID": 1, "USERID": 2600001, "DOMAINID": null, "FIRSTLOGINDATE": "", "CONTACTID": 12300001, "ROLEID": 2500,
          "ROLENAME": "Sales", "PENDINGLOGININVITE": false, "ACTIVE": 1, "PARTNERORGANISATIONID": "", "USERNAME": "jo.sales",
          "CONTACT_NAME": "Jo Sales"},
         {"ROLETYPEID": 1, "USERID": 7100, "DOMAINID": null, "FIRSTLOGINDATE": "2019-04-02 10:15", "CONTACT_NAME": "Old Account",
          "CONTACTID": 1100700, "ROLEID": 2530, "ROLENAME": "Former staff", "PENDINGLOGININVITE": false, "ACTIVE": 0,
          "PARTNERORGANISATIONID": "", "USERNAME": "old.account"}]
        """;

    public const string OpportunityStatuses = """
        [{"ID": 1, "NAME": "Lost"}, {"ID": 2, "NAME": "Pending"}, {"ID": 3, "NAME": "Scheduled"}, {"ID": 4, "NAME": "Abandoned"},
         {"ID": 5, "NAME": "Won"}, {"ID": 6, "NAME": "Qualified Lead"}, {"ID": 7, "NAME": "Prospect"}]
        """;

    public const string ValidationError = """
        {"DATA":"","ERROR":true,"MESSAGES":"Validation Error.","CODE":"412",
         "DETAILS":"surname is undefined in the request collection.,emailAddress is undefined in the request collection."}
        """;

    public const string ApplicationErrorIn200 = """{"DATA":"","ERROR":true,"MESSAGES":"key [TYPE] doesn't exist","CODE":"0","DETAILS":""}""";

    public const string FollowUps = """
        [{"ROWID": 1, "LEGACYTASK": true, "MTASKID": 170001, "CONTACTID": 1900001, "FOLLOWUPDATE": "2025-02-16 12:00 AM",
          "WHOSETASK_CONTACTID": "", "WHOSETASK_GIVENNAME": "", "WHOSETASK_SURNAME": "", "FORECASTVALUE": "", "FORECASTPROBABILITY": "",
          "OPPORTUNITY": "Online Enquiry", "OPPORTUNITYSTATUS": "Pending", "COLOR": "", "CONTACT_NAME": "Test Person", "ORGID": "",
          "ORGANISATION": "", "EMAILADDRESS": "test.person@example.com", "WORKPHONE": "", "WHOSETASK_ORDER": "", "COUNT": 2},
         {"ROWID": 2, "LEGACYTASK": true, "MTASKID": 170002, "CONTACTID": 1900002, "FOLLOWUPDATE": "2025-08-18 03:30 PM",
          "WHOSETASK_CONTACTID": 8801, "WHOSETASK_GIVENNAME": "Chris", "WHOSETASK_SURNAME": "Owner", "FORECASTVALUE": 1500,
          "FORECASTPROBABILITY": 50, "OPPORTUNITY": "", "OPPORTUNITYSTATUS": "Won", "COLOR": "#fff", "CONTACT_NAME": "Ming Client",
          "ORGID": 110700, "ORGANISATION": " Byron College", "EMAILADDRESS": "ming@example.com", "WORKPHONE": "(07) 3000 0000",
          "WHOSETASK_ORDER": "OwnerChris", "COUNT": 2}]
        """;

    public const string FollowUpBothFormats = """
        {"legacy_response_format": {"FORECASTVALUE": "", "NOTESID": 1064000, "CONTACTID": 22600, "COLOR": "#F60EE0",
           "FORECASTPROBABILITY": "", "FOLLOWUPCONTACTID": 23400, "OPPORTUNITYSTATUS": "", "MTASKID": 48600,
           "LASTNOTE": {"NOTETEXT": "Called about the report", "NOTEDATE": "2013-10-10 03:19 PM", "ENTEREDBY": "Alex Smith"},
           "FOLLOWUPDATE": "2013-10-14 12:00 AM", "OPPORTUNITY": ""},
         "new_response_format": {"MARKETINGCONTACTID": 1372600, "MARKETINGLEARNINGACTIVITYID": null, "DUEDATE": "2015-06-23",
           "FORECASTDISTRIBUTION": [{"MONTH": "2015-05-01", "VALUE": 4.99}, {"MONTH": "2015-06-01", "VALUE": 5}],
           "STATUSDISPLAYNAME": "Not Started", "FORECASTVALUE": 9.99, "OWNERCONTACTID": 4700, "TASKID": 1040, "MARKETINGNOTESID": 4777800,
           "STATUS": 1, "CATEGORIES": [20], "PRIORITY": 4, "FORECASTPROBABILITY": 50, "COMPLETEDDATE": "", "NAME": "Follow-up: Billy Example",
           "CREATIONDATE": "2015-06-16 01:46 PM", "OPPORTUNITYSTATUS": "Pending", "OWNER": "Reay Owner",
           "LASTNOTE": {"NOTETEXT": "For testing - pending", "NOTEDATE": "2015-06-16 01:46 PM", "NOTESID": 4777800,
             "NOTE_ENTEREDBYID": 445000, "NOTE_ENTEREDBY": "Scott Author"}, "DETAILS": ""}}
        """;
}
