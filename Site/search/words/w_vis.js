BRIEFINGS_SEARCH_WORDS("vis",{
"visait":"4j,3b",
"vises":"7u",
"visioconference":"j",
"visite":"1w,1c,g,4b"
});
