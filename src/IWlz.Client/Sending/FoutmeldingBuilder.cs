using System.Globalization;
using System.Text.RegularExpressions;
using IWlz.Client.Notifications;
using IWlz.Client.Privacy;

namespace IWlz.Client.Sending;

/// <summary>
/// Builds an <c>IWLZFOUTMELDING</c>: one (rule code, recordID) pair per violated gegevensregel or restrictie,
/// for the bronhouder that holds the faulty records. The optional checks add the code themselves when a
/// local check fails: <see cref="CheckBsn"/> (GGR0001, 11-proef) and <see cref="CheckUuidV4"/> (RS038).
/// </summary>
public sealed partial class FoutmeldingBuilder
{
    /// <summary>The event type of a foutmelding.</summary>
    public const string EventType = "IWLZFOUTMELDING";

    /// <summary>The gegevensregel for a BSN that fails the 11-proef.</summary>
    public const string BsnRule = "GGR0001";

    /// <summary>The restrictie for an ID that is not a version 4 UUID.</summary>
    public const string UuidV4Rule = "RS038";

    private readonly NotificationParty _ontvanger;
    private readonly List<NotificationSubject> _subjects = [];
    private string? _ontvangerKenmerk;
    private DateTimeOffset? _timestamp;

    /// <summary>Starts a foutmelding for the bronhouder <paramref name="ontvanger"/>.</summary>
    /// <param name="ontvanger">The bronhouder of the faulty records (a zorgkantoor by UZOVI, a zorgaanbieder by AGB, the CIZ by KVK).</param>
    /// <exception cref="ArgumentNullException"><paramref name="ontvanger"/> is null.</exception>
    public FoutmeldingBuilder(NotificationParty ontvanger)
    {
        ArgumentNullException.ThrowIfNull(ontvanger);
        _ontvanger = ontvanger;
    }

    /// <summary>The number of errors added so far.</summary>
    public int Count => _subjects.Count;

    /// <summary>Adds a violated rule.</summary>
    /// <param name="ruleCode">The code of the gegevensregel or restrictie, such as <c>GGR0001</c>, <c>RS038</c> or <c>IRG0012</c>.</param>
    /// <param name="recordId">The most specific faulty record, <c>Entity/UUID</c> (its parent when the error cannot be pinned to one record).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The code is not 2 to 4 capital letters and 2 to 4 digits, or the recordID is not <c>Entity/UUID</c>.</exception>
    public FoutmeldingBuilder Add(string ruleCode, string recordId)
    {
        ArgumentNullException.ThrowIfNull(ruleCode);
        ArgumentNullException.ThrowIfNull(recordId);
        if (!RuleCode().IsMatch(ruleCode))
        {
            throw new ArgumentException($"'{SensitiveText.Scrub(ruleCode)}' is not a rule code (2 to 4 capital letters and 2 to 4 digits, such as GGR0001).", nameof(ruleCode));
        }

        if (!SubjectRef.TryParse(recordId, out _))
        {
            throw new ArgumentException("The recordID must be of the form Entity/UUID, such as Stoornis/3f2a….", nameof(recordId));
        }

        _subjects.Add(new NotificationSubject(ruleCode, recordId));
        return this;
    }

    /// <summary>Adds a violated rule for the record <paramref name="entity"/>/<paramref name="id"/>.</summary>
    /// <param name="ruleCode">The rule code.</param>
    /// <param name="entity">The entity name, such as <c>Stoornis</c>.</param>
    /// <param name="id">The record's ID.</param>
    /// <returns>This builder.</returns>
    public FoutmeldingBuilder Add(string ruleCode, string entity, Guid id) =>
        Add(ruleCode, string.Create(CultureInfo.InvariantCulture, $"{entity}/{id}"));

    /// <summary>Adds <c>GGR0001</c> for <paramref name="recordId"/> when <paramref name="bsn"/> fails the 11-proef.</summary>
    /// <param name="bsn">The BSN found in the record; never stored in the melding.</param>
    /// <param name="recordId">The record holding it, <c>Entity/UUID</c>.</param>
    /// <returns><see langword="true"/> when the BSN failed and the error was added.</returns>
    public bool CheckBsn(string? bsn, string recordId)
    {
        if (Bsn.IsValid(bsn))
        {
            return false;
        }

        Add(BsnRule, recordId);
        return true;
    }

    /// <summary>Adds <c>RS038</c> for <paramref name="recordId"/> when <paramref name="value"/> is not a version 4 UUID.</summary>
    /// <param name="value">The ID found in the record.</param>
    /// <param name="recordId">The record holding it (or its parent), <c>Entity/UUID</c>.</param>
    /// <returns><see langword="true"/> when the check failed and the error was added.</returns>
    public bool CheckUuidV4(string? value, string recordId)
    {
        if (value is not null && Guid.TryParseExact(value, "D", out var guid) && guid.Version == 4 && (guid.Variant & 0xC) == 0x8)
        {
            return false;
        }

        Add(UuidV4Rule, recordId);
        return true;
    }

    /// <summary>Sets the original reporter when reporting on someone else's behalf: <c>&lt;IDType&gt;:&lt;ID&gt;</c>.</summary>
    /// <param name="idType">The original reporter's ID type.</param>
    /// <param name="id">The original reporter's ID.</param>
    /// <returns>This builder.</returns>
    public FoutmeldingBuilder OnBehalfOf(IDType idType, string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        _ontvangerKenmerk = $"{IDTypes.ToWireValue(idType)}:{id}";
        return this;
    }

    /// <summary>Sets the creation time; default the time of <see cref="Build"/>.</summary>
    /// <param name="timestamp">The creation time.</param>
    /// <returns>This builder.</returns>
    public FoutmeldingBuilder At(DateTimeOffset timestamp)
    {
        _timestamp = timestamp;
        return this;
    }

    /// <summary>Builds the melding.</summary>
    /// <returns>The melding, with every added error in one subject list.</returns>
    /// <exception cref="InvalidOperationException">No error was added.</exception>
    public OutgoingMelding Build()
    {
        if (_subjects.Count == 0)
        {
            throw new InvalidOperationException("A foutmelding needs at least one (rule code, recordID) pair; add one with Add, CheckBsn or CheckUuidV4.");
        }

        return new OutgoingMelding(_ontvanger, EventType, [.. _subjects], _ontvangerKenmerk, _timestamp ?? DateTimeOffset.UtcNow);
    }

    [GeneratedRegex("^[A-Z]{2,4}[0-9]{2,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex RuleCode();
}
