import ArizeOpenAPIDocument

/// The whole document: names for every component, then each schema and operation, then the passes
/// over the result. A schema or operation that fails does not stop the rest.
extension Translator {
    /// Translates every schema and operation; what cannot be is in `diagnostics`, and the others are still translated.
    mutating func translate(sourceName: String) -> GeneratedModule {
        var scope = NameScope(reserved: Naming.reservedTypeNames)
        for (name, schema) in document.schemas {
            let pointer = Pointer.child("#/components/schemas", name)
            var swiftName = Naming.typeName(name)
            if Naming.reservedTypeNames.contains(swiftName) { swiftName += "Schema" }
            componentNames[pointer] = scope.claim(swiftName)
            componentSchemas[pointer] = schema
        }
        // Nested types and members avoid these too: inside a schema's type, its nested types would
        // hide a schema of the same name, and a reserved name would break qualified references.
        topLevelNames = Set(componentNames.values).union(Naming.reservedTypeNames)
        // A schema or operation that fails does not stop the others: one run reports every problem.
        var types: [TypeDecl] = []
        for (name, schema) in document.schemas {
            let pointer = Pointer.child("#/components/schemas", name)
            do {
                types.append(try translateComponent(schema, name: componentNames[pointer]!, pointer: pointer))
            } catch let error as GeneratorError {
                // A cycle fails every schema on it: report it once. Alias cycles hand every member the
                // same error (cheap to compare); the others name each member in their message.
                let cycle = "schema reference cycle"
                if error.message.hasPrefix(cycle), diagnostics.errors.contains(error)
                    || diagnostics.errors.contains(where: { $0.message.hasPrefix(cycle) && $0.message.contains(pointer + " ") }) { continue }
                diagnostics.errors.append(error)
            } catch {
                diagnostics.errors.append(GeneratorError(pointer, "internal error: \(error)"))
            }
        }

        // Operations refer to schemas as `Components.Schemas.Name`: their names need not avoid the schemas'.
        var operationScope = NameScope(outer: Naming.reservedTypeNames, reserved: ["Input", "Output"])
        var methodScope = NameScope(reserved: ["baseURL", "transport", "serverURLs", "init"])
        var seenIDs: [String: String] = [:]
        var operations: [OperationDecl] = []
        for operation in document.operations {
            let id = operation.operationID ?? (operation.method + "_" + operation.path)
            if let first = seenIDs[id] {
                diagnostics.errors.append(GeneratorError(operation.pointer + "/operationId", "operationId \"\(id)\" is used twice (first at \(first))"))
                continue
            }
            seenIDs[id] = operation.pointer
            let typeName = operationScope.claim(Naming.typeName(id))
            let methodName = methodScope.claim(Naming.memberName(id))
            do {
                operations.append(try translateOperation(operation, id: id, typeName: typeName, methodName: methodName))
            } catch let error as GeneratorError {
                diagnostics.errors.append(error)
            } catch {
                diagnostics.errors.append(GeneratorError(operation.pointer, "internal error: \(error)"))
            }
        }
        return GeneratedModule(sourceName: sourceName, title: document.title, version: document.version,
                               servers: document.servers, types: types, operations: operations)
    }
}
