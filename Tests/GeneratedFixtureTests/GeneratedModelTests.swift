import ArizeOpenAPIRuntime
import Foundation
import Testing

// These types are generated at build time from openapi.json in this folder.

private func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
    try JSONCoding.decode(type, from: Data(json.utf8))
}

private func encode<T: Encodable>(_ value: T) throws -> String {
    String(decoding: try JSONCoding.encode(value), as: UTF8.self)
}

@Suite struct EnumTests {
    @Test func knownValuesDecodeToTheirCases() throws {
        #expect(try decode([Components.Schemas.PetKind].self, #"["cat","read-only","default","self",""]"#) == [.cat, .readOnly, .default, .selfValue, .empty])
    }

    @Test func unknownValueIsPreservedAndRoundTrips() throws {
        let kind = try decode(Components.Schemas.PetKind.self, #""REVOKED""#)
        #expect(kind == .unknown("REVOKED"))
        #expect(try encode(kind) == #""REVOKED""#)
        // A spec value literally named "unknown" gets a numbered name, apart from the catch-all case.
        #expect(try decode(Components.Schemas.PetKind.self, #""unknown""#) == .unknown2)
        #expect(Components.Schemas.PetKind.allCases.count == 7)
    }

    /// A value listed twice in the spec is one case (a second would be an unreachable pattern, a warning).
    @Test func aRepeatedValueIsOneCase() throws {
        #expect(Components.Schemas.Repeated.allCases.map(\.rawValue) == ["one", "two", "three", "four"])
        #expect(try decode(Components.Schemas.Repeated.self, #""two""#) == .two)
    }
}

@Suite struct BoundsTests {
    /// Bounds beyond a type's range are dropped (every value meets them); fractional ones are rounded inward.
    @Test func integerBoundsFitTheirTypes() throws {
        try Components.Schemas.Bounds(seed: Int.max, big: Int64.max, small: Int32.min, half: 1, text: "x").validate()
        #expect(throws: ValidationError.self) { try Components.Schemas.Bounds(half: 0).validate() }
        #expect(throws: ValidationError.self) { try Components.Schemas.Bounds(half: 11).validate() }
        try Components.Schemas.Bounds(half: 10).validate()
    }
}

@Suite struct FormatTests {
    @Test func everyFormatDecodesToItsType() throws {
        let value = try decode(Components.Schemas.Formats.self, #"{"i8":-3,"u8":200,"u64":18446744073709551615,"f":1.5,"odd":2.25,"other":7}"#)
        #expect(value.i8 == -3 && value.u8 == 200 && value.u64 == UInt64.max && value.f == 1.5 && value.odd == 2.25 && value.other == 7)
        #expect(try JSONCoding.decode(Components.Schemas.Formats.self, from: Data(#"{"u8":200,"u64":18446744073709551615}"#.utf8)) == Components.Schemas.Formats(u8: 200, u64: UInt64.max))
        try value.validate()
    }
}

@Suite struct RecursionTests {
    /// Schemas that contain themselves by value, directly or through another (even via a one-branch allOf).
    @Test func recursiveByValueIsBoxed() throws {
        let json = #"{"name":"leaf","parent":{"name":"root"}}"#
        let node = try decode(Components.Schemas.Node.self, json)
        #expect(node.parent?.value.name == "root" && node.parent?.value.parent == nil)
        #expect(try JSONCoding.decode(Components.Schemas.Node.self, from: Data(json.utf8)) == node)
        #expect(try encode(node) == #"{"name":"leaf","parent":{"name":"root"}}"#)
        let pair = try decode(Components.Schemas.Left.self, #"{"right":{"left":{"right":{}}}}"#)
        #expect(pair.right != nil)
    }
}

@Suite struct NamingRegressionTests {
    @Test func aliasesOfInlineTypesDecode() throws {
        let json = #"{"rows":[{"a":"x"}],"cells":{"c1":{"b":2}}}"#
        let sheet = try decode(Components.Schemas.Sheet.self, json)
        #expect(sheet.rows?.first?.a == "x" && sheet.cells?["c1"]?.b == 2)
        #expect(try JSONCoding.decode(Components.Schemas.Sheet.self, from: Data(json.utf8)) == sheet)
    }

