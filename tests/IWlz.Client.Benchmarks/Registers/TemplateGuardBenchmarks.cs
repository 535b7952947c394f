using BenchmarkDotNet.Attributes;
using IWlz.Client.Bemiddelingsregister;
using IWlz.Client.GraphQL;
using IWlz.Client.Registers.Internal;

namespace IWlz.Client.Benchmarks.Registers;

/// <summary>
/// What the template rules add to each register call, before anything is sent: the shipped document
/// (no parsing), a vendor's own document (parsed once, then cached), and a document seen for the first
/// time (parsed and compared with every template of the register).
/// </summary>
[MemoryDiagnoser]
[GcServer(false)] // the project defaults to server GC for the netwerkpunt servers; this benchmark keeps workstation GC, as its published figures were measured
public class TemplateGuardBenchmarks
{
    private const string VendorDocument = "query MijnSpecificatie($BemiddelingspecificatieID: UUID!, $Instelling: String!) { bemiddelingspecificatie(where: {bemiddelingspecificatieID: {eq: $BemiddelingspecificatieID}, instelling: {eq: $Instelling}}) { bemiddelingspecificatieID zzpCode bemiddeling { client { bsn } } } }";

    private readonly TemplateGuard _guard = new(new FixedPartyIdentity(PartyIdentity.Zorgaanbieder("98000044")), leveringsregisterEnabled: false);
    private readonly BemiddelingspecificatieVoorZorgaanbiederVariables _variables = new() { BemiddelingspecificatieID = Guid.NewGuid(), Instelling = "98000044" };
    private GraphQLOperation<BemiddelingspecificatieVoorZorgaanbiederVariables, BemiddelingspecificatieVoorZorgaanbiederResult> _vendor = null!;
    private int _fresh;

    [GlobalSetup]
    public void Setup()
    {
        _vendor = Operation(VendorDocument);
        _guard.Check(_vendor, _variables, null);
        _guard.Check(BemiddelingspecificatieVoorZorgaanbiederOperation.Descriptor, _variables, null);
    }

    [Benchmark(Baseline = true, Description = "shipped template (QBR-0001-ZA)")]
    public object? ShippedTemplate() => _guard.Check(BemiddelingspecificatieVoorZorgaanbiederOperation.Descriptor, _variables, null);

    [Benchmark(Description = "vendor subset, cached")]
    public object? VendorSubsetCached() => _guard.Check(_vendor, _variables, null);

    [Benchmark(Description = "new document, parsed and matched")]
    public object? NewDocument() => _guard.Check(Operation("# " + _fresh++ + "\n" + VendorDocument), _variables, null);

    private static GraphQLOperation<BemiddelingspecificatieVoorZorgaanbiederVariables, BemiddelingspecificatieVoorZorgaanbiederResult> Operation(string document)
    {
        var template = BemiddelingspecificatieVoorZorgaanbiederOperation.Descriptor;
        return new("MijnSpecificatie", GraphQLOperationKind.Query, document, "-", "Bemiddelingsregister", ["bemiddelingspecificatie"], template.VariablesTypeInfo, template.DataTypeInfo);
    }
}
