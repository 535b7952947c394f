using Demo;
using Demo.Zorgaanbod;

// Generator demo: ZorgaanbodClient and its types were generated during `dotnet build` from
// GraphQL/Zorgaanbod/*.graphql. There is no network yet: InProcessExecutor prints the request and
// answers with the sample below.
Console.WriteLine("IWlz.Client generator demo (no network: an in-process executor answers with sample data)");
Console.WriteLine();

const string sampleData = """
    {"beschikbaarheid":[
      {"naam":"De Linde","plaats":"Zwolle","vrijePlaatsen":3,"peildatum":"2025-01-06","zorgprofiel":"VV5","contractEinddatum":null},
      {"naam":"Het Baken","plaats":"Zwolle","vrijePlaatsen":1,"peildatum":"2025-01-06","zorgprofiel":"VV6","contractEinddatum":null}
    ]}
    """;

var client = new ZorgaanbodClient(new InProcessExecutor(sampleData));

// Contracts without an end date: the explicit null is sent; Zorgprofiel is not set, so it is left out.
var response = await client.VrijePlaatsenAsync(new VrijePlaatsenVariables
{
    Where = new BeschikbaarheidFilterInput
    {
        Plaats = new StringFilterInput { Eq = "Zwolle" },
        ContractEinddatum = new DateFilterInput { Eq = null },
    },
});

Console.WriteLine("Typed result:");
foreach (var locatie in response.GetDataOrThrow().Beschikbaarheid)
{
    Console.WriteLine($"  {locatie.Naam} ({locatie.Plaats}): {locatie.VrijePlaatsen} free, profile {locatie.Zorgprofiel}, peildatum {locatie.Peildatum:yyyy-MM-dd}, contract end {(locatie.ContractEinddatum is { } end ? end.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "none")}");
}

return 0;
