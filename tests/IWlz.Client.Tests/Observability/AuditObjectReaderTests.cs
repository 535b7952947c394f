using System.Text;
using IWlz.Client.Audit;
using IWlz.Client.Audit.Internal;

namespace IWlz.Client.Tests.Observability;

/// <summary>Which variables of a call become Object entries of its audit record.</summary>
public sealed class AuditObjectReaderTests
{
    [Fact]
    public void Identifiers_bsn_and_record_ids_become_objects_and_party_codes_do_not()
    {
        const string Variables = """
            {
              "wlzIndicatieID":"0b7c6a4e-3f1d-4c2a-9e8b-5d6f7a8b9c0d",
              "bemiddelingspecificatieId":"2c1f9e7a-6b5d-4e3c-8a1f-0e9d8c7b6a5f",
              "bsn":"999993653",
              "afzenderID":"12345678","ontvangerID":"5555","afzenderIDType":"AGB",
              "verantwoordelijkheid":"x","id":"short","Instelling":"99000011","einddatum":null,
              "subjectList":[{"subject":"BR0001","recordID":"Bemiddelingspecificatie/2c1f9e7a-6b5d-4e3c-8a1f-0e9d8c7b6a5f"},
                             {"subject":"BR0002","recordID":"Bemiddelingspecificatie/2c1f9e7a-6b5d-4e3c-8a1f-0e9d8c7b6a5f"}]}
            """;

        var objects = AuditObjectReader.FromVariables(Encoding.UTF8.GetBytes(Variables));

        Assert.Equal(
            ["wlzIndicatieID", "bemiddelingspecificatieId", "BSN", "recordID"],
            objects.Select(o => o.IdentifierType));
        Assert.Equal(AuditObjectClass.Person, objects.Single(o => o.IdentifierType == "BSN").Class);
        Assert.Equal("Bemiddelingspecificatie/2c1f9e7a-6b5d-4e3c-8a1f-0e9d8c7b6a5f", objects.Single(o => o.IdentifierType == "recordID").Identifier);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("null")]
    [InlineData("{\"wlzIndicatieID\":")]
    [InlineData("not json")]
    public void Variables_without_identifiers_cut_off_or_unreadable_give_no_objects(string variables) =>
        Assert.Empty(AuditObjectReader.FromVariables(Encoding.UTF8.GetBytes(variables)));
}
