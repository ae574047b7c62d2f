BRIEFINGS_SEARCH_WORDS("obl",{
"oblige":"u"
});
