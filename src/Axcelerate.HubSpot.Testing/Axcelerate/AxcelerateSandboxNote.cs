namespace Axcelerate.HubSpot.Testing.Axcelerate;

/// <summary>A note on a contact in the emulated aXcelerate account.</summary>
/// <param name="NoteId">The note's id.</param>
/// <param name="ContactId">The contact it belongs to.</param>
/// <param name="Text">The note text.</param>
/// <param name="NoteTypeId">The note type id (88 is a System Note).</param>
/// <param name="Inserted">When it was added.</param>
public sealed record AxcelerateSandboxNote(int NoteId, int ContactId, string Text, int NoteTypeId, DateTimeOffset Inserted);

/// <summary>A merge of one aXcelerate contact into another, as <c>/log/contactMergeHistory</c> reports it.</summary>
/// <param name="OldContactId">The contact that was merged away.</param>
/// <param name="CurrentContactId">The contact that survived.</param>
/// <param name="MergedByContactId">The user (as a contact id) who merged them.</param>
/// <param name="MergedUtc">When they were merged.</param>
public sealed record AxcelerateSandboxMerge(int OldContactId, int CurrentContactId, int MergedByContactId, DateTimeOffset MergedUtc);

/// <summary>A custom field definition, as <c>/customFields</c> lists it.</summary>
/// <param name="Id">The definition's id.</param>
/// <param name="LinkTo">What it belongs to: <c>contact</c> or <c>organisation</c>.</param>
/// <param name="VariableName">The name used in <c>customField_{VariableName}</c> and <c>CUSTOMFIELD_{VARIABLENAME}</c>.</param>
/// <param name="Label">The label shown in aXcelerate.</param>
/// <param name="Type">The type: text, select, date ...</param>
/// <param name="Options">Comma-separated options of a select, or null.</param>
public sealed record AxcelerateSandboxCustomField(int Id, string LinkTo, string VariableName, string Label, string Type, string? Options);
