BRIEFINGS_SEARCH_WORDS("vis",{
"visait":"4i,3b",
"vises":"7t",
"visioconference":"j",
"visite":"1w,1c,g,4a"
});