    @Test func propertiesNamedLikeLocalsRoundTrip() throws {
        let value = Components.Schemas.Clashing(container: "c", others: "o", key: "k", value: "v", additionalProperties: ["extra": "e"])
        let encoded = try encode(value)
        #expect(encoded == #"{"container":"c","extra":"e","key":"k","others":"o","value":"v"}"#)
        #expect(try decode(Components.Schemas.Clashing.self, encoded) == value)
    }
}

@Suite struct AllOfTests {
    /// Branches that only describe are skipped; a single real branch that is not an object is aliased.
    @Test func descriptiveBranchesAndEnumsInAllOf() throws {
        #expect(try decode(Components.Schemas.Described.self, #"{"id":"a"}"#) == Components.Schemas.Described(id: "a"))
        let kind: Components.Schemas.KindAlias = .dog
        #expect(kind == Components.Schemas.PetKind.dog)
    }
}

@Suite struct ConstEnumTests {
    /// A oneOf of consts is an enum: the value is identified (it once decoded as the first branch, always).
    @Test func oneOfConstsIsAnEnum() throws {
        #expect(try decode(Components.Schemas.Speed.self, #""slow""#) == .slow)
        #expect(try decode(Components.Schemas.Speed.self, #""stopped""#) == .stopped)
        #expect(try decode(Components.Schemas.Speed.self, #""warp""#) == .unknown("warp"))
        #expect(Components.Schemas.Speed.allCases == [.fast, .slow, .stopped])
    }
}

@Suite struct ConstTests {
    /// `const` properties need no argument, are always sent, and are checked by `validate()`.
    @Test func constantsAreDefaultsAndChecked() throws {
        let value = Components.Schemas.Versioned(note: "n")
        #expect(value.kind == "v1" && value.mode == .dog)
        try value.validate()
        #expect(try encode(value) == #"{"kind":"v1","mode":"dog","note":"n"}"#)
        #expect(throws: ValidationError.self) { try Components.Schemas.Versioned(kind: "v2").validate() }
        #expect(throws: ValidationError.self) { try Components.Schemas.Versioned(mode: .cat).validate() }
    }
}

@Suite struct UnionTests {
    @Test func discriminatorPicksEachBranch() throws {
        let cat = try decode(Components.Schemas.Pet.self, #"{"pet_type":"cat","name":"Tom","indoor":true}"#)
        #expect(cat == .cat(Components.Schemas.Cat(petType: "cat", name: "Tom", indoor: true)))
        let kitten = try decode(Components.Schemas.Pet.self, #"{"pet_type":"kitten","name":"Kit"}"#)
        #expect(kitten == .cat(Components.Schemas.Cat(petType: "kitten", name: "Kit")))
        let dog = try decode(Components.Schemas.Pet.self, #"{"pet_type":"dog","name":"Rex","bark_volume":9000000000}"#)
        #expect(dog == .dog(Components.Schemas.Dog(petType: "dog", name: "Rex", barkVolume: 9_000_000_000)))
        #expect(try encode(dog) == #"{"bark_volume":9000000000,"name":"Rex","pet_type":"dog"}"#)
    }

    /// A tag this spec does not know still decodes: the properties every case shares are kept.
    @Test func unknownDiscriminatorKeepsTheSharedProperties() throws {
        let fish = try decode(Components.Schemas.Pet.self, #"{"pet_type":"fish","name":"Nemo","fins":2}"#)
        #expect(fish == .unknown(Components.Schemas.Pet.Unrecognized(petType: "fish", name: "Nemo")))
        #expect(fish.name == "Nemo" && fish.petType == "fish")
        #expect(try JSONCoding.decode(Components.Schemas.Pet.self, from: Data(#"{"pet_type":"fish","name":"Nemo","fins":2}"#.utf8)) == fish)
        // Shared required properties are still required (the tag itself included).
        #expect(throws: (any Error).self) { try JSONCoding.decode(Components.Schemas.Pet.self, from: Data(#"{"pet_type":"fish"}"#.utf8)) }
        #expect(throws: (any Error).self) { try JSONCoding.decode(Components.Schemas.Pet.self, from: Data(#"{"name":"Nemo"}"#.utf8)) }
    }

    /// Branches that declare the tag and a role as inline enums of their own (as Arize's public document
    /// does) share only what has one type at the union's level: `name`. The union used to refer to a
    /// `Role` that existed only inside each branch, and did not compile.
    @Test func inlineEnumsOfTheBranchesAreNotShared() throws {
        let actors = try decode([Components.Schemas.Actor].self, #"[{"kind":"bot","role":"admin","name":"b"},{"kind":"human","role":"guest","name":"h"}]"#)
        #expect(actors.map(\.name) == ["b", "h"])
        guard case .human(let human) = actors[1] else { Issue.record("got \(actors[1])"); return }
        #expect(human.role == .guest)
    }

    @Test func sharedPropertiesNeedNoSwitch() throws {
        let pets = try decode([Components.Schemas.Pet].self, #"[{"pet_type":"cat","name":"Tom"},{"pet_type":"dog","name":"Rex"}]"#)
        #expect(pets.map(\.name) == ["Tom", "Rex"])
    }

    /// An older server's spelling (another case, `-` for `_`) selects the same case.
    @Test func tagsAndEnumValuesSpelledDifferentlyStillMatch() throws {
        #expect(try decode(Components.Schemas.Pet.self, #"{"pet_type":"DOG","name":"Rex"}"#) == .dog(Components.Schemas.Dog(petType: "DOG", name: "Rex")))
        #expect(try JSONCoding.decode(Components.Schemas.Pet.self, from: Data(#"{"pet_type":"Kitten","name":"K"}"#.utf8)) == .cat(Components.Schemas.Cat(petType: "Kitten", name: "K")))
        #expect(Components.Schemas.PetKind(rawValue: "READ_ONLY") == .readOnly && Components.Schemas.PetKind(rawValue: "Read-Only") == .readOnly)
        #expect(try JSONCoding.decode(Components.Schemas.PetKind.self, from: Data(#""READ_ONLY""#.utf8)) == .readOnly)
        // Encoding writes the spec's spelling.
        #expect(Components.Schemas.PetKind(rawValue: "READ_ONLY").rawValue == "read-only")
    }

    @Test func aUnionContainingItselfIsIndirect() throws {
        let expr = try decode(Components.Schemas.Expr.self, #"{"left":1,"right":{"left":2,"right":3}}"#)
        #expect(expr == .sum(Components.Schemas.Sum(left: .number(1), right: .sum(Components.Schemas.Sum(left: .number(2), right: .number(3))))))
    }

    @Test func undiscriminatedOneOfTriesBranchesInOrder() throws {
        #expect(try decode(Components.Schemas.IDOrName.self, "42") == .number(42))
        #expect(try decode(Components.Schemas.IDOrName.self, #""bob""#) == .string("bob"))
        #expect(throws: DecodingError.self) { try decode(Components.Schemas.IDOrName.self, "true") }
    }

    @Test func anyOfWithInlineBranches() throws {
        #expect(try decode(Components.Schemas.Shape.self, #"{"radius":2}"#) == .option1(Components.Schemas.Shape.Option1(radius: 2)))
        #expect(try decode(Components.Schemas.Shape.self, #"{"side":3}"#) == .option2(Components.Schemas.Shape.Option2(side: 3)))
    }

    @Test func nullableReferenceIsOptional() throws {
        #expect(try decode([Components.Schemas.MaybePet?].self, #"[null,{"pet_type":"dog","name":"Rex"}]"#).count == 2)
    }
}

@Suite struct DateTests {
    @Test func wholeAndFractionalSecondsAndOffsets() throws {
        let whole = try decode(Components.Schemas.Event.self, #"{"at":"2026-01-01T00:00:00Z"}"#)
        #expect(whole.at == Date(timeIntervalSince1970: 1_767_225_600))
        let fractional = try decode(Components.Schemas.Event.self, #"{"at":"2026-01-01T00:00:00.123456Z"}"#)
        #expect(abs(fractional.at.timeIntervalSince1970 - 1_767_225_600.123456) < 1e-6)
        let offset = try decode(Components.Schemas.Event.self, #"{"at":"2026-01-01T02:00:00+02:00"}"#)
        #expect(offset.at == whole.at)
        #expect(try encode(whole) == #"{"at":"2026-01-01T00:00:00+00:00"}"#)
        #expect(try encode(Components.Schemas.Event(at: Date(timeIntervalSince1970: 1_767_225_600.25))) == #"{"at":"2026-01-01T00:00:00.250000+00:00"}"#)
    }

    @Test func malformedDateNamesThePath() throws {
        let error = #expect(throws: DecodingError.self) { try decode(Components.Schemas.Event.self, #"{"at":"yesterday"}"#) }
        #expect(JSONCoding.explain(error!).hasPrefix("$.at:"))
    }
}

@Suite struct OptionalityTests {
    @Test func absentAndNullOptionalsBothDecodeToNil() throws {
        let absent = try decode(Components.Schemas.Nullables.self, #"{"nickname":"x","age":3}"#)
        let null = try decode(Components.Schemas.Nullables.self, #"{"nickname":null,"age":null,"note":null}"#)
        #expect(absent.note == nil && null.note == nil)
        #expect(null.nickname == nil && null.age == nil)
        #expect(try decode(Components.Schemas.Nullables.self, #"{"scores":[1.5,null]}"#).scores == [1.5, nil])
    }

    @Test func requiredNullablePropertiesAreSentAsNull() throws {
        #expect(try encode(Components.Schemas.Nullables(nickname: nil, age: nil)) == #"{"age":null,"nickname":null}"#)
        #expect(try encode(Components.Schemas.Nullables(nickname: "n", age: 2, note: nil)) == #"{"age":2,"nickname":"n"}"#)
    }

    @Test func missingRequiredPropertyFails() throws {
        let error = #expect(throws: DecodingError.self) { try decode(Components.Schemas.Base.self, #"{"created_at":"2026-01-01T00:00:00Z"}"#) }
        #expect(JSONCoding.explain(error!).contains("missing required property \"id\""))
    }

    @Test func undeclaredPropertiesAreTolerated() throws {
        let base = try decode(Components.Schemas.Base.self, #"{"id":"1","added_by_the_server_later":{"x":1}}"#)
        #expect(base.id == "1")
    }
}

@Suite struct StructureTests {
    @Test func allOfMergesProperties() throws {
        let owner = try decode(Components.Schemas.OwnerAlias.self, #"{"id":"o1","email":"a@b.c","pets":[{"pet_type":"cat","name":"Tom"}]}"#)
        #expect(owner.id == "o1" && owner.email == "a@b.c" && owner.pets?.count == 1)
    }

    @Test func additionalPropertiesMapsAndMixedObjects() throws {
        let labels = try decode(Components.Schemas.Labels.self, #"{"a":"1","b":"2"}"#)
        #expect(labels == ["a": "1", "b": "2"])
        let metadata = try decode(Components.Schemas.Metadata.self, #"{"name":"n","x":1,"y":2}"#)
        #expect(metadata.name == "n" && metadata.additionalProperties == ["x": 1, "y": 2])
        let again = try decode(Components.Schemas.Metadata.self, try encode(metadata))
        #expect(again == metadata)
    }

    @Test func keywordsAndCollisionsGetUsableNames() throws {
        let value = try decode(Components.Schemas.Keywords.self, #"{"default":"d","type":"b","self":true,"Protocol":"p","user_id":"u1","userId":"u2","validate":"v","api-url":"x"}"#)
        #expect(value.default == "d" && value.type == .b && value.selfValue == true && value.protocol == "p")
        #expect(value.userID == "u1" && value.userID2 == "u2" && value.validate2 == "v" && value.apiURL == "x")
    }

    @Test func numbersUseTheirFormats() throws {
        let numbers = try decode(Components.Schemas.Numbers.self, #"{"small":7,"big":9000000000,"ratio":0.5,"precise":1.5}"#)
        #expect(numbers.small == Int32(7) && numbers.big == Int64(9_000_000_000) && numbers.ratio == Float(0.5))
        #expect(throws: DecodingError.self) { try decode(Components.Schemas.Numbers.self, #"{"small":9000000000}"#) }
    }

    @Test func freeFormValuesAndRecursion() throws {
        let event = try decode(Components.Schemas.Event.self, #"{"at":"2026-01-01T00:00:00Z","payload":[1,"a",null,{"k":true}],"bag":{"x":{"y":[]}}}"#)
        #expect(event.payload == .array([.number(1), .string("a"), .null, .object(["k": .bool(true)])]))
        #expect(event.bag?["x"] == .object(["y": .array([])]))
        let tree = try decode(Components.Schemas.Tree.self, #"{"value":1,"children":[{"value":2,"children":[]}]}"#)
        #expect(tree.children?.first?.value == 2)
    }

    @Test func reservedSchemaNameAndInlineTypesAreNested() throws {
        _ = Components.Schemas.TypeSchema(name: "t")  // the schema named `Type`
        // `owner` would shadow the top-level `Owner` schema inside `Inline`, so it is numbered.
        let inline = try decode(Components.Schemas.Inline.self, #"{"owner":{"name":"ab"},"status":"on","items":[{"n":1}],"type":{"x":1}}"#)
        #expect(inline.owner == Components.Schemas.Inline.Owner2(name: "ab") && inline.status == .on && inline.items?.first?.n == 1)
        #expect(inline.type == Components.Schemas.Inline.TypeValue(x: 1))
    }

    @Test func passwordFormatIsASecret() throws {
        let event = try decode(Components.Schemas.Event.self, #"{"at":"2026-01-01T00:00:00Z","secret":"s3cr3t"}"#)
        #expect(event.secret?.revealed == "s3cr3t")
        #expect(!"\(event)".contains("s3cr3t"))
    }
}

@Suite struct ValidationTests {
    @Test func constraintsAreChecked() throws {
        #expect(throws: Never.self) { try Components.Schemas.Numbers(precise: 50).validate() }
        #expect(throws: ValidationError(field: "precise", reason: "must be at most 99.5 (is 100.0)")) { try Components.Schemas.Numbers(precise: 100).validate() }
        #expect(throws: ValidationError.self) { try Components.Schemas.Numbers(positive: 0).validate() }
        #expect(throws: ValidationError(field: "owner.name", reason: "must be at most 4 characters long (is 5)")) {
            try Components.Schemas.Inline(owner: Components.Schemas.Inline.Owner2(name: "abcde")).validate()
        }
        #expect(throws: ValidationError(field: "age", reason: "must be at least 0 (is -1)")) { try Components.Schemas.Nullables(nickname: nil, age: -1).validate() }
    }
}
