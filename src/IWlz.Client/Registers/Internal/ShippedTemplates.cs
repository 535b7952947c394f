using System.Collections.Frozen;
using BR = IWlz.Client.Bemiddelingsregister;
using IR = IWlz.Client.Indicatieregister;
using LR = IWlz.Client.Leveringsregister;
using NP = IWlz.Client.Netwerkpunt;

namespace IWlz.Client.Registers.Internal;

/// <summary>
/// The generated document of every shipped template, next to its catalogue entry. A request that sends
/// exactly this document needs no parsing; any other document claiming or resembling a template is
/// parsed once and compared with the template's shape.
/// </summary>
internal static class ShippedTemplates
{
    private static readonly ShippedTemplate[] All =
    [
        Add(IR.WlzIndicatieVoorInitieelVerantwoordelijkZorgkantoorOperation.TemplateId, IR.WlzIndicatieVoorInitieelVerantwoordelijkZorgkantoorOperation.Document),
        Add(IR.WlzIndicatieVoorUitvoerendZorgkantoorOperation.TemplateId, IR.WlzIndicatieVoorUitvoerendZorgkantoorOperation.Document),
        Add(BR.BemiddelingspecificatieVoorZorgaanbiederOperation.TemplateId, BR.BemiddelingspecificatieVoorZorgaanbiederOperation.Document),
        Add(BR.BemiddelingspecificatieOverzichtVoorZorgaanbiederMetEinddatumOperation.TemplateId, BR.BemiddelingspecificatieOverzichtVoorZorgaanbiederMetEinddatumOperation.Document),
        Add(BR.BemiddelingspecificatieOverzichtVoorZorgaanbiederZonderEinddatumOperation.TemplateId, BR.BemiddelingspecificatieOverzichtVoorZorgaanbiederZonderEinddatumOperation.Document),
        Add(BR.BemiddelingspecificatieVoorUitvoerendZorgkantoorOperation.TemplateId, BR.BemiddelingspecificatieVoorUitvoerendZorgkantoorOperation.Document),
        Add(BR.BemiddelingspecificatieOverzichtVoorUitvoerendZorgkantoorMetEinddatumOperation.TemplateId, BR.BemiddelingspecificatieOverzichtVoorUitvoerendZorgkantoorMetEinddatumOperation.Document),
        Add(BR.BemiddelingspecificatieOverzichtVoorUitvoerendZorgkantoorZonderEinddatumOperation.TemplateId, BR.BemiddelingspecificatieOverzichtVoorUitvoerendZorgkantoorZonderEinddatumOperation.Document),
        Add(BR.OverdrachtVoorNieuwVerantwoordelijkZorgkantoorOperation.TemplateId, BR.OverdrachtVoorNieuwVerantwoordelijkZorgkantoorOperation.Document),
        Add(BR.OverdrachtOverzichtVoorNieuwVerantwoordelijkZorgkantoorOperation.TemplateId, BR.OverdrachtOverzichtVoorNieuwVerantwoordelijkZorgkantoorOperation.Document),
        Add(BR.RegiehouderVoorZorgaanbiederOperation.TemplateId, BR.RegiehouderVoorZorgaanbiederOperation.Document),
        Add(BR.BemiddelingVoorCizOperation.TemplateId, BR.BemiddelingVoorCizOperation.Document),
        Add(LR.LeveringInformatiefVoorZorgaanbiederMetEinddatumOperation.TemplateId, LR.LeveringInformatiefVoorZorgaanbiederMetEinddatumOperation.Document),
        Add(LR.LeveringInformatiefVoorZorgaanbiederZonderEinddatumOperation.TemplateId, LR.LeveringInformatiefVoorZorgaanbiederZonderEinddatumOperation.Document),
        Add(LR.VerzoekAanbiederVoorZorgaanbiederOperation.TemplateId, LR.VerzoekAanbiederVoorZorgaanbiederOperation.Document),
        Add(LR.LeveringVoorZorgkantoorOperation.TemplateId, LR.LeveringVoorZorgkantoorOperation.Document),
        Add(LR.VerzoekVoorZorgkantoorOperation.TemplateId, LR.VerzoekVoorZorgkantoorOperation.Document),
        Add(LR.LeveringperiodeVoorZorgkantoorOperation.TemplateId, LR.LeveringperiodeVoorZorgkantoorOperation.Document),
        Add(LR.UitstelperiodeVoorZorgkantoorOperation.TemplateId, LR.UitstelperiodeVoorZorgkantoorOperation.Document),
        Add(LR.LeveringInformatiefVoorUitvoerendZorgkantoorOperation.TemplateId, LR.LeveringInformatiefVoorUitvoerendZorgkantoorOperation.Document),
        Add(NP.ZendNotificatieOperation.TemplateId, NP.ZendNotificatieOperation.Document),
        Add(NP.ZendMeldingOperation.TemplateId, NP.ZendMeldingOperation.Document),
    ];

    private static readonly FrozenDictionary<string, ShippedTemplate> ById =
        All.ToFrozenDictionary(t => t.Descriptor.TemplateId, StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<ShippedTemplate> Templates => All;

    public static ShippedTemplate? Find(string templateId) => ById.GetValueOrDefault(templateId.Trim());

    public static IEnumerable<ShippedTemplate> ForRegister(IWlzRegister register) => All.Where(t => t.Descriptor.Register == register);

    private static ShippedTemplate Add(string templateId, string document) =>
        new(TemplateCatalogue.Find(templateId) ?? throw new InvalidOperationException($"Template {templateId} is generated but not in the TemplateCatalogue."), document);
}

/// <summary>A shipped template: its catalogue entry, generated document, and (parsed on first use) its shape.</summary>
internal sealed class ShippedTemplate
{
    private readonly Lazy<(OperationNode Operation, SelectionShape Shape)> _parsed;

    public ShippedTemplate(TemplateDescriptor descriptor, string document)
    {
        Descriptor = descriptor;
        Document = document;
        _parsed = new(() =>
        {
            var parsed = ExecutableDocumentParser.Parse(document);
            var operation = parsed.Operations.Single();
            return (operation, SelectionShape.Build(operation, parsed.Fragments));
        });
    }

    public TemplateDescriptor Descriptor { get; }

    public string Document { get; }

    public OperationNode Operation => _parsed.Value.Operation;

    public SelectionShape Shape => _parsed.Value.Shape;
}
