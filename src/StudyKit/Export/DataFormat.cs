namespace StudyKit.Export;

/// <summary>The two data formats of findings and banks: the same shape, field for field.</summary>
public enum DataFormat
{
    /// <summary>JSON: UTF-8 without BOM, 2-space indent, <c>\n</c> line ends.</summary>
    Json,

    /// <summary>YAML: the same fields as JSON, easier to edit by hand.</summary>
    Yaml,
}
