namespace IWlz.Client.Registers;

/// <summary>The party a template is written for; the suffix of the template ID.</summary>
public enum TemplateRole
{
    /// <summary>A zorgaanbieder (<c>-ZA</c>).</summary>
    Zorgaanbieder = 1,

    /// <summary>A zorgaanbieder acting as regiehouder (<c>-ZAr</c>).</summary>
    Regiehouder = 2,

    /// <summary>The initially responsible zorgkantoor (<c>-ZKi</c>).</summary>
    InitieelVerantwoordelijkZorgkantoor = 3,

    /// <summary>The executing zorgkantoor (<c>-ZKu</c>).</summary>
    UitvoerendZorgkantoor = 4,

    /// <summary>The newly responsible zorgkantoor after a transfer (<c>-ZKn</c>).</summary>
    NieuwVerantwoordelijkZorgkantoor = 5,

    /// <summary>A responsible or executing zorgkantoor (<c>-ZK</c>, Leveringsregister).</summary>
    Zorgkantoor = 6,

    /// <summary>The CIZ (<c>-CIZ</c>).</summary>
    Ciz = 7,

    /// <summary>Any participant sending to another participant's netwerkpunt (<c>zendNotificatie</c>, <c>zendMelding</c>).</summary>
    Participant = 8,
}
