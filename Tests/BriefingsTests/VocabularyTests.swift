import Testing
import Model
@testable import Extraction

/// The splitter gives each token its classes once; a word list or phrase table then answers
/// by a bit. These tests hold the bits to the lists' own answers.
@Suite struct VocabularyTests {
    static func rules(_ language: String) throws -> LanguageRules {
        let lexicon = try #require(ExtractionFixtures.lexicons.first { $0.language == language })
        return LanguageRules(lexicon, elisions: Set(lexicon.elisions.map { $0.folded() }))
    }

    static let sentences = [
        "fr": "Selon l'OSDH, les forces du régime ont également bombardé jeudi la ville de Saraqeb, a indiqué un porte-parole.",
        "en": "Turkish forces also shelled the town of Saraqeb on Thursday, a spokesman for the ministry said in a statement.",
    ]

    /// Every token, classified or not, gets the same answer from every list and table.
    @Test func classesAnswerAsTheListsDo() throws {
        for (language, text) in Self.sentences {
            let rules = try Self.rules(language)
            let plain = rules.tokenizer.tokenize(text)
            var classified = plain
            rules.vocabulary.classify(&classified)
            #expect(classified.allSatisfy { $0.vocabulary == rules.vocabulary.identity && $0.vocabulary != 0 })
            let sets = [rules.determiners, rules.prepositions, rules.conjunctions, rules.auxiliaries, rules.stopWords]
            var answers = 0
            for set in sets {
                #expect(set.wordClass != nil)
                for k in plain.indices {
                    #expect(set.contains(classified[k]) == set.contains(plain[k]), "\(plain[k].text)")
                    if set.contains(plain[k]) { answers += 1 }
                }
            }
            for table in [rules.adverbs, rules.reportingVerbs, rules.futureCues] {
                #expect(table.firstWordClass != nil)
                for k in plain.indices {
                    #expect(table.match(classified, at: k)?.end == table.match(plain, at: k)?.end, "\(plain[k].text)")
                }
            }
            #expect(rules.months[classified[0]] == rules.months[plain[0]])
            // The sentences hold determiners, prepositions and the like: the check is not vacuous.
            #expect(answers > 5)
        }
    }

    /// A table answers "no phrase starts here" from a token's class alone only when no
    /// one-word prefix ("bombard*", which the class does not hold) could take the token.
    @Test func aTokenOutsideTheFirstWordsStillMatchesAPrefix() throws {
        let lexicon = try #require(ExtractionFixtures.lexicons.first { $0.language == "fr" })
        let tokenizer = Tokenizer(elisions: ["l"])
        var builder = VocabularyBuilder(lexicon, elisions: ["l"])
        var table = PhraseTable<Int>()
        table.add("frappe aérienne", payload: 1, tokenizer: tokenizer)
        table.add("bombard*", payload: 2, tokenizer: tokenizer)
        table.firstWordClass = builder.newClass(table.firstWords)
        var tokens = tokenizer.tokenize("Ils ont bombardé la ville après une frappe aérienne")
        builder.build().classify(&tokens)
        #expect(table.firstWordClass?.holds(tokens[2]) == false)
        #expect(table.match(tokens, at: 2)?.payload == 2)
        #expect(table.match(tokens, at: 3) == nil)
        #expect(table.matches(in: tokens).map(\.payload) == [2, 1])
    }

    /// A list changed after the vocabulary was made no longer trusts its class.
    /// Every word list and phrase table of each language is classified, so that a token
    /// outside it is turned away by a bit rather than looked up.
    @Test func everyTableOfTheLexiconHasAClass() throws {
        for language in ["fr", "en"] {
            let rules = try Self.rules(language)
            var tables = 0
            for child in Mirror(reflecting: rules.tables).children {
                guard let table = child.value as? VocabularyClassed else { continue }
                tables += 1
                if !table.hasWordClass { Issue.record("\(language): \(child.label ?? "?") has no class") }
            }
            #expect(tables > 50)
            #expect(rules.calendarStarts != nil && rules.anaphorStarts != nil && rules.stateSpeakers != nil && rules.clauseOpeners != nil)
        }
    }

    @Test func aListChangedAfterwardsIsLookedUpAgain() throws {
        let rules = try Self.rules("en")
        var tokens = rules.tokenizer.tokenize("the zorblax")
        rules.vocabulary.classify(&tokens)
        var determiners = rules.determiners
        #expect(!determiners.contains(tokens[1]))
        determiners.insert("zorblax")
        #expect(determiners.wordClass == nil)
        #expect(determiners.contains(tokens[1]))
    }
}
