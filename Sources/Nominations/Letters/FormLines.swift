/// A filled fillable form turned into label/value lines, so that it reads like a printed form.
public enum FormLines {
    public static func lines(from fields: [ExtractedText.Field]) -> [String] {
        var result: [String] = []
        for field in fields {
            if let ticked = field.ticked {
                guard ticked else { continue }
                let name = field.name.replacingOccurrences(of: "_", with: " ")
                result.append("☒ \(field.label) (\(name))")
            } else if let value = field.value, !value.isEmpty {
                let label = field.label.isEmpty ? field.name.replacingOccurrences(of: "_", with: " ") : field.label
                result.append("\(label)  \(value.replacingOccurrences(of: "\n", with: " "))")
            } else {
                result.append(field.label)
            }
        }
        return result
    }
}

import Foundation
