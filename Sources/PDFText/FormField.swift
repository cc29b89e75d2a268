/// The value of one AcroForm field on a page.
public struct FormField: Equatable, Sendable {
    public enum Kind: String, Sendable {
        case text, checkbox, radio, pushButton, choice, signature, unknown
    }

    /// The field's fully qualified name, as the form's author named it.
    public let name: String
    /// The field's tooltip or alternate name, when the form has one.
    public let label: String?
    public let kind: Kind
    /// Text content, or the selected choice; `nil` when empty.
    public let text: String?
    /// Checked state of a check box or radio button.
    public let isOn: Bool
    /// Position on the page in points (x0, y0 from the bottom-left), used to order fields.
    public let x: Double
    public let y: Double
    public let page: Int

    public init(name: String, label: String?, kind: Kind, text: String?, isOn: Bool, x: Double, y: Double, page: Int) {
        self.name = name
        self.label = label
        self.kind = kind
        self.text = text
        self.isOn = isOn
        self.x = x
        self.y = y
        self.page = page
    }
}
