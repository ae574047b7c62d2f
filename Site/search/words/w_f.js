BRIEFINGS_SEARCH_WORDS("f",{
"f":"1n,57,r,8;6u"
});
