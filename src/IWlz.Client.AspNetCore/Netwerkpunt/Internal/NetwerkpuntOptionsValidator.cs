using Microsoft.Extensions.Options;

namespace IWlz.Client.AspNetCore.Netwerkpunt.Internal;

/// <summary>Validates <see cref="NetwerkpuntOptions"/> on start, naming each wrong setting.</summary>
internal sealed class NetwerkpuntOptionsValidator : IValidateOptions<NetwerkpuntOptions>
{
    public ValidateOptionsResult Validate(string? name, NetwerkpuntOptions options)
    {
        const string Prefix = nameof(NetwerkpuntOptions) + ".";
        var errors = new List<string>();
        if (options.MaxRequestBodySize is < 1024 or > 16 * 1024 * 1024)
        {
            errors.Add($"{Prefix}{nameof(options.MaxRequestBodySize)} must be between 1024 and 16777216 bytes (was {options.MaxRequestBodySize}).");
        }

        if (options.MaxDepth is < 8 or > 256)
        {
            errors.Add($"{Prefix}{nameof(options.MaxDepth)} must be between 8 and 256 (was {options.MaxDepth}).");
        }

        if (options.MaxClaimsHeaderLength is < 256 or > 65536)
        {
            errors.Add($"{Prefix}{nameof(options.MaxClaimsHeaderLength)} must be between 256 and 65536 (was {options.MaxClaimsHeaderLength}).");
        }

        if (options.AcknowledgementTimeout < TimeSpan.FromMilliseconds(100) || options.AcknowledgementTimeout > TimeSpan.FromSeconds(60))
        {
            errors.Add($"{Prefix}{nameof(options.AcknowledgementTimeout)} must be between 100 ms and 60 s (was {options.AcknowledgementTimeout}).");
        }

        if (!Enum.IsDefined(options.ClientCertificateRevocationMode))
        {
            errors.Add($"{Prefix}{nameof(options.ClientCertificateRevocationMode)} is not a valid X509RevocationMode.");
        }

        foreach (var thumbprint in options.AllowedClientCertificateThumbprints)
        {
            if (thumbprint is null || thumbprint.Length != 64 || !thumbprint.All(char.IsAsciiHexDigit))
            {
                errors.Add($"{Prefix}{nameof(options.AllowedClientCertificateThumbprints)} must hold SHA-256 thumbprints of 64 hex characters; one entry is not.");
                break;
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
